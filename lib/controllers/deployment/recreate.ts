/**
 * The Recreate strategy, after Kubernetes' pkg/controller/deployment/recreate.go: scale every old
 * ReplicaSet to zero, wait for their pods to end, then create and scale up the new one.
 */
import { objectAt } from "../../k8s/json";
import type { KubeObject } from "../../k8s/object";
import { syncRolloutStatus } from "./progress";
import type { DeploymentSync } from "./sync";
import { activeReplicaSets, deploymentComplete, replicasOf, statusReplicas } from "./util";

export function rolloutRecreate(s: DeploymentSync, podMap: Map<string, KubeObject[]>): void {
  // The new ReplicaSet is not created yet: scaling up must wait for the old pods to be gone.
  let { newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(false);
  let allRSs = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of activeReplicaSets(oldRSs)) {
    if (s.scaleReplicaSetAndRecordEvent(rs, 0)) scaledDown = true;
  }
  if (scaledDown || oldPodsRunning(newRS, oldRSs, podMap)) {
    syncRolloutStatus(s, allRSs, newRS);
    return;
  }
  if (!newRS) {
    ({ newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) s.scaleReplicaSetAndRecordEvent(newRS, replicasOf(s.d));
  if (deploymentComplete(s.d, s.status)) s.cleanupDeployment(oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}

/** oldPodsRunning: any pod of an old ReplicaSet that has not ended (terminating ones included). */
function oldPodsRunning(
  newRS: KubeObject | undefined,
  oldRSs: readonly KubeObject[],
  podMap: Map<string, KubeObject[]>,
): boolean {
  if (statusReplicas(oldRSs) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata.uid === uid) continue;
    for (const pod of pods) {
      const phase = objectAt(pod.status).phase;
      if (phase !== "Failed" && phase !== "Succeeded") return true;
    }
  }
  return false;
}
