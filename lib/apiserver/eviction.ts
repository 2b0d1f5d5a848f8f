/**
 * `POST pods/NAME/eviction` (policy/v1 Eviction), after kube-apiserver's
 * pkg/registry/core/pod/storage/eviction.go: a pod is deleted only if the PodDisruptionBudget that
 * covers it allows one more disruption; the eviction then takes that disruption (it lowers
 * `disruptionsAllowed` and notes the pod in `disruptedPods`) before deleting, so two evictions at
 * once cannot both spend the last one. Pods that are not running (Pending, Succeeded, Failed) or
 * already going are deleted without asking a budget. A refused eviction is a 429 TooManyRequests
 * that `kubectl drain` retries.
 */

import { podsOfBudget } from "../controllers/disruption";
import { ApiError, forbidden, internalError } from "../k8s/errors";
import { objectAt } from "../k8s/json";
import { type KindInfo, kindByName } from "../k8s/kinds";
import type { JsonObject, KubeObject } from "../k8s/object";
import { isPodReady } from "../k8s/pod";
import { formatTime } from "../k8s/time";
import type { DeleteOptions, Registry } from "./registry";

/** The most evictions a budget may hold unconfirmed by the disruption controller. */
const MAX_DISRUPTED_PODS = 2000;

function tooManyEvictions(cause: string): ApiError {
  return new ApiError({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: "Cannot evict pod as it would violate the pod's disruption budget.",
    reason: "TooManyRequests",
    // A cause about the budget, not a field: StatusCause's field is left out, as Kubernetes omits it.
    details: { causes: [{ reason: "DisruptionBudget", message: cause }], retryAfterSeconds: 10 },
    code: 429,
  });
}

/** Pods that no budget protects: not running yet or any more, or already being deleted. */
function canIgnoreBudget(pod: KubeObject): boolean {
  const phase = objectAt(pod.status).phase;
  return (
    Boolean(pod.metadata.deletionTimestamp) ||
    phase === "Pending" ||
    phase === "Succeeded" ||
    phase === "Failed"
  );
}

/** Whether an unhealthy pod may go without spending a disruption (unhealthyPodEvictionPolicy). */
function unhealthyMayGo(pdb: KubeObject): boolean {
  const spec = objectAt(pdb.spec);
  if (spec.unhealthyPodEvictionPolicy === "AlwaysAllow") return true;
  const status = objectAt(pdb.status);
  const current = typeof status.currentHealthy === "number" ? status.currentHealthy : 0;
  const desired = typeof status.desiredHealthy === "number" ? status.desiredHealthy : 0;
  return current >= desired && desired > 0;
}

/**
 * Takes one disruption of `pdb` for `pod`, or throws the refusal; returns the budget's new status
 * (written before the pod is deleted).
 */
export function takeDisruption(pdb: KubeObject, pod: KubeObject, now: number): JsonObject {
  const name = pdb.metadata.name ?? "";
  const status = objectAt(pdb.status);
  const observed = typeof status.observedGeneration === "number" ? status.observedGeneration : 0;
  if (observed < (pdb.metadata.generation ?? 1))
    throw tooManyEvictions(`The disruption budget ${name} is still being processed by the server.`);
  const allowed = typeof status.disruptionsAllowed === "number" ? status.disruptionsAllowed : 0;
  if (allowed < 0) throw forbidden("pdb disruptions allowed is negative");
  const disrupted = objectAt(status.disruptedPods);
  if (Object.keys(disrupted).length > MAX_DISRUPTED_PODS)
    throw forbidden("DisruptedPods map too big - too many evictions not confirmed by PDB controller");
  if (allowed === 0) {
    const desired = typeof status.desiredHealthy === "number" ? status.desiredHealthy : 0;
    const current = typeof status.currentHealthy === "number" ? status.currentHealthy : 0;
    throw tooManyEvictions(
      `The disruption budget ${name} needs ${desired} healthy pods and has ${current} currently`,
    );
  }
  return {
    ...status,
    disruptionsAllowed: allowed - 1,
    disruptedPods: { ...disrupted, [pod.metadata.name ?? ""]: formatTime(now) },
  };
}

/** Evicts a pod: the budget's consent first, then the delete with the eviction's DeleteOptions. */
export function evictPod(
  registry: Registry,
  info: KindInfo,
  namespace: string,
  name: string,
  options: DeleteOptions,
  now: number,
): void {
  const pod = registry.get(info, namespace, name);
  const budgets = kindByName("poddisruptionbudgets.policy");
  if (!canIgnoreBudget(pod) && budgets) {
    const list = registry.list(budgets, namespace).items;
    const all = (Array.isArray(list) ? list : []) as unknown as KubeObject[];
    const covering = all.filter((pdb) => podsOfBudget(pdb, [pod]).length > 0);
    if (covering.length > 1)
      throw internalError(
        "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.",
      );
    const pdb = covering[0];
    if (pdb && !(!isPodReady(pod) && unhealthyMayGo(pdb))) {
      const status = takeDisruption(pdb, pod, now);
      if (!options.dryRun)
        registry.update(budgets, namespace, pdb.metadata.name ?? "", { ...pdb, status }, "status");
    }
  }
  registry.delete(info, namespace, name, options);
}
