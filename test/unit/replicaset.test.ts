import { describe, expect, it } from "vitest";
import type { Action } from "../../lib/client/actions";
import { controllerOf, ownerReferenceTo } from "../../lib/controllers/controller-ref";
import { EXPECTATIONS_TIMEOUT_MS, Expectations } from "../../lib/controllers/expectations";
import {
  BURST_REPLICAS,
  deletesBefore,
  observePodEvent,
  podCreatedEvent,
  podsToDelete,
  reconcileReplicaSet,
  replicaSetRequeueAfter,
} from "../../lib/controllers/replicaset";
import type { JsonObject, KubeObject } from "../../lib/k8s/object";
import { deepCopy, isJsonObject } from "../../lib/k8s/object";
import { isPodActive, isPodAvailable, isPodReady } from "../../lib/k8s/pod";
import { formatTime } from "../../lib/k8s/time";

const T0 = Date.parse("2025-01-01T00:00:00Z");
const NS = "default";

function replicaSet(replicas: number, extra: JsonObject = {}): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: "web", namespace: NS, uid: "rs-uid", generation: 1, resourceVersion: "10" },
    spec: {
      replicas,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web", tier: "fe" }, annotations: { note: "x" } },
        spec: { containers: [{ name: "app", image: "nginx" }] },
      },
      ...extra,
    },
  };
}

interface PodOptions {
  owner?: KubeObject | null;
  labels?: Record<string, string>;
  created?: number;
  node?: string;
  phase?: string;
  readySince?: number;
  restarts?: number;
  deleting?: boolean;
  cost?: number;
}

let seq = 0;
function pod(name: string, o: PodOptions = {}): KubeObject {
  seq += 1;
  const p: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: NS,
      uid: `pod-${name}`,
      resourceVersion: String(100 + seq),
      labels: o.labels ?? { app: "web", tier: "fe" },
      creationTimestamp: formatTime(o.created ?? T0),
    },
    spec: { containers: [{ name: "app", image: "nginx" }], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? (o.node ? "Running" : "Pending"),
      ...(o.readySince !== undefined
        ? { conditions: [{ type: "Ready", status: "True", lastTransitionTime: formatTime(o.readySince) }] }
        : {}),
      ...(o.restarts ? { containerStatuses: [{ name: "app", restartCount: o.restarts }] } : {}),
    },
  };
  const owner = o.owner === undefined ? replicaSet(1) : o.owner;
  if (owner) p.metadata.ownerReferences = [ownerReferenceTo(owner)];
  if (o.deleting) p.metadata.deletionTimestamp = formatTime(T0);
  if (o.cost !== undefined)
    p.metadata.annotations = { "controller.kubernetes.io/pod-deletion-cost": String(o.cost) };
  return p;
}

const creates = (actions: Action[]): KubeObject[] =>
  actions.flatMap((a) => (a.verb === "create" ? [a.object] : []));
const deletes = (actions: Action[]): string[] =>
  actions.flatMap((a) => (a.verb === "delete" ? [a.name] : []));
const statusOf = (actions: Action[]): JsonObject | undefined => {
  const a = actions.find((x) => x.verb === "update" && x.subresource === "status");
  return a && a.verb === "update" && isJsonObject(a.object.status) ? a.object.status : undefined;
};

describe("pod predicates", () => {
  it("active, ready and available", () => {
    expect(isPodActive(pod("a"))).toBe(true);
    expect(isPodActive(pod("a", { phase: "Succeeded" }))).toBe(false);
    expect(isPodActive(pod("a", { phase: "Failed" }))).toBe(false);
    expect(isPodActive(pod("a", { deleting: true }))).toBe(false);
    const ready = pod("a", { node: "n", readySince: T0 });
    expect(isPodReady(ready)).toBe(true);
    expect(isPodReady(pod("a", { node: "n" }))).toBe(false);
    expect(isPodAvailable(ready, 0, T0)).toBe(true);
    expect(isPodAvailable(ready, 10, T0 + 10_000)).toBe(false);
    expect(isPodAvailable(ready, 10, T0 + 11_000)).toBe(true);
  });

  it("controller references", () => {
    const ref = ownerReferenceTo(replicaSet(1));
    expect(ref).toEqual({
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      name: "web",
      uid: "rs-uid",
      controller: true,
      blockOwnerDeletion: true,
    });
    expect(controllerOf(pod("a"))?.uid).toBe("rs-uid");
    expect(controllerOf(pod("a", { owner: null }))).toBeUndefined();
  });
});

describe("Expectations", () => {
  it("blocks until every expected creation is observed", () => {
    const e = new Expectations(() => T0);
    expect(e.satisfied("ns/a")).toBe(true);
    e.expect("ns/a", 2, 0);
    expect(e.satisfied("ns/a")).toBe(false);
    e.creationObserved("ns/a");
    expect(e.satisfied("ns/a")).toBe(false);
    e.creationObserved("ns/a");
    expect(e.satisfied("ns/a")).toBe(true);
  });

  it("counts a deletion once per pod key, and only for expected pods", () => {
    const e = new Expectations(() => T0);
    e.expect("ns/a", 0, 2, ["ns/p1", "ns/p2"]);
    e.deletionObserved("ns/a", "ns/p1");
    e.deletionObserved("ns/a", "ns/p1");
    e.deletionObserved("ns/a", "ns/other");
    expect(e.get("ns/a")?.dels).toBe(1);
    expect(e.satisfied("ns/a")).toBe(false);
    e.deletionObserved("ns/a", "ns/p2");
    expect(e.satisfied("ns/a")).toBe(true);
  });

  it("expires after five minutes, and can be forgotten", () => {
    let now = T0;
    const e = new Expectations(() => now);
    e.expect("ns/a", 3, 0);
    now += EXPECTATIONS_TIMEOUT_MS;
    expect(e.satisfied("ns/a")).toBe(false);
    now += 1;
    expect(e.satisfied("ns/a")).toBe(true);
    e.expect("ns/b", 1, 0);
    e.forget("ns/b");
    expect(e.satisfied("ns/b")).toBe(true);
    expect(e.get("ns/b")).toBeUndefined();
  });
});

describe("ReplicaSet controller", () => {
  it("creates the missing pods from the template, owned by the ReplicaSet", () => {
    const rs = replicaSet(3);
    const e = new Expectations();
    const actions = reconcileReplicaSet(rs, [], { expectations: e, now: T0 });
    const pods = creates(actions);
    expect(pods).toHaveLength(3);
    expect(pods[0]).toEqual({
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        generateName: "web-",
        namespace: NS,
        labels: { app: "web", tier: "fe" },
        annotations: { note: "x" },
        ownerReferences: [ownerReferenceTo(rs)],
      },
      spec: { containers: [{ name: "app", image: "nginx" }] },
    });
    expect(e.get("default/web")).toMatchObject({ adds: 3, dels: 0 });
    expect(statusOf(actions)).toEqual({ replicas: 0, observedGeneration: 1 });
    // The event names the pod once it exists.
    const created = { ...pods[0], metadata: { ...pods[0]?.metadata, name: "web-abcde" } } as KubeObject;
    expect(podCreatedEvent(rs, created)).toEqual({
      verb: "event",
      event: {
        regarding: rs,
        type: "Normal",
        reason: "SuccessfulCreate",
        message: "Created pod: web-abcde",
        component: "replicaset-controller",
      },
    });
  });

  it("never creates twice from the same stale cache", () => {
    const rs = replicaSet(3);
    const e = new Expectations();
    const first = reconcileReplicaSet(rs, [], { expectations: e, now: T0 });
    expect(creates(first)).toHaveLength(3);
    // An event storm: the same cache (which has not seen the new pods yet) is reconciled again.
    for (let i = 0; i < 5; i++)
      expect(creates(reconcileReplicaSet(rs, [], { expectations: e, now: T0 }))).toEqual([]);
    // The informer reports the pods: expectations are met, and nothing more is needed.
    const seen = creates(first).map((p, i) => ({
      ...p,
      metadata: { ...p.metadata, name: `web-${i}`, uid: `u${i}` },
    }));
    for (const p of seen) observePodEvent(e, "ADDED", p);
    expect(e.satisfied("default/web", T0)).toBe(true);
    expect(creates(reconcileReplicaSet(rs, seen, { expectations: e, now: T0 }))).toEqual([]);
  });

  it("acts again when expectations expire (a create that never showed up)", () => {
    const rs = replicaSet(2);
    const e = new Expectations();
    expect(creates(reconcileReplicaSet(rs, [], { expectations: e, now: T0 }))).toHaveLength(2);
    expect(creates(reconcileReplicaSet(rs, [], { expectations: e, now: T0 + 60_000 }))).toHaveLength(0);
    expect(
      creates(reconcileReplicaSet(rs, [], { expectations: e, now: T0 + EXPECTATIONS_TIMEOUT_MS + 1 })),
    ).toHaveLength(2);
  });

  it("creates at most 500 pods per sync", () => {
    const actions = reconcileReplicaSet(replicaSet(1200), [], { expectations: new Expectations(), now: T0 });
    expect(creates(actions)).toHaveLength(BURST_REPLICAS);
  });

  it("scales 5 → 1 deleting the not-ready and newest pods, once", () => {
    const rs = replicaSet(1);
    const minute = 60_000;
    const pods = [
      pod("oldest-ready", { node: "n1", created: T0 - 100 * minute, readySince: T0 - 99 * minute }),
      pod("new-ready", { node: "n2", created: T0 - minute, readySince: T0 - minute / 2 }),
      pod("not-ready", { node: "n3", created: T0 - 200 * minute }),
      pod("pending", { created: T0 - 300 * minute }),
      pod("mid-ready", { node: "n3", created: T0 - 50 * minute, readySince: T0 - 20 * minute }),
    ];
    const e = new Expectations();
    const actions = reconcileReplicaSet(rs, pods, { expectations: e, now: T0 });
    expect(deletes(actions).sort()).toEqual(["mid-ready", "new-ready", "not-ready", "pending"]);
    expect(creates(actions)).toEqual([]);
    const events = actions.flatMap((a) => (a.verb === "event" ? [a.event] : []));
    expect(events.map((ev) => ev.message).sort()).toEqual([
      "Deleted pod: mid-ready",
      "Deleted pod: new-ready",
      "Deleted pod: not-ready",
      "Deleted pod: pending",
    ]);
    expect(
      events.every((ev) => ev.reason === "SuccessfulDelete" && ev.component === "replicaset-controller"),
    ).toBe(true);
    const del = actions.find((a) => a.verb === "delete");
    expect(del).toMatchObject({ verb: "delete", kind: "pods", namespace: NS, uid: "pod-pending" });
    // The status still counts the pods (they are not gone yet).
    expect(statusOf(actions)).toMatchObject({ replicas: 5, readyReplicas: 3, availableReplicas: 3 });

    // The same cache again: the deletions are awaited, nothing is deleted twice.
    const updated = deepCopy(rs);
    updated.status = statusOf(actions);
    expect(deletes(reconcileReplicaSet(updated, pods, { expectations: e, now: T0 }))).toEqual([]);
    // Pods seen terminating, then gone: each counts once.
    for (const name of ["mid-ready", "new-ready", "not-ready", "pending"]) {
      const p = pods.find((x) => x.metadata.name === name) as KubeObject;
      const terminating = deepCopy(p);
      terminating.metadata.deletionTimestamp = formatTime(T0);
      observePodEvent(e, "MODIFIED", terminating, p);
      observePodEvent(e, "MODIFIED", terminating, terminating);
      expect(e.satisfied("default/web", T0)).toBe(name === "pending");
      observePodEvent(e, "DELETED", terminating);
    }
    expect(e.get("default/web")?.dels).toBe(0);
    const rest = pods.filter((p) => p.metadata.name === "oldest-ready");
    const final = reconcileReplicaSet(updated, rest, { expectations: e, now: T0 });
    expect(deletes(final)).toEqual([]);
    expect(statusOf(final)).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1 });
  });

  it("ranks victims as Kubernetes does", () => {
    const now = T0;
    const base = { node: "n", created: T0 - 1000, readySince: T0 - 1000 };
    const first = (a: KubeObject, b: KubeObject, ra = 0, rb = 0): boolean => deletesBefore(a, b, ra, rb, now);
    // 1. unassigned before assigned
    expect(first(pod("a"), pod("b", base))).toBe(true);
    // 2. Pending < Unknown < Running
    expect(first(pod("a", { ...base, phase: "Pending" }), pod("b", base))).toBe(true);
    expect(first(pod("a", { ...base, phase: "Unknown" }), pod("b", base))).toBe(true);
    expect(first(pod("a", { ...base, phase: "Pending" }), pod("b", { ...base, phase: "Unknown" }))).toBe(
      true,
    );
    // 3. not ready before ready
    expect(first(pod("a", { node: "n" }), pod("b", base))).toBe(true);
    // 4. lower deletion cost first
    expect(first(pod("a", { ...base, cost: -5 }), pod("b", base))).toBe(true);
    expect(first(pod("a", { ...base, cost: 5 }), pod("b", base))).toBe(false);
    // 5. more related pods on the same node first
    expect(first(pod("a", base), pod("b", base), 3, 1)).toBe(true);
    // 6. ready for less time first (log scale)
    expect(
      first(pod("a", { ...base, readySince: T0 - 10 }), pod("b", { ...base, readySince: T0 - 3_600_000 })),
    ).toBe(true);
    // 7. more restarts first
    expect(first(pod("a", { ...base, restarts: 3 }), pod("b", base))).toBe(true);
    // 8. newer first
    expect(
      first(pod("a", { ...base, created: T0 - 5 }), pod("b", { ...base, created: T0 - 86_400_000 })),
    ).toBe(true);
    expect(
      first(pod("b", { ...base, created: T0 - 86_400_000 }), pod("a", { ...base, created: T0 - 5 })),
    ).toBe(false);
  });

  it("prefers victims on nodes crowded with related pods", () => {
    const ready = { created: T0 - 1000, readySince: T0 - 1000 };
    const pods = [pod("alone", { ...ready, node: "n1" }), pod("crowded", { ...ready, node: "n2" })];
    const related = [...pods, pod("sibling", { ...ready, node: "n2" })];
    expect(podsToDelete(pods, related, 1, T0).map((p) => p.metadata.name)).toEqual(["crowded"]);
  });

  it("does not count or keep inactive pods", () => {
    const rs = replicaSet(2);
    const pods = [
      pod("done", { node: "n", phase: "Succeeded" }),
      pod("failed", { node: "n", phase: "Failed" }),
      pod("going", { node: "n", readySince: T0, deleting: true }),
      pod("ok", { node: "n", readySince: T0 }),
    ];
    const actions = reconcileReplicaSet(rs, pods, { expectations: new Expectations(), now: T0 });
    expect(creates(actions)).toHaveLength(1);
    expect(deletes(actions)).toEqual([]);
    expect(statusOf(actions)).toMatchObject({ replicas: 1, readyReplicas: 1 });
  });

  it("adopts matching orphans and releases pods that no longer match", () => {
    const rs = replicaSet(2);
    const orphan = pod("orphan", { owner: null, node: "n" });
    const strayed = pod("strayed", { labels: { app: "other" }, node: "n" });
    const foreign = pod("foreign", {
      owner: { ...replicaSet(1), metadata: { name: "x", uid: "other-uid" } },
    });
    const actions = reconcileReplicaSet(rs, [orphan, strayed, foreign], {
      expectations: new Expectations(),
      now: T0,
    });
    expect(actions).toContainEqual({
      verb: "patch",
      kind: "pods",
      namespace: NS,
      name: "orphan",
      patchType: "strategic",
      patch: { metadata: { ownerReferences: [ownerReferenceTo(rs)], uid: "pod-orphan" } },
    });
    expect(actions).toContainEqual({
      verb: "patch",
      kind: "pods",
      namespace: NS,
      name: "strayed",
      patchType: "strategic",
      patch: { metadata: { ownerReferences: [{ $patch: "delete", uid: "rs-uid" }], uid: "pod-strayed" } },
    });
    expect(actions.some((a) => a.verb === "patch" && a.name === "foreign")).toBe(false);
    // The adopted orphan counts: one more pod is needed.
    expect(creates(actions)).toHaveLength(1);
  });

  it("does nothing but status while the ReplicaSet is being deleted", () => {
    const rs = replicaSet(3);
    rs.metadata.deletionTimestamp = formatTime(T0);
    const actions = reconcileReplicaSet(rs, [pod("orphan", { owner: null }), pod("mine")], {
      expectations: new Expectations(),
      now: T0,
    });
    expect(actions.map((a) => a.verb)).toEqual(["update"]);
    expect(statusOf(actions)).toMatchObject({ replicas: 1 });
  });

  it("reports status: fully labeled, ready, available after minReadySeconds, observedGeneration", () => {
    const rs = replicaSet(3, { minReadySeconds: 10 });
    rs.metadata.generation = 4;
    const pods = [
      pod("a", { node: "n", readySince: T0 - 60_000 }),
      pod("b", { node: "n", readySince: T0 - 2_000 }),
      pod("c", { node: "n", labels: { app: "web" } }),
    ];
    const e = new Expectations();
    const actions = reconcileReplicaSet(rs, pods, { expectations: e, now: T0 });
    const status = statusOf(actions);
    expect(status).toEqual({
      replicas: 3,
      fullyLabeledReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 1,
      observedGeneration: 4,
    });
    const settled = deepCopy(rs);
    settled.status = status;
    expect(reconcileReplicaSet(settled, pods, { expectations: e, now: T0 })).toEqual([]);
    // Time alone makes "b" available.
    expect(statusOf(reconcileReplicaSet(settled, pods, { expectations: e, now: T0 + 9_000 }))).toMatchObject({
      availableReplicas: 2,
    });
    const allReady = deepCopy(settled);
    allReady.status = { replicas: 3, readyReplicas: 3, availableReplicas: 1 };
    expect(replicaSetRequeueAfter(allReady)).toBe(10_000);
    expect(replicaSetRequeueAfter(settled)).toBeUndefined();
  });
});
