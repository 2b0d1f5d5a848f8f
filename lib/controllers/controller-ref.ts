/**
 * Controller references and pod predicates shared by the workload controllers, as Kubernetes'
 * pkg/controller (controller_utils.go, controller_ref_manager.go) and pkg/api/v1/pod (util.go) define
 * them, plus the small JSON readers the reconcile functions use.
 */

import type { Action } from "../client/actions";
import type { JsonObject, JsonValue, KubeObject, OwnerReference } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import type { LabelSelector } from "../k8s/selectors/labels";

// ---------------------------------------------------------------------------------------------------------
// JSON readers.

/** The value when it is a JSON object, else an empty object (never the original when absent). */
export function objectAt(value: JsonValue | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** An integer field, or the fallback when it is absent or not a number. */
export function intAt(obj: JsonObject, key: string, fallback = 0): number {
  const v = obj[key];
  return typeof v === "number" && Number.isFinite(v) ? Math.trunc(v) : fallback;
}

/** A string-to-string map field (labels, annotations, matchLabels), absent when it is not an object. */
export function stringMapAt(obj: JsonObject, key: string): Record<string, string> | undefined {
  const v = obj[key];
  if (!isJsonObject(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (typeof val === "string") out[k] = val;
  return out;
}

/** `metadata.namespace/metadata.name`, the key of an object in controller queues and expectations. */
export function objectKey(obj: KubeObject): string {
  const ns = obj.metadata.namespace ?? "";
  return ns ? `${ns}/${obj.metadata.name ?? ""}` : (obj.metadata.name ?? "");
}

/** RFC 3339 at second precision, as metav1.Time serializes. */
import { parseTime } from "../k8s/time";

export { formatTime, parseTime } from "../k8s/time";

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
      actions.push({
        verb: "patch",
        kind: patchKind,
        namespace: obj.metadata.namespace,
        name: obj.metadata.name ?? "",
        patchType: "strategic",
        patch: releasePatch(owner, obj),
      });
      continue;
    }
    if (ownerDeleting || !matches || obj.metadata.deletionTimestamp !== undefined) continue;
    actions.push({
      verb: "patch",
      kind: patchKind,
      namespace: obj.metadata.namespace,
      name: obj.metadata.name ?? "",
      patchType: "strategic",
      patch: adoptionPatch(owner, obj),
    });
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

// ---------------------------------------------------------------------------------------------------------
// Pods.

/** controller.IsPodActive: not Succeeded, not Failed, not being deleted. */
export function isPodActive(pod: KubeObject): boolean {
  const phase = objectAt(pod.status).phase;
  return phase !== "Succeeded" && phase !== "Failed" && pod.metadata.deletionTimestamp === undefined;
}

/** The pod's `Ready` condition, if it has one. */
export function podReadyCondition(pod: KubeObject): JsonObject | undefined {
  const conditions = objectAt(pod.status).conditions;
  if (!Array.isArray(conditions)) return undefined;
  for (const c of conditions) if (isJsonObject(c) && c.type === "Ready") return c;
  return undefined;
}

/** podutil.IsPodReady: the Ready condition is True. */
export function isPodReady(pod: KubeObject): boolean {
  return podReadyCondition(pod)?.status === "True";
}

/**
 * podutil.IsPodAvailable: ready, and ready for at least `minReadySeconds` (strictly longer, measured
 * from the Ready condition's lastTransitionTime) when that is not 0.
 */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  const ready = podReadyCondition(pod);
  if (ready?.status !== "True") return false;
  if (minReadySeconds <= 0) return true;
  const since = parseTime(ready.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 < now;
}
