import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../lib/k8s/object";
import { api, waitFor } from "../helpers";
import { deployment, liveCluster, nodeOf, phase, running, waitForRunning } from "./helpers";

const DEPLOYS = "/apis/apps/v1/namespaces/default/deployments";
const PODS = "/api/v1/namespaces/default/pods";

function scale(cluster: string, name: string, replicas: number) {
  return api(
    cluster,
    "PATCH",
    `${DEPLOYS}/${name}/scale`,
    { spec: { replicas } },
    "application/merge-patch+json",
  );
}

async function events(
  cluster: string,
  reason: string,
): Promise<{ message: string; involvedObject: { name: string } }[]> {
  const res = await api(cluster, "GET", `/api/v1/namespaces/default/events?fieldSelector=reason%3D${reason}`);
  return res.body.items;
}

describe("workloads converge", () => {
  it("scales 3 → 5 → 1 (the seed's scale-down path), with the controllers' events", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", DEPLOYS, deployment("web"));
    await waitForRunning(c.pods, "web", 3);
    await scale(c.name, "web", 5);
    await waitForRunning(c.pods, "web", 5);
    await scale(c.name, "web", 1);
    await waitForRunning(c.pods, "web", 1);
    const scaling = await events(c.name, "ScalingReplicaSet");
    expect(scaling.map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Scaled up replica set web-\w+ from 0 to 3$/)]),
    );
    expect((await events(c.name, "SuccessfulCreate")).length).toBeGreaterThanOrEqual(1);
    expect((await events(c.name, "SuccessfulDelete")).length).toBeGreaterThanOrEqual(1);
    c.close();
  });

  it("replaces a deleted pod, and restarts a crashed container", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", DEPLOYS, deployment("web", "nginx", 2));
    const [first] = await waitForRunning(c.pods, "web", 2);
    await api(c.name, "DELETE", `${PODS}/${first!.metadata.name}`);
    await waitFor(
      () => running(c.pods, "web").length === 2 && !c.pods.get(first!.metadata.name!, "default"),
      "a replacement pod",
      15_000,
    );
    const [victim] = running(c.pods, "web");
    const killed = await api(c.name, "POST", "/kubeplay/faults/kill-container", {
      pod: victim!.metadata.name,
    });
    expect(killed.status).toBe(200);
    await waitFor(
      () => {
        const pod = c.pods.get(victim!.metadata.name!, "default");
        const statuses = (pod?.status as { containerStatuses?: { restartCount: number }[] })
          ?.containerStatuses;
        return (statuses?.[0]?.restartCount ?? 0) >= 1 && phase(pod!) === "Running";
      },
      "the container to restart",
      15_000,
    );
    c.close();
  });

  it("leaves a pod that fits nowhere Pending with Kubernetes' FailedScheduling message", async () => {
    const c = await liveCluster();
    const big = deployment("big", "nginx", 1);
    (big.spec as { template: { spec: { containers: { resources: unknown }[] } } }).template.spec
      .containers[0]!.resources = { requests: { cpu: "3" } };
    await api(c.name, "POST", DEPLOYS, big);
    await waitFor(() => c.pods.list().some((p) => p.metadata.labels?.app === "big"), "the pod");
    let failed: { message: string }[] = [];
    for (let i = 0; i < 100 && failed.length === 0; i++) {
      failed = await events(c.name, "FailedScheduling");
      if (failed.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(failed[0]?.message).toBe(
      // 3 CPUs is more than any node has: preempting pods could not help (unresolvable).
      "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
    const pod = c.pods.list().find((p) => p.metadata.labels?.app === "big")!;
    expect(phase(pod)).toBe("Pending");
    expect(nodeOf(pod)).toBe("");
    c.close();
  });

  it("skips a cordoned node and avoids a tainted one unless tolerated", async () => {
    const c = await liveCluster();
    await api(
      c.name,
      "PATCH",
      "/api/v1/nodes/node-1",
      { spec: { unschedulable: true } },
      "application/strategic-merge-patch+json",
    );
    await api(
      c.name,
      "PATCH",
      "/api/v1/nodes/node-2",
      { spec: { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] } },
      "application/strategic-merge-patch+json",
    );
    await new Promise((r) => setTimeout(r, 100));
    await api(c.name, "POST", DEPLOYS, deployment("plain", "nginx", 3));
    const plain = await waitForRunning(c.pods, "plain", 3);
    expect(new Set(plain.map(nodeOf))).toEqual(new Set(["node-3"]));
    const tolerant = deployment("tolerant", "nginx", 2);
    (tolerant.spec as { template: { spec: Record<string, unknown> } }).template.spec.tolerations = [
      { key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" },
    ];
    (tolerant.spec as { template: { spec: Record<string, unknown> } }).template.spec.nodeSelector = {
      "kubernetes.io/hostname": "node-2",
    };
    await api(c.name, "POST", DEPLOYS, tolerant);
    const placed = await waitForRunning(c.pods, "tolerant", 2);
    expect(new Set(placed.map(nodeOf))).toEqual(new Set(["node-2"]));
    c.close();
  });
});

describe("rollouts", () => {
  it("rolls out a new image with maxUnavailable honoured at every step, then rolls back", async () => {
    const c = await liveCluster();
    await api(
      c.name,
      "POST",
      DEPLOYS,
      deployment("web", "nginx:1.24", 4, {
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } },
      }),
    );
    await waitForRunning(c.pods, "web", 4);
    // From now on, watch every pod change and check availability and the pod count at each step.
    let minAvailable = Number.POSITIVE_INFINITY;
    let maxPods = 0;
    const check = () => {
      const all = c.pods.list().filter((p) => p.metadata.labels?.app === "web");
      const ready = all.filter(
        (p) =>
          !p.metadata.deletionTimestamp &&
          ((p.status as { conditions?: { type: string; status: string }[] })?.conditions ?? []).some(
            (x) => x.type === "Ready" && x.status === "True",
          ),
      );
      minAvailable = Math.min(minAvailable, ready.length);
      maxPods = Math.max(maxPods, all.filter((p) => !p.metadata.deletionTimestamp).length);
    };
    c.pods.on({ add: check, update: check, delete: check });
    await api(
      c.name,
      "PATCH",
      `${DEPLOYS}/web`,
      { spec: { template: { spec: { containers: [{ name: "app", image: "nginx:1.25" }] } } } },
      "application/strategic-merge-patch+json",
    );
    await waitFor(
      () => {
        const pods = running(c.pods, "web");
        return pods.length === 4 && pods.every((p) => JSON.stringify(p.spec).includes("nginx:1.25"));
      },
      "the rollout to finish",
      20_000,
    );
    expect(minAvailable).toBeGreaterThanOrEqual(3); // replicas - maxUnavailable
    expect(maxPods).toBeLessThanOrEqual(5); // replicas + maxSurge
    await waitFor(() => true);
    const d = await api(c.name, "GET", `${DEPLOYS}/web`);
    expect(d.body.metadata.annotations["deployment.kubernetes.io/revision"]).toBe("2");
    // Roll back as `kubectl rollout undo` does: the old template again; the old ReplicaSet comes back as revision 3.
    await api(
      c.name,
      "PATCH",
      `${DEPLOYS}/web`,
      { spec: { template: { spec: { containers: [{ name: "app", image: "nginx:1.24" }] } } } },
      "application/strategic-merge-patch+json",
    );
    await waitFor(
      () => {
        const pods = running(c.pods, "web");
        return pods.length === 4 && pods.every((p) => JSON.stringify(p.spec).includes("nginx:1.24"));
      },
      "the rollback",
      20_000,
    );
    const sets = await api(c.name, "GET", "/apis/apps/v1/namespaces/default/replicasets");
    expect(sets.body.items).toHaveLength(2);
    const revisions = sets.body.items
      .map((rs: KubeObject) => [
        rs.metadata.annotations?.["deployment.kubernetes.io/revision"],
        (rs.spec as { replicas: number }).replicas,
      ])
      .sort();
    expect(revisions).toEqual([
      ["2", 0],
      ["3", 4],
    ]);
    c.close();
  });
});
