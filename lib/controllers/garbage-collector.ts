/**
 * The garbage collector (pkg/controller/garbagecollector) as a pure function over a uid index of every
 * object it watches. Kubernetes' GC keeps a graph of owner → dependents and runs three queues; the same
 * decisions here, taken for every item (or only the items a change touched, see `affectedUids`):
 *
 * - attemptToDelete (a dependent): its owner references, resolved by kind + namespace + name, are
 *   classified as *solid* (the owner lives with that uid and is not being deleted in foreground),
 *   *dangling* (no such object, or an object of that name with another uid) or *waiting* (the owner is
 *   being deleted in foreground: deletionTimestamp + `foregroundDeletion` finalizer).
 *   - at least one solid owner: the item stays; references to dangling or waiting owners are removed
 *     (a patch of `metadata.ownerReferences`);
 *   - some waiting owner and dependents of its own: the item is deleted in foreground, so that it blocks
 *     its owner until its own dependents are gone;
 *   - otherwise the item is garbage: deleted with Background propagation (Orphan or Foreground when it
 *     carries that finalizer already), with a uid precondition so only this incarnation goes.
 *   Items already being deleted (and not deleting their dependents), or with an owner reference that
 *   cannot be resolved (an unknown kind, or a namespaced owner kind on a cluster-scoped dependent), are
 *   left alone.
 * - processDeletingDependents (an owner being deleted in foreground): once no dependent with
 *   `blockOwnerDeletion: true` references it, the `foregroundDeletion` finalizer is removed (its
 *   dependents themselves go through attemptToDelete above, since their owner is *waiting*).
 * - attemptToOrphan (an owner being deleted with the `orphan` finalizer): each dependent is patched to
 *   drop its reference to the owner; once none references it, the `orphan` finalizer is removed.
 *
 * Contract with the runtime: `objects` must be ONE consistent snapshot of every kind the GC watches,
 * taken only after every informer has synced. Kubernetes confirms an absent owner with a live GET
 * (`isDangling`); here absence in the snapshot is the proof, so an owner that is merely not in a cache
 * yet (startup, or a watch of another kind lagging behind) would make its dependents look orphaned. Pass
 * `syncedRevision` (the revision every cache has reached) when caches may lag each other: a dependent
 * written after it is then left for a later pass.
 *
 * Writes carry the preconditions Kubernetes' GC uses: deletes the dependent's uid, finalizer and
 * owner-reference patches the object's resourceVersion (a JSON merge patch that names the whole list,
 * so it keeps everything else). A conflict only means the next pass decides again.
 */

import type { Action, PropagationPolicy } from "../client/actions";
import type { ControllerModule } from "../controller-manager/controller";
import { apiVersionOf, type KindInfo, kindByName, resourceKey } from "../k8s/kinds";
import type { JsonObject, KubeObject, OwnerReference } from "../k8s/object";

export const FOREGROUND_DELETION_FINALIZER = "foregroundDeletion";
export const ORPHAN_FINALIZER = "orphan";

export interface GarbageCollectorOptions {
  /** Only decide about these uids (the runtime's work queue); default: every object. */
  only?: Iterable<string>;
  /**
   * The revision every informer cache has reached. Dependents with a newer resourceVersion may
   * reference owners a lagging cache has not delivered yet; they wait for a later pass.
   */
  syncedRevision?: number;
}

/** Owner uid → the objects whose ownerReferences name that uid. */
export function dependentsIndex(objects: readonly KubeObject[]): Map<string, KubeObject[]> {
  const index = new Map<string, KubeObject[]>();
  for (const obj of objects) {
    const seen = new Set<string>();
    for (const ref of obj.metadata.ownerReferences ?? []) {
      if (!ref.uid || seen.has(ref.uid)) continue;
      seen.add(ref.uid);
      const list = index.get(ref.uid);
      if (list) list.push(obj);
      else index.set(ref.uid, [obj]);
    }
  }
  return index;
}

/**
 * The uids to reconsider after `changed` was added, updated or deleted (pass its last state when it was
 * deleted): itself, its owners (a finalizer may now be removable) and its dependents (their owner may be
 * gone or being deleted). `index` is `dependentsIndex` of the snapshot before or after the change.
 */
export function affectedUids(
  changed: KubeObject,
  index: ReadonlyMap<string, readonly KubeObject[]>,
): string[] {
  const out = new Set<string>();
  const uid = changed.metadata.uid;
  if (uid) {
    out.add(uid);
    for (const dep of index.get(uid) ?? []) if (dep.metadata.uid) out.add(dep.metadata.uid);
  }
  for (const ref of changed.metadata.ownerReferences ?? []) if (ref.uid) out.add(ref.uid);
  return [...out];
}

/** The actions that bring every (or every `only`) object in line with its owners, as the GC would. */
export function reconcileGarbage(
  objects: readonly KubeObject[],
  _now: number,
  options: GarbageCollectorOptions = {},
): Action[] {
  const graph = new Graph(objects);
  const only = options.only ? new Set(options.only) : undefined;
  const actions: Action[] = [];
  for (const item of objects) {
    const uid = item.metadata.uid;
    if (!uid || (only && !only.has(uid))) continue;
    if (isOrphaning(item)) actions.push(...graph.attemptToOrphan(item));
    // An item deleting its dependents only waits for them (attemptToDeleteItem returns early).
    if (isDeletingDependents(item)) actions.push(...graph.processDeletingDependents(item));
    else actions.push(...graph.attemptToDelete(item, options.syncedRevision));
  }
  return actions;
}

function hasFinalizer(obj: KubeObject, finalizer: string): boolean {
  return (obj.metadata.finalizers ?? []).includes(finalizer);
}

function isBeingDeleted(obj: KubeObject): boolean {
  return Boolean(obj.metadata.deletionTimestamp);
}

/** Deleted in foreground: deletionTimestamp and the `foregroundDeletion` finalizer. */
export function isDeletingDependents(obj: KubeObject): boolean {
  return isBeingDeleted(obj) && hasFinalizer(obj, FOREGROUND_DELETION_FINALIZER);
}

function isOrphaning(obj: KubeObject): boolean {
  return isBeingDeleted(obj) && hasFinalizer(obj, ORPHAN_FINALIZER);
}

type Resolution =
  | { state: "solid" | "waiting"; owner: KubeObject }
  | { state: "dangling" }
  | { state: "unresolvable" };

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}

function indexKey(info: KindInfo, namespace: string, name: string): string {
  return `${apiVersionOf(info)}/${info.kind}\u0000${namespace}\u0000${name}`;
}

function numericRevision(rv: string | undefined): number | undefined {
  if (!rv || !/^\d+$/.test(rv)) return undefined;
  return Number(rv);
}

class Graph {
  private readonly byName = new Map<string, KubeObject>();
  private readonly dependents: Map<string, KubeObject[]>;

  constructor(objects: readonly KubeObject[]) {
    for (const obj of objects) {
      const info = kindOf(obj.apiVersion, obj.kind);
      if (!info) continue;
      const ns = info.namespaced ? (obj.metadata.namespace ?? "") : "";
      this.byName.set(indexKey(info, ns, obj.metadata.name ?? ""), obj);
    }
    this.dependents = dependentsIndex(objects);
  }

  private resolve(item: KubeObject, ref: OwnerReference): Resolution {
    const info = kindOf(ref.apiVersion ?? "", ref.kind);
    if (!info) return { state: "unresolvable" };
    const itemNamespace = item.metadata.namespace ?? "";
    // A cluster-scoped dependent cannot name a namespaced owner: unresolvable, never collected.
    if (info.namespaced && !itemNamespace) return { state: "unresolvable" };
    // A namespaced owner is looked up in the dependent's namespace; elsewhere it counts as absent.
    const owner = this.byName.get(indexKey(info, info.namespaced ? itemNamespace : "", ref.name));
    if (!owner || owner.metadata.uid !== ref.uid) return { state: "dangling" };
    return { state: isDeletingDependents(owner) ? "waiting" : "solid", owner };
  }

  private dependentsOf(owner: KubeObject): KubeObject[] {
    return owner.metadata.uid ? (this.dependents.get(owner.metadata.uid) ?? []) : [];
  }

  attemptToDelete(item: KubeObject, syncedRevision: number | undefined): Action[] {
    const refs = item.metadata.ownerReferences ?? [];
    if (refs.length === 0) return [];
    // "Being deleted" is a one-way trip: wait for the final deletion.
    if (isBeingDeleted(item)) return [];
    if (syncedRevision !== undefined) {
      const rv = numericRevision(item.metadata.resourceVersion);
      if (rv !== undefined && rv > syncedRevision) return [];
    }

    const solid: OwnerReference[] = [];
    const dangling: OwnerReference[] = [];
    const waiting: OwnerReference[] = [];
    for (const ref of refs) {
      const r = this.resolve(item, ref);
      if (r.state === "unresolvable") return [];
      if (r.state === "solid") solid.push(ref);
      else if (r.state === "dangling") dangling.push(ref);
      else waiting.push(ref);
    }

    if (solid.length > 0) {
      if (dangling.length === 0 && waiting.length === 0) return [];
      const drop = new Set([...dangling, ...waiting].map((r) => r.uid));
      return [ownerReferencesPatch(item, refs, drop)];
    }

    if (waiting.length > 0 && this.dependentsOf(item).length > 0) {
      // Deleted in foreground so that it keeps blocking its own owner until its dependents are gone.
      // If one of its dependents is itself deleting dependents, a cycle is possible: unblock first.
      const actions: Action[] = [];
      if (this.dependentsOf(item).some(isDeletingDependents) && refs.some((r) => r.blockOwnerDeletion)) {
        const unblocked = refs.map((r) => (r.blockOwnerDeletion ? { ...r, blockOwnerDeletion: false } : r));
        actions.push(metadataPatch(item, { ownerReferences: unblocked }));
      }
      actions.push(deleteAction(item, "Foreground"));
      return actions;
    }

    let policy: PropagationPolicy = "Background";
    if (hasFinalizer(item, ORPHAN_FINALIZER)) policy = "Orphan";
    else if (hasFinalizer(item, FOREGROUND_DELETION_FINALIZER)) policy = "Foreground";
    return [deleteAction(item, policy)];
  }

  processDeletingDependents(owner: KubeObject): Action[] {
    const uid = owner.metadata.uid;
    const blocking = this.dependentsOf(owner).filter((dep) =>
      (dep.metadata.ownerReferences ?? []).some((r) => r.uid === uid && r.blockOwnerDeletion === true),
    );
    if (blocking.length > 0) return []; // they are deleted through attemptToDelete (their owner waits)
    return [removeFinalizer(owner, FOREGROUND_DELETION_FINALIZER)];
  }

  attemptToOrphan(owner: KubeObject): Action[] {
    const uid = owner.metadata.uid ?? "";
    const referencing = this.dependentsOf(owner);
    if (referencing.length === 0) return [removeFinalizer(owner, ORPHAN_FINALIZER)];
    return referencing.map((dep) =>
      ownerReferencesPatch(dep, dep.metadata.ownerReferences ?? [], new Set([uid])),
    );
  }
}

/** The kinds-table entry of an object, by its apiVersion group and Kind. */
function kindOf(apiVersion: string, kind: string): KindInfo | undefined {
  const group = groupOf(apiVersion);
  const info = kindByName(group ? `${kind}.${group}` : kind);
  return info && info.kind === kind && info.group === group ? info : undefined;
}

function targetOf(obj: KubeObject): { kind: string; namespace?: string; name: string } {
  const info = kindOf(obj.apiVersion, obj.kind);
  const target: { kind: string; namespace?: string; name: string } = {
    kind: info ? resourceKey(info) : obj.kind,
    name: obj.metadata.name ?? "",
  };
  if (obj.metadata.namespace) target.namespace = obj.metadata.namespace;
  return target;
}

function deleteAction(obj: KubeObject, propagationPolicy: PropagationPolicy): Action {
  const action: Extract<Action, { verb: "delete" }> = { verb: "delete", ...targetOf(obj), propagationPolicy };
  if (obj.metadata.uid) action.uid = obj.metadata.uid;
  return action;
}

/** A JSON merge patch of `metadata` fields, conditional on the object's resourceVersion. */
function metadataPatch(obj: KubeObject, fields: JsonObject): Action {
  const metadata: JsonObject = { ...fields };
  if (obj.metadata.resourceVersion) metadata.resourceVersion = obj.metadata.resourceVersion;
  return { verb: "patch", ...targetOf(obj), patchType: "merge", patch: { metadata } };
}

/** Drops the references to `uids` from the object's ownerReferences (null when none is left). */
function ownerReferencesPatch(obj: KubeObject, refs: readonly OwnerReference[], uids: Set<string>): Action {
  const kept = refs.filter((r) => !uids.has(r.uid));
  return metadataPatch(obj, { ownerReferences: kept.length > 0 ? kept : null });
}

/** Removes one finalizer, keeping the others (null when none is left), as the GC's removeFinalizer. */
function removeFinalizer(obj: KubeObject, finalizer: string): Action {
  const kept = (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  return metadataPatch(obj, { finalizers: kept.length > 0 ? kept : null });
}

// ---------------------------------------------------------------------------------------------------------
// The controller module (garbagecollector.go and graph_builder.go: the graph follows the informers).

/** The one key of the garbage collector's queue: a pass over what changed. */
const GC_KEY = "garbage-collector";

/** Whether an update touched what the garbage collector looks at (an add or delete always does). */
export function ownershipChanged(obj: KubeObject, old: KubeObject | undefined): boolean {
  if (!old) return true;
  const a = obj.metadata;
  const b = old.metadata;
  return (
    a.deletionTimestamp !== b.deletionTimestamp ||
    JSON.stringify(a.ownerReferences ?? []) !== JSON.stringify(b.ownerReferences ?? []) ||
    JSON.stringify(a.finalizers ?? []) !== JSON.stringify(b.finalizers ?? [])
  );
}

/**
 * Watches Deployments, ReplicaSets and Pods. A pass looks only at the objects whose owners,
 * finalizers or deletion changed since the last one (and their owners and dependents), not at
 * status writes; after a (re)list or on the resync period, at everything.
 */
export const garbageCollector: ControllerModule = {
  name: "garbage-collector",
  start(ctx) {
    const informers = [
      ctx.informer({ resource: "deployments.apps" }),
      ctx.informer({ resource: "replicasets.apps" }),
      ctx.informer({ resource: "pods" }),
    ];
    /** Objects whose owners or dependents changed: what the next pass looks at. */
    const pending = new Set<string>();
    let all = true;
    const ownerChanged = (obj: KubeObject) => {
      if (obj.metadata.uid) pending.add(obj.metadata.uid);
      // Its owners too: one waiting in the foreground for its dependents to go is looked at again
      // when one goes (a dependent already gone from the cache no longer leads to them).
      for (const ref of obj.metadata.ownerReferences ?? []) if (ref.uid) pending.add(ref.uid);
      ctx.queue.add(GC_KEY);
    };
    const changed = (obj: KubeObject, old?: KubeObject) => {
      if (ownershipChanged(obj, old)) ownerChanged(obj);
    };
    const [deployments, replicaSets, pods] = informers;
    deployments?.on({ add: changed, update: changed, delete: ownerChanged });
    replicaSets?.on({ add: changed, update: changed, delete: ownerChanged });
    // A pod matters with owners, or when it goes.
    const podChanged = (pod: KubeObject, old?: KubeObject) => {
      if (pod.metadata.ownerReferences?.length) changed(pod, old);
    };
    pods?.on({ add: podChanged, update: podChanged, delete: ownerChanged });
    return {
      resync() {
        all = true;
        ctx.queue.add(GC_KEY);
      },
      reconcile(_key, now) {
        const objects = informers.flatMap((i) => i.list());
        if (all) {
          all = false;
          pending.clear();
          return reconcileGarbage(objects, now);
        }
        if (pending.size === 0) return [];
        const index = dependentsIndex(objects);
        const only = new Set<string>();
        const byUid = new Map(objects.map((o) => [o.metadata.uid ?? "", o]));
        for (const uid of pending) {
          const obj = byUid.get(uid);
          if (obj) for (const u of affectedUids(obj, index)) only.add(u);
          for (const dependent of index.get(uid) ?? []) only.add(dependent.metadata.uid ?? "");
        }
        pending.clear();
        return reconcileGarbage(objects, now, { only });
      },
    };
  },
};
