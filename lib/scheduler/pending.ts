/**
 * Which pods the scheduler places, as kube-scheduler's event handlers decide it (eventhandlers.go
 * `responsibleForPod` and the unassigned-pod filter), and the priority that orders its queue.
 */
import { numberAt, specOf } from "../k8s/json";
import type { KubeObject } from "../k8s/object";
import { isPodTerminal, podNodeName } from "../k8s/pod";

/** The scheduler's name: pods whose `spec.schedulerName` is this (or unset) are ours. */
export const SCHEDULER_NAME = "default-scheduler";

/** A pod this scheduler should place: unbound, ours, not terminating, not finished. */
export function needsScheduling(pod: KubeObject): boolean {
  if (podNodeName(pod) || pod.metadata.deletionTimestamp) return false;
  if (isPodTerminal(pod)) return false;
  return (specOf(pod).schedulerName ?? SCHEDULER_NAME) === SCHEDULER_NAME;
}

/** `spec.priority`, which the Priority admission plugin sets from the pod's PriorityClass (0 without). */
export function podPriority(pod: KubeObject): number {
  return numberAt(specOf(pod).priority);
}
