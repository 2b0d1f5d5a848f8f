import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type AnyBody, api, clusterName, configMap, initCluster, pod, SocketRecorder } from "../helpers";

const TABLE =
  "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
const PODS = "/api/v1/namespaces/default/pods";

async function get(
  cluster: string,
  path: string,
  accept: string,
): Promise<{ status: number; body: AnyBody; type: string | null }> {
  await initCluster(cluster);
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${cluster}${path}`, { headers: { accept } });
  return { status: res.status, body: await res.json(), type: res.headers.get("content-type") };
}

describe("server-side printing (Table) by content negotiation", () => {
  it("answers a list as a Table with kubectl's columns and the list's resourceVersion and continue", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a", { app: "web" }));
    await api(c, "POST", PODS, pod("b"));
    const { status, body } = await get(c, `${PODS}?limit=1`, TABLE);
    expect(status).toBe(200);
    expect(body.kind).toBe("Table");
    expect(body.apiVersion).toBe("meta.k8s.io/v1");
    expect(body.columnDefinitions.map((d: AnyBody) => d.name)).toEqual([
      "Name",
      "Ready",
      "Status",
      "Restarts",
      "Age",
      "IP",
      "Node",
      "Nominated Node",
      "Readiness Gates",
    ]);
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0].cells.slice(0, 4)).toEqual(["a", "0/1", "Pending", "0"]);
    expect(body.rows[0].object).toMatchObject({
      kind: "PartialObjectMetadata",
      metadata: { name: "a", labels: { app: "web" } },
    });
    expect(body.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(body.metadata.continue).toBeTruthy();
  });

  it("answers one object as a one-row Table, honours includeObject, and v1beta1", async () => {
    const c = clusterName();
    await api(c, "POST", "/api/v1/namespaces/default/configmaps", configMap("x", { k: "v" }));
    const one = await get(c, "/api/v1/namespaces/default/configmaps/x?includeObject=Object", TABLE);
    expect(one.body.rows).toHaveLength(1);
    expect(one.body.rows[0].cells.slice(0, 2)).toEqual(["x", 1]);
    expect(one.body.rows[0].object).toMatchObject({ kind: "ConfigMap", data: { k: "v" } });
    const none = await get(
      c,
      "/api/v1/namespaces/default/configmaps?includeObject=None",
      "application/json;as=Table;v=v1beta1;g=meta.k8s.io",
    );
    expect(none.body.apiVersion).toBe("meta.k8s.io/v1beta1");
    expect(none.body.rows[0].object).toBeNull();
    const bad = await get(c, "/api/v1/namespaces/default/configmaps?includeObject=All", TABLE);
    expect(bad.status).toBe(400);
    const plain = await get(c, "/api/v1/namespaces/default/configmaps/x", "application/json");
    expect(plain.body.kind).toBe("ConfigMap");
  });

  it("sends watch events whose object is a one-row Table", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a"));
    const res = await SELF.fetch(`http://kubeplay.test/clusters/${c}${PODS}?watch=true&timeoutSeconds=2`, {
      headers: { accept: TABLE },
    });
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    const first = JSON.parse(new TextDecoder().decode(value).split("\n")[0]!);
    expect(first.type).toBe("ADDED");
    expect(first.object.kind).toBe("Table");
    expect(first.object.rows[0].cells[0]).toBe("a");
    expect(first.object.metadata.resourceVersion).toMatch(/^\d+$/);
    await reader.cancel();
  });

  it("over the cluster WebSocket, a call with an accept field gets a Table; without, the list", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a"));
    const s = await SocketRecorder.open(c);
    s.send({ op: "call", id: 1, method: "GET", path: PODS, accept: TABLE });
    s.send({ op: "call", id: 2, method: "GET", path: PODS });
    await s.until(() => s.messages.filter((m) => m.op === "result").length === 2, "results");
    const results = s.messages.filter((m) => m.op === "result") as AnyBody[];
    expect(results.find((r) => r.id === 1).body.kind).toBe("Table");
    expect(results.find((r) => r.id === 2).body.kind).toBe("PodList");
    s.close();
  });
});

describe("legacy discovery", () => {
  const AGGREGATED =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
  it("serves /version, /api and /apis as plain documents even when aggregated discovery is preferred", async () => {
    const c = clusterName();
    const version = await get(c, "/version", "application/json");
    expect(version.body).toMatchObject({
      major: "1",
      minor: "32",
      gitVersion: "v1.32.0-kubeplay",
      platform: "linux/amd64",
    });
    const apiRoot = await get(c, "/api", AGGREGATED);
    expect(apiRoot.type).toBe("application/json");
    expect(apiRoot.body).toMatchObject({ kind: "APIVersions", versions: ["v1"] });
    const apis = await get(c, "/apis", AGGREGATED);
    expect(apis.body.kind).toBe("APIGroupList");
    const names = apis.body.groups.map((g: AnyBody) => g.name);
    expect(names).toEqual(expect.arrayContaining(["apps", "coordination.k8s.io"]));
    expect(apis.body.groups.find((g: AnyBody) => g.name === "apps").preferredVersion).toEqual({
      groupVersion: "apps/v1",
      version: "v1",
    });
  });

  it("lists each group version's resources with verbs, short names, categories and subresources", async () => {
    const c = clusterName();
    const core = await get(c, "/api/v1", "application/json");
    expect(core.body).toMatchObject({ kind: "APIResourceList", groupVersion: "v1" });
    const byName = Object.fromEntries(core.body.resources.map((r: AnyBody) => [r.name, r]));
    expect(byName.pods).toMatchObject({
      singularName: "pod",
      namespaced: true,
      kind: "Pod",
      shortNames: ["po"],
      categories: ["all"],
    });
    expect(byName.pods.verbs).toEqual([
      "create",
      "delete",
      "deletecollection",
      "get",
      "list",
      "patch",
      "update",
      "watch",
    ]);
    expect(byName["pods/eviction"]).toMatchObject({
      group: "policy",
      version: "v1",
      kind: "Eviction",
      verbs: ["create"],
    });
    expect(byName["pods/binding"]).toMatchObject({ kind: "Binding", verbs: ["create"] });
    expect(byName["pods/status"]).toMatchObject({ kind: "Pod", verbs: ["get", "patch", "update"] });
    expect(byName.nodes).toMatchObject({ namespaced: false, shortNames: ["no"] });
    const apps = await get(c, "/apis/apps/v1", "application/json");
    const appsByName = Object.fromEntries(apps.body.resources.map((r: AnyBody) => [r.name, r]));
    expect(appsByName["deployments/scale"]).toMatchObject({
      group: "autoscaling",
      version: "v1",
      kind: "Scale",
    });
    expect(appsByName.deployments).toMatchObject({ shortNames: ["deploy"], kind: "Deployment" });
    expect((await get(c, "/apis/coordination.k8s.io/v1", "application/json")).body.resources[0].name).toBe(
      "leases",
    );
    const missing = await get(c, "/apis/batch/v1", "application/json");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      kind: "Status",
      reason: "NotFound",
      message: "the server could not find the requested resource",
    });
  });
});
