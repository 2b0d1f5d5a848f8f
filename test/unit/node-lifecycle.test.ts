import { describe, expect, it } from "vitest";
import type { Action } from "../../lib/client/actions";
import { rfc3339 } from "../../lib/controllers/events";
import {
  DEFAULT_NODE_LIFECYCLE,
  defaultTolerations,
  type NodeLifecycleSettings,
  reconcileNodeLifecycle,
  TAINT_NOT_READY,
  TAINT_UNREACHABLE,
} from "../../lib/controllers/node-lifecycle";
import { deepCopy, type JsonObject, type KubeObject } from "../../lib/k8s/object";
import { applyMergePatch } from "../../lib/k8s/patch/merge-patch";
import { applyStrategicMergePatch } from "../../lib/k8s/patch/strategic-merge-patch";

const T0 = Date.parse("2025-03-01T10:00:00Z");
const GRACE = DEFAULT_NODE_LIFECYCLE.nodeMonitorGracePeriodMs;
const iso = (ms: number) => rfc3339(ms);

function cond(type: string, status: string, at: number): JsonObject {
  return {
    type,
    status,
    lastHeartbeatTime: iso(at),
    lastTransitionTime: iso(T0 - 3_600_000),
    reason: type === "Ready" ? "KubeletReady" : `KubeletHas${type}`,
    message: "kubelet is posting ready status",
  };
}

function node(name: string, ready = "True", heartbeat = T0, taints: JsonObject[] = []): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, uid: `uid-${name}`, resourceVersion: "7", creationTimestamp: iso(T0 - 7_200_000) },
    spec: taints.length ? { taints } : {},
    status: {
      conditions: [
        cond("MemoryPressure", "False", heartbeat),
        cond("DiskPressure", "False", heartbeat),
        cond("PIDPressure", "False", heartbeat),
        cond("Ready", ready, heartbeat),
      ],
    },
  };
}

function lease(name: string, renew: number): KubeObject {
  return {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: { name, namespace: "kube-node-lease" },
    spec: {
      holderIdentity: name,
      leaseDurationSeconds: 40,
      renewTime: new Date(renew).toISOString().replace("Z", "000Z"),
    },
  };
}

function pod(name: string, nodeName: string, tolerations: JsonObject[] = []): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", uid: `uid-${name}` },
    spec: { nodeName, containers: [{ name: "c", image: "nginx" }], tolerations },
    status: {
      phase: "Running",
      conditions: [
        { type: "PodScheduled", status: "True", lastTransitionTime: iso(T0 - 3_600_000) },
        { type: "Ready", status: "True", lastTransitionTime: iso(T0 - 3_600_000) },
      ],
    },
  };
}

type Patch = Extract<Action, { verb: "patch" }>;

function patches(actions: Action[], kind: string, name: string, subresource?: "status"): Patch[] {
  return actions.filter(
    (a): a is Patch =>
      a.verb === "patch" && a.kind === kind && a.name === name && a.subresource === subresource,
  );
}

/** Applies the controller's node patches, as the API server would. */
function applyNode(n: KubeObject, actions: Action[]): KubeObject {
  let out = deepCopy(n) as unknown as JsonObject;
  for (const p of patches(actions, "nodes", n.metadata.name ?? ""))
    out = applyMergePatch(out, p.patch) as JsonObject;
  for (const p of patches(actions, "nodes", n.metadata.name ?? "", "status")) {
    out = applyStrategicMergePatch(out, p.patch as JsonObject, "Node");
  }
  return out as unknown as KubeObject;
}

function taints(n: KubeObject): string[] {
  const list = ((n.spec as JsonObject | undefined)?.taints ?? []) as JsonObject[];
  return list.map((t) => `${t.key}:${t.effect}`).sort();
}

function conditions(n: KubeObject): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const c of ((n.status as JsonObject).conditions ?? []) as JsonObject[]) out[String(c.type)] = c;
  return out;
}

function events(actions: Action[]): string[] {
  return actions.flatMap((a) =>
    a.verb === "event"
      ? [
          `${a.event.regarding.kind}/${a.event.regarding.metadata.name} ${a.event.type} ${a.event.reason}: ${a.event.message} (${a.event.component})`,
        ]
      : [],
  );
}

function deletes(actions: Action[]): string[] {
  return actions.flatMap((a) => (a.verb === "delete" ? [`${a.kind}/${a.name}`] : []));
}

// A second, healthy node keeps the cluster out of "all nodes down" (master disruption) mode.
const healthy = (now: number) => ({ n: node("n2", "True", now), l: lease("n2", now) });

describe("node health", () => {
  it("does nothing before the grace period, and wakes when it runs out", () => {
    const now = T0 + GRACE;
    const h = healthy(now);
    const result = reconcileNodeLifecycle([node("n1"), h.n], [lease("n1", T0), h.l], [], now);
    expect(result.actions).toEqual([]);
    expect(result.wakeAt).toBe(T0 + GRACE + 1);
  });

  it("a fresh lease keeps a node with an old Ready heartbeat healthy", () => {
    const now = T0 + 5 * 60_000;
    const result = reconcileNodeLifecycle([node("n1", "True", T0)], [lease("n1", now - 1000)], [], now);
    expect(result.actions).toEqual([]);
    expect(result.wakeAt).toBe(now - 1000 + GRACE + 1);
  });

  it("marks a node with a stale lease Unknown with unreachable taints after the grace period", () => {
    const now = T0 + GRACE + 1;
    const h = healthy(now);
    const n1 = node("n1", "True", T0, [{ key: "dedicated", value: "db", effect: "NoSchedule" }]);
    const p = pod("web-abc", "n1");
    const { actions } = reconcileNodeLifecycle([n1, h.n], [lease("n1", T0), h.l], [p], now);
    const after = applyNode(n1, actions);
    const c = conditions(after);
    for (const type of ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"]) {
      expect(c[type]).toMatchObject({
        status: "Unknown",
        reason: "NodeStatusUnknown",
        message: "Kubelet stopped posting node status.",
        lastTransitionTime: iso(now),
        lastHeartbeatTime: iso(T0),
      });
    }
    expect(taints(after)).toEqual(
      ["dedicated:NoSchedule", `${TAINT_UNREACHABLE}:NoExecute`, `${TAINT_UNREACHABLE}:NoSchedule`].sort(),
    );
    const added = ((after.spec as JsonObject).taints as JsonObject[]).filter(
      (t) => t.key === TAINT_UNREACHABLE,
    );
    expect(added.every((t) => t.timeAdded === iso(now))).toBe(true);
    // The taint patch is conditional and comes before the status patch.
    const taintPatch = patches(actions, "nodes", "n1")[0];
    expect(taintPatch?.patch).toMatchObject({ metadata: { resourceVersion: "7" } });
    expect(actions.indexOf(taintPatch as Action)).toBeLessThan(
      actions.indexOf(patches(actions, "nodes", "n1", "status")[0] as Action),
    );
    expect(events(actions)).toEqual([
      "Node/n1 Normal NodeNotReady: Node n1 status is now: NodeNotReady (node-controller)",
      "Pod/web-abc Warning NodeNotReady: Node is not ready (node-controller)",
    ]);
    const podPatch = patches(actions, "pods", "web-abc", "status")[0];
    expect(podPatch?.patch).toEqual({
      status: { conditions: [{ type: "Ready", status: "False", lastTransitionTime: iso(now) }] },
    });
    // The pod tolerates nothing, but the unreachable taint is not on the node yet: eviction comes next pass.
    expect(deletes(actions)).toEqual([]);
    expect(patches(actions, "nodes", "n2")).toEqual([]);
  });

  it("does not write again once the node is Unknown and tainted", () => {
    const now = T0 + GRACE + 1;
    const h = healthy(now);
    const n1 = node("n1", "True", T0);
    const first = reconcileNodeLifecycle([n1, h.n], [lease("n1", T0), h.l], [], now);
    const after = applyNode(n1, first.actions);
    const second = reconcileNodeLifecycle([after, h.n], [lease("n1", T0), h.l], [], now + 5000);
    expect(second.actions).toEqual([]);
  });

  it("uses the startup grace period for a node that never posted Ready", () => {
    const fresh: KubeObject = {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: "n3", uid: "u3", resourceVersion: "1", creationTimestamp: iso(T0) },
      spec: {},
    };
    const startup = DEFAULT_NODE_LIFECYCLE.nodeStartupGracePeriodMs;
    const h = healthy(T0 + startup + 1);
    expect(reconcileNodeLifecycle([fresh, h.n], [h.l], [], T0 + GRACE + 1).actions).toEqual([]);
    const { actions } = reconcileNodeLifecycle([fresh, h.n], [h.l], [], T0 + startup + 1);
    expect(conditions(applyNode(fresh, actions)).Ready).toMatchObject({
      status: "Unknown",
      reason: "NodeStatusNeverUpdated",
      message: "Kubelet never posted node status.",
    });
  });

  it("gives a node whose kubelet reports Ready=False not-ready taints", () => {
    const h = healthy(T0);
    const n1 = node("n1", "False", T0, [
      { key: TAINT_UNREACHABLE, effect: "NoExecute", timeAdded: iso(T0 - 9000) },
    ]);
    const { actions } = reconcileNodeLifecycle([n1, h.n], [lease("n1", T0), h.l], [], T0 + 1000);
    expect(patches(actions, "nodes", "n1", "status")).toEqual([]);
    expect(taints(applyNode(n1, actions))).toEqual([
      `${TAINT_NOT_READY}:NoExecute`,
      `${TAINT_NOT_READY}:NoSchedule`,
    ]);
  });

  it("removes the taints when the node is Ready again, keeping the others", () => {
    const h = healthy(T0);
    const n1 = node("n1", "True", T0, [
      { key: TAINT_UNREACHABLE, effect: "NoSchedule", timeAdded: iso(T0 - 60_000) },
      { key: TAINT_UNREACHABLE, effect: "NoExecute", timeAdded: iso(T0 - 60_000) },
      { key: "dedicated", value: "db", effect: "NoExecute" },
    ]);
    const { actions } = reconcileNodeLifecycle([n1, h.n], [lease("n1", T0), h.l], [], T0 + 1000);
    expect(taints(applyNode(n1, actions))).toEqual(["dedicated:NoExecute"]);
  });

  it("adds condition taints for pressure and unschedulable", () => {
    const n1 = node("n1", "True", T0);
    (n1.spec as JsonObject).unschedulable = true;
    const mem = conditions(n1).MemoryPressure as JsonObject;
    mem.status = "True";
    const { actions } = reconcileNodeLifecycle([n1], [lease("n1", T0)], [], T0 + 1000);
    expect(taints(applyNode(n1, actions))).toEqual([
      "node.kubernetes.io/memory-pressure:NoSchedule",
      "node.kubernetes.io/unschedulable:NoSchedule",
    ]);
  });

  it("removes NoExecute taints instead of adding them when every node is down (master disruption)", () => {
    const now = T0 + GRACE + 1;
    const n1 = node("n1", "True", T0);
    const { actions } = reconcileNodeLifecycle([n1], [lease("n1", T0)], [], now);
    expect(taints(applyNode(n1, actions))).toEqual([`${TAINT_UNREACHABLE}:NoSchedule`]);
    const off: NodeLifecycleSettings = { ...DEFAULT_NODE_LIFECYCLE, zoneDisruption: false };
    const single = reconcileNodeLifecycle([n1], [lease("n1", T0)], [], now, off);
    expect(taints(applyNode(n1, single.actions))).toContain(`${TAINT_UNREACHABLE}:NoExecute`);
  });
});

describe("taint-based eviction", () => {
  const unreachable = (added: number): JsonObject[] => [
    { key: TAINT_UNREACHABLE, effect: "NoSchedule", timeAdded: iso(added) },
    { key: TAINT_UNREACHABLE, effect: "NoExecute", timeAdded: iso(added) },
  ];
  const unknownNode = (added: number) => {
    const n = node("n1", "Unknown", T0, unreachable(added));
    for (const c of Object.values(conditions(n))) c.status = "Unknown";
    return n;
  };

  it("evicts a pod that does not tolerate the taint at once", () => {
    const now = T0 + GRACE + 5000;
    const h = healthy(now);
    const p = pod("web-abc", "n1");
    (p.status as JsonObject).conditions = [{ type: "Ready", status: "False" }];
    const { actions } = reconcileNodeLifecycle(
      [unknownNode(now - 1000), h.n],
      [lease("n1", T0), h.l],
      [p],
      now,
    );
    expect(deletes(actions)).toEqual(["pods/web-abc"]);
    expect(actions.find((a) => a.verb === "delete")).toMatchObject({
      namespace: "default",
      uid: "uid-web-abc",
    });
    expect(events(actions)).toEqual([
      "Pod/web-abc Normal TaintManagerEviction: Marking for deletion Pod default/web-abc (taint-eviction-controller)",
    ]);
    expect(patches(actions, "pods", "web-abc", "status")[0]?.patch).toMatchObject({
      status: {
        conditions: [{ type: "DisruptionTarget", status: "True", reason: "DeletionByTaintManager" }],
      },
    });
  });

  it("evicts a tolerating pod when timeAdded + tolerationSeconds passes, not before", () => {
    const added = T0 + GRACE + 1000;
    const p = defaultTolerations(pod("web-abc", "n1"), 30);
    (p.status as JsonObject).conditions = [];
    const run = (now: number) => {
      const h = healthy(now);
      return reconcileNodeLifecycle([unknownNode(added), h.n], [lease("n1", T0), h.l], [p], now);
    };
    const before = run(added + 29_000);
    expect(deletes(before.actions)).toEqual([]);
    expect(before.wakeAt).toBe(added + 30_000);
    expect(deletes(run(added + 30_000).actions)).toEqual(["pods/web-abc"]);
  });

  it("never evicts a pod tolerating without tolerationSeconds, nor pods already terminating", () => {
    const now = T0 + 3_600_000;
    const h = healthy(now);
    const forever = pod("db-0", "n1", [{ key: TAINT_UNREACHABLE, operator: "Exists", effect: "NoExecute" }]);
    const going = pod("old", "n1");
    going.metadata.deletionTimestamp = iso(now - 1000);
    for (const p of [forever, going]) (p.status as JsonObject).conditions = [];
    const result = reconcileNodeLifecycle(
      [unknownNode(T0), h.n],
      [lease("n1", T0), h.l],
      [forever, going],
      now,
    );
    expect(deletes(result.actions)).toEqual([]);
  });

  it("evicts nothing on a node whose Ready is back (its taints go in the same pass)", () => {
    const now = T0 + 3_600_000;
    const back = node("n1", "True", now, unreachable(T0));
    const result = reconcileNodeLifecycle([back], [lease("n1", now)], [pod("web-abc", "n1")], now);
    expect(deletes(result.actions)).toEqual([]);
    expect(taints(applyNode(back, result.actions))).toEqual([]);
  });
});

describe("defaultTolerations", () => {
  it("adds the not-ready and unreachable tolerations, idempotently", () => {
    const p = pod("web", "");
    defaultTolerations(p, 300);
    expect((p.spec as JsonObject).tolerations).toEqual([
      { key: TAINT_NOT_READY, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
      { key: TAINT_UNREACHABLE, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
    ]);
    const once = deepCopy(p);
    defaultTolerations(p, 300);
    expect(p).toEqual(once);
  });

  it("keeps the pod's own tolerations for those keys, and defaults to the playground's 30 seconds", () => {
    const own = { key: TAINT_UNREACHABLE, operator: "Exists", effect: "NoExecute", tolerationSeconds: 6000 };
    const p = defaultTolerations(pod("web", "", [own]));
    expect((p.spec as JsonObject).tolerations).toEqual([
      own,
      { key: TAINT_NOT_READY, operator: "Exists", effect: "NoExecute", tolerationSeconds: 30 },
    ]);
    const all = defaultTolerations(pod("any", "", [{ operator: "Exists" }]));
    expect((all.spec as JsonObject).tolerations).toEqual([{ operator: "Exists" }]);
  });
});
