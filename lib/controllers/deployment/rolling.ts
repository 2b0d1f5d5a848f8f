/**
 * The RollingUpdate strategy, after Kubernetes' pkg/controller/deployment/rolling.go: scale the new
 * ReplicaSet up within maxSurge, then the old ones down within maxUnavailable (unhealthy replicas first).
 */
import { intAt, statusOf } from "../../k8s/json";
import type { KubeObject } from "../../k8s/object";
import { syncRolloutStatus } from "./progress";
import type { DeploymentSync } from "./sync";
import {
  activeReplicaSets,
  availableReplicas,
  byCreation,
  deploymentComplete,
  deploymentMaxUnavailable,
  newRSNewReplicas,
  replicasOf,
  specReplicas,
} from "./util";

export function rolloutRolling(s: DeploymentSync): void {
  const { newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(true);
  const allRSs = [...oldRSs, newRS];
  if (newRS && reconcileNewReplicaSet(s, allRSs, newRS)) {
    syncRolloutStatus(s, allRSs, newRS);
    return;
  }
  if (newRS && reconcileOldReplicaSets(s, allRSs, activeReplicaSets(oldRSs), newRS)) {
    syncRolloutStatus(s, allRSs, newRS);
    return;
  }
  if (deploymentComplete(s.d, s.status)) s.cleanupDeployment(oldRSs);
  syncRolloutStatus(s, allRSs, newRS);
}

export function reconcileNewReplicaSet(
  s: DeploymentSync,
  allRSs: readonly (KubeObject | undefined)[],
  newRS: KubeObject,
): boolean {
  const replicas = replicasOf(s.d);
  const current = replicasOf(newRS);
  if (current === replicas) return false;
  if (current > replicas) return s.scaleReplicaSetAndRecordEvent(newRS, replicas);
  const all = allRSs.filter((rs): rs is KubeObject => rs !== undefined);
  return s.scaleReplicaSetAndRecordEvent(newRS, newRSNewReplicas(s.d, all, newRS));
}

export function reconcileOldReplicaSets(
  s: DeploymentSync,
  allRSs: readonly (KubeObject | undefined)[],
  oldRSs: KubeObject[],
  newRS: KubeObject,
): boolean {
  if (specReplicas(oldRSs) === 0) return false;
  const minAvailable = replicasOf(s.d) - deploymentMaxUnavailable(s.d);
  const newUnavailable = replicasOf(newRS) - intAt(statusOf(newRS), "availableReplicas");
  const maxScaledDown = specReplicas(allRSs) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  // Unhealthy replicas first: they would otherwise block the rollout until it times out.
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(s, [...oldRSs, newRS], oldRSs);
  return cleaned + scaledDown > 0;
}

export function cleanupUnhealthyReplicas(
  s: DeploymentSync,
  oldRSs: KubeObject[],
  maxCleanupCount: number,
): number {
  oldRSs.sort(byCreation);
  let total = 0;
  for (const rs of oldRSs) {
    if (total >= maxCleanupCount) break;
    const replicas = replicasOf(rs);
    const available = intAt(statusOf(rs), "availableReplicas");
    if (replicas === 0 || replicas === available) continue;
    const count = Math.min(maxCleanupCount - total, replicas - available);
    if (count <= 0) continue;
    s.scaleReplicaSetAndRecordEvent(rs, replicas - count);
    total += count;
  }
  return total;
}

export function scaleDownOldReplicaSetsForRollingUpdate(
  s: DeploymentSync,
  allRSs: readonly KubeObject[],
  oldRSs: KubeObject[],
): number {
  const minAvailable = replicasOf(s.d) - deploymentMaxUnavailable(s.d);
  const available = availableReplicas(allRSs);
  if (available <= minAvailable) return 0;
  oldRSs.sort(byCreation);
  const target = available - minAvailable;
  let total = 0;
  for (const rs of oldRSs) {
    if (total >= target) break;
    const replicas = replicasOf(rs);
    if (replicas === 0) continue;
    const count = Math.min(replicas, target - total);
    s.scaleReplicaSetAndRecordEvent(rs, replicas - count);
    total += count;
  }
  return total;
}
