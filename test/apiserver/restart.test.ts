import { abortAllDurableObjects, env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { Informer } from "../../lib/client/informer";
import type { KubeObject } from "../../lib/k8s/object";
import { api, clusterName, configMap, connectClient, waitFor } from "../helpers";

const CMS = "/api/v1/namespaces/default/configmaps";

describe("a cluster Durable Object restarted mid-run", () => {
  it("loses no acknowledged write, and its watchers resume without a gap", async () => {
    const c = clusterName();
    const { client, transport } = connectClient(c);
    const informer = new Informer(client, { resource: "configmaps", namespace: "default" });
    const seen: string[] = [];
    const revisions: number[] = [];
    informer.on({
      add: (o: KubeObject) => {
        seen.push(o.metadata.name!);
        revisions.push(Number(o.metadata.resourceVersion));
      },
    });
    await informer.start();

    const acknowledged: string[] = [];
    for (let i = 0; i < 60; i++) {
      if (i === 20 || i === 40) {
        // Evict the cluster object: all in-memory state goes, the storage stays.
        if (i === 20) await abortAllDurableObjects();
        else
          await runInDurableObject(env.CLUSTER.getByName(c), (_obj, state) =>
            state.abort("test restart"),
          ).catch(() => {});
      }
      const res = await api(c, "POST", CMS, configMap(`cm-${i}`)).catch(() => undefined);
      if (res && res.status === 201) acknowledged.push(`cm-${i}`);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(55);

    const listed = await api(c, "GET", CMS);
    const names = listed.body.items.map((i: KubeObject) => i.metadata.name);
    for (const name of acknowledged) expect(names).toContain(name);

    await waitFor(() => informer.cache.size === names.length, "the informer to catch up", 10_000);
    expect([...informer.cache.keys()].sort()).toEqual(names.map((n: string) => `default/${n}`).sort());
    // Every object reached the watcher once, in revision order, resumed from the log, not re-listed.
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual([...names].sort());
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(informer.relists).toBe(0);
    informer.stop();
    transport.close();
  });

  it("keeps the revision counter and change log across restarts", async () => {
    const c = clusterName();
    const a = await api(c, "POST", CMS, configMap("a"));
    await abortAllDurableObjects();
    const b = await api(c, "POST", CMS, configMap("b"));
    expect(Number(b.body.metadata.resourceVersion)).toBe(Number(a.body.metadata.resourceVersion) + 1);
    const s = await (await import("../helpers")).SocketRecorder.open(c);
    s.send({
      op: "watch",
      id: "w",
      resource: "configmaps",
      resourceVersion: a.body.metadata.resourceVersion,
    });
    await s.until(() => s.events("w").length === 1);
    expect(s.events("w")[0]!.object.metadata.name).toBe("b");
    s.close();
  });
});

describe("the informer", () => {
  it("lists, watches, and re-lists after a 410, reporting what vanished meanwhile", async () => {
    const c = clusterName();
    await api(c, "PUT", "/kubeplay/settings", { historyRevisions: 0, historyAgeMs: 0 });
    await api(c, "POST", CMS, configMap("keep"));
    await api(c, "POST", CMS, configMap("gone"));
    const link = connectClient(c);
    const informer = new Informer(link.client, { resource: "configmaps", namespace: "default" });
    const deleted: string[] = [];
    informer.on({ delete: (o) => deleted.push(o.metadata.name!) });
    await informer.start();
    expect(informer.cache.size).toBe(2);
    // Lose the network; meanwhile the history moves past the informer's revision.
    link.setOnline(false);
    link.transport.drop();
    await waitFor(() => !link.client.connected, "the disconnect");
    await api(c, "DELETE", `${CMS}/gone`);
    for (let i = 0; i < 120; i++) await api(c, "POST", CMS, configMap(`n-${i}`));
    link.setOnline(true);
    await waitFor(() => informer.cache.size === 121 && informer.relists === 1, "re-list after 410", 10_000);
    expect(deleted).toEqual(["gone"]);
    expect(informer.get("keep", "default")).toBeDefined();
    informer.stop();
    link.transport.close();
  });

  it("resumes from its revision after a reconnect, without re-listing", async () => {
    const c = clusterName();
    const link = connectClient(c);
    const informer = new Informer(link.client, { resource: "configmaps", namespace: "default" });
    const added: string[] = [];
    informer.on({ add: (o) => added.push(o.metadata.name!) });
    await informer.start();
    link.setOnline(false);
    link.transport.drop();
    await waitFor(() => !link.client.connected, "the disconnect");
    await api(c, "POST", CMS, configMap("while-away"));
    link.setOnline(true);
    await waitFor(() => added.includes("while-away"), "the missed event");
    await api(c, "POST", CMS, configMap("after"));
    await waitFor(() => added.includes("after"), "a live event");
    expect(added).toEqual(["while-away", "after"]);
    expect(informer.relists).toBe(0);
    informer.stop();
    link.transport.close();
  });
});
