/**
 * The kubelet's heartbeat decisions (pkg/kubelet/kubelet_node_status.go and nodelease): register the
 * Node and its Lease first, renew the Lease on every beat, and post the full node status only now
 * and then (nodeStatusReportFrequency); the Lease lasts twice the controller's grace period.
 */
/** How often a registered kubelet posts its full node status. */
export const NODE_STATUS_EVERY_MS = 60_000;

/** What a heartbeat writes besides renewing the Lease. */
export type HeartbeatWork = "register" | "postNodeStatus" | "leaseOnly";

/** `lastNodeStatus` 0 means not registered (or the node must be registered again). */
export function heartbeatWork(lastNodeStatus: number, now: number): HeartbeatWork {
  if (lastNodeStatus === 0) return "register";
  return now - lastNodeStatus >= NODE_STATUS_EVERY_MS ? "postNodeStatus" : "leaseOnly";
}

/** The Lease's `leaseDurationSeconds`: twice the node monitor grace period, at least 1 s. */
export function leaseDurationSeconds(nodeMonitorGracePeriodMs: number): number {
  return Math.max(1, Math.ceil((nodeMonitorGracePeriodMs * 2) / 1000));
}

/** The Durable Object alarm: the next heartbeat, or a pod's stage due sooner. */
export function nextAlarmAt(nextHeartbeatAt: number, earliestDue: number | undefined): number {
  return earliestDue === undefined ? nextHeartbeatAt : Math.min(nextHeartbeatAt, earliestDue);
}
