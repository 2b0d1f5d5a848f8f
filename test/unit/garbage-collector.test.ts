import { describe, expect, it } from "vitest";
import type { Action } from "../../lib/client/actions";
import { affectedUids, dependentsIndex, reconcileGarbage } from "../../lib/controllers/garbage-collector";
import type { JsonObject, KubeObject, OwnerReference } from "../../lib/k8s/object";
import { applyMergePatch } from "../../lib/k8s/patch/merge-patch";

const NOW = Date.parse("2025-03-01T10:00:00Z");

function ref(owner: KubeObject, extra: Partial<OwnerReference> = {}): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? "",
    uid: owner.metadata.uid ?? "",
    controller: true,
    blockOwnerDeletion: true,
    ...extra,
  };
}

function obj(
  apiVersion: string,
  kind: string,
  name: string,
  uid: string,
  meta: Partial<KubeObject["metadata"]> = {},
): KubeObject {
  return {
    apiVersion,
    kind,
    metadata: { name, namespace: "default", uid, resourceVersion: "10", ...meta },
  };
}

const deploy = (meta: Partial<KubeObject["metadata"]> = {}) =>
  obj("apps/v1", "Deployment", "web", "d1", meta);
const rsOf = (owner: KubeObject, name = "web-abc", uid = "r1", meta: Partial<KubeObject["metadata"]> = {}) =>
  obj("apps/v1", "ReplicaSet", name, uid, { ownerReferences: [ref(owner)], ...meta });
const podOf = (owner: KubeObject, name: string, uid: string, meta: Partial<KubeObject["metadata"]> = {}) =>
  obj("v1", "Pod", name, uid, { ownerReferences: [ref(owner)], ...meta });

function deletes(actions: Action[]): string[] {
  return actions.flatMap((a) => (a.verb === "delete" ? [`${a.kind}/${a.name}`] : []));
}

function patched(target: KubeObject, action: Action | undefined): KubeObject {
  if (action?.verb !== "patch") throw new Error("expected a patch");
  expect(action.patchType).toBe("merge");
  return applyMergePatch(target as unknown as JsonObject, action.patch) as unknown as KubeObject;
}

const deleting = "2025-03-01T09:59:00Z";

describe("reconcileGarbage: dangling owners", () => {
  it("deletes a ReplicaSet whose Deployment is gone, in background, with a uid precondition", () => {
    const rs = rsOf(deploy());
    expect(reconcileGarbage([rs], NOW)).toEqual([
      {
        verb: "delete",
        kind: "replicasets.apps",
        namespace: "default",
        name: "web-abc",
        propagationPolicy: "Background",
        uid: "r1",
      },
    ]);
  });

  it("keeps a ReplicaSet whose Deployment lives", () => {
    expect(reconcileGarbage([deploy(), rsOf(deploy())], NOW)).toEqual([]);
  });

  it("deletes a dependent whose owner name now belongs to another uid", () => {
    const rs = rsOf(deploy());
    const recreated = obj("apps/v1", "Deployment", "web", "d2");
    expect(deletes(reconcileGarbage([recreated, rs], NOW))).toEqual(["replicasets.apps/web-abc"]);
  });

  it("keeps a dependent with at least one live owner, dropping the reference to the gone one", () => {
    const live = obj("v1", "ConfigMap", "cfg", "c1");
    const gone = obj("v1", "ConfigMap", "old", "c0");
    const pod = obj("v1", "Pod", "p", "p1", {
      ownerReferences: [ref(gone), ref(live, { controller: false })],
    });
    const actions = reconcileGarbage([live, pod], NOW);
    expect(deletes(actions)).toEqual([]);
    expect(actions).toHaveLength(1);
    const after = patched(pod, actions[0]);
    expect(after.metadata.ownerReferences?.map((r) => r.uid)).toEqual(["c1"]);
    expect(actions[0]).toMatchObject({ patch: { metadata: { resourceVersion: "10" } } });
  });

  it("looks namespaced owners up in the dependent's namespace only", () => {
    const otherNs = obj("apps/v1", "Deployment", "web", "d1", { namespace: "other" });
    expect(deletes(reconcileGarbage([otherNs, rsOf(deploy())], NOW))).toEqual(["replicasets.apps/web-abc"]);
  });

  it("never collects what it cannot resolve: unknown kinds, namespaced owners of cluster-scoped objects", () => {
    const unknown = obj("v1", "Pod", "p", "p1", {
      ownerReferences: [{ apiVersion: "example.com/v1", kind: "Widget", name: "w", uid: "w1" }],
    });
    const node = obj("v1", "Node", "n1", "n1", { namespace: undefined, ownerReferences: [ref(deploy())] });
    expect(reconcileGarbage([unknown, node], NOW)).toEqual([]);
  });

  it("leaves objects without owners and objects already being deleted alone", () => {
    const rs = rsOf(deploy(), "web-abc", "r1", { deletionTimestamp: deleting });
    expect(reconcileGarbage([obj("v1", "Pod", "solo", "s1"), rs], NOW)).toEqual([]);
  });

  it("uses the dependent's own finalizers for the propagation policy", () => {
    const rs = rsOf(deploy(), "web-abc", "r1", { finalizers: ["orphan"] });
    const [action] = reconcileGarbage([rs], NOW);
    expect(action).toMatchObject({ verb: "delete", propagationPolicy: "Orphan" });
  });

  it("waits for dependents newer than the synced revision", () => {
    const pod = podOf(obj("apps/v1", "ReplicaSet", "web-abc", "r1"), "p", "p1", { resourceVersion: "20" });
    expect(reconcileGarbage([pod], NOW, { syncedRevision: 15 })).toEqual([]);
    expect(deletes(reconcileGarbage([pod], NOW, { syncedRevision: 20 }))).toEqual(["pods/p"]);
  });

  it("decides only about the uids given in `only`", () => {
    const a = rsOf(deploy(), "a", "ra");
    const b = rsOf(deploy(), "b", "rb");
    expect(deletes(reconcileGarbage([a, b], NOW, { only: ["rb"] }))).toEqual(["replicasets.apps/b"]);
  });
});

describe("reconcileGarbage: foreground deletion", () => {
  const owner = deploy({
    deletionTimestamp: deleting,
    finalizers: ["foregroundDeletion", "example.com/keep"],
  });

  it("deletes the dependents and keeps the finalizer while a blocking dependent remains", () => {
    const rs = rsOf(owner);
    const pod = podOf(rs, "web-abc-1", "p1");
    const actions = reconcileGarbage([owner, rs, pod], NOW);
    // The ReplicaSet has dependents of its own: it is deleted in foreground, to keep blocking its owner.
    expect(actions).toEqual([
      {
        verb: "delete",
        kind: "replicasets.apps",
        namespace: "default",
        name: "web-abc",
        propagationPolicy: "Foreground",
        uid: "r1",
      },
    ]);
  });

  it("deletes a dependent without dependents in background", () => {
    const rs = rsOf(owner);
    expect(reconcileGarbage([owner, rs], NOW)).toMatchObject([
      { verb: "delete", name: "web-abc", propagationPolicy: "Background" },
    ]);
  });

  it("keeps the finalizer while a blocking dependent is still terminating", () => {
    const rs = rsOf(owner, "web-abc", "r1", { deletionTimestamp: deleting });
    expect(reconcileGarbage([owner, rs], NOW)).toEqual([]);
  });

  it("removes only foregroundDeletion once no blocking dependent is left", () => {
    const actions = reconcileGarbage([owner], NOW);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ verb: "patch", kind: "deployments.apps", name: "web" });
    const after = patched(owner, actions[0]);
    expect(after.metadata.finalizers).toEqual(["example.com/keep"]);
  });

  it("does not wait for dependents that do not block", () => {
    const rs = obj("apps/v1", "ReplicaSet", "web-abc", "r1", {
      ownerReferences: [ref(owner, { blockOwnerDeletion: false })],
    });
    const actions = reconcileGarbage([owner, rs], NOW);
    expect(actions.filter((a) => a.verb === "patch")).toHaveLength(1);
    expect(deletes(actions)).toEqual(["replicasets.apps/web-abc"]);
  });

  it("drops the reference to the owner from a dependent that has another live owner", () => {
    const other = obj("v1", "ConfigMap", "cfg", "c1");
    const pod = obj("v1", "Pod", "p", "p1", {
      ownerReferences: [ref(owner), ref(other, { controller: false })],
    });
    const actions = reconcileGarbage([owner, other, pod], NOW);
    expect(deletes(actions)).toEqual([]);
    const podPatch = actions.find((a) => a.verb === "patch" && a.kind === "pods");
    expect(patched(pod, podPatch).metadata.ownerReferences?.map((r) => r.uid)).toEqual(["c1"]);
  });

  it("sets finalizers to null when foregroundDeletion was the last one", () => {
    const only = deploy({ deletionTimestamp: deleting, finalizers: ["foregroundDeletion"] });
    const after = patched(only, reconcileGarbage([only], NOW)[0]);
    expect(after.metadata.finalizers).toBeUndefined();
  });
});

describe("reconcileGarbage: orphan", () => {
  const owner = deploy({ deletionTimestamp: deleting, finalizers: ["orphan"] });

  it("removes the owner reference from each dependent first, keeping the finalizer", () => {
    const keep = obj("v1", "ConfigMap", "cfg", "c1");
    const a = rsOf(owner, "a", "ra");
    const b = obj("apps/v1", "ReplicaSet", "b", "rb", { ownerReferences: [ref(owner), ref(keep)] });
    const actions = reconcileGarbage([owner, keep, a, b], NOW);
    expect(deletes(actions)).toEqual([]);
    expect(actions).toHaveLength(2);
    const pa = actions.find((x) => x.verb === "patch" && x.name === "a");
    const pb = actions.find((x) => x.verb === "patch" && x.name === "b");
    expect(patched(a, pa).metadata.ownerReferences).toBeUndefined();
    expect(patched(b, pb).metadata.ownerReferences?.map((r) => r.uid)).toEqual(["c1"]);
  });

  it("then removes the orphan finalizer", () => {
    const freed = obj("apps/v1", "ReplicaSet", "a", "ra");
    const actions = reconcileGarbage([owner, freed], NOW);
    expect(actions).toHaveLength(1);
    expect(patched(owner, actions[0]).metadata.finalizers).toBeUndefined();
  });
});

describe("dependentsIndex and affectedUids", () => {
  it("indexes dependents by owner uid", () => {
    const d = deploy();
    const rs = rsOf(d);
    const pods = [podOf(rs, "p1", "p1"), podOf(rs, "p2", "p2")];
    const index = dependentsIndex([d, rs, ...pods]);
    expect(index.get("d1")?.map((o) => o.metadata.name)).toEqual(["web-abc"]);
    expect(index.get("r1")?.map((o) => o.metadata.name)).toEqual(["p1", "p2"]);
    expect(affectedUids(rs, index).sort()).toEqual(["d1", "p1", "p2", "r1"]);
  });
});
