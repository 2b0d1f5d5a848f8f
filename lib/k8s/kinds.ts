/**
 * The kinds the API server serves, as a table of data. Adding a kind is adding a row here:
 * its group/version/kind, plural and short names, scope, subresources, selectable fields,
 * printer columns, and the functions that default and validate it.
 */
import { defaultDeployment } from "./defaults/deployment";
import { defaultNamespace } from "./defaults/namespace";
import { defaultPod } from "./defaults/pod";
import { defaultReplicaSet } from "./defaults/replicaset";
import { defaultService } from "./defaults/service";
import type { FieldCause } from "./errors";
import type { JsonObject, JsonValue, KubeObject } from "./object";
import { isJsonObject } from "./object";
import { validateConfigMap } from "./validation/configmap";
import { validateDeployment } from "./validation/deployment";
import { validateEndpoints } from "./validation/endpoints";
import { validateEvent } from "./validation/event";
import { validateLease } from "./validation/lease";
import { validateNamespace } from "./validation/namespace";
import { validateNode } from "./validation/node";
import type { NameRule } from "./validation/object-meta";
import { validatePod } from "./validation/pod";
import { validatePodDisruptionBudget } from "./validation/pod-disruption-budget";
import { validateReplicaSet } from "./validation/replicaset";
import { validateService } from "./validation/service";

/** A column of `kubectl get`, computed by the server (Table output). */
export interface PrinterColumn {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  format?: "name" | "date";
  description?: string;
  /** 0 shows in the default output, > 0 only with `-o wide`. */
  priority: number;
  /** Dotted path into the object, e.g. `status.phase`; `[]` marks a list to join with ",". */
  path?: string;
}

export interface KindInfo {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  categories: string[];
  /** Whether status is written only through the `status` subresource. */
  statusSubresource: boolean;
  /** Whether `scale` is served (as autoscaling/v1 Scale). */
  scaleSubresource: boolean;
  nameRule: NameRule;
  /** Field-selector fields besides metadata.name and metadata.namespace. */
  selectableFields: string[];
  /** Fields whose `=` value buckets watchers so a change reaches only the relevant ones. */
  indexedFields: string[];
  printerColumns: PrinterColumn[];
  /** Field paths merged by key in strategic merge patch live in patch/strategic-merge-patch.ts. */
  defaults?: (obj: KubeObject) => void;
  validate: (obj: KubeObject, old?: KubeObject) => FieldCause[];
  /** The status an object starts with when created (PrepareForCreate); undefined keeps none. */
  initialStatus?: (obj: KubeObject) => JsonValue | undefined;
  /** Graceful deletion: seconds to wait for the owner (a kubelet) to confirm, or 0 to delete now. */
  gracePeriodSeconds?: (obj: KubeObject, requested: number | undefined) => number;
}

const AGE: PrinterColumn = { name: "Age", type: "string", priority: 0, path: "metadata.creationTimestamp" };

function podGracePeriod(obj: KubeObject, requested: number | undefined): number {
  const spec = isJsonObject(obj.spec) ? obj.spec : {};
  const status = isJsonObject(obj.status) ? obj.status : {};
  // Pods never bound to a node, and pods that already ended, have nobody to wait for.
  if (!spec.nodeName || status.phase === "Succeeded" || status.phase === "Failed") return 0;
  if (requested !== undefined) return Math.max(0, requested);
  const spec30 = spec.terminationGracePeriodSeconds;
  return typeof spec30 === "number" ? spec30 : 30;
}

function podInitialStatus(obj: KubeObject): JsonObject {
  return { phase: "Pending", qosClass: qosClassOf(obj) };
}

/** Guaranteed, Burstable or BestEffort, from the containers' requests and limits. */
export function qosClassOf(pod: KubeObject): string {
  const spec = isJsonObject(pod.spec) ? pod.spec : {};
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const resources = isJsonObject(c) && isJsonObject(c.resources) ? c.resources : {};
    const requests = isJsonObject(resources.requests) ? resources.requests : {};
    const limits = isJsonObject(resources.limits) ? resources.limits : {};
    if (Object.keys(requests).length || Object.keys(limits).length) any = true;
    for (const r of ["cpu", "memory"]) {
      const limit = limits[r];
      const request = requests[r] ?? limit;
      if (limit === undefined || request !== limit) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}

export const KINDS: readonly KindInfo[] = [
  {
    group: "",
    version: "v1",
    kind: "Namespace",
    plural: "namespaces",
    singular: "namespace",
    shortNames: ["ns"],
    namespaced: false,
    categories: [],
    statusSubresource: true,
    scaleSubresource: false,
    nameRule: "dns1123-label",
    selectableFields: ["status.phase"],
    indexedFields: [],
    printerColumns: [{ name: "Status", type: "string", priority: 0, path: "status.phase" }, AGE],
    defaults: defaultNamespace,
    validate: validateNamespace,
    initialStatus: () => ({ phase: "Active" }),
  },
  {
    group: "",
    version: "v1",
    kind: "Node",
    plural: "nodes",
    singular: "node",
    shortNames: ["no"],
    namespaced: false,
    categories: [],
    statusSubresource: true,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: ["spec.unschedulable"],
    indexedFields: [],
    printerColumns: [AGE],
    validate: validateNode,
  },
  {
    group: "",
    version: "v1",
    kind: "Pod",
    plural: "pods",
    singular: "pod",
    shortNames: ["po"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: [
      "spec.nodeName",
      "spec.restartPolicy",
      "spec.schedulerName",
      "spec.serviceAccountName",
      "spec.hostNetwork",
      "status.phase",
      "status.podIP",
      "status.nominatedNodeName",
    ],
    indexedFields: ["spec.nodeName"],
    printerColumns: [
      { name: "Status", type: "string", priority: 0, path: "status.phase" },
      AGE,
      { name: "IP", type: "string", priority: 1, path: "status.podIP" },
      { name: "Node", type: "string", priority: 1, path: "spec.nodeName" },
    ],
    defaults: defaultPod,
    validate: validatePod,
    initialStatus: podInitialStatus,
    gracePeriodSeconds: podGracePeriod,
  },
  {
    group: "apps",
    version: "v1",
    kind: "Deployment",
    plural: "deployments",
    singular: "deployment",
    shortNames: ["deploy"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
    scaleSubresource: true,
    nameRule: "dns1123-subdomain",
    selectableFields: [],
    indexedFields: [],
    printerColumns: [AGE],
    defaults: defaultDeployment,
    validate: validateDeployment,
    initialStatus: () => undefined,
  },
  {
    group: "apps",
    version: "v1",
    kind: "ReplicaSet",
    plural: "replicasets",
    singular: "replicaset",
    shortNames: ["rs"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
    scaleSubresource: true,
    nameRule: "dns1123-subdomain",
    selectableFields: ["status.replicas"],
    indexedFields: [],
    printerColumns: [AGE],
    defaults: defaultReplicaSet,
    validate: validateReplicaSet,
    initialStatus: () => undefined,
  },
  {
    group: "",
    version: "v1",
    kind: "Service",
    plural: "services",
    singular: "service",
    shortNames: ["svc"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
    scaleSubresource: false,
    nameRule: "dns1035-label",
    selectableFields: [],
    indexedFields: [],
    printerColumns: [AGE],
    defaults: defaultService,
    validate: validateService,
    initialStatus: () => ({ loadBalancer: {} }),
  },
  {
    group: "",
    version: "v1",
    kind: "Endpoints",
    plural: "endpoints",
    singular: "endpoints",
    shortNames: ["ep"],
    namespaced: true,
    categories: [],
    statusSubresource: false,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: [],
    indexedFields: [],
    printerColumns: [AGE],
    validate: validateEndpoints,
  },
  {
    group: "",
    version: "v1",
    kind: "Event",
    plural: "events",
    singular: "event",
    shortNames: ["ev"],
    namespaced: true,
    categories: [],
    statusSubresource: false,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: [
      "involvedObject.kind",
      "involvedObject.namespace",
      "involvedObject.name",
      "involvedObject.uid",
      "involvedObject.apiVersion",
      "involvedObject.resourceVersion",
      "involvedObject.fieldPath",
      "reason",
      "reportingComponent",
      "source",
      "type",
    ],
    indexedFields: [],
    printerColumns: [AGE],
    validate: validateEvent,
  },
  {
    group: "",
    version: "v1",
    kind: "ConfigMap",
    plural: "configmaps",
    singular: "configmap",
    shortNames: ["cm"],
    namespaced: true,
    categories: [],
    statusSubresource: false,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: [],
    indexedFields: [],
    printerColumns: [AGE],
    validate: validateConfigMap,
  },
  {
    group: "coordination.k8s.io",
    version: "v1",
    kind: "Lease",
    plural: "leases",
    singular: "lease",
    shortNames: [],
    namespaced: true,
    categories: [],
    statusSubresource: false,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: [],
    indexedFields: [],
    printerColumns: [AGE],
    validate: validateLease,
  },
  {
    // Enforced by the eviction subresource (lib/apiserver/eviction.ts); its status is kept by the
    // disruption controller (lib/controllers/disruption.ts).
    group: "policy",
    version: "v1",
    kind: "PodDisruptionBudget",
    plural: "poddisruptionbudgets",
    singular: "poddisruptionbudget",
    shortNames: ["pdb"],
    namespaced: true,
    categories: [],
    statusSubresource: true,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: [],
    indexedFields: [],
    printerColumns: [AGE],
    validate: validatePodDisruptionBudget,
  },
];

/** `pods`, `deployments.apps`: the key a resource is stored and watched under. */
export function resourceKey(info: Pick<KindInfo, "group" | "plural">): string {
  return info.group ? `${info.plural}.${info.group}` : info.plural;
}

export function apiVersionOf(info: Pick<KindInfo, "group" | "version">): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

const byResourceKey = new Map(KINDS.map((k) => [resourceKey(k), k]));
const byGroupPlural = new Map(KINDS.map((k) => [`${k.group}/${k.version}/${k.plural}`, k]));

/** The kind served at `/api/v1/<plural>` or `/apis/<group>/<version>/<plural>`. */
export function kindByPath(group: string, version: string, plural: string): KindInfo | undefined {
  return byGroupPlural.get(`${group}/${version}/${plural}`);
}

export function kindByResourceKey(key: string): KindInfo | undefined {
  return byResourceKey.get(key);
}

/** Finds a kind by any name a user may type: plural, singular, short name, Kind, or `plural.group`. */
export function kindByName(name: string): KindInfo | undefined {
  const lower = name.toLowerCase();
  const direct = byResourceKey.get(lower);
  if (direct) return direct;
  const [head = "", ...rest] = lower.split(".");
  const group = rest.join(".");
  return KINDS.find(
    (k) =>
      (group === "" || k.group === group) &&
      (k.plural === head ||
        k.singular === head ||
        k.shortNames.includes(head) ||
        k.kind.toLowerCase() === head),
  );
}

const NOT_SET = "";

function stringAt(obj: KubeObject, path: string): string {
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    if (!isJsonObject(cur)) return NOT_SET;
    cur = cur[part];
  }
  if (cur === undefined || cur === null) return NOT_SET;
  return typeof cur === "object" ? JSON.stringify(cur) : String(cur);
}

/** The values field selectors compare against, for one object of a kind. */
export function selectableFieldsOf(info: KindInfo, obj: KubeObject): Record<string, string> {
  const fields: Record<string, string> = {
    "metadata.name": obj.metadata.name ?? NOT_SET,
  };
  if (info.namespaced) fields["metadata.namespace"] = obj.metadata.namespace ?? NOT_SET;
  for (const f of info.selectableFields) {
    if (f === "source" && info.kind === "Event") {
      fields[f] = stringAt(obj, "source.component") || stringAt(obj, "reportingComponent");
    } else
      fields[f] =
        f === "spec.unschedulable" || f === "spec.hostNetwork"
          ? stringAt(obj, f) || "false"
          : stringAt(obj, f);
  }
  return fields;
}

export const ALL_FIELD_LABELS = (info: KindInfo): string[] => [
  "metadata.name",
  ...(info.namespaced ? ["metadata.namespace"] : []),
  ...info.selectableFields,
];
