import { describe, expect, it } from "vitest";
import { Informer } from "../../lib/client/informer";
import type { KubeObject } from "../../lib/k8s/object";
import { api, waitFor } from "../helpers";
import { deployment, liveCluster, nodeOf, running, waitForRunning } from "./helpers";

const DEPLOYS = "/apis/apps/v1/namespaces/default/deployments";

function ready(node: KubeObject | undefined): string {
  const conditions = (node?.status as { conditions?: { type: string; status: string }[] })?.conditions ?? [];
  return conditions.find((c) => c.type === "Ready")?.status ?? "";
}

describe("failures heal", () => {
  it("a stopped node goes NotReady, gets tainted, and its pods are rescheduled elsewhere", async () => {
    const c = await liveCluster({
      speed: 0,
      heartbeatIntervalMs: 200,
      nodeMonitorGracePeriodMs: 1500,
      defaultTolerationSeconds: 1,
    });
    const nodes = new Informer(c.client, { resource: "nodes" });
    await nodes.start();
    await api(c.name, "POST", DEPLOYS, deployment("web", "nginx", 6));
    const before = await waitForRunning(c.pods, "web", 6);
    const victimNode = nodeOf(before.find((p) => nodeOf(p) !== "")!);
    const stopped = await api(c.name, "POST", `/kubeplay/nodes/${victimNode}/stop`);
    expect(stopped.status).toBe(200);
    await waitFor(() => ready(nodes.get(victimNode)) === "Unknown", "the node to go NotReady", 15_000);
    const taints =
      (nodes.get(victimNode)?.spec as { taints?: { key: string; effect: string }[] })?.taints ?? [];
    expect(taints).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: "node.kubernetes.io/unreachable", effect: "NoExecute" }),
        expect.objectContaining({ key: "node.kubernetes.io/unreachable", effect: "NoSchedule" }),
      ]),
    );
    // Evicted after the toleration time; the pods stay Terminating on the dead node, and their
    // replacements run elsewhere.
    await waitFor(
      () => running(c.pods, "web").filter((p) => nodeOf(p) !== victimNode).length === 6,
      "replacements on the other nodes",
      20_000,
    );
    // The node comes back: Ready again, taints gone.
    await api(c.name, "POST", `/kubeplay/nodes/${victimNode}/start`);
    await waitFor(() => ready(nodes.get(victimNode)) === "True", "the node to be Ready again", 15_000);
    await waitFor(
      () => {
        const t = (nodes.get(victimNode)?.spec as { taints?: { key: string }[] })?.taints ?? [];
        return !t.some((x) => x.key.startsWith("node.kubernetes.io/"));
      },
      "the taints to go",
      15_000,
    );
    nodes.stop();
    c.close();
  });

  it("control-plane components crashed mid-rollout come back, and the rollout never exceeds replicas + maxSurge", async () => {
    const c = await liveCluster({ speed: 0 });
    await api(
      c.name,
      "POST",
      DEPLOYS,
      deployment("web", "nginx:1.24", 6, {
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 2, maxUnavailable: 1 } },
      }),
    );
    await waitForRunning(c.pods, "web", 6);
    let maxPods = 0;
    const check = () => {
      const live = c.pods
        .list()
        .filter((p) => p.metadata.labels?.app === "web" && !p.metadata.deletionTimestamp);
      maxPods = Math.max(maxPods, live.length);
    };
    c.pods.on({ add: check, update: check });
    await api(
      c.name,
      "PATCH",
      `${DEPLOYS}/web`,
      { spec: { template: { spec: { containers: [{ name: "app", image: "nginx:1.25" }] } } } },
      "application/strategic-merge-patch+json",
    );
    for (const component of ["controller-manager", "scheduler", "kubelet/node-2"]) {
      const res = await api(c.name, "POST", "/kubeplay/faults/crash", { component });
      expect(res.status).toBe(200);
    }
    await waitFor(
      () => {
        const pods = running(c.pods, "web");
        return pods.length === 6 && pods.every((p) => JSON.stringify(p.spec).includes("nginx:1.25"));
      },
      "the rollout to finish after the crashes",
      30_000,
    );
    expect(maxPods).toBeLessThanOrEqual(8);
    const components = await api(c.name, "GET", "/kubeplay/components");
    await waitFor(() => true);
    expect(components.body.wanted).toContain("scheduler");
    c.close();
  });
});
