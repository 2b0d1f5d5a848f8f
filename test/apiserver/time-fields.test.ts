import { describe, expect, it } from "vitest";
import { api, clusterName, pod } from "../helpers";

const LEASES = "/apis/coordination.k8s.io/v1/namespaces/default/leases";
const PODS = "/api/v1/namespaces/default/pods";

// JavaScript clients (@kubernetes/client-node, `new Date().toISOString()`) write milliseconds.
const js = "2026-12-04T22:31:29.883Z";

describe("times written by JavaScript clients come back in Kubernetes' forms", () => {
  it("stores a Lease's MicroTimes with six digits, on create, update and patch", async () => {
    const c = clusterName();
    const created = await api(c, "POST", LEASES, {
      metadata: { name: "l" },
      spec: { holderIdentity: "me", acquireTime: js, renewTime: js, leaseDurationSeconds: 10 },
    });
    expect(created.status).toBe(201);
    expect(created.body.spec).toMatchObject({
      acquireTime: "2026-12-04T22:31:29.883000Z",
      renewTime: "2026-12-04T22:31:29.883000Z",
    });
    const patched = await api(
      c,
      "PATCH",
      `${LEASES}/l`,
      { spec: { renewTime: "2026-12-04T22:31:39.1Z" } },
      "application/merge-patch+json",
    );
    expect(patched.body.spec.renewTime).toBe("2026-12-04T22:31:39.100000Z");
    expect((await api(c, "GET", `${LEASES}/l`)).body.spec.renewTime).toBe("2026-12-04T22:31:39.100000Z");
  });

  it("stores Times in whole seconds, also through the status subresource, without a new generation", async () => {
    const c = clusterName();
    const created = await api(c, "POST", PODS, pod("p"));
    const status = await api(c, "PUT", `${PODS}/p/status`, {
      ...created.body,
      status: {
        phase: "Running",
        startTime: js,
        conditions: [{ type: "Ready", status: "True", lastTransitionTime: js }],
      },
    });
    expect(status.status).toBe(200);
    expect(status.body.status).toMatchObject({
      startTime: "2026-12-04T22:31:29Z",
      conditions: [{ lastTransitionTime: "2026-12-04T22:31:29Z" }],
    });
    // The object read back and written again with milliseconds (client-node's Dates) is no change.
    const again = await api(c, "PUT", `${PODS}/p`, {
      ...status.body,
      metadata: {
        ...status.body.metadata,
        creationTimestamp: status.body.metadata.creationTimestamp.replace("Z", ".000Z"),
      },
    });
    expect(again.body.metadata.resourceVersion).toBe(status.body.metadata.resourceVersion);
    expect(again.body.metadata.generation).toBe(1);
  });
});
