import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, waitFor } from "../helpers";
import { deployment, liveCluster, nodeOf, running, waitForRunning } from "./helpers";

const PODS = "/api/v1/namespaces/default/pods";
const PDBS = "/apis/policy/v1/namespaces/default/poddisruptionbudgets";

async function budget(cluster: string) {
  return (await api(cluster, "GET", `${PDBS}/web`)).body.status ?? {};
}

async function until(cluster: string, accept: (status: Record<string, unknown>) => boolean, what: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const status = await budget(cluster);
    if (accept(status)) return status;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function evict(cluster: string, pod: string) {
  return api(cluster, "POST", `${PODS}/${pod}/eviction`, {
    apiVersion: "policy/v1",
    kind: "Eviction",
    metadata: { name: pod, namespace: "default" },
  });
}

describe("PodDisruptionBudgets", () => {
  it("let one eviction through, and refuse the next with 429 until a replacement is Ready", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", "/apis/apps/v1/namespaces/default/deployments", deployment("web", "nginx", 3));
    const pods = await waitForRunning(c.pods, "web", 3);
    const created = await api(c.name, "POST", PDBS, {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name: "web" },
      spec: { minAvailable: 2, selector: { matchLabels: { app: "web" } } },
    });
    expect(created.status).toBe(201);
    await until(
      c.name,
      (s) => s.disruptionsAllowed === 1 && s.currentHealthy === 3,
      "one disruption allowed",
    );

    expect((await evict(c.name, pods[0]!.metadata.name!)).status).toBe(201);
    const refused = await evict(c.name, pods[1]!.metadata.name!);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toBe("Cannot evict pod as it would violate the pod's disruption budget.");
    expect(refused.body.details.causes[0].message).toMatch(
      /^The disruption budget web needs 2 healthy pods and has \d currently$/,
    );

    // The ReplicaSet replaces the evicted pod; once it is Ready, one disruption is allowed again.
    await waitFor(
      () => running(c.pods, "web").length === 3 && !c.pods.get(pods[0]!.metadata.name!, "default"),
      "a replacement",
      15_000,
    );
    await until(c.name, (s) => s.disruptionsAllowed === 1, "a disruption allowed again");
    expect((await evict(c.name, pods[1]!.metadata.name!)).status).toBe(201);

    // Invalid budgets are refused as kube-apiserver refuses them.
    const both = await api(c.name, "POST", PDBS, {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name: "both" },
      spec: { minAvailable: 1, maxUnavailable: 1, selector: { matchLabels: { app: "web" } } },
    });
    expect(both.status).toBe(422);
    expect(both.body.message).toContain("minAvailable and maxUnavailable cannot be both set");
    c.close();
  });

  it("kubectl drain evicts through the budget, retrying while it refuses", async () => {
    const c = await liveCluster();
    // Both pods on node-1 (the other nodes cordoned while they schedule), so that draining it
    // meets the budget's refusal for the second pod until the first one's replacement is Ready.
    const cordon = (node: string, unschedulable: boolean) =>
      api(
        c.name,
        "PATCH",
        `/api/v1/nodes/${node}`,
        { spec: { unschedulable } },
        "application/merge-patch+json",
      );
    await cordon("node-2", true);
    await cordon("node-3", true);
    const small = deployment("web", "nginx", 2);
    await api(c.name, "POST", "/apis/apps/v1/namespaces/default/deployments", small);
    const pods = await waitForRunning(c.pods, "web", 2);
    expect(pods.map(nodeOf)).toEqual(["node-1", "node-1"]);
    await cordon("node-2", false);
    await api(c.name, "POST", PDBS, {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name: "web" },
      spec: { maxUnavailable: 1, selector: { matchLabels: { app: "web" } } },
    });
    await until(c.name, (s) => s.disruptionsAllowed === 1, "one disruption allowed");
    const node = nodeOf(pods[0]!);
    const res = await SELF.fetch(`http://kubeplay.test/clusters/${c.name}/kubectl`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ command: `drain ${node} --ignore-daemonsets --timeout=60s` }),
    });
    const out = (await res.json()) as { output: string; exitCode: number };
    expect(out.exitCode, out.output).toBe(0);
    expect(out.output).toContain(`node/${node} cordoned`);
    expect(out.output).toContain("Cannot evict pod as it would violate the pod's disruption budget.");
    expect(out.output.match(/pod\/web-\S+ evicted/g)).toHaveLength(2);
    expect(out.output).toContain(`node/${node} drained`);
    await waitForRunning(c.pods, "web", 2);
    expect(running(c.pods, "web").every((p) => nodeOf(p) !== node)).toBe(true);
    c.close();
  });
});
