/**
 * The kubelet's status manager, in one rule: the pod's `Ready` condition is the kubelet's to say.
 * When someone else set it (the node lifecycle controller marks pods not ready on a node it thinks
 * is down) and the kubelet's own view differs — every container ready, pod running — the kubelet
 * writes its view back on its next sync, as the real status manager does.
 */
import { isJsonObject, type JsonObject, type KubeObject } from "../k8s/object";
import { formatTime } from "../k8s/time";

/** The status to write to restore the kubelet's Ready condition, or undefined when it is right. */
export function restoredReadyStatus(pod: KubeObject, now: number): JsonObject | undefined {
  if (pod.metadata.deletionTimestamp) return undefined;
  const status = isJsonObject(pod.status) ? pod.status : undefined;
  if (status?.phase !== "Running") return undefined;
  const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isJsonObject) : [];
  const containersReady = conditions.find((c) => c.type === "ContainersReady");
  const ready = conditions.find((c) => c.type === "Ready");
  if (containersReady?.status !== "True" || ready?.status === "True") return undefined;
  const statuses = Array.isArray(status.containerStatuses)
    ? status.containerStatuses.filter(isJsonObject)
    : [];
  if (statuses.length === 0 || !statuses.every((c) => c.ready === true)) return undefined;
  const restored = conditions.map((c) =>
    c.type === "Ready"
      ? { type: "Ready", status: "True", lastProbeTime: null, lastTransitionTime: formatTime(now) }
      : c,
  );
  if (!ready)
    restored.push({
      type: "Ready",
      status: "True",
      lastProbeTime: null,
      lastTransitionTime: formatTime(now),
    });
  return { ...status, conditions: restored };
}
