import { describe, expect, it } from "vitest";
import { api, clusterName } from "../helpers";

const DEPLOY = "/apis/apps/v1/namespaces/default/deployments";

function deployment() {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", labels: { app: "web" } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          containers: [
            { name: "app", image: "nginx:1.24", env: [{ name: "A", value: "1" }] },
            { name: "sidecar", image: "busybox", args: ["sleep", "1d"] },
          ],
        },
      },
    },
  };
}

describe("PATCH", () => {
  it("applies a merge patch (RFC 7386)", async () => {
    const c = clusterName();
    await api(c, "POST", DEPLOY, deployment());
    const res = await api(
      c,
      "PATCH",
      `${DEPLOY}/web`,
      { metadata: { labels: { app: null, tier: "front" } } },
      "application/merge-patch+json",
    );
    expect(res.status).toBe(200);
    expect(res.body.metadata.labels).toEqual({ tier: "front" });
  });

  it("applies a JSON patch (RFC 6902) and refuses one that fails, writing nothing", async () => {
    const c = clusterName();
    const created = await api(c, "POST", DEPLOY, deployment());
    const res = await api(
      c,
      "PATCH",
      `${DEPLOY}/web`,
      [
        { op: "replace", path: "/spec/replicas", value: 4 },
        { op: "add", path: "/metadata/annotations", value: { "kubernetes.io/change-cause": "scale" } },
      ],
      "application/json-patch+json",
    );
    expect(res.status).toBe(200);
    expect(res.body.spec.replicas).toBe(4);
    const failed = await api(
      c,
      "PATCH",
      `${DEPLOY}/web`,
      [
        { op: "replace", path: "/spec/replicas", value: 9 },
        { op: "test", path: "/spec/replicas", value: 1 },
      ],
      "application/json-patch+json",
    );
    expect(failed.status).toBeGreaterThanOrEqual(400);
    expect(failed.status).toBeLessThan(500);
    const after = await api(c, "GET", `${DEPLOY}/web`);
    expect(after.body.spec.replicas).toBe(4);
    expect(Number(after.body.metadata.resourceVersion)).toBe(
      Number(created.body.metadata.resourceVersion) + 1,
    );
  });

  it("applies a strategic merge patch as kubectl set image sends it", async () => {
    const c = clusterName();
    await api(c, "POST", DEPLOY, deployment());
    const res = await api(
      c,
      "PATCH",
      `${DEPLOY}/web`,
      {
        spec: {
          template: {
            spec: {
              "$setElementOrder/containers": [{ name: "app" }, { name: "sidecar" }],
              containers: [
                {
                  name: "app",
                  image: "nginx:1.25",
                  "$setElementOrder/env": [{ name: "A" }, { name: "B" }],
                  env: [{ name: "B", value: "2" }],
                },
              ],
            },
          },
        },
      },
      "application/strategic-merge-patch+json",
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const containers = res.body.spec.template.spec.containers;
    expect(containers.map((x: { name: string }) => x.name)).toEqual(["app", "sidecar"]);
    expect(containers[0].image).toBe("nginx:1.25");
    expect(containers[0].env).toEqual([
      { name: "A", value: "1" },
      { name: "B", value: "2" },
    ]);
    expect(containers[1].args).toEqual(["sleep", "1d"]);
    expect(res.body.metadata.generation).toBe(2);
  });

  it("replaces node taints whole and merges node conditions by type", async () => {
    const c = clusterName();
    await api(c, "POST", "/api/v1/nodes", {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: "n1" },
      spec: { taints: [{ key: "a", effect: "NoSchedule" }] },
    });
    const res = await api(
      c,
      "PATCH",
      "/api/v1/nodes/n1",
      { spec: { taints: [{ key: "b", value: "x", effect: "NoExecute" }], unschedulable: true } },
      "application/strategic-merge-patch+json",
    );
    expect(res.status).toBe(200);
    expect(res.body.spec.taints).toEqual([{ key: "b", value: "x", effect: "NoExecute" }]);
    expect(res.body.spec.unschedulable).toBe(true);
    await api(
      c,
      "PATCH",
      "/api/v1/nodes/n1/status",
      {
        status: {
          conditions: [
            { type: "Ready", status: "True" },
            { type: "MemoryPressure", status: "False" },
          ],
        },
      },
      "application/strategic-merge-patch+json",
    );
    const st = await api(
      c,
      "PATCH",
      "/api/v1/nodes/n1/status",
      { status: { conditions: [{ type: "Ready", status: "False" }] } },
      "application/strategic-merge-patch+json",
    );
    expect(st.body.status.conditions).toEqual([
      { type: "Ready", status: "False" },
      { type: "MemoryPressure", status: "False" },
    ]);
  });
});
