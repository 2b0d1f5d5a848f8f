/**
 * Rollout progress, after Kubernetes' pkg/controller/deployment/progress.go: the Progressing and
 * ReplicaFailure conditions (syncRolloutStatus) and the timed requeue of a rollout that may pass its
 * progress deadline (requeueStuckDeployment).
 */
import { intAt, specOf, statusOf } from "../../k8s/json";
import type { JsonObject, KubeObject } from "../../k8s/object";
import { parseTime } from "../../k8s/time";
import type { DeploymentSync } from "./sync";
import {
  conditionsOf,
  DeploymentReasons,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  getCondition,
  hasProgressDeadline,
  newCondition,
  removeCondition,
  setCondition,
} from "./util";

/** syncRolloutStatus: the status with the Progressing and ReplicaFailure conditions. */
export function syncRolloutStatus(
  s: DeploymentSync,
  allRSs: readonly (KubeObject | undefined)[],
  newRS: KubeObject | undefined,
): void {
  const d = s.d;
  const status = s.calculateStatus(allRSs, newRS);
  if (!hasProgressDeadline(d)) removeCondition(status, "Progressing");
  const current = getCondition(s.status, "Progressing");
  const complete =
    intAt(status, "replicas") === intAt(status, "updatedReplicas") &&
    current?.reason === DeploymentReasons.NewReplicaSetAvailable;
  if (hasProgressDeadline(d) && !complete) {
    const rsName = newRS ? JSON.stringify(newRS.metadata.name ?? "") : undefined;
    const dName = JSON.stringify(d.metadata.name ?? "");
    if (deploymentComplete(d, status)) {
      const message = rsName
        ? `ReplicaSet ${rsName} has successfully progressed.`
        : `Deployment ${dName} has successfully progressed.`;
      setCondition(
        status,
        newCondition("Progressing", "True", DeploymentReasons.NewReplicaSetAvailable, message, s.now),
      );
    } else if (deploymentProgressing(d, status)) {
      const message = rsName ? `ReplicaSet ${rsName} is progressing.` : `Deployment ${dName} is progressing.`;
      const condition = newCondition(
        "Progressing",
        "True",
        DeploymentReasons.ReplicaSetUpdated,
        message,
        s.now,
      );
      // Progress refreshes lastUpdateTime even with the same reason; the transition time stays.
      if (current) {
        if (current.status === "True") condition.lastTransitionTime = current.lastTransitionTime;
        removeCondition(status, "Progressing");
      }
      setCondition(status, condition);
    } else if (deploymentTimedOut(d, status, s.now)) {
      const message = rsName
        ? `ReplicaSet ${rsName} has timed out progressing.`
        : `Deployment ${dName} has timed out progressing.`;
      setCondition(
        status,
        newCondition("Progressing", "False", DeploymentReasons.ProgressDeadlineExceeded, message, s.now),
      );
    }
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, "ReplicaFailure");
  s.replaceStatus(status);
}

/** getReplicaFailures: a ReplicaFailure condition of the new ReplicaSet first, else of any other. */
function replicaFailure(
  allRSs: readonly (KubeObject | undefined)[],
  newRS: KubeObject | undefined,
): JsonObject | undefined {
  const failureOf = (rs: KubeObject | undefined): JsonObject | undefined => {
    if (!rs) return undefined;
    const c = conditionsOf(statusOf(rs)).find((cond) => cond.type === "ReplicaFailure");
    if (!c) return undefined;
    return {
      type: "ReplicaFailure",
      status: c.status ?? "Unknown",
      lastUpdateTime: c.lastTransitionTime ?? null,
      lastTransitionTime: c.lastTransitionTime ?? null,
      reason: c.reason ?? "",
      message: c.message ?? "",
    };
  };
  const fromNew = failureOf(newRS);
  if (fromNew) return fromNew;
  for (const rs of allRSs) {
    const f = failureOf(rs);
    if (f) return f;
  }
  return undefined;
}

/**
 * requeueStuckDeployment: when a rollout shows no progress, Kubernetes requeues the Deployment for the
 * moment its progress deadline passes. Returns that delay in ms for the Deployment as stored (after
 * its status was written), or undefined when no timed requeue is needed.
 */
export function deploymentRequeueAfter(d: KubeObject, now: number): number | undefined {
  const condition = getCondition(statusOf(d), "Progressing");
  if (!hasProgressDeadline(d) || !condition) return undefined;
  if (deploymentComplete(d, statusOf(d)) || condition.reason === DeploymentReasons.ProgressDeadlineExceeded) {
    return undefined;
  }
  const from = parseTime(condition.lastUpdateTime);
  if (from === undefined) return undefined;
  const after = from + intAt(specOf(d), "progressDeadlineSeconds") * 1000 - now;
  return after < 1000 ? 0 : after + 1000;
}
