import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ClusterDurableObject } from "../../durable-objects/cluster/cluster-object";
import { api, clusterName, initCluster } from "../helpers";
import { deployment } from "./helpers";

const DEPLOYS = "/apis/apps/v1/namespaces/default/deployments";

function cluster(name: string) {
  return env.CLUSTER.getByName(name) as DurableObjectStub<ClusterDurableObject>;
}

async function supervisorState(name: string) {
  return runInDurableObject(cluster(name), (obj: ClusterDurableObject) => ({
    asleep: obj.supervisor.asleep,
    connected: obj.supervisor.connectedComponents().length,
  }));
}

async function readyPods(name: string): Promise<number> {
  const pods = await api(name, "GET", "/api/v1/namespaces/default/pods");
  return pods.body.items.filter((p: { status: { phase: string } }) => p.status.phase === "Running").length;
}

describe("an idle cluster", () => {
  it("puts its components to sleep, wakes them on the next write, and no node goes NotReady for it", async () => {
    const name = clusterName("idle");
    await initCluster(name, {
      components: true,
      // A grace period long enough for a loaded machine to wake five components, and a sleep longer than it.
      settings: { speed: 0, idleMs: 400, heartbeatIntervalMs: 200, nodeMonitorGracePeriodMs: 3000 },
    });
    await api(name, "POST", DEPLOYS, deployment("web", "nginx", 2));
    for (let i = 0; i < 200 && (await readyPods(name)) < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await readyPods(name)).toBe(2);

    // Nobody is here and nothing changes: the components close their sockets.
    let state = await supervisorState(name);
    for (let i = 0; i < 200 && !(state.asleep && state.connected === 0); i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = await supervisorState(name);
    }
    expect(state).toEqual({ asleep: true, connected: 0 });
    // Stay asleep well past the node grace period: heartbeats pause with the cluster.
    await new Promise((r) => setTimeout(r, 4500));
    expect((await supervisorState(name)).asleep).toBe(true);

    // The next write wakes the components; they catch up and act.
    await api(
      name,
      "PATCH",
      `${DEPLOYS}/web/scale`,
      { spec: { replicas: 3 } },
      "application/merge-patch+json",
    );
    for (let i = 0; i < 200 && (await readyPods(name)) < 3; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await readyPods(name)).toBe(3);
    const nodes = await api(name, "GET", "/api/v1/nodes");
    for (const node of nodes.body.items) {
      const ready = node.status.conditions.find((c: { type: string }) => c.type === "Ready");
      expect(ready.status, node.metadata.name).toBe("True");
      expect(node.spec.taints ?? []).toEqual([]);
    }
    const notReady = await api(
      name,
      "GET",
      "/api/v1/namespaces/default/events?fieldSelector=reason%3DNodeNotReady",
    );
    expect(notReady.body.items).toEqual([]);
  });
});
