import { describe, expect, it } from "vitest";
import { Informer } from "../../lib/client/informer";
import { api, waitFor } from "../helpers";
import { deployment, liveCluster, waitForRunning } from "./helpers";

const DEPLOYS = "/apis/apps/v1/namespaces/default/deployments";
const RSS = "/apis/apps/v1/namespaces/default/replicasets";

describe("the garbage collector", () => {
  it("cascades a deletion in the background: ReplicaSet and pods follow their Deployment", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", DEPLOYS, deployment("web", "nginx", 2));
    await waitForRunning(c.pods, "web", 2);
    expect((await api(c.name, "DELETE", `${DEPLOYS}/web`)).status).toBe(200);
    await waitFor(() => c.pods.list().length === 0, "the pods to go", 15_000);
    expect((await api(c.name, "GET", RSS)).body.items).toEqual([]);
    c.close();
  });

  it("deletes in the foreground: the Deployment stays until its dependents are gone", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", DEPLOYS, deployment("web", "nginx", 2));
    await waitForRunning(c.pods, "web", 2);
    const res = await api(c.name, "DELETE", `${DEPLOYS}/web?propagationPolicy=Foreground`);
    expect(res.status).toBe(202);
    expect(res.body.metadata.finalizers).toContain("foregroundDeletion");
    await waitFor(() => c.pods.list().length === 0, "the pods to go", 15_000);
    for (let i = 0; i < 100 && (await api(c.name, "GET", `${DEPLOYS}/web`)).status !== 404; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await api(c.name, "GET", `${DEPLOYS}/web`)).status).toBe(404);
    c.close();
  });

  it("orphans: the ReplicaSet and pods stay, without the owner reference", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", DEPLOYS, deployment("web", "nginx", 2));
    await waitForRunning(c.pods, "web", 2);
    await api(c.name, "DELETE", `${DEPLOYS}/web?propagationPolicy=Orphan`);
    for (let i = 0; i < 100 && (await api(c.name, "GET", `${DEPLOYS}/web`)).status !== 404; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await api(c.name, "GET", `${DEPLOYS}/web`)).status).toBe(404);
    const rs = await api(c.name, "GET", RSS);
    expect(rs.body.items).toHaveLength(1);
    expect(rs.body.items[0].metadata.ownerReferences ?? []).toEqual([]);
    expect(c.pods.list()).toHaveLength(2);
    c.close();
  });
});

describe("the node pool", () => {
  it("adds a node (its kubelet registers it) and removes it (Node and Lease go)", async () => {
    const c = await liveCluster();
    const nodes = new Informer(c.client, { resource: "nodes" });
    await nodes.start();
    const added = await api(c.name, "POST", "/kubeplay/nodes", { cpu: "4", memory: "8Gi" });
    expect(added.status).toBe(201);
    expect(added.body.name).toBe("node-4");
    await waitFor(() => nodes.get("node-4") !== undefined, "node-4 to register", 15_000);
    const node = nodes.get("node-4")!;
    expect(node.metadata.labels).toMatchObject({
      "kubernetes.io/hostname": "node-4",
      "kubernetes.io/os": "linux",
      "topology.kubernetes.io/zone": expect.any(String),
    });
    expect((node.status as { allocatable: Record<string, string> }).allocatable).toMatchObject({
      cpu: "4",
      memory: "8Gi",
    });
    const leasePath = "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/node-4";
    let lease = await api(c.name, "GET", leasePath);
    for (let i = 0; i < 100 && lease.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      lease = await api(c.name, "GET", leasePath);
    }
    expect(lease.body.spec.holderIdentity).toBe("node-4");
    expect((await api(c.name, "DELETE", "/kubeplay/nodes/node-4")).status).toBe(200);
    await waitFor(() => nodes.get("node-4") === undefined, "node-4 to go", 15_000);
    expect((await api(c.name, "GET", leasePath)).status).toBe(404);
    expect((await api(c.name, "POST", "/kubeplay/nodes", { name: "Bad_Name" })).status).toBe(400);
    nodes.stop();
    c.close();
  });
});
