/**
 * The Deployment controller, after Kubernetes' pkg/controller/deployment: deployment_controller.go
 * (this file: its module — informers, event handlers — and syncDeployment), sync.go (sync.ts: new/old
 * ReplicaSets, revisions, scaling, cleanup, status), rolling.go (rolling.ts), recreate.go (recreate.ts),
 * progress.go (progress.ts) and util/deployment_util.go (util.ts).
 *
 * One call is one syncDeployment: it decides from the cached Deployment, ReplicaSets and Pods of the
 * namespace, and returns the writes Kubernetes would make. Kubernetes writes in several steps within one
 * sync (create the new ReplicaSet, update its annotations, record conditions); here each object is
 * written once, with its final state of the sync:
 *
 *   1. adoption / release patches of ReplicaSets (strategic merge of ownerReferences),
 *   2. the create of the new ReplicaSet, if one is needed,
 *   3. one `update` per changed ReplicaSet (conditional on the cached resourceVersion),
 *   4. deletes of old ReplicaSets beyond `revisionHistoryLimit`,
 *   5. the Deployment's status (`update`, subresource status, conditional) when it changed,
 *   6. a merge patch of the Deployment's `deployment.kubernetes.io/revision` annotation when it changed,
 *   7. other events.
 *
 * A ScalingReplicaSet event (component deployment-controller) follows the write of its ReplicaSet, so a
 * runtime that stops at a failed write does not report a scaling that did not happen.
 */

import type { Action } from "../../client/actions";
import {
  type ControllerModule,
  enqueueAll,
  enqueueOwnKey,
  inNamespace,
} from "../../controller-manager/controller";
import { intAt, objectAt, specOf } from "../../k8s/json";
import { deepCopy, type KubeObject } from "../../k8s/object";
import { labelSelectorAt } from "../../k8s/selectors/labels";
import { claimObjects, controllerOf } from "../controller-ref";
import { deploymentRequeueAfter } from "./progress";
import { rolloutRecreate } from "./recreate";
import { rolloutRolling } from "./rolling";
import { DeploymentSync } from "./sync";

export { deploymentRequeueAfter } from "./progress";
export {
  CHANGE_CAUSE_ANNOTATION,
  DEPLOYMENT_CONTROLLER,
  DESIRED_REPLICAS_ANNOTATION,
  DeploymentReasons,
  deploymentComplete,
  deploymentMaxSurge,
  deploymentMaxUnavailable,
  equalIgnoreHash,
  MAX_REPLICAS_ANNOTATION,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  revisionOf,
} from "./util";

/**
 * syncDeployment for one Deployment. `replicaSets` and `pods` are those of the Deployment's namespace
 * as the caches hold them; `now` is the current time in ms since the epoch.
 */
export function reconcileDeployment(
  d: KubeObject,
  replicaSets: KubeObject[],
  pods: KubeObject[],
  now: number,
): Action[] {
  return syncDeployment(new DeploymentSync(d, now), replicaSets, pods);
}

function syncDeployment(
  s: DeploymentSync,
  replicaSets: readonly KubeObject[],
  pods: readonly KubeObject[],
): Action[] {
  const d = s.d;
  const namespace = d.metadata.namespace;
  const spec = specOf(d);
  const selector = labelSelectorAt(spec.selector);
  if (!selector) return [];
  if (selector.isEverything()) {
    s.event(
      "Warning",
      "SelectingAll",
      "This deployment is selecting all pods. A non-empty selector is required.",
    );
    if (intAt(s.status, "observedGeneration") < (d.metadata.generation ?? 0)) {
      s.status.observedGeneration = d.metadata.generation ?? 0;
    }
    return s.finish();
  }

  s.all = replicaSets.filter((rs) => rs.metadata.namespace === namespace);
  const claim = claimObjects(d, selector, s.all, "replicasets.apps");
  s.claimActions.push(...claim.actions);
  for (const rs of claim.claimed) s.owned.set(rs.metadata.name ?? "", deepCopy(rs));

  // getPodMapForDeployment: the pods of the claimed ReplicaSets, by ReplicaSet uid.
  const uids = new Set([...s.owned.values()].map((rs) => rs.metadata.uid ?? ""));
  const podMap = new Map<string, KubeObject[]>();
  for (const pod of pods) {
    if (pod.metadata.namespace !== namespace || !selector.matches(pod.metadata.labels)) continue;
    const ref = controllerOf(pod);
    if (!ref || !uids.has(ref.uid)) continue;
    const list = podMap.get(ref.uid) ?? [];
    list.push(pod);
    podMap.set(ref.uid, list);
  }

  if (d.metadata.deletionTimestamp !== undefined) {
    // syncStatusOnly.
    const { newRS, oldRSs } = s.getAllReplicaSetsAndSyncRevision(false);
    s.syncDeploymentStatus([...oldRSs, newRS], newRS);
    return s.finish();
  }

  s.checkPausedConditions();
  if (spec.paused === true || s.isScalingEvent()) {
    s.sync();
    return s.finish();
  }
  if (objectAt(spec.strategy).type === "Recreate") rolloutRecreate(s, podMap);
  else rolloutRolling(s);
  return s.finish();
}

/**
 * The controller module (deployment_controller.go NewDeploymentController): a key per Deployment; a
 * Deployment change queues it, and a ReplicaSet change queues the Deployment controlling it.
 */
export const deploymentController: ControllerModule = {
  name: "deployment",
  start(ctx) {
    const { add } = enqueueOwnKey(ctx.queue);
    const deployments = ctx.informer({ resource: "deployments.apps" }).on({ add, update: add });
    // A ReplicaSet's change is its controlling Deployment's.
    const ownerOf = (rs: KubeObject) => {
      const owner = controllerOf(rs);
      if (owner?.kind === "Deployment") ctx.queue.add(`${rs.metadata.namespace}/${owner.name}`);
    };
    const replicaSets = ctx
      .informer({ resource: "replicasets.apps" })
      .on({ add: ownerOf, update: ownerOf, delete: ownerOf });
    const pods = ctx.informer({ resource: "pods" });
    return {
      resync: () => enqueueAll(ctx.queue, deployments),
      reconcile(key, now) {
        const d = deployments.cache.get(key);
        if (!d) return [];
        const ns = d.metadata.namespace;
        const actions = reconcileDeployment(d, inNamespace(replicaSets, ns), inNamespace(pods, ns), now);
        const after = deploymentRequeueAfter(d, now);
        if (after !== undefined) ctx.queue.addAfter(key, Math.max(after, 100));
        return actions;
      },
    };
  },
};
