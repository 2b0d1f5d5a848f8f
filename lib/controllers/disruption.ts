/**
 * The disruption controller as a pure reconcile function, after Kubernetes'
 * pkg/controller/disruption (disruption.go trySync / getExpectedPodCount / countHealthyPods /
 * buildDisruptedPodMap): it keeps a PodDisruptionBudget's status — how many of its pods are
 * healthy, how many must stay healthy, and so how many evictions are allowed now. The eviction
 * subresource (lib/apiserver/eviction.ts) reads that status and takes one disruption per eviction.
 *
 *  - `minAvailable: N` asks for N healthy pods of the selected pods;
 *  - `minAvailable: P%` and `maxUnavailable` are relative to the pods the selected pods'
 *    controllers want (their ReplicaSets' and Deployments' replicas), rounded up as Kubernetes does.
 *  - A pod counts as healthy when it is Ready and not being deleted, and not already evicted
 *    (`disruptedPods`, which the eviction fills and which expires after two minutes if the pod
 *    never goes).
 */

import type { Action } from "../client/actions";
import {
  type ControllerModule,
  enqueueAll,
  enqueueOwnKey,
  inNamespace,
} from "../controller-manager/controller";
import { objectAt } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject, jsonEqual, objectKey } from "../k8s/object";
import { isPodReady } from "../k8s/pod";
import { labelSelectorAt } from "../k8s/selectors/labels";
import { formatTime, parseTime } from "../k8s/time";
import { controllerOf } from "./controller-ref";

/** How long an evicted pod counts as disrupted while waiting to be deleted (DeletionTimeout). */
export const DISRUPTED_POD_TIMEOUT_MS = 2 * 60 * 1000;

export interface DisruptionResult {
  actions: Action[];
  /** When a disrupted pod's entry expires: reconcile again then. */
  requeueAt?: number;
}

/** The pods a budget selects: a null selector selects nothing, an empty one everything. */
export function podsOfBudget(pdb: KubeObject, pods: readonly KubeObject[]): KubeObject[] {
  const selector = labelSelectorAt(objectAt(pdb.spec).selector);
  if (!selector) return [];
  return pods.filter(
    (p) => p.metadata.namespace === pdb.metadata.namespace && selector.matches(p.metadata.labels),
  );
}

/** An IntOrString against a total: an int as it is, a percentage rounded up (GetScaledValueFromIntOrPercent). */
export function scaledValue(value: JsonValue | undefined, total: number): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const m = /^(\d+)%$/.exec(value);
    if (m) return Math.ceil((Number(m[1]) * total) / 100);
    if (/^\d+$/.test(value)) return Number(value);
  }
  return undefined;
}

/** The number of pods the controllers of `pods` want (getExpectedScale): each controller once. */
export function expectedScale(
  pods: readonly KubeObject[],
  replicaSets: readonly KubeObject[],
  deployments: readonly KubeObject[],
): number {
  const byUid = (objects: readonly KubeObject[]) => new Map(objects.map((o) => [o.metadata.uid ?? "", o]));
  const sets = byUid(replicaSets);
  const owners = byUid(deployments);
  const counted = new Set<string>();
  let total = 0;
  for (const pod of pods) {
    const ref = controllerOf(pod);
    const rs = ref?.kind === "ReplicaSet" ? sets.get(ref.uid) : undefined;
    if (!rs) continue;
    // A ReplicaSet of a Deployment counts as its Deployment, as Kubernetes finds the scale there.
    const owner = controllerOf(rs);
    const deployment = owner?.kind === "Deployment" ? owners.get(owner.uid) : undefined;
    const target = deployment ?? rs;
    const uid = target.metadata.uid ?? "";
    if (counted.has(uid)) continue;
    counted.add(uid);
    const replicas = objectAt(target.spec).replicas;
    total += typeof replicas === "number" ? replicas : 1;
  }
  return total;
}

/** `disruptedPods` without the entries of pods that are gone or were evicted too long ago. */
function liveDisruptions(
  status: JsonObject,
  pods: readonly KubeObject[],
  now: number,
): { kept: Record<string, string>; requeueAt?: number } {
  const kept: Record<string, string> = {};
  let requeueAt: number | undefined;
  const map = objectAt(status.disruptedPods);
  for (const [name, at] of Object.entries(map)) {
    const pod = pods.find((p) => p.metadata.name === name);
    if (!pod || pod.metadata.deletionTimestamp) continue;
    const since = parseTime(at);
    if (since === undefined) continue;
    const expires = since + DISRUPTED_POD_TIMEOUT_MS;
    if (expires <= now) continue;
    kept[name] = String(at);
    requeueAt = Math.min(requeueAt ?? expires, expires);
  }
  return { kept, ...(requeueAt !== undefined ? { requeueAt } : {}) };
}

/** The budget's status as it should be now. */
export function budgetStatus(
  pdb: KubeObject,
  pods: readonly KubeObject[],
  replicaSets: readonly KubeObject[],
  deployments: readonly KubeObject[],
  now: number,
): { status: JsonObject; requeueAt?: number } {
  const spec = objectAt(pdb.spec);
  const selected = podsOfBudget(pdb, pods);
  let expectedPods: number;
  let desiredHealthy: number;
  if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
    expectedPods = expectedScale(selected, replicaSets, deployments);
    desiredHealthy = Math.max(0, expectedPods - (scaledValue(spec.maxUnavailable, expectedPods) ?? 0));
  } else if (typeof spec.minAvailable === "string" && spec.minAvailable.endsWith("%")) {
    expectedPods = expectedScale(selected, replicaSets, deployments);
    desiredHealthy = scaledValue(spec.minAvailable, expectedPods) ?? 0;
  } else {
    expectedPods = selected.length;
    desiredHealthy = scaledValue(spec.minAvailable, expectedPods) ?? 0;
  }
  const old = objectAt(pdb.status);
  const { kept, requeueAt } = liveDisruptions(old, selected, now);
  const currentHealthy = selected.filter(
    (p) => !p.metadata.deletionTimestamp && isPodReady(p) && !((p.metadata.name ?? "") in kept),
  ).length;
  const disruptionsAllowed = Math.max(0, currentHealthy - desiredHealthy);
  const allowed = disruptionsAllowed > 0;
  const previous = (Array.isArray(old.conditions) ? old.conditions : [])
    .filter(isJsonObject)
    .find((c) => c.type === "DisruptionAllowed");
  const conditionStatus = allowed ? "True" : "False";
  const reason = allowed ? "SufficientPods" : "InsufficientPods";
  const condition: JsonObject = {
    type: "DisruptionAllowed",
    status: conditionStatus,
    reason,
    message: "",
    observedGeneration: pdb.metadata.generation ?? 1,
    lastTransitionTime:
      previous && previous.status === conditionStatus && typeof previous.lastTransitionTime === "string"
        ? previous.lastTransitionTime
        : formatTime(now),
  };
  const status: JsonObject = {
    observedGeneration: pdb.metadata.generation ?? 1,
    disruptionsAllowed,
    currentHealthy,
    desiredHealthy,
    expectedPods,
    conditions: [condition],
  };
  if (Object.keys(kept).length) status.disruptedPods = kept;
  return { status, ...(requeueAt !== undefined ? { requeueAt } : {}) };
}

/** One sync of a budget: a status write when it changed, and when to look again. */
export function reconcileDisruptionBudget(
  pdb: KubeObject,
  pods: readonly KubeObject[],
  replicaSets: readonly KubeObject[],
  deployments: readonly KubeObject[],
  now: number,
): DisruptionResult {
  if (pdb.metadata.deletionTimestamp) return { actions: [] };
  const { status, requeueAt } = budgetStatus(pdb, pods, replicaSets, deployments, now);
  const old = objectAt(pdb.status);
  const withoutConditions = (a: JsonObject) => {
    const { conditions: _conditions, ...rest } = a;
    return rest;
  };
  const conditionOf = (s: JsonObject) =>
    (Array.isArray(s.conditions) ? s.conditions : [])
      .filter(isJsonObject)
      .map((c) => [c.type, c.status, c.reason]);
  const unchanged =
    jsonEqual(withoutConditions(old), withoutConditions(status)) &&
    jsonEqual(conditionOf(old), conditionOf(status));
  const actions: Action[] = unchanged
    ? []
    : [{ verb: "update", subresource: "status", object: { ...pdb, status } }];
  return { actions, ...(requeueAt !== undefined ? { requeueAt } : {}) };
}

/**
 * The controller module (disruption.go NewDisruptionController): a key per budget; a budget change
 * queues it, a pod change queues the budgets covering the pod (before or after), and a ReplicaSet or
 * Deployment change queues the budgets of its namespace (budgets relative to their controllers'
 * replicas follow scaling).
 */
export const disruptionController: ControllerModule = {
  name: "disruption",
  start(ctx) {
    const { add } = enqueueOwnKey(ctx.queue);
    const budgets = ctx.informer({ resource: "poddisruptionbudgets.policy" }).on({ add, update: add });
    const podChanged = (pod: KubeObject, old?: KubeObject) => {
      for (const pdb of inNamespace(budgets, pod.metadata.namespace)) {
        if (podsOfBudget(pdb, old ? [pod, old] : [pod]).length > 0) ctx.queue.add(objectKey(pdb));
      }
    };
    const pods = ctx
      .informer({ resource: "pods" })
      .on({ add: podChanged, update: podChanged, delete: podChanged });
    const inNamespaceOf = (obj: KubeObject) => {
      for (const pdb of inNamespace(budgets, obj.metadata.namespace)) ctx.queue.add(objectKey(pdb));
    };
    const replicaSets = ctx
      .informer({ resource: "replicasets.apps" })
      .on({ add: inNamespaceOf, update: inNamespaceOf, delete: inNamespaceOf });
    const deployments = ctx
      .informer({ resource: "deployments.apps" })
      .on({ add: inNamespaceOf, update: inNamespaceOf });
    return {
      resync: () => enqueueAll(ctx.queue, budgets),
      reconcile(key, now) {
        const pdb = budgets.cache.get(key);
        if (!pdb) return [];
        const ns = pdb.metadata.namespace;
        const result = reconcileDisruptionBudget(
          pdb,
          inNamespace(pods, ns),
          inNamespace(replicaSets, ns),
          inNamespace(deployments, ns),
          now,
        );
        if (result.requeueAt !== undefined) ctx.queue.addAfter(key, Math.max(100, result.requeueAt - now));
        return result.actions;
      },
    };
  },
};
