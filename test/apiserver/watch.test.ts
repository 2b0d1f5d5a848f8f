import { describe, expect, it } from "vitest";
import { api, clusterName, configMap, pod, SocketRecorder, waitFor } from "../helpers";

const PODS = "/api/v1/namespaces/default/pods";
const CMS = "/api/v1/namespaces/default/configmaps";
const label = (c: string, name: string, labels: Record<string, string | null>) =>
  api(c, "PATCH", `${PODS}/${name}`, { metadata: { labels } }, "application/merge-patch+json");

type Ev = {
  type: string;
  object: { metadata: { name?: string; resourceVersion?: string; annotations?: Record<string, string> } };
};
const summary = (events: Ev[]) => events.map((e) => `${e.type} ${e.object.metadata.name ?? ""}`.trim());

describe("watch over the cluster WebSocket", () => {
  it("starts with synthetic ADDED events for what exists, then streams changes in revision order", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a"));
    await api(c, "POST", PODS, pod("b"));
    const s = await SocketRecorder.open(c);
    s.send({ op: "watch", id: "w", resource: "pods", namespace: "default" });
    await s.until(() => s.events("w").length === 2, "initial events");
    await api(c, "POST", PODS, pod("c"));
    await label(c, "a", { x: "1" });
    await api(c, "DELETE", `${PODS}/b`);
    await s.until(() => s.events("w").length === 5, "live events");
    expect(summary(s.events("w"))).toEqual(["ADDED a", "ADDED b", "ADDED c", "MODIFIED a", "DELETED b"]);
    const live = s
      .events("w")
      .slice(2)
      .map((e) => Number(e.object.metadata.resourceVersion));
    expect(live).toEqual([...live].sort((x, y) => x - y));
    s.close();
  });

  it("replays everything after a revision from the change log, without gaps or duplicates", async () => {
    const c = clusterName();
    const a = await api(c, "POST", PODS, pod("a"));
    const from = Number(a.body.metadata.resourceVersion);
    await api(c, "POST", CMS, configMap("unrelated"));
    await api(c, "POST", PODS, pod("b"));
    await label(c, "a", { v: "2" });
    const s = await SocketRecorder.open(c);
    s.send({ op: "watch", id: "w", resource: "pods", resourceVersion: String(from) });
    await s.until(() => s.events("w").length === 2, "replay");
    await api(c, "POST", PODS, pod("c"));
    await s.until(() => s.events("w").length === 3, "live after replay");
    expect(summary(s.events("w"))).toEqual(["ADDED b", "MODIFIED a", "ADDED c"]);
    const rvs = s.events("w").map((e) => Number(e.object.metadata.resourceVersion));
    expect(rvs[0]).toBe(from + 2); // the ConfigMap took from + 1
    expect(new Set(rvs).size).toBe(rvs.length);
    s.close();
  });

  it("turns selector transitions into ADDED and DELETED for that watcher", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a", { app: "web" }));
    const s = await SocketRecorder.open(c);
    s.send({ op: "watch", id: "web", resource: "pods", labelSelector: "app=web" });
    s.send({ op: "watch", id: "all", resource: "po" });
    await s.until(() => s.events("web").length === 1 && s.events("all").length === 1);
    await label(c, "a", { app: "db" }); // stops matching
    await label(c, "a", { app: "web", v: "1" }); // matches again
    await label(c, "a", { app: "web", v: "2" }); // still matches
    await api(c, "POST", PODS, pod("b", { app: "db" })); // never matches
    await s.until(() => s.events("all").length === 5);
    await s.until(() => s.events("web").length === 4);
    expect(summary(s.events("web"))).toEqual(["ADDED a", "DELETED a", "ADDED a", "MODIFIED a"]);
    expect(summary(s.events("all"))).toEqual([
      "ADDED a",
      "MODIFIED a",
      "MODIFIED a",
      "MODIFIED a",
      "ADDED b",
    ]);
    s.close();
  });

  it("filters by namespace and field selector, including a node's pods moving in and out", async () => {
    const c = clusterName();
    const s = await SocketRecorder.open(c);
    s.send({ op: "watch", id: "n1", resource: "pods", fieldSelector: "spec.nodeName=n1" });
    s.send({ op: "watch", id: "ks", resource: "pods", namespace: "kube-system" });
    await api(c, "POST", PODS, pod("a"));
    await api(c, "POST", "/api/v1/namespaces/kube-system/pods", pod("k"));
    await api(c, "POST", `${PODS}/a/binding`, { target: { kind: "Node", name: "n1" } });
    await api(c, "POST", PODS, pod("b", {}, { nodeName: "n2" }));
    await api(c, "DELETE", `${PODS}/a?gracePeriodSeconds=0`);
    await s.until(() => s.events("n1").length === 2 && s.events("ks").length === 1);
    expect(summary(s.events("n1"))).toEqual(["ADDED a", "DELETED a"]);
    expect(summary(s.events("ks"))).toEqual(["ADDED k"]);
    s.close();
  });

  it("answers a revision older than the kept history with a 410 Expired ERROR", async () => {
    const c = clusterName();
    await api(c, "PUT", "/kubeplay/settings", { historyRevisions: 10, historyAgeMs: 0 });
    const first = await api(c, "POST", CMS, configMap("a"));
    for (let i = 0; i < 150; i++) {
      await api(c, "PATCH", `${CMS}/a`, { data: { n: String(i) } }, "application/merge-patch+json");
    }
    const s = await SocketRecorder.open(c);
    s.send({
      op: "watch",
      id: "old",
      resource: "configmaps",
      resourceVersion: first.body.metadata.resourceVersion,
    });
    await s.until(() => s.events("old").length === 1);
    const [error] = s.events("old");
    expect(error!.type).toBe("ERROR");
    expect(error!.object).toMatchObject({ kind: "Status", code: 410, reason: "Expired" });
    // A recent revision is still served.
    const recent = await api(c, "GET", CMS);
    s.send({
      op: "watch",
      id: "new",
      resource: "configmaps",
      resourceVersion: recent.body.metadata.resourceVersion,
    });
    await api(c, "PATCH", `${CMS}/a`, { data: { n: "last" } }, "application/merge-patch+json");
    await s.until(() => s.events("new").length === 1);
    expect(s.events("new")[0]!.type).toBe("MODIFIED");
    s.close();
  });

  it("sends periodic BOOKMARKs with the current revision to watchers that ask", async () => {
    const c = clusterName();
    await api(c, "PUT", "/kubeplay/settings", { bookmarkIntervalMs: 50 });
    const s = await SocketRecorder.open(c);
    s.send({ op: "watch", id: "b", resource: "pods", allowWatchBookmarks: true, labelSelector: "app=none" });
    s.send({ op: "watch", id: "nob", resource: "pods", labelSelector: "app=none" });
    await new Promise((r) => setTimeout(r, 20));
    const cm = await api(c, "POST", CMS, configMap("x"));
    // A bookmark may come before the write (the settings write armed one too); one must follow it
    // with a revision at least the write's, and every bookmark carries a revision of its time.
    const written = Number(cm.body.metadata.resourceVersion);
    const bookmarks = () => s.events("b").filter((e) => e.type === "BOOKMARK");
    await s.until(
      () => bookmarks().some((e) => Number(e.object.metadata.resourceVersion) >= written),
      "a bookmark after the write",
      5000,
    );
    for (const b of bookmarks()) expect(Number(b.object.metadata.resourceVersion)).toBeGreaterThan(0);
    expect(s.events("nob")).toHaveLength(0);
    s.close();
  });

  it("marks the end of initial events with a bookmark when asked (watch-list)", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("a"));
    const s = await SocketRecorder.open(c);
    s.send({
      op: "watch",
      id: "w",
      resource: "pods",
      sendInitialEvents: true,
      allowWatchBookmarks: true,
      resourceVersion: "1",
    });
    await s.until(() => s.events("w").length === 2);
    const [added, end] = s.events("w");
    expect(added!.type).toBe("ADDED");
    expect(end!.type).toBe("BOOKMARK");
    expect(end!.object.metadata.annotations).toEqual({ "k8s.io/initial-events-end": "true" });
    s.close();
  });

  it("refuses a bad selector or unknown kind with an ERROR event, and stops a watch on unwatch", async () => {
    const c = clusterName();
    const s = await SocketRecorder.open(c);
    s.send({ op: "watch", id: "bad", resource: "pods", labelSelector: "a in (" });
    s.send({ op: "watch", id: "unknown", resource: "widgets" });
    s.send({ op: "watch", id: "w", resource: "configmaps" });
    await s.until(() => s.events("bad").length === 1 && s.events("unknown").length === 1);
    expect(s.events("bad")[0]!.type).toBe("ERROR");
    expect(s.events("unknown")[0]!.type).toBe("ERROR");
    await api(c, "POST", CMS, configMap("one"));
    await s.until(() => s.events("w").length === 1);
    s.send({ op: "unwatch", id: "w" });
    await new Promise((r) => setTimeout(r, 20));
    await api(c, "POST", CMS, configMap("two"));
    s.send({ op: "watch", id: "probe", resource: "configmaps", resourceVersion: "0" });
    await s.until(() => s.events("probe").length === 2);
    expect(s.events("w")).toHaveLength(1);
    s.close();
  });

  it("answers API calls over the socket, through the same validation as HTTP", async () => {
    const c = clusterName();
    const s = await SocketRecorder.open(c);
    s.send({ op: "call", id: 1, method: "POST", path: CMS, body: configMap("via-socket") });
    s.send({ op: "call", id: 2, method: "POST", path: CMS, body: configMap("Bad_Name") });
    s.send({ op: "call", id: 3, method: "GET", path: `${CMS}?labelSelector=x%3Dy` });
    await s.until(() => s.messages.filter((m) => m.op === "result").length === 3);
    // Results are matched to calls by id (the protocol's contract), whatever order they arrive in.
    const results = s.messages.filter((m) => m.op === "result") as { id: number; code: number }[];
    expect(results.map((r) => [r.id, r.code]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [1, 201],
      [2, 422],
      [3, 200],
    ]);
    s.close();
  });

  it("serves the HTTP watch stream, newline-delimited JSON", async () => {
    const c = clusterName();
    await api(c, "POST", CMS, configMap("a"));
    const { SELF } = await import("cloudflare:test");
    const res = await SELF.fetch(`http://kubeplay.test/clusters/${c}${CMS}?watch=true&timeoutSeconds=2`);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const lines = () => text.split("\n").filter((l) => l.trim() !== "");
    const read = async (n: number) => {
      while (lines().length < n) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await read(1);
    await api(c, "POST", CMS, configMap("b"));
    await read(2);
    const events = lines().map((l) => JSON.parse(l) as Ev);
    expect(summary(events)).toEqual(["ADDED a", "ADDED b"]);
    await reader.cancel();
    await waitFor(() => true);
  });
});
