import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, clusterName, configMap, pod } from "../helpers";

const PODS = "/api/v1/namespaces/default/pods";
const CMS = "/api/v1/namespaces/default/configmaps";

describe("deletion", () => {
  it("deletes an object without finalizers at once", async () => {
    const c = clusterName();
    await api(c, "POST", CMS, configMap("a"));
    const res = await api(c, "DELETE", `${CMS}/a`);
    expect(res.status).toBe(200);
    expect((await api(c, "GET", `${CMS}/a`)).status).toBe(404);
  });

  it("keeps an object with finalizers until they are removed", async () => {
    const c = clusterName();
    await api(c, "POST", CMS, {
      ...configMap("a"),
      metadata: { name: "a", finalizers: ["example.com/hold"] },
    });
    const res = await api(c, "DELETE", `${CMS}/a`);
    expect(res.status).toBe(202);
    const held = await api(c, "GET", `${CMS}/a`);
    expect(held.status).toBe(200);
    expect(held.body.metadata.deletionTimestamp).toBeTruthy();
    const added = await api(
      c,
      "PATCH",
      `${CMS}/a`,
      { metadata: { finalizers: ["example.com/hold", "example.com/more"] } },
      "application/merge-patch+json",
    );
    expect(added.status).toBe(422);
    const released = await api(
      c,
      "PATCH",
      `${CMS}/a`,
      { metadata: { finalizers: null } },
      "application/merge-patch+json",
    );
    expect(released.status).toBe(200);
    expect((await api(c, "GET", `${CMS}/a`)).status).toBe(404);
  });

  it("adds the foregroundDeletion or orphan finalizer for those propagation policies", async () => {
    const c = clusterName();
    await api(c, "POST", CMS, configMap("f"));
    await api(c, "POST", CMS, configMap("o"));
    await api(c, "DELETE", `${CMS}/f?propagationPolicy=Foreground`);
    await api(c, "DELETE", `${CMS}/o`, {
      kind: "DeleteOptions",
      apiVersion: "v1",
      propagationPolicy: "Orphan",
    });
    expect((await api(c, "GET", `${CMS}/f`)).body.metadata.finalizers).toEqual(["foregroundDeletion"]);
    expect((await api(c, "GET", `${CMS}/o`)).body.metadata.finalizers).toEqual(["orphan"]);
  });

  it("deletes unscheduled pods at once and keeps bound pods Terminating until the kubelet confirms", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("pending"));
    expect((await api(c, "DELETE", `${PODS}/pending`)).status).toBe(200);
    expect((await api(c, "GET", `${PODS}/pending`)).status).toBe(404);

    await api(c, "POST", PODS, pod("bound", {}, { nodeName: "n1", terminationGracePeriodSeconds: 20 }));
    const res = await api(c, "DELETE", `${PODS}/bound`);
    expect(res.status).toBe(202);
    expect(res.body.metadata.deletionGracePeriodSeconds).toBe(20);
    const terminating = await api(c, "GET", `${PODS}/bound`);
    expect(terminating.body.metadata.deletionTimestamp).toBeTruthy();
    // The kubelet confirms with a zero grace period.
    expect((await api(c, "DELETE", `${PODS}/bound?gracePeriodSeconds=0`)).status).toBe(200);
    expect((await api(c, "GET", `${PODS}/bound`)).status).toBe(404);
  });

  it("removes a Terminating pod when its grace period runs out", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("bound", {}, { nodeName: "n1" }));
    await api(c, "DELETE", `${PODS}/bound?gracePeriodSeconds=1`);
    expect((await api(c, "GET", `${PODS}/bound`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    await runDurableObjectAlarm(env.CLUSTER.getByName(c));
    expect((await api(c, "GET", `${PODS}/bound`)).status).toBe(404);
  });

  it("deletes a collection by label selector", async () => {
    const c = clusterName();
    await api(c, "POST", CMS, configMap("a", {}, { app: "x" }));
    await api(c, "POST", CMS, configMap("b", {}, { app: "x" }));
    await api(c, "POST", CMS, configMap("c", {}, { app: "y" }));
    const res = await api(c, "DELETE", `${CMS}?labelSelector=app%3Dx`);
    expect(res.status).toBe(200);
    const left = await api(c, "GET", CMS);
    expect(left.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(["c"]);
  });

  it("checks delete preconditions", async () => {
    const c = clusterName();
    await api(c, "POST", CMS, configMap("a"));
    const res = await api(c, "DELETE", `${CMS}/a`, { preconditions: { uid: "not-the-uid" } });
    expect(res.status).toBe(409);
    expect((await api(c, "GET", `${CMS}/a`)).status).toBe(200);
  });

  it("terminates a namespace: refuses new content, deletes what it holds, then goes", async () => {
    const c = clusterName();
    const stub = env.CLUSTER.getByName(c);
    await api(c, "POST", "/api/v1/namespaces", {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "team" },
    });
    await api(c, "POST", "/api/v1/namespaces/team/configmaps", configMap("a"));
    await api(c, "POST", "/api/v1/namespaces/team/pods", pod("p", {}, { nodeName: "n1" }));
    const del = await api(c, "DELETE", "/api/v1/namespaces/team");
    expect(del.status).toBe(202);
    expect(del.body.status.phase).toBe("Terminating");
    await runDurableObjectAlarm(stub);
    expect((await api(c, "GET", "/api/v1/namespaces/team/configmaps/a")).status).toBe(404);
    // The bound pod waits for its kubelet, and keeps the namespace Terminating meanwhile.
    expect(
      (await api(c, "GET", "/api/v1/namespaces/team/pods/p")).body.metadata.deletionTimestamp,
    ).toBeTruthy();
    expect((await api(c, "GET", "/api/v1/namespaces/team")).body.status.phase).toBe("Terminating");
    const refused = await api(c, "POST", "/api/v1/namespaces/team/configmaps", configMap("b"));
    expect(refused.status).toBe(403);
    await api(c, "DELETE", "/api/v1/namespaces/team/pods/p?gracePeriodSeconds=0");
    await runDurableObjectAlarm(stub);
    expect((await api(c, "GET", "/api/v1/namespaces/team")).status).toBe(404);
    expect((await api(c, "DELETE", "/api/v1/namespaces/default")).status).toBe(403);
  });
});
