/**
 * Controller references and pod predicates shared by the workload controllers, as Kubernetes'
 * pkg/controller (controller_utils.go, controller_ref_manager.go) define them.
 */

import type { Action } from "../client/actions";
import type { JsonObject, KubeObject, OwnerReference } from "../k8s/object";
import type { LabelSelector } from "../k8s/selectors/labels";

// ---------------------------------------------------------------------------------------------------------
// Owner references.

/** metav1.GetControllerOf: the owner reference with `controller: true`, if any. */
export function controllerOf(obj: KubeObject): OwnerReference | undefined {
  return (obj.metadata.ownerReferences ?? []).find((ref) => ref.controller === true);
}

/** metav1.NewControllerRef: a controlling, deletion-blocking reference to `owner`. */
export function ownerReferenceTo(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? "",
    uid: owner.metadata.uid ?? "",
    controller: true,
    blockOwnerDeletion: true,
  };
}

/**
 * The strategic merge patch that adopts `obj` (controller_ref_manager.go ownerRefControllerPatch):
 * the owner reference merged by uid, and `metadata.uid` of the adopted object as Kubernetes sends it,
 * so a replaced object of the same name is not adopted by mistake.
 */
export function adoptionPatch(owner: KubeObject, obj: KubeObject): JsonObject {
  return { metadata: { ownerReferences: [ownerReferenceTo(owner)], uid: obj.metadata.uid ?? "" } };
}

/** The strategic merge patch that releases `obj` from `owner` (deleteOwnerRefStrategicMergePatch). */
export function releasePatch(owner: KubeObject, obj: KubeObject): JsonObject {
  return {
    metadata: {
      ownerReferences: [{ $patch: "delete", uid: owner.metadata.uid ?? "" }],
      uid: obj.metadata.uid ?? "",
    },
  };
}

export interface ClaimResult {
  /** The objects the owner controls after the claim (adopted ones carry the new reference). */
  claimed: KubeObject[];
  /** Adoption and release patches to carry out. */
  actions: Action[];
}

/**
 * BaseControllerRefManager.ClaimObject over a list: keep what `owner` controls and still matches,
 * release what it controls but no longer matches, adopt matching orphans. Nothing is adopted or
 * released while the owner is being deleted, and objects being deleted are never adopted.
 * `patchKind` names the resource of the objects (`pods`, `replicasets.apps`).
 */
export function claimObjects(
  owner: KubeObject,
  selector: LabelSelector,
  objects: readonly KubeObject[],
  patchKind: string,
): ClaimResult {
  const claimed: KubeObject[] = [];
  const actions: Action[] = [];
  const ownerUid = owner.metadata.uid;
  const ownerDeleting = owner.metadata.deletionTimestamp !== undefined;
  const namespace = owner.metadata.namespace;
  for (const obj of objects) {
    if (namespace !== undefined && obj.metadata.namespace !== namespace) continue;
    const ref = controllerOf(obj);
    const matches = selector.matches(obj.metadata.labels);
    if (ref) {
      if (ref.uid !== ownerUid) continue;
      if (matches) {
        claimed.push(obj);
        continue;
      }
      if (ownerDeleting) continue;
      actions.push(ownerPatch(patchKind, obj, releasePatch(owner, obj)));
      continue;
    }
    if (ownerDeleting || !matches || obj.metadata.deletionTimestamp !== undefined) continue;
    actions.push(ownerPatch(patchKind, obj, adoptionPatch(owner, obj)));
    const adopted: KubeObject = {
      ...obj,
      metadata: {
        ...obj.metadata,
        ownerReferences: [...(obj.metadata.ownerReferences ?? []), ownerReferenceTo(owner)],
      },
    };
    claimed.push(adopted);
  }
  return { claimed, actions };
}

/** The strategic merge patch of an object's ownerReferences (an adoption or a release). */
function ownerPatch(kind: string, obj: KubeObject, patch: JsonObject): Action {
  const { namespace, name } = obj.metadata;
  return { verb: "patch", kind, namespace, name: name ?? "", patchType: "strategic", patch };
}
