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
import { objectAt, objectsAt, specOf } from "./json";
import type { JsonObject, JsonValue, KubeObject } from "./object";
import { isJsonObject } from "./object";
import { isPodTerminal, podNodeName } from "./pod";
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

/** What a row of the table says; the rest takes the most common value (see `served`). */
type KindRow = Pick<KindInfo, "group" | "kind" | "plural" | "namespaced" | "validate"> & Partial<KindInfo>;

/**
 * A row with the defaults most kinds share: version v1, singular the lowercased kind, no short
 * names or categories, no status or scale subresource, DNS-1123 subdomain names, no selectable or
 * indexed fields beyond metadata, and only an AGE column.
 */
function served(row: KindRow): KindInfo {
  return {
    version: "v1",
    singular: row.kind.toLowerCase(),
    shortNames: [],
    categories: [],
    statusSubresource: false,
    scaleSubresource: false,
    nameRule: "dns1123-subdomain",
    selectableFields: [],
    indexedFields: [],
    printerColumns: [AGE],
    ...row,
  };
}

function podGracePeriod(obj: KubeObject, requested: number | undefined): number {
  // Pods never bound to a node, and pods that already ended, have nobody to wait for.
  if (!podNodeName(obj) || isPodTerminal(obj)) return 0;
  if (requested !== undefined) return Math.max(0, requested);
  const seconds = specOf(obj).terminationGracePeriodSeconds;
  return typeof seconds === "number" ? seconds : 30;
}

function podInitialStatus(obj: KubeObject): JsonObject {
  return { phase: "Pending", qosClass: qosClassOf(obj) };
}

/** Guaranteed, Burstable or BestEffort, from the containers' requests and limits. */
export function qosClassOf(pod: KubeObject): string {
  const containers = objectsAt(specOf(pod).containers);
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const resources = objectAt(c.resources);
    const requests = objectAt(resources.requests);
    const limits = objectAt(resources.limits);
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
  served({
    group: "",
    kind: "Namespace",
    plural: "namespaces",
    shortNames: ["ns"],
    namespaced: false,
    statusSubresource: true,
    nameRule: "dns1123-label",
    selectableFields: ["status.phase"],
    printerColumns: [{ name: "Status", type: "string", priority: 0, path: "status.phase" }, AGE],
    defaults: defaultNamespace,
    validate: validateNamespace,
    initialStatus: () => ({ phase: "Active" }),
  }),
  served({
    group: "",
    kind: "Node",
    plural: "nodes",
    shortNames: ["no"],
    namespaced: false,
    statusSubresource: true,
    selectableFields: ["spec.unschedulable"],
    validate: validateNode,
  }),
  served({
    group: "",
    kind: "Pod",
    plural: "pods",
    shortNames: ["po"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
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
  }),
  served({
    group: "apps",
    kind: "Deployment",
    plural: "deployments",
    shortNames: ["deploy"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
    scaleSubresource: true,
    defaults: defaultDeployment,
    validate: validateDeployment,
    initialStatus: () => undefined,
  }),
  served({
    group: "apps",
    kind: "ReplicaSet",
    plural: "replicasets",
    shortNames: ["rs"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
    scaleSubresource: true,
    selectableFields: ["status.replicas"],
    defaults: defaultReplicaSet,
    validate: validateReplicaSet,
    initialStatus: () => undefined,
  }),
  served({
    group: "",
    kind: "Service",
    plural: "services",
    shortNames: ["svc"],
    namespaced: true,
    categories: ["all"],
    statusSubresource: true,
    nameRule: "dns1035-label",
    defaults: defaultService,
    validate: validateService,
    initialStatus: () => ({ loadBalancer: {} }),
  }),
  served({
    group: "",
    kind: "Endpoints",
    plural: "endpoints",
    shortNames: ["ep"],
    namespaced: true,
    validate: validateEndpoints,
  }),
  served({
    group: "",
    kind: "Event",
    plural: "events",
    shortNames: ["ev"],
    namespaced: true,
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
    validate: validateEvent,
  }),
  served({
    group: "",
    kind: "ConfigMap",
    plural: "configmaps",
    shortNames: ["cm"],
    namespaced: true,
    validate: validateConfigMap,
  }),
  served({
    group: "coordination.k8s.io",
    kind: "Lease",
    plural: "leases",
    namespaced: true,
    validate: validateLease,
  }),
  served({
    // Enforced by the eviction subresource (lib/apiserver/eviction.ts); its status is kept by the
    // disruption controller (lib/controllers/disruption.ts).
    group: "policy",
    kind: "PodDisruptionBudget",
    plural: "poddisruptionbudgets",
    shortNames: ["pdb"],
    namespaced: true,
    statusSubresource: true,
    validate: validatePodDisruptionBudget,
  }),
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

/** A dotted path's value as field selectors see it ("" when absent). */
function fieldAt(obj: KubeObject, path: string): string {
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
      fields[f] = fieldAt(obj, "source.component") || fieldAt(obj, "reportingComponent");
    } else
      fields[f] =
        f === "spec.unschedulable" || f === "spec.hostNetwork" ? fieldAt(obj, f) || "false" : fieldAt(obj, f);
  }
  return fields;
}

export const ALL_FIELD_LABELS = (info: KindInfo): string[] => [
  "metadata.name",
  ...(info.namespaced ? ["metadata.namespace"] : []),
  ...info.selectableFields,
];
