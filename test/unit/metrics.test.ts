import { describe, expect, it } from "vitest";
import { metricsRequest, parseMetricsPath } from "../../lib/apiserver/metrics";
import type { JsonObject, KubeObject } from "../../lib/k8s/object";
import { containerUsage, NODE_OVERHEAD, nodeUsage, podUsage } from "../../lib/kubelet/usage";

const NOW = Date.parse("2026-12-04T10:00:00Z");

function pod(
  name: string,
  node: string,
  container: JsonObject,
  extra: Partial<KubeObject["metadata"]> = {},
): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", uid: `uid-${name}`, labels: { app: name }, ...extra },
    spec: { nodeName: node, containers: [{ name: "c", ...container }] },
    status: {
      phase: "Running",
      containerStatuses: [{ name: "c", state: { running: { startedAt: "2026-12-04T09:00:00Z" } } }],
    },
  };
}

const node = (name: string): KubeObject => ({
  apiVersion: "v1",
  kind: "Node",
  metadata: { name, labels: { zone: "a" } },
});

describe("simulated resource usage", () => {
  it("idles at an image's footprint, keeps a core busy in a loop without sleep, obeys limits and annotations", () => {
    const nginx = containerUsage(pod("a", "n1", {}), { name: "c", image: "nginx" }, NOW);
    expect(nginx.cpuMilli).toBeGreaterThan(0.8);
    expect(nginx.cpuMilli).toBeLessThan(1.2);
    expect(nginx.memoryBytes).toBeGreaterThan(3 * 1024 * 1024);
    const busy = { name: "c", image: "busybox", command: ["sh", "-c", "while true; do :; done"] };
    expect(containerUsage(pod("b", "n1", {}), busy, NOW).cpuMilli).toBeGreaterThan(900);
    const limited = { ...busy, resources: { limits: { cpu: "250m", memory: "64Mi" } } };
    expect(containerUsage(pod("b", "n1", {}), limited, NOW).cpuMilli).toBe(250);
    const loaded = pod(
      "d",
      "n1",
      {},
      { annotations: { "kubeplay.dev/cpu-usage": "400m", "kubeplay.dev/memory-usage": "100Mi" } },
    );
    const usage = containerUsage(loaded, { name: "c", image: "nginx" }, NOW);
    expect(usage.cpuMilli).toBeGreaterThan(340);
    expect(usage.cpuMilli).toBeLessThan(460);
    expect(usage.memoryBytes).toBe(100 * 1024 * 1024);
  });

  it("counts only running containers, and a node is its overhead plus its pods", () => {
    const pending: KubeObject = { ...pod("p", "n1", { image: "nginx" }), status: { phase: "Pending" } };
    expect(podUsage(pending, NOW)).toEqual([]);
    const used = nodeUsage([pod("a", "n1", { image: "nginx" }), pending], NOW);
    expect(used.cpuMilli).toBeGreaterThan(NODE_OVERHEAD.cpuMilli);
    expect(used.memoryBytes).toBeGreaterThan(NODE_OVERHEAD.memoryBytes);
  });
});

describe("metrics.k8s.io", () => {
  const pods = [pod("a", "n1", { image: "nginx" }), pod("b", "n2", { image: "redis" })];
  const source = { nodes: [node("n1"), node("n2")], pods, reachable: (n: string) => n !== "n2" };

  it("parses its paths", () => {
    expect(parseMetricsPath("/apis/metrics.k8s.io/v1beta1/nodes")).toEqual({ resource: "nodes" });
    expect(parseMetricsPath("/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/a")).toEqual({
      resource: "pods",
      namespace: "default",
      name: "a",
    });
    expect(parseMetricsPath("/apis/apps/v1/deployments")).toBeUndefined();
  });

  it("lists NodeMetrics and PodMetrics of the nodes whose kubelets answer, in metrics-server's units", () => {
    const nodes = metricsRequest({ resource: "nodes" }, new URLSearchParams(), source, NOW);
    expect(nodes.code).toBe(200);
    const items = (nodes.code === 200 ? nodes.body.items : []) as JsonObject[];
    expect(items.map((i) => (i.metadata as JsonObject).name)).toEqual(["n1"]);
    expect(String(((items[0]?.usage ?? {}) as JsonObject).cpu)).toMatch(/^\d+n$/);
    expect(String(((items[0]?.usage ?? {}) as JsonObject).memory)).toMatch(/^\d+Ki$/);
    const podList = metricsRequest(
      { resource: "pods", namespace: "default" },
      new URLSearchParams("labelSelector=app%3Da"),
      source,
      NOW,
    );
    const podItems = (podList.code === 200 ? podList.body.items : []) as JsonObject[];
    expect(podItems.map((i) => [i.kind, (i.metadata as JsonObject).name])).toEqual([["PodMetrics", "a"]]);
    expect(
      metricsRequest(
        { resource: "pods", namespace: "default", name: "b" },
        new URLSearchParams(),
        source,
        NOW,
      ),
    ).toEqual({
      code: 404,
      message: 'podmetrics.metrics.k8s.io "b" not found',
    });
  });
});
