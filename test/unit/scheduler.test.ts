import { describe, expect, it } from "vitest";
import type { JsonObject, KubeObject } from "../../lib/k8s/object";
import { CycleState, defaultNormalizeScore } from "../../lib/scheduler/framework";
import { SchedulerCache } from "../../lib/scheduler/node-info";
import { balancedScore } from "../../lib/scheduler/plugins/balanced-allocation";
import { NodeAffinityPlugin } from "../../lib/scheduler/plugins/node-affinity";
import { leastRequestedScore } from "../../lib/scheduler/plugins/node-resources-fit";
import { TaintTolerationPlugin } from "../../lib/scheduler/plugins/taint-toleration";
import { nodeAllocatable, podNonZeroRequests, podRequests } from "../../lib/scheduler/resources";
import { fitErrorMessage, NO_NODES_AVAILABLE, schedulePod } from "../../lib/scheduler/schedule";

interface NodeOpts {
  labels?: Record<string, string>;
  taints?: JsonObject[];
  unschedulable?: boolean;
  pods?: string;
}

function node(name: string, cpu: string, memory: string, opts: NodeOpts = {}): KubeObject {
  const allocatable: JsonObject = { cpu, memory };
  if (opts.pods) allocatable.pods = opts.pods;
  const spec: JsonObject = {};
  if (opts.taints) spec.taints = opts.taints;
  if (opts.unschedulable) spec.unschedulable = true;
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, uid: `uid-${name}`, labels: { "kubernetes.io/hostname": name, ...opts.labels } },
    spec,
    status: { capacity: allocatable, allocatable },
  };
}

let podCounter = 0;
function pod(name: string, requests: JsonObject | undefined, spec: JsonObject = {}): KubeObject {
  podCounter++;
  const container: JsonObject = { name: "app", image: "nginx" };
  if (requests) container.resources = { requests };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", uid: `pod-uid-${name}-${podCounter}` },
    spec: { containers: [container], ...spec },
    status: { phase: "Pending" },
  };
}

function bound(p: KubeObject, nodeName: string, phase = "Running"): KubeObject {
  return { ...p, spec: { ...(p.spec as JsonObject), nodeName }, status: { phase } };
}

function cacheOf(...nodes: KubeObject[]): SchedulerCache {
  const cache = new SchedulerCache();
  for (const n of nodes) cache.upsertNode(n);
  return cache;
}

/** mulberry32: a small seeded PRNG for deterministic tie-breaks. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedNodes = (): KubeObject[] => [
  node("node-1", "1", "2Gi"),
  node("node-2", "2", "4Gi"),
  node("node-3", "500m", "1Gi"),
];

describe("resources", () => {
  it("sums containers, takes the max with each init container, adds sidecars and overhead", () => {
    const p: KubeObject = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p", namespace: "default" },
      spec: {
        initContainers: [
          { name: "init-big", resources: { requests: { cpu: "2", memory: "1Gi" } } },
          { name: "init-small", resources: { requests: { cpu: "100m", memory: "3Gi" } } },
        ],
        containers: [
          { name: "a", resources: { requests: { cpu: "500m", memory: "512Mi" } } },
          { name: "b", resources: { requests: { cpu: "250m", memory: "256Mi" } } },
        ],
        overhead: { cpu: "10m", memory: "1Mi" },
      },
    };
    expect(podRequests(p)).toEqual({ milliCpu: 2010, memory: 3 * 1024 ** 3 + 1024 ** 2, pods: 1 });

    const sidecar: KubeObject = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "s", namespace: "default" },
      spec: {
        initContainers: [
          { name: "proxy", restartPolicy: "Always", resources: { requests: { cpu: "100m" } } },
          { name: "migrate", resources: { requests: { cpu: "1" } } },
        ],
        containers: [{ name: "app", resources: { requests: { cpu: "200m" } } }],
      },
    };
    // The sidecar runs with the app (300m) and next to the later init container (1100m).
    expect(podRequests(sidecar).milliCpu).toBe(1100);
  });

  it("rounds sub-milli CPU up and counts non-zero defaults only for missing requests", () => {
    expect(podRequests(pod("tiny", { cpu: "0.0001" })).milliCpu).toBe(1);
    expect(podNonZeroRequests(pod("none", undefined))).toEqual({
      milliCpu: 100,
      memory: 200 * 1024 * 1024,
      pods: 1,
    });
    expect(podNonZeroRequests(pod("zero", { cpu: "0", memory: "0" }))).toEqual({
      milliCpu: 0,
      memory: 0,
      pods: 1,
    });
    expect(podNonZeroRequests(pod("cpu-only", { cpu: "1" })).memory).toBe(200 * 1024 * 1024);
    expect(podRequests(pod("none", undefined))).toEqual({ milliCpu: 0, memory: 0, pods: 1 });
  });

  it("pod-level requests replace the containers' aggregate", () => {
    const p = pod("pl", { cpu: "100m" }, { resources: { requests: { cpu: "1", memory: "1Gi" } } });
    expect(podRequests(p)).toEqual({ milliCpu: 1000, memory: 1024 ** 3, pods: 1 });
    expect(podNonZeroRequests(p)).toEqual({ milliCpu: 1000, memory: 1024 ** 3, pods: 1 });
  });

  it("reads allocatable, falling back to capacity, pods defaulting to 110", () => {
    expect(nodeAllocatable(node("n", "1500m", "1Gi", { pods: "20" }))).toEqual({
      milliCpu: 1500,
      memory: 1024 ** 3,
      pods: 20,
    });
    const capOnly: KubeObject = {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: "c" },
      status: { capacity: { cpu: "2", memory: "4Gi" }, allocatable: { cpu: "1900m" } },
    };
    expect(nodeAllocatable(capOnly)).toEqual({ milliCpu: 1900, memory: 4 * 1024 ** 3, pods: 110 });
  });
});

describe("scores", () => {
  it("LeastAllocated, BalancedAllocation and DefaultNormalizeScore use Kubernetes' integer math", () => {
    expect(leastRequestedScore(600, 1000)).toBe(40);
    expect(leastRequestedScore(1001, 1000)).toBe(0);
    expect(leastRequestedScore(0, 0)).toBe(0);
    expect(
      balancedScore([
        [600, 1000],
        [0, 2048],
      ]),
    ).toBe(70);
    expect(
      balancedScore([
        [500, 1000],
        [1024, 2048],
      ]),
    ).toBe(100);
    const m = new Map([
      ["a", 0],
      ["b", 1],
      ["c", 3],
    ]);
    defaultNormalizeScore(m, true);
    expect([...m.values()]).toEqual([100, 67, 0]);
    const zero = new Map([["a", 0]]);
    defaultNormalizeScore(zero, true);
    expect(zero.get("a")).toBe(100);
  });
});

describe("schedulePod: the seed cluster", () => {
  it("places a 600m pod on the biggest of the two nodes that fit", () => {
    const cache = cacheOf(...seedNodes());
    const r = schedulePod(pod("web", { cpu: "600m" }), cache);
    expect(r.feasible).toBe(2);
    expect(r.node).toBe("node-2");
    expect(r.filtered).toEqual([
      { node: "node-3", plugin: "NodeResourcesFit", reasons: ["Insufficient cpu"], unresolvable: true },
    ]);
    // node-1: fit (40 cpu + 90 mem)/2 = 65, balanced 100×(1−|0.6−0|/2) = 70; taints 100×3.
    // node-2: fit (70 + 95)/2 = 82, balanced 85.
    expect(r.scores).toEqual([
      {
        node: "node-1",
        total: 435,
        byPlugin: { TaintToleration: 100, NodeResourcesFit: 65, NodeResourcesBalancedAllocation: 70 },
      },
      {
        node: "node-2",
        total: 467,
        byPlugin: { TaintToleration: 100, NodeResourcesFit: 82, NodeResourcesBalancedAllocation: 85 },
      },
    ]);
    expect(r.message).toBeUndefined();
  });

  it("spreads identical pods over identical nodes (least allocated)", () => {
    const cache = cacheOf(node("a", "2", "4Gi"), node("b", "2", "4Gi"), node("c", "2", "4Gi"));
    const chosen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const p = pod(`rep-${i}`, { cpu: "500m", memory: "512Mi" });
      const r = schedulePod(p, cache, { random: seeded(i) });
      expect(r.node).toBeDefined();
      chosen.push(r.node ?? "");
      cache.assumePod(p, r.node ?? "");
    }
    expect(new Set(chosen).size).toBe(3);
    // A fourth pod goes anywhere, but each node now counts one pod.
    for (const n of cache.nodeInfos())
      expect(n.requested).toEqual({ milliCpu: 500, memory: 512 * 1024 ** 2, pods: 1 });
  });

  it("breaks ties uniformly at random", () => {
    const cache = cacheOf(node("a", "2", "4Gi"), node("b", "2", "4Gi"), node("c", "2", "4Gi"));
    const p = pod("tie", { cpu: "100m" });
    expect(schedulePod(p, cache, { random: () => 0 }).node).toBe("a");
    expect(schedulePod(p, cache, { random: () => 0.5 }).node).toBe("b");
    expect(schedulePod(p, cache, { random: () => 0.999 }).node).toBe("c");
    const seen = new Set<string>();
    const rnd = seeded(42);
    for (let i = 0; i < 30; i++) seen.add(schedulePod(p, cache, { random: rnd }).node ?? "");
    expect(seen).toEqual(new Set(["a", "b", "c"]));
    // The same seed makes the same choices.
    const again = (seed: number) => {
      const r = seeded(seed);
      return Array.from({ length: 10 }, () => schedulePod(p, cache, { random: r }).node);
    };
    expect(again(7)).toEqual(again(7));
  });

  it("with no nodes says so", () => {
    const r = schedulePod(pod("p", undefined), new SchedulerCache());
    expect(r).toEqual({ feasible: 0, filtered: [], scores: [], message: NO_NODES_AVAILABLE });
  });
});

describe("filters", () => {
  it("nodeSelector", () => {
    const cache = cacheOf(
      node("hdd", "4", "8Gi", { labels: { disktype: "hdd" } }),
      node("ssd", "1", "1Gi", { labels: { disktype: "ssd" } }),
      node("none", "4", "8Gi"),
    );
    const r = schedulePod(pod("db", undefined, { nodeSelector: { disktype: "ssd" } }), cache);
    expect(r.node).toBe("ssd");
    expect(r.filtered.map((f) => [f.node, f.plugin, f.reasons])).toEqual([
      ["hdd", "NodeAffinity", ["node(s) didn't match Pod's node affinity/selector"]],
      ["none", "NodeAffinity", ["node(s) didn't match Pod's node affinity/selector"]],
    ]);
    const miss = schedulePod(pod("db", undefined, { nodeSelector: { disktype: "nvme" } }), cache);
    expect(miss.message).toBe(
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });

  it("required node affinity: In, NotIn, Exists, DoesNotExist, Gt, Lt, matchFields", () => {
    const cache = cacheOf(
      node("z1", "4", "8Gi", { labels: { zone: "a", cores: "8" } }),
      node("z2", "4", "8Gi", { labels: { zone: "b", cores: "16", gpu: "" } }),
      node("z3", "4", "8Gi", { labels: { zone: "c", cores: "x" } }),
    );
    const feasible = (terms: JsonObject[]): string[] => {
      const p = pod("aff", undefined, {
        affinity: {
          nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } },
        },
      });
      const r = schedulePod(p, cache, { random: () => 0 });
      const rejected = new Set(r.filtered.map((f) => f.node));
      return ["z1", "z2", "z3"].filter((n) => !rejected.has(n));
    };
    const expr = (key: string, operator: string, values?: string[]): JsonObject => ({
      matchExpressions: [values ? { key, operator, values } : { key, operator }],
    });
    expect(feasible([expr("zone", "In", ["a", "c"])])).toEqual(["z1", "z3"]);
    expect(feasible([expr("zone", "NotIn", ["a"])])).toEqual(["z2", "z3"]);
    expect(feasible([expr("gpu", "Exists")])).toEqual(["z2"]);
    expect(feasible([expr("gpu", "DoesNotExist")])).toEqual(["z1", "z3"]);
    expect(feasible([expr("cores", "Gt", ["8"])])).toEqual(["z2"]);
    expect(feasible([expr("cores", "Lt", ["16"])])).toEqual(["z1"]);
    // Terms are OR-ed; an invalid term (Gt with a non-integer) is dropped.
    expect(
      feasible([expr("zone", "In", ["a"]), expr("cores", "Gt", ["many"]), expr("zone", "In", ["c"])]),
    ).toEqual(["z1", "z3"]);
    expect(
      feasible([{ matchFields: [{ key: "metadata.name", operator: "NotIn", values: ["z2"] }] }]),
    ).toEqual(["z1", "z3"]);
  });

  it("matchFields metadata.name narrows the nodes at PreFilter, as DaemonSet pods see it", () => {
    const cache = cacheOf(
      node("n1", "1", "1Gi", { pods: "1" }),
      node("n2", "1", "1Gi"),
      node("n3", "1", "1Gi"),
    );
    cache.addPod(bound(pod("other", undefined), "n1"));
    const p = pod("ds", undefined, {
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: ["n1"] }] }],
          },
        },
      },
    });
    const r = schedulePod(p, cache);
    expect(r.node).toBeUndefined();
    expect(r.message).toBe(
      "0/3 nodes are available: 1 Too many pods, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    );
  });

  it("preferred node affinity scores by weight, normalized", () => {
    const cache = cacheOf(
      node("a", "2", "4Gi", { labels: { zone: "a" } }),
      node("b", "2", "4Gi", { labels: { zone: "b", ssd: "true" } }),
      node("c", "2", "4Gi"),
    );
    const p = pod("pref", undefined, {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 20,
              preference: { matchExpressions: [{ key: "zone", operator: "In", values: ["a"] }] },
            },
            { weight: 30, preference: { matchExpressions: [{ key: "ssd", operator: "Exists" }] } },
          ],
        },
      },
    });
    const r = schedulePod(p, cache);
    expect(r.node).toBe("b");
    expect(r.scores.map((s) => s.byPlugin.NodeAffinity)).toEqual([66, 100, 0]);
    const plugin = new NodeAffinityPlugin();
    const info = cache.nodeInfo("b");
    expect(info && plugin.score(p, info, new CycleState())).toBe(30);
  });

  it("spec.nodeName", () => {
    const cache = cacheOf(...seedNodes());
    const r = schedulePod(pod("pinned", undefined, { nodeName: "node-3" }), cache);
    expect(r.node).toBe("node-3");
    expect(r.filtered.map((f) => f.reasons[0])).toEqual([
      "node(s) didn't match the requested node name",
      "node(s) didn't match the requested node name",
    ]);
  });

  it("skips cordoned nodes unless the pod tolerates node.kubernetes.io/unschedulable", () => {
    const cache = cacheOf(node("big", "8", "16Gi", { unschedulable: true }), node("small", "1", "1Gi"));
    const r = schedulePod(pod("p", { cpu: "100m" }), cache);
    expect(r.node).toBe("small");
    expect(r.filtered).toEqual([
      {
        node: "big",
        plugin: "NodeUnschedulable",
        reasons: ["node(s) were unschedulable"],
        unresolvable: true,
      },
    ]);
    const tolerant = pod(
      "t",
      { cpu: "100m" },
      {
        tolerations: [{ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" }],
      },
    );
    expect(schedulePod(tolerant, cache).node).toBe("big");
  });

  it("avoids NoSchedule taints unless tolerated (Equal, Exists, empty effect)", () => {
    const gpu = node("gpu", "8", "32Gi", {
      taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }],
    });
    const cache = cacheOf(gpu, node("plain", "1", "1Gi"));
    const schedule = (tolerations?: JsonObject[]) =>
      schedulePod(pod("p", { cpu: "100m" }, tolerations ? { tolerations } : {}), cache);

    const none = schedule();
    expect(none.node).toBe("plain");
    expect(none.filtered[0]?.reasons).toEqual(["node(s) had untolerated taint {dedicated: gpu}"]);
    expect(schedule([{ key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }]).node).toBe(
      "gpu",
    );
    expect(schedule([{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]).node).toBe("gpu");
    expect(schedule([{ key: "dedicated", operator: "Equal", value: "cpu", effect: "NoSchedule" }]).node).toBe(
      "plain",
    );
    expect(schedule([{ key: "dedicated", operator: "Exists", effect: "NoSchedule" }]).node).toBe("gpu");
    expect(schedule([{ key: "dedicated", operator: "Exists", effect: "NoExecute" }]).node).toBe("plain");
    expect(schedule([{ key: "dedicated", operator: "Exists" }]).node).toBe("gpu");
    expect(schedule([{ operator: "Exists" }]).node).toBe("gpu");
  });

  it("names the first untolerated taint, and ignores PreferNoSchedule when filtering", () => {
    const n = node("t", "4", "8Gi", {
      taints: [
        { key: "soft", value: "x", effect: "PreferNoSchedule" },
        { key: "a", value: "1", effect: "NoSchedule" },
        { key: "node.kubernetes.io/unreachable", effect: "NoExecute" },
      ],
    });
    const cache = cacheOf(n);
    const r1 = schedulePod(pod("p", undefined), cache);
    expect(r1.filtered[0]?.reasons).toEqual(["node(s) had untolerated taint {a: 1}"]);
    const r2 = schedulePod(pod("p", undefined, { tolerations: [{ key: "a", operator: "Exists" }] }), cache);
    expect(r2.filtered[0]?.reasons).toEqual([
      "node(s) had untolerated taint {node.kubernetes.io/unreachable: }",
    ]);
  });

  it("scores PreferNoSchedule taints, normalized reversed", () => {
    const soft = (key: string) => ({ key, value: "", effect: "PreferNoSchedule" });
    const cache = cacheOf(
      node("two", "2", "4Gi", { taints: [soft("x"), soft("y")] }),
      node("one", "2", "4Gi", { taints: [soft("x")] }),
      node("zero", "2", "4Gi"),
    );
    const r = schedulePod(pod("p", { cpu: "100m" }), cache);
    expect(r.scores.map((s) => s.byPlugin.TaintToleration)).toEqual([0, 50, 100]);
    expect(r.node).toBe("zero");
    const info = cache.nodeInfo("two");
    expect(
      info && new TaintTolerationPlugin().score(pod("q", undefined, { tolerations: [soft("x")] }), info),
    ).toBe(1);
  });

  it("enforces the node's pod count", () => {
    const cache = cacheOf(node("tiny", "4", "8Gi", { pods: "2" }));
    cache.addPod(bound(pod("a", undefined), "tiny"));
    expect(schedulePod(pod("b", undefined), cache).node).toBe("tiny");
    cache.addPod(bound(pod("b", undefined), "tiny"));
    const r = schedulePod(pod("c", undefined), cache);
    expect(r.node).toBeUndefined();
    expect(r.filtered[0]?.reasons).toEqual(["Too many pods"]);
    // A finished pod frees its slot.
    const done = bound(pod("d", undefined), "tiny", "Succeeded");
    cache.addPod(done);
    expect(cache.nodeInfo("tiny")?.pods.size).toBe(2);
  });
});

describe("FailedScheduling message", () => {
  it("matches kube-scheduler for unresolvable reasons", () => {
    const unreachable = { key: "node.kubernetes.io/unreachable", effect: "NoSchedule" };
    const cache = cacheOf(
      node("small", "500m", "1Gi"),
      node("gone-1", "4", "8Gi", { taints: [unreachable] }),
      node("gone-2", "4", "8Gi", { taints: [unreachable] }),
    );
    const r = schedulePod(pod("web", { cpu: "600m" }), cache);
    expect(r.node).toBeUndefined();
    expect(r.feasible).toBe(0);
    expect(r.message).toBe(
      "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });

  it("counts every reason of a node, sorts the '<count> <reason>' strings, and explains preemption", () => {
    const cache = cacheOf(
      node("full", "1", "1Gi"),
      node("cordoned", "4", "8Gi", { unschedulable: true }),
      ...Array.from({ length: 10 }, (_, i) =>
        node(`t${i}`, "4", "8Gi", { taints: [{ key: "k", value: "v", effect: "NoExecute" }] }),
      ),
    );
    cache.addPod(bound(pod("hog", { cpu: "800m", memory: "900Mi" }), "full"));
    const r = schedulePod(pod("p", { cpu: "500m", memory: "512Mi" }), cache);
    expect(r.filtered.find((f) => f.node === "full")).toEqual({
      node: "full",
      plugin: "NodeResourcesFit",
      reasons: ["Insufficient cpu", "Insufficient memory"],
      unresolvable: false,
    });
    expect(r.message).toBe(
      "0/12 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 node(s) were unschedulable, 10 node(s) had untolerated taint {k: v}. preemption: 0/12 nodes are available: 1 No preemption victims found for incoming pod, 11 Preemption is not helpful for scheduling.",
    );
  });

  it("finds preemption victims among lower-priority pods (then no preemption tail)", () => {
    const cache = cacheOf(node("n", "1", "2Gi"));
    const low = bound(pod("low", { cpu: "600m" }, { priority: 0 }), "n");
    const lower = bound(pod("lower", { cpu: "300m" }, { priority: -10 }), "n");
    cache.addPod(low);
    cache.addPod(lower);
    const r = schedulePod(pod("vip", { cpu: "600m" }, { priority: 1000 }), cache);
    expect(r.message).toBe("0/1 nodes are available: 1 Insufficient cpu.");
    expect(r.preemptionCandidates?.map((c) => [c.node, c.victims.map((v) => v.metadata.name)])).toEqual([
      ["n", ["low"]],
    ]);
    const never = schedulePod(
      pod("vip", { cpu: "600m" }, { priority: 1000, preemptionPolicy: "Never" }),
      cache,
    );
    expect(never.message).toBe(
      "0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.",
    );
    // Evicting the only lower-priority pod ("lower", 300m) still leaves too little: the dry run's reason.
    const peer = schedulePod(pod("peer", { cpu: "600m" }, { priority: 0 }), cache);
    expect(peer.message).toBe(
      "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.",
    );
    const lowest = schedulePod(pod("lowest", { cpu: "600m" }, { priority: -10 }), cache);
    expect(lowest.message).toBe(
      "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
    );
  });

  it("formats pre-filter and post-filter messages", () => {
    expect(fitErrorMessage(2, [], "pod affinity terms conflict", "preemption: x.")).toBe(
      "0/2 nodes are available: pod affinity terms conflict. preemption: x.",
    );
    expect(fitErrorMessage(0, [])).toBe("0/0 nodes are available:");
  });
});

describe("SchedulerCache", () => {
  it("assumes, confirms, moves and forgets pods", () => {
    const cache = cacheOf(node("a", "2", "4Gi"), node("b", "2", "4Gi"));
    const a = () => cache.nodeInfo("a");
    const b = () => cache.nodeInfo("b");
    const p = pod("p", { cpu: "500m", memory: "1Gi" });

    cache.assumePod(p, "a");
    expect(cache.isAssumed(p)).toBe(true);
    expect(a()?.requested).toEqual({ milliCpu: 500, memory: 1024 ** 3, pods: 1 });
    expect(a()?.nonZeroRequested).toEqual({ milliCpu: 500, memory: 1024 ** 3, pods: 1 });
    expect(() => cache.assumePod(p, "b")).toThrow(/can't be assumed/);
    // A 1600m pod no longer fits on a.
    const big = pod("big", { cpu: "1600m" });
    expect(schedulePod(big, cache).node).toBe("b");

    expect(cache.forgetPod(p)).toBe(true);
    expect(a()?.requested).toEqual({ milliCpu: 0, memory: 0, pods: 0 });
    expect(cache.forgetPod(p)).toBe(false);

    // Assumed, then the binding is observed: counted once, no longer assumed.
    cache.assumePod(p, "a");
    cache.addPod(bound(p, "a"));
    expect(cache.isAssumed(p)).toBe(false);
    expect(a()?.requested.milliCpu).toBe(500);
    expect(cache.forgetPod(p)).toBe(false);

    // Bound elsewhere than assumed: moves.
    const q = pod("q", { cpu: "200m" });
    cache.assumePod(q, "a");
    cache.addPod(bound(q, "b"));
    expect(a()?.requested.milliCpu).toBe(500);
    expect(b()?.requested.milliCpu).toBe(200);

    // Finishing frees the resources; deleting an unknown pod is harmless.
    cache.updatePod(bound(p, "a"), bound(p, "a", "Succeeded"));
    expect(a()?.requested).toEqual({ milliCpu: 0, memory: 0, pods: 0 });
    cache.removePod(q);
    cache.removePod(pod("ghost", undefined));
    expect(b()?.requested).toEqual({ milliCpu: 0, memory: 0, pods: 0 });
    expect(cache.podCount).toBe(0);
  });

  it("keeps pods of removed or not-yet-seen nodes accounted, but only lists real nodes", () => {
    const cache = cacheOf(node("a", "2", "4Gi"));
    cache.addPod(bound(pod("early", { cpu: "100m" }), "later"));
    expect(cache.nodeInfos().map((n) => n.name)).toEqual(["a"]);
    cache.upsertNode(node("later", "1", "1Gi"));
    expect(cache.nodeInfo("later")?.requested.milliCpu).toBe(100);
    expect(cache.nodeInfos().map((n) => n.name)).toEqual(["a", "later"]);
    cache.removeNode("later");
    expect(cache.nodeInfos().map((n) => n.name)).toEqual(["a"]);
    expect(cache.nodeInfo("later")).toBeUndefined();
    // Node updates take effect (allocatable, labels, taints).
    cache.upsertNode(node("a", "4", "4Gi", { labels: { x: "y" } }));
    expect(cache.nodeInfo("a")?.allocatable.milliCpu).toBe(4000);
    expect(cache.nodeInfo("a")?.labels.x).toBe("y");
  });

  it("spreads 2,000 equal pods evenly over 200 equal nodes (least-allocated and balanced scoring)", () => {
    const cache = new SchedulerCache();
    for (let i = 0; i < 200; i++) {
      cache.upsertNode(node(`node-${i}`, "4", "16Gi", { labels: { zone: `z${i % 3}` } }));
    }
    const random = seeded(1);
    for (let i = 0; i < 2000; i++) {
      const p = pod(`w-${i}`, { cpu: "100m", memory: "128Mi" });
      const r = schedulePod(p, cache, { random });
      if (!r.node) throw new Error(`pod ${i} unschedulable: ${r.message}`);
      cache.assumePod(p, r.node);
      cache.addPod(bound(p, r.node));
    }
    const counts = cache.nodeInfos().map((n) => n.pods.size);
    expect(Math.min(...counts)).toBe(10);
    expect(Math.max(...counts)).toBe(10);
  });
});
