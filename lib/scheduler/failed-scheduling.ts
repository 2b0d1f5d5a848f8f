/**
 * What the scheduler writes when no node fits (schedule_one.go `handleSchedulingFailure` and
 * `updatePod`): the pod's `PodScheduled=False` condition with reason Unschedulable, and a Warning
 * `FailedScheduling` event with the same message. Nothing is written again while the pod already
 * says so.
 */
import { type Action, eventAction, statusPatch } from "../client/actions";
import { objectsAt, statusOf } from "../k8s/json";
import type { KubeObject } from "../k8s/object";
import { formatTime } from "../k8s/time";
import { SCHEDULER_NAME } from "./pending";
import { NO_NODES_AVAILABLE } from "./schedule";

/** The status patch and the FailedScheduling event for a pod no node fits, or none when already reported. */
export function failedSchedulingActions(
  pod: KubeObject,
  reported: string | undefined,
  now: number,
): Action[] {
  const message = reported ?? NO_NODES_AVAILABLE;
  const current = objectsAt(statusOf(pod).conditions).find((c) => c.type === "PodScheduled");
  if (current?.status === "False" && current.message === message) return [];
  const condition = {
    type: "PodScheduled",
    status: "False",
    reason: "Unschedulable",
    message,
    lastProbeTime: null,
    lastTransitionTime: formatTime(now),
  };
  return [
    statusPatch("pods", pod, { conditions: [condition] }),
    eventAction(pod, "Warning", "FailedScheduling", message, SCHEDULER_NAME),
  ];
}
