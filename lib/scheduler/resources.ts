/**
 * The resource arithmetic kube-scheduler does on pods and nodes: a pod's effective requests
 * (k8s.io/component-helpers/resource PodRequests), the "non-zero" requests used for scoring
 * (100m cpu / 200Mi memory for a container that requests nothing), and a node's allocatable.
 *
 * Quantities are summed exactly (bigint nano-units, as resource.Quantity does) and converted once at
 * the end, CPU with MilliValue() and memory with Value(), both rounding up as Kubernetes does.
 */
import { objectsAt, specOf, statusOf } from "../k8s/json";
import { isJsonObject, type JsonObject, type KubeObject } from "../k8s/object";
import { milliValue, quantityFromJson, value } from "../k8s/quantity";

export interface Resources {
  /** CPU in millicores. */
  milliCpu: number;
  /** Memory in bytes. */
  memory: number;
  /** A pod count: 1 for a pod's request, the number of pods for a node's requested, max pods for allocatable. */
  pods: number;
}

/** schedutil.DefaultMilliCPURequest: the CPU a container without a CPU request counts for when scoring. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
/** schedutil.DefaultMemoryRequest: 200Mi, the memory a container without a memory request counts for. */
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;
/** The kubelet's default --max-pods, used when a node reports no `pods` allocatable. */
export const DEFAULT_MAX_PODS = 110;

const NANO_PER_MILLI = 1_000_000n;
const NANO_PER_UNIT = 1_000_000_000n;

/** A resource list in nano-units; a key is present when the list names the resource (even as zero). */
type ResourceList = Map<string, bigint>;

export function emptyResources(): Resources {
  return { milliCpu: 0, memory: 0, pods: 0 };
}

function toResourceList(v: unknown): ResourceList {
  const out: ResourceList = new Map();
  if (!isJsonObject(v)) return out;
  for (const [name, raw] of Object.entries(v)) {
    const q = quantityFromJson(raw);
    if (q) out.set(name, q.nano);
  }
  return out;
}

function addInto(target: ResourceList, add: ResourceList): void {
  for (const [k, v] of add) target.set(k, (target.get(k) ?? 0n) + v);
}

function maxInto(target: ResourceList, other: ResourceList): void {
  for (const [k, v] of other) {
    const cur = target.get(k);
    if (cur === undefined || v > cur) target.set(k, v);
  }
}

function maxOf(...lists: ResourceList[]): ResourceList {
  const out: ResourceList = new Map();
  for (const l of lists) maxInto(out, l);
  return out;
}

/** applyNonMissing: the defaults fill in only resources the container does not name at all. */
function applyNonMissing(reqs: ResourceList, nonMissing: ResourceList): ResourceList {
  let out = reqs;
  for (const [k, v] of nonMissing) {
    if (!reqs.has(k)) {
      if (out === reqs) out = new Map(reqs);
      out.set(k, v);
    }
  }
  return out;
}

type ContainerRequests = (
  container: JsonObject,
  status: JsonObject | undefined,
  infeasible: boolean,
) => unknown;

const specRequests: ContainerRequests = (c) => (isJsonObject(c.resources) ? c.resources.requests : undefined);

/** What the kubelet has admitted (status.containerStatuses[].allocatedResources), else the spec. */
const allocatedRequests: ContainerRequests = (c, cs, infeasible) => {
  if (cs && isJsonObject(cs.allocatedResources)) return cs.allocatedResources;
  return infeasible ? undefined : specRequests(c, cs, infeasible);
};

/** What the runtime actually applied (status.containerStatuses[].resources.requests), else allocated. */
const actuatedRequests: ContainerRequests = (c, cs, infeasible) => {
  if (cs && isJsonObject(cs.resources) && isJsonObject(cs.resources.requests)) return cs.resources.requests;
  return allocatedRequests(c, cs, infeasible);
};

function isRestartableInitContainer(c: JsonObject): boolean {
  return c.restartPolicy === "Always";
}

/** A resize the kubelet marked Infeasible: the spec's requests are not what the pod holds. */
function isResizeInfeasible(pod: KubeObject): boolean {
  for (const c of objectsAt(statusOf(pod).conditions)) {
    if (c.type === "PodResizePending") return c.reason === "Infeasible";
  }
  return false;
}

/**
 * Containers run together, so their requests add up; init containers run one at a time, each next to
 * the sidecars (restartable init containers) started before it, so the pod needs the max of those.
 */
function aggregateContainers(
  pod: KubeObject,
  get: ContainerRequests,
  nonMissing: ResourceList | undefined,
  statuses: Map<string, JsonObject> | undefined,
  infeasible: boolean,
): ResourceList {
  const spec = specOf(pod);
  const result: ResourceList = new Map();
  const requestsOf = (c: JsonObject): ResourceList => {
    const cs = statuses && typeof c.name === "string" ? statuses.get(c.name) : undefined;
    const reqs = toResourceList(get(c, cs, infeasible));
    return nonMissing ? applyNonMissing(reqs, nonMissing) : reqs;
  };
  for (const c of objectsAt(spec.containers)) addInto(result, requestsOf(c));

  const sidecars: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of objectsAt(spec.initContainers)) {
    const reqs = requestsOf(c);
    if (isRestartableInitContainer(c)) {
      addInto(result, reqs);
      addInto(sidecars, reqs);
      maxInto(initMax, sidecars);
    } else {
      const combined: ResourceList = new Map(reqs);
      addInto(combined, sidecars);
      maxInto(initMax, combined);
    }
  }
  maxInto(result, initMax);
  return result;
}

function containerStatuses(pod: KubeObject): Map<string, JsonObject> {
  const status = statusOf(pod);
  const out = new Map<string, JsonObject>();
  for (const cs of [...objectsAt(status.containerStatuses), ...objectsAt(status.initContainerStatuses)]) {
    if (typeof cs.name === "string" && !out.has(cs.name)) out.set(cs.name, cs);
  }
  return out;
}

/** Pod-level resources (spec.resources) support cpu, memory and hugepages-*. */
function isPodLevelResource(name: string): boolean {
  return name === "cpu" || name === "memory" || name.startsWith("hugepages-");
}

/**
 * resourcehelper.PodRequests as the scheduler calls it (in-place resize and pod-level resources on):
 * containers aggregated from the spec, or from what the kubelet allocated / actuated when that is larger;
 * pod-level requests replace the aggregate for the resources they name; the RuntimeClass overhead adds.
 */
function podRequestList(pod: KubeObject, nonMissing?: ResourceList): ResourceList {
  const statuses = containerStatuses(pod);
  const infeasible = isResizeInfeasible(pod);
  const specReqs = aggregateContainers(pod, specRequests, nonMissing, undefined, infeasible);
  let reqs: ResourceList;
  if (statuses.size === 0) {
    reqs = specReqs;
  } else {
    const allocated = aggregateContainers(pod, allocatedRequests, nonMissing, statuses, infeasible);
    const actuated = aggregateContainers(pod, actuatedRequests, nonMissing, statuses, infeasible);
    reqs = infeasible ? maxOf(actuated, allocated) : maxOf(specReqs, actuated, allocated);
  }
  const spec = specOf(pod);
  const podLevel = isJsonObject(spec.resources) ? toResourceList(spec.resources.requests) : new Map();
  for (const [name, v] of podLevel) if (isPodLevelResource(name)) reqs.set(name, v);
  addInto(reqs, toResourceList(spec.overhead));
  return reqs;
}

function hasPodLevelRequests(pod: KubeObject): boolean {
  const spec = specOf(pod);
  if (!isJsonObject(spec.resources) || !isJsonObject(spec.resources.requests)) return false;
  return Object.keys(spec.resources.requests).some(isPodLevelResource);
}

function toResources(list: ResourceList): Resources {
  const cpu = list.get("cpu") ?? 0n;
  const mem = list.get("memory") ?? 0n;
  return {
    milliCpu: Number(milliValue({ nano: cpu, format: "DecimalSI" })),
    memory: Number(value({ nano: mem, format: "BinarySI" })),
    pods: 1,
  };
}

/** The pod's effective requests, as NodeResourcesFit checks them and NodeInfo.Requested sums them. */
export function podRequests(pod: KubeObject): Resources {
  return toResources(podRequestList(pod));
}

const NON_MISSING: ResourceList = new Map([
  ["cpu", BigInt(DEFAULT_MILLI_CPU_REQUEST) * NANO_PER_MILLI],
  ["memory", BigInt(DEFAULT_MEMORY_REQUEST) * NANO_PER_UNIT],
]);

/**
 * The requests scoring uses (NodeInfo.NonZeroRequested): a container that names no cpu (or memory)
 * request counts for 100m (200Mi); an explicit zero stays zero. With pod-level requests, the defaults
 * only apply to resources requested neither by a container nor by the pod.
 */
export function podNonZeroRequests(pod: KubeObject): Resources {
  let nonMissing = NON_MISSING;
  if (hasPodLevelRequests(pod)) {
    const reqs = podRequestList(pod);
    nonMissing = new Map([...NON_MISSING].filter(([k]) => !reqs.has(k)));
    if (nonMissing.size === 0) return toResources(reqs);
  }
  return toResources(podRequestList(pod, nonMissing));
}

/**
 * What the node offers pods: status.allocatable, each resource falling back to status.capacity when the
 * node does not report it as allocatable; a node that reports no pod count takes the kubelet default.
 */
export function nodeAllocatable(node: KubeObject): Resources {
  const status = statusOf(node);
  const allocatable = toResourceList(status.allocatable);
  const capacity = toResourceList(status.capacity);
  const pick = (name: string): bigint | undefined => allocatable.get(name) ?? capacity.get(name);
  const cpu = pick("cpu") ?? 0n;
  const mem = pick("memory") ?? 0n;
  const pods = pick("pods");
  return {
    milliCpu: Number(milliValue({ nano: cpu, format: "DecimalSI" })),
    memory: Number(value({ nano: mem, format: "BinarySI" })),
    pods: pods === undefined ? DEFAULT_MAX_PODS : Number(value({ nano: pods, format: "DecimalSI" })),
  };
}
