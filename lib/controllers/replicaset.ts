/**
 * The ReplicaSet controller as a pure reconcile function, after Kubernetes' pkg/controller/replicaset
 * (replica_set.go syncReplicaSet / manageReplicas / calculateStatus) and the pod ranking of
 * pkg/controller/controller_utils.go (ActivePodsWithRanks).
 *
 * `replicaSetController` (at the end) is its module for the controller manager. The runtime around it keeps informer caches of ReplicaSets and Pods, feeds every pod watch event to
 * `observePodEvent` (which lowers the expectations and names the ReplicaSet to requeue), calls
 * `reconcileReplicaSet` for a queued key, and executes the returned actions in order. After a pod
 * create returns, it records `podCreatedEvent(rs, pod)`; when a create or delete fails it tells the
 * expectations (`creationObserved` / `deletionObserved`), as Kubernetes does for pods it will never see.
 */

import { type Action, eventAction } from "../client/actions";
import {
  type ControllerModule,
  enqueueAll,
  enqueueOwnKey,
  inNamespace,
} from "../controller-manager/controller";
import { intAt, objectAt, stringMapAt } from "../k8s/json";
import type { JsonObject, KubeObject } from "../k8s/object";
import { deepCopy, isJsonObject, jsonEqual, objectKey } from "../k8s/object";
import { isPodActive, isPodAvailable, isPodReady, podReadyCondition } from "../k8s/pod";
import { type LabelSelector, labelSelectorAt, labelSelectorFromSet } from "../k8s/selectors/labels";
import { parseTime } from "../k8s/time";
import { claimObjects, controllerOf, ownerReferenceTo } from "./controller-ref";
import { Expectations } from "./expectations";

/** BurstReplicas: the most pods one sync creates or deletes. */
export const BURST_REPLICAS = 500;
export const REPLICASET_CONTROLLER = "replicaset-controller";
/** The annotation that lowers (or raises) a pod's priority as a scale-down victim. */
export const POD_DELETION_COST_ANNOTATION = "controller.kubernetes.io/pod-deletion-cost";

export interface ReplicaSetContext {
  expectations: Expectations;
  /** The current time, ms since the epoch (availability, expectation timeouts, victim ranking). */
  now: number;
  /**
   * The ReplicaSets of the namespace, when the caller has them: victims are then ranked, as Kubernetes
   * does, by how many pods of the ReplicaSets sharing this one's controller run on the same node.
   */
  replicaSets?: readonly KubeObject[];
}

function selectorOf(rs: KubeObject): LabelSelector | undefined {
  return labelSelectorAt(objectAt(rs.spec).selector);
}

/**
 * syncReplicaSet for one ReplicaSet: claim the pods (adopt matching orphans, release non-matching ones),
 * create or delete pods toward `spec.replicas` when the expectations allow it, and update the status.
 * `pods` are all pods of the ReplicaSet's namespace as the cache holds them.
 */
export function reconcileReplicaSet(rs: KubeObject, pods: KubeObject[], ctx: ReplicaSetContext): Action[] {
  const selector = selectorOf(rs);
  if (!selector) return [];
  const key = objectKey(rs);
  const namespace = rs.metadata.namespace;
  // Only active pods are claimed and counted: ended and terminating pods are being replaced.
  const active = pods.filter((p) => p.metadata.namespace === namespace && isPodActive(p));
  const claim = claimObjects(rs, selector, active, "pods");
  const actions: Action[] = [...claim.actions];
  const owned = claim.claimed;

  // The expectations are checked before anything else happens, as Kubernetes reads them first.
  if (rs.metadata.deletionTimestamp === undefined && ctx.expectations.satisfied(key, ctx.now)) {
    actions.push(...manageReplicas(rs, owned, pods, ctx));
  }

  const status = replicaSetStatus(rs, owned, ctx.now);
  if (!replicaSetStatusEqual(objectAt(rs.status), status)) {
    const updated = deepCopy(rs);
    updated.status = status;
    actions.push({ verb: "update", object: updated, subresource: "status" });
  }
  return actions;
}

function manageReplicas(
  rs: KubeObject,
  owned: KubeObject[],
  allPods: KubeObject[],
  ctx: ReplicaSetContext,
): Action[] {
  const key = objectKey(rs);
  const wanted = intAt(objectAt(rs.spec), "replicas", 1);
  let diff = owned.length - wanted;
  const actions: Action[] = [];
  if (diff < 0) {
    const count = Math.min(-diff, BURST_REPLICAS);
    // Expect the creations before asking for them: the informer may report them before we return.
    ctx.expectations.expect(key, count, 0, undefined, ctx.now);
    const pod = podFromTemplate(rs);
    for (let i = 0; i < count; i++) actions.push({ verb: "create", object: deepCopy(pod) });
  } else if (diff > 0) {
    diff = Math.min(diff, BURST_REPLICAS);
    const victims = podsToDelete(owned, relatedPods(rs, allPods, ctx.replicaSets), diff, ctx.now);
    ctx.expectations.expect(key, 0, victims.length, victims.map(objectKey), ctx.now);
    for (const victim of victims) {
      const name = victim.metadata.name ?? "";
      actions.push({
        verb: "delete",
        kind: "pods",
        namespace: victim.metadata.namespace,
        name,
        ...(victim.metadata.uid ? { uid: victim.metadata.uid } : {}),
      });
      actions.push(event(rs, "SuccessfulDelete", `Deleted pod: ${name}`));
    }
  }
  return actions;
}

function event(
  rs: KubeObject,
  reason: string,
  message: string,
  type: "Normal" | "Warning" = "Normal",
): Action {
  return eventAction(rs, type, reason, message, REPLICASET_CONTROLLER);
}

/** The `SuccessfulCreate` event ("Created pod: NAME") to record once a create returned the named pod. */
export function podCreatedEvent(rs: KubeObject, createdPod: KubeObject): Action {
  return event(rs, "SuccessfulCreate", `Created pod: ${createdPod.metadata.name ?? ""}`);
}

/** The `FailedCreate` warning event Kubernetes records when a pod create is refused. */
export function podCreateFailedEvent(rs: KubeObject, message: string): Action {
  return event(rs, "FailedCreate", `Error creating: ${message}`, "Warning");
}

/**
 * controller.GetPodFromTemplate: a pod of the ReplicaSet's template — its labels, annotations,
 * finalizers and spec — named after the ReplicaSet by `generateName` and controlled by it.
 */
export function podFromTemplate(rs: KubeObject): KubeObject {
  const template = objectAt(objectAt(rs.spec).template);
  const meta = objectAt(template.metadata);
  const rsName = rs.metadata.name ?? "";
  const pod: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      generateName: validPrefix(`${rsName}-`) ? `${rsName}-` : rsName,
      ...(rs.metadata.namespace !== undefined ? { namespace: rs.metadata.namespace } : {}),
      ownerReferences: [ownerReferenceTo(rs)],
    },
    spec: deepCopy(objectAt(template.spec)),
  };
  const labels = stringMapAt(meta, "labels");
  if (labels) pod.metadata.labels = labels;
  const annotations = stringMapAt(meta, "annotations");
  if (annotations) pod.metadata.annotations = annotations;
  if (Array.isArray(meta.finalizers)) {
    pod.metadata.finalizers = meta.finalizers.filter((f): f is string => typeof f === "string");
  }
  return pod;
}

/** getPodsPrefix: `<name>-` unless that is not a valid pod name prefix (too long). */
function validPrefix(prefix: string): boolean {
  // Pod names are DNS subdomains; generateName leaves room for a 5-character suffix.
  return prefix.length <= 253 - 5;
}

// ---------------------------------------------------------------------------------------------------------
// Status.

/**
 * calculateStatus: `replicas` counts the active pods the ReplicaSet controls, `fullyLabeledReplicas`
 * those that carry all template labels, `readyReplicas` the ready ones, `availableReplicas` those ready
 * for `minReadySeconds`; `observedGeneration` is the generation this was computed for. Zero counts are
 * left out as Go's omitempty does; conditions are kept.
 */
export function replicaSetStatus(
  rs: KubeObject,
  ownedActivePods: readonly KubeObject[],
  now: number,
): JsonObject {
  const spec = objectAt(rs.spec);
  const minReadySeconds = intAt(spec, "minReadySeconds");
  const templateLabels = labelSelectorFromSet(
    stringMapAt(objectAt(objectAt(spec.template).metadata), "labels"),
  );
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const pod of ownedActivePods) {
    if (templateLabels.matches(pod.metadata.labels)) fullyLabeled++;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReadySeconds, now)) available++;
    }
  }
  const old = objectAt(rs.status);
  const status: JsonObject = { replicas: ownedActivePods.length };
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  const generation = rs.metadata.generation;
  if (generation) status.observedGeneration = generation;
  if (Array.isArray(old.conditions) && old.conditions.length > 0)
    status.conditions = deepCopy(old.conditions);
  return status;
}

const STATUS_COUNTS = [
  "replicas",
  "fullyLabeledReplicas",
  "readyReplicas",
  "availableReplicas",
  "observedGeneration",
] as const;

function replicaSetStatusEqual(a: JsonObject, b: JsonObject): boolean {
  for (const field of STATUS_COUNTS) if (intAt(a, field) !== intAt(b, field)) return false;
  const ac = Array.isArray(a.conditions) ? a.conditions : [];
  const bc = Array.isArray(b.conditions) ? b.conditions : [];
  return jsonEqual(ac, bc);
}

/**
 * When a ReplicaSet with `minReadySeconds` has all pods ready but not all available yet, Kubernetes
 * requeues it after `minReadySeconds` so availability is noticed without another event. Returns that
 * delay in ms, or undefined when no timed requeue is needed.
 */
export function replicaSetRequeueAfter(rs: KubeObject): number | undefined {
  const spec = objectAt(rs.spec);
  const status = objectAt(rs.status);
  const minReadySeconds = intAt(spec, "minReadySeconds");
  const replicas = intAt(spec, "replicas", 1);
  if (minReadySeconds > 0 && intAt(status, "readyReplicas") === replicas) {
    if (intAt(status, "availableReplicas") !== replicas) return minReadySeconds * 1000;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Expectations from watch events.

export type PodEventType = "ADDED" | "MODIFIED" | "DELETED";

function replicaSetKeyOf(pod: KubeObject): string | undefined {
  const ref = controllerOf(pod);
  if (ref?.kind !== "ReplicaSet" || !ref.apiVersion.startsWith("apps/")) return undefined;
  const ns = pod.metadata.namespace ?? "";
  return ns ? `${ns}/${ref.name}` : ref.name;
}

/**
 * The expectation side of the ReplicaSet controller's pod event handlers (addPod / updatePod /
 * deletePod): a new pod of a ReplicaSet is an observed creation; a pod being deleted (a
 * deletionTimestamp appears) or gone is an observed deletion, counted once per pod. Returns the key
 * of the controlling ReplicaSet to requeue, if any.
 */
export function observePodEvent(
  expectations: Expectations,
  type: PodEventType,
  pod: KubeObject,
  oldPod?: KubeObject,
): string | undefined {
  const key = replicaSetKeyOf(pod);
  if (type === "DELETED" || (type === "ADDED" && pod.metadata.deletionTimestamp !== undefined)) {
    if (key) expectations.deletionObserved(key, objectKey(pod));
    return key;
  }
  if (type === "ADDED") {
    if (key) expectations.creationObserved(key);
    return key;
  }
  if (pod.metadata.deletionTimestamp !== undefined) {
    if (key) expectations.deletionObserved(key, objectKey(pod));
    // A label change that came with the deletion is also a deletion for the old controller.
    const oldKey = oldPod ? replicaSetKeyOf(oldPod) : undefined;
    if (oldKey && oldKey !== key && oldPod) expectations.deletionObserved(oldKey, objectKey(oldPod));
  }
  return key;
}

// ---------------------------------------------------------------------------------------------------------
// Choosing victims.

/**
 * getIndirectlyRelatedPods: the pods selected by any ReplicaSet sharing this one's controller (the
 * ReplicaSets of one Deployment). A ReplicaSet without a controller has none, as in Kubernetes.
 */
function relatedPods(
  rs: KubeObject,
  pods: readonly KubeObject[],
  replicaSets: readonly KubeObject[] | undefined,
): KubeObject[] {
  const ref = controllerOf(rs);
  if (!ref) return [];
  const siblings = (replicaSets ?? [rs]).filter(
    (other) => other.metadata.namespace === rs.metadata.namespace && controllerOf(other)?.uid === ref.uid,
  );
  if (!siblings.some((s) => s.metadata.uid === rs.metadata.uid)) siblings.push(rs);
  const seen = new Set<string>();
  const out: KubeObject[] = [];
  for (const sibling of siblings) {
    const selector = selectorOf(sibling);
    if (!selector) continue;
    for (const pod of pods) {
      if (pod.metadata.namespace !== rs.metadata.namespace || !selector.matches(pod.metadata.labels))
        continue;
      const id = pod.metadata.uid ?? objectKey(pod);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(pod);
    }
  }
  return out;
}

const PHASE_ORDINAL: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };

function phaseOrdinal(pod: KubeObject): number {
  const phase = objectAt(pod.status).phase;
  return typeof phase === "string" ? (PHASE_ORDINAL[phase] ?? 0) : 0;
}

function nodeNameOf(pod: KubeObject): string {
  const n = objectAt(pod.spec).nodeName;
  return typeof n === "string" ? n : "";
}

function deletionCost(pod: KubeObject): number {
  const v = pod.metadata.annotations?.[POD_DELETION_COST_ANNOTATION];
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return 0;
  const n = Number(v);
  return n >= -2147483648 && n <= 2147483647 ? n : 0;
}

/** Highest restart count of the regular containers, and of the restartable (sidecar) init containers. */
function maxRestarts(pod: KubeObject): { regular: number; sidecar: number } {
  const status = objectAt(pod.status);
  let regular = 0;
  let sidecar = 0;
  for (const c of Array.isArray(status.containerStatuses) ? status.containerStatuses : []) {
    if (isJsonObject(c)) regular = Math.max(regular, intAt(c, "restartCount"));
  }
  const initSpecs = objectAt(pod.spec).initContainers;
  const sidecars = new Set<string>();
  for (const c of Array.isArray(initSpecs) ? initSpecs : []) {
    if (isJsonObject(c) && c.restartPolicy === "Always" && typeof c.name === "string") sidecars.add(c.name);
  }
  for (const c of Array.isArray(status.initContainerStatuses) ? status.initContainerStatuses : []) {
    if (isJsonObject(c) && typeof c.name === "string" && sidecars.has(c.name)) {
      sidecar = Math.max(sidecar, intAt(c, "restartCount"));
    }
  }
  return { regular, sidecar };
}

/** afterOrZero: a missing time sorts first, then the later time first. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/** logarithmicRankDiff: compares ages on a log2 scale of nanoseconds, so near-equal ages tie. */
function logarithmicRankDiff(t1: number, t2: number, now: number): number {
  const d1 = (now - t1) * 1e6;
  const d2 = (now - t2) * 1e6;
  const r1 = d1 > 0 ? Math.floor(Math.log2(d1)) : -1;
  const r2 = d2 > 0 ? Math.floor(Math.log2(d2)) : -1;
  return r1 - r2;
}

function uidLess(a: KubeObject, b: KubeObject): boolean {
  return (a.metadata.uid ?? "") < (b.metadata.uid ?? "");
}

/** Compares two times for victim ranking (LogarithmicScaleDown, GA): true when `a` goes first. */
function timeLess(
  a: KubeObject,
  b: KubeObject,
  ta: number | undefined,
  tb: number | undefined,
  now: number,
): boolean {
  if (ta === undefined || tb === undefined) return afterOrZero(ta, tb);
  const diff = logarithmicRankDiff(ta, tb, now);
  return diff === 0 ? uidLess(a, b) : diff < 0;
}

/**
 * ActivePodsWithRanks.Less: true when pod `a` should be deleted before pod `b`.
 *  1. unassigned < assigned; 2. Pending < Unknown < Running; 3. not ready < ready;
 *  4. lower pod-deletion-cost first; 5. more related pods on the same node first;
 *  6. ready for less time first; 7. more container restarts first; 8. newer first.
 */
export function deletesBefore(
  a: KubeObject,
  b: KubeObject,
  rankA: number,
  rankB: number,
  now: number,
): boolean {
  const nodeA = nodeNameOf(a);
  const nodeB = nodeNameOf(b);
  if (nodeA !== nodeB && (nodeA === "" || nodeB === "")) return nodeA === "";
  const pa = phaseOrdinal(a);
  const pb = phaseOrdinal(b);
  if (pa !== pb) return pa < pb;
  const readyA = isPodReady(a);
  const readyB = isPodReady(b);
  if (readyA !== readyB) return !readyA;
  const costA = deletionCost(a);
  const costB = deletionCost(b);
  if (costA !== costB) return costA < costB;
  if (rankA !== rankB) return rankA > rankB;
  if (readyA && readyB) {
    const ta = parseTime(podReadyCondition(a)?.lastTransitionTime);
    const tb = parseTime(podReadyCondition(b)?.lastTransitionTime);
    if (ta !== tb) return timeLess(a, b, ta, tb, now);
  }
  const ra = maxRestarts(a);
  const rb = maxRestarts(b);
  if (ra.regular !== rb.regular) return ra.regular > rb.regular;
  if (ra.sidecar !== rb.sidecar) return ra.sidecar > rb.sidecar;
  const ca = parseTime(a.metadata.creationTimestamp);
  const cb = parseTime(b.metadata.creationTimestamp);
  if (ca !== cb) return timeLess(a, b, ca, cb, now);
  return false;
}

/**
 * getPodsToDelete: the `diff` pods to delete among `pods` (the active pods the ReplicaSet controls),
 * ranked by `deletesBefore` with ranks from the related pods on the same node.
 */
export function podsToDelete(
  pods: readonly KubeObject[],
  related: readonly KubeObject[],
  diff: number,
  now: number,
): KubeObject[] {
  if (diff >= pods.length) return [...pods];
  const onNode = new Map<string, number>();
  for (const pod of related) {
    if (!isPodActive(pod)) continue;
    const node = nodeNameOf(pod);
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  const ranked = pods.map((pod) => ({ pod, rank: onNode.get(nodeNameOf(pod)) ?? 0 }));
  ranked.sort((x, y) => {
    if (deletesBefore(x.pod, y.pod, x.rank, y.rank, now)) return -1;
    if (deletesBefore(y.pod, x.pod, y.rank, x.rank, now)) return 1;
    return 0;
  });
  return ranked.slice(0, diff).map((r) => r.pod);
}

// ---------------------------------------------------------------------------------------------------------
// The controller module (replica_set.go NewBaseController: its informers, event handlers and syncHandler).

/** Watches ReplicaSets and Pods; a pod event counts toward its ReplicaSet's expectations and queues it. */
export const replicaSetController: ControllerModule = {
  name: "replicaset",
  start(ctx) {
    const expectations = new Expectations();
    const replicaSets = ctx.informer({ resource: "replicasets.apps" });
    const pods = ctx.informer({ resource: "pods" });
    replicaSets.on(enqueueOwnKey(ctx.queue));
    const podEvent = (type: PodEventType) => (pod: KubeObject, old?: KubeObject) => {
      const key = observePodEvent(expectations, type, pod, old);
      if (key) ctx.queue.add(key);
    };
    pods.on({ add: podEvent("ADDED"), update: podEvent("MODIFIED"), delete: podEvent("DELETED") });
    return {
      resync: () => enqueueAll(ctx.queue, replicaSets),
      reconcile(key, now) {
        const rs = replicaSets.cache.get(key);
        if (!rs) {
          expectations.forget(key);
          return [];
        }
        const ns = rs.metadata.namespace;
        const actions = reconcileReplicaSet(rs, inNamespace(pods, ns), {
          expectations,
          now,
          replicaSets: inNamespace(replicaSets, ns),
        });
        const after = replicaSetRequeueAfter(rs);
        if (after !== undefined) ctx.queue.addAfter(key, after);
        return actions;
      },
      onResult(key, result) {
        const rs = replicaSets.cache.get(key);
        const action = result.action;
        if (action.verb === "create" && action.object.kind === "Pod") {
          if (result.ok && result.object && rs) return [podCreatedEvent(rs, result.object)];
          // The pod will never be seen: lower the expectation so the next sync can try again.
          expectations.creationObserved(key);
          return rs && result.error ? [podCreateFailedEvent(rs, result.error.message)] : [];
        }
        if (action.verb === "delete" && !result.ok) {
          expectations.deletionObserved(key, `${action.namespace}/${action.name}`);
        }
        return [];
      },
    };
  },
};
