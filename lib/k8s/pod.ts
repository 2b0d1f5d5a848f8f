/**
 * Pod predicates, as Kubernetes' pkg/api/v1/pod (util.go) and pkg/controller (controller_utils.go)
 * define them: one home for "is this pod ready / active / available / bound", used by controllers,
 * the scheduler, the eviction subresource and the printers alike.
 */
import { objectsAt, specOf, statusOf, stringAt } from "./json";
import type { JsonObject, KubeObject } from "./object";
import { parseTime } from "./time";

/** `status.phase` ("" when not reported yet). */
export function podPhase(pod: KubeObject): string {
  return stringAt(statusOf(pod).phase);
}

/** `spec.nodeName` ("" while unbound). */
export function podNodeName(pod: KubeObject): string {
  return stringAt(specOf(pod).nodeName);
}

/** Whether the pod finished: Succeeded or Failed. */
export function isPodTerminal(pod: KubeObject): boolean {
  const phase = podPhase(pod);
  return phase === "Succeeded" || phase === "Failed";
}

/** controller.IsPodActive: not Succeeded, not Failed, not being deleted. */
export function isPodActive(pod: KubeObject): boolean {
  return !isPodTerminal(pod) && pod.metadata.deletionTimestamp === undefined;
}

/** The pod's `Ready` condition, if it has one. */
export function podReadyCondition(pod: KubeObject): JsonObject | undefined {
  return objectsAt(statusOf(pod).conditions).find((c) => c.type === "Ready");
}

/** podutil.IsPodReady: the Ready condition is True. */
export function isPodReady(pod: KubeObject): boolean {
  return podReadyCondition(pod)?.status === "True";
}

/**
 * podutil.IsPodAvailable: ready, and ready for at least `minReadySeconds` (strictly longer, measured
 * from the Ready condition's lastTransitionTime) when that is not 0.
 */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  const ready = podReadyCondition(pod);
  if (ready?.status !== "True") return false;
  if (minReadySeconds <= 0) return true;
  const since = parseTime(ready.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 < now;
}
