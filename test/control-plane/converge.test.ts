import { describe, expect, it } from "vitest";
import { api } from "../helpers";
import { deployment, liveCluster, nodeOf, waitForRunning } from "./helpers";

describe("the seed's walk: create deployment my-app --image=nginx --replicas=3", () => {
  it("Deployment → ReplicaSet → 3 Pods → scheduled across nodes → Running", async () => {
    const c = await liveCluster();
    const created = await api(
      c.name,
      "POST",
      "/apis/apps/v1/namespaces/default/deployments",
      deployment("my-app"),
    );
    expect(created.status).toBe(201);
    const pods = await waitForRunning(c.pods, "my-app", 3);
    const rs = await api(c.name, "GET", "/apis/apps/v1/namespaces/default/replicasets");
    expect(rs.body.items).toHaveLength(1);
    expect(rs.body.items[0].metadata.name).toMatch(/^my-app-[bcdfghjklmnpqrstvwxz2456789]+$/);
    for (const pod of pods) {
      expect(pod.metadata.ownerReferences?.[0]?.name).toBe(rs.body.items[0].metadata.name);
      expect(["node-1", "node-2", "node-3"]).toContain(nodeOf(pod));
    }
    const d = await api(c.name, "GET", "/apis/apps/v1/namespaces/default/deployments/my-app");
    expect(d.body.status).toMatchObject({ replicas: 3, updatedReplicas: 3 });
    c.close();
  });
});
