/**
 * The kubelet's status manager, in one rule: the pod's `Ready` condition is the kubelet's to say.
 * When someone else set it (the node lifecycle controller marks pods not ready on a node it thinks
 * is down) and the kubelet's own view differs — every container ready, pod running — the kubelet
 * writes its view back on its next sync, as the real status manager does.
 */
import { objectsAt, statusOf } from "../k8s/json";
import type { JsonObject, KubeObject } from "../k8s/object";
import { formatTime } from "../k8s/time";

/** The status to write to restore the kubelet's Ready condition, or undefined when it is right. */
export function restoredReadyStatus(pod: KubeObject, now: number): JsonObject | undefined {
  if (pod.metadata.deletionTimestamp) return undefined;
  const status = statusOf(pod);
  if (status.phase !== "Running") return undefined;
  const conditions = objectsAt(status.conditions);
  const containersReady = conditions.find((c) => c.type === "ContainersReady");
  const ready = conditions.find((c) => c.type === "Ready");
  if (containersReady?.status !== "True" || ready?.status === "True") return undefined;
  const statuses = objectsAt(status.containerStatuses);
  if (statuses.length === 0 || !statuses.every((c) => c.ready === true)) return undefined;
  const readyNow = {
    type: "Ready",
    status: "True",
    lastProbeTime: null,
    lastTransitionTime: formatTime(now),
  };
  const restored = conditions.map((c) => (c.type === "Ready" ? readyNow : c));
  if (!ready) restored.push(readyNow);
  return { ...status, conditions: restored };
}
