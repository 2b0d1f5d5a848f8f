import { describe, expect, it } from "vitest";
import { api, clusterName, pod } from "../helpers";

const PODS = "/api/v1/namespaces/default/pods";

async function names(c: string, query: string, path = PODS): Promise<string[]> {
  const res = await api(c, "GET", `${path}?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((i: { metadata: { name: string } }) => i.metadata.name);
}

describe("LIST with selectors", () => {
  it("supports every label selector operator", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a", { app: "web", tier: "front" }));
    await api(c, "POST", PODS, pod("b", { app: "web", tier: "back" }));
    await api(c, "POST", PODS, pod("c", { app: "db" }));
    await api(c, "POST", PODS, pod("d", {}));
    const sel = (s: string) => names(c, `labelSelector=${encodeURIComponent(s)}`);
    expect(await sel("app=web")).toEqual(["a", "b"]);
    expect(await sel("app==web")).toEqual(["a", "b"]);
    expect(await sel("app!=web")).toEqual(["c", "d"]);
    expect(await sel("tier in (front, middle)")).toEqual(["a"]);
    expect(await sel("tier notin (front)")).toEqual(["b", "c", "d"]);
    expect(await sel("tier")).toEqual(["a", "b"]);
    expect(await sel("!tier")).toEqual(["c", "d"]);
    expect(await sel("app=web,tier!=back")).toEqual(["a"]);
    expect(await sel("")).toEqual(["a", "b", "c", "d"]);
    const bad = await api(c, "GET", `${PODS}?labelSelector=${encodeURIComponent("app in (web")}`);
    expect(bad.status).toBe(400);
  });

  it("supports field selectors, including spec.nodeName, status.phase and events' involvedObject", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a", {}, { nodeName: "n1" }));
    await api(c, "POST", PODS, pod("b", {}, { nodeName: "n2" }));
    await api(c, "POST", PODS, pod("c"));
    await api(c, "POST", "/api/v1/namespaces/kube-system/pods", pod("k", {}, { nodeName: "n1" }));
    expect(await names(c, "fieldSelector=spec.nodeName%3Dn1")).toEqual(["a"]);
    expect(await names(c, "fieldSelector=spec.nodeName%3Dn1", "/api/v1/pods")).toEqual(["a", "k"]);
    expect(await names(c, "fieldSelector=spec.nodeName%3D")).toEqual(["c"]);
    expect(await names(c, "fieldSelector=spec.nodeName!%3Dn1")).toEqual(["b", "c"]);
    expect(await names(c, "fieldSelector=metadata.name%3Db")).toEqual(["b"]);
    expect(await names(c, "fieldSelector=metadata.namespace%3Dkube-system", "/api/v1/pods")).toEqual(["k"]);
    expect(await names(c, "fieldSelector=status.phase%3DPending,spec.nodeName!%3Dn2")).toEqual(["a", "c"]);
    await api(c, "POST", "/api/v1/namespaces/default/events", {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "a.1" },
      involvedObject: { kind: "Pod", name: "a", namespace: "default", uid: "u1" },
      reason: "Scheduled",
      type: "Normal",
    });
    await api(c, "POST", "/api/v1/namespaces/default/events", {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "b.1" },
      involvedObject: { kind: "Pod", name: "b", namespace: "default", uid: "u2" },
      reason: "Pulled",
      type: "Normal",
    });
    const q = encodeURIComponent(
      "involvedObject.name=a,involvedObject.namespace=default,involvedObject.kind=Pod",
    );
    expect(await names(c, `fieldSelector=${q}`, "/api/v1/namespaces/default/events")).toEqual(["a.1"]);
    const unsupported = await api(c, "GET", `${PODS}?fieldSelector=spec.image%3Dx`);
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.message).toContain("field label not supported");
  });

  it("pages with limit and continue over a consistent snapshot", async () => {
    const c = clusterName();
    for (let i = 0; i < 7; i++) await api(c, "POST", PODS, pod(`p${i}`));
    const first = await api(c, "GET", `${PODS}?limit=3`);
    expect(first.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual([
      "p0",
      "p1",
      "p2",
    ]);
    expect(first.body.metadata.remainingItemCount).toBe(4);
    const token = first.body.metadata.continue;
    expect(token).toBeTruthy();
    // Changes after the first page do not leak into the later pages of the same list.
    await api(c, "DELETE", `${PODS}/p4`);
    await api(c, "POST", PODS, pod("p35"));
    await api(
      c,
      "PATCH",
      `${PODS}/p5`,
      { metadata: { labels: { late: "yes" } } },
      "application/merge-patch+json",
    );
    const second = await api(c, "GET", `${PODS}?limit=3&continue=${encodeURIComponent(token)}`);
    expect(second.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual([
      "p3",
      "p4",
      "p5",
    ]);
    expect(second.body.items[2].metadata.labels).toEqual({});
    expect(second.body.metadata.resourceVersion).toBe(first.body.metadata.resourceVersion);
    const third = await api(
      c,
      "GET",
      `${PODS}?limit=3&continue=${encodeURIComponent(second.body.metadata.continue)}`,
    );
    expect(third.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(["p6"]);
    expect(third.body.metadata.continue).toBeUndefined();
    const bad = await api(c, "GET", `${PODS}?continue=garbage`);
    expect(bad.status).toBe(400);
  });

  it("answers 410 Expired for a continue token older than the kept history", async () => {
    const c = clusterName();
    await api(c, "PUT", "/kubeplay/settings", { historyRevisions: 0, historyAgeMs: 0 });
    for (let i = 0; i < 4; i++) await api(c, "POST", PODS, pod(`p${i}`));
    const first = await api(c, "GET", `${PODS}?limit=2`);
    for (let i = 0; i < 120; i++) {
      await api(
        c,
        "PATCH",
        `${PODS}/p0`,
        { metadata: { labels: { n: String(i) } } },
        "application/merge-patch+json",
      );
    }
    const res = await api(
      c,
      "GET",
      `${PODS}?limit=2&continue=${encodeURIComponent(first.body.metadata.continue)}`,
    );
    expect(res.status).toBe(410);
    expect(res.body.reason).toBe("Expired");
  });
});
