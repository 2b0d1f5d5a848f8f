/** Link tokens and roles: 401 without a valid token, 403 for a viewer's writes, owner-only verbs. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { deployment } from "../control-plane/helpers";
import { clusterName, configMap } from "../helpers";
import { BASE, ParticipantSocket, request, tokenedCluster } from "./helpers";

const CMS = "/api/v1/namespaces/default/configmaps";
const DEPLOYMENTS = "/apis/apps/v1/namespaces/default/deployments";

describe("a cluster created by init", () => {
  it("hands its creator three distinct unguessable tokens, once", async () => {
    const { name, tokens } = await tokenedCluster();
    const values = [tokens.owner, tokens.editor, tokens.viewer];
    for (const t of values) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(values).size).toBe(3);
    const second = await SELF.fetch(`${BASE}/clusters/${name}/kubeplay/init`, { method: "POST", body: "{}" });
    expect(second.status).toBe(409);
    expect(JSON.stringify(await second.json())).not.toContain(tokens.owner);
  });

  it("answers 401 Unauthorized without a token or with an unknown one, on every path", async () => {
    const { name } = await tokenedCluster();
    for (const token of [undefined, "not-a-token"]) {
      for (const path of [CMS, "/kubeplay/nodes", "/kubeplay/settings", "/kubeplay/links"]) {
        const res = await request(name, "GET", path, token ? { token } : {});
        expect(res.status, `${path} with ${token}`).toBe(401);
        expect(res.body).toMatchObject({ kind: "Status", reason: "Unauthorized", code: 401 });
      }
      const kubectl = await request(name, "POST", "/kubectl", {
        body: { command: "get pods" },
        ...(token ? { token } : {}),
      });
      expect(kubectl.status).toBe(401);
      const ws = await SELF.fetch(`${BASE}/clusters/${name}/ws${token ? `?token=${token}` : ""}`, {
        headers: { Upgrade: "websocket" },
      });
      expect(ws.status).toBe(401);
    }
  });

  it("lets a viewer read and watch, and refuses its writes with kube-apiserver's Forbidden", async () => {
    const { name, tokens } = await tokenedCluster();
    expect((await request(name, "POST", CMS, { token: tokens.editor, body: configMap("seen") })).status).toBe(
      201,
    );
    const list = await request(name, "GET", CMS, { token: tokens.viewer });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(["seen"]);
    expect((await request(name, "GET", `${CMS}/seen`, { token: tokens.viewer, query: true })).status).toBe(
      200,
    );

    const create = await request(name, "POST", DEPLOYMENTS, {
      token: tokens.viewer,
      body: deployment("my-app"),
    });
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({
      kind: "Status",
      status: "Failure",
      reason: "Forbidden",
      code: 403,
      message:
        'deployments.apps is forbidden: User "viewer" cannot create resource "deployments" in API group "apps" in the namespace "default"',
      details: { group: "apps", kind: "deployments" },
    });
    const del = await request(name, "DELETE", `${CMS}/seen`, { token: tokens.viewer });
    expect(del.status).toBe(403);
    expect(del.body.message).toBe(
      'configmaps "seen" is forbidden: User "viewer" cannot delete resource "configmaps" in API group "" in the namespace "default"',
    );
    const node = await request(name, "PATCH", "/api/v1/nodes/n1/status", { token: tokens.viewer, body: {} });
    expect(node.body.message).toBe(
      'nodes "n1" is forbidden: User "viewer" cannot patch resource "nodes/status" in API group "" at the cluster scope',
    );
    // nothing changed
    expect((await request(name, "GET", DEPLOYMENTS, { token: tokens.owner })).body.items).toEqual([]);
    expect((await request(name, "GET", `${CMS}/seen`, { token: tokens.owner })).status).toBe(200);

    // playground verbs: a viewer may look, not act
    expect((await request(name, "GET", "/kubeplay/nodes", { token: tokens.viewer })).status).toBe(200);
    for (const [method, path, body] of [
      ["POST", "/kubeplay/nodes", { name: "extra" }],
      ["PATCH", "/kubeplay/settings", { speed: 0 }],
      ["POST", "/kubeplay/faults/crash", { component: "scheduler" }],
    ] as const) {
      const res = await request(name, method, path, { token: tokens.viewer, body });
      expect(res.status, path).toBe(403);
      expect(res.body.reason).toBe("Forbidden");
    }
    expect((await request(name, "GET", "/kubeplay/nodes", { token: tokens.viewer })).body.nodes).toHaveLength(
      3,
    );
  });

  it("refuses a viewer's socket calls but serves its watches", async () => {
    const { name, tokens } = await tokenedCluster();
    const vi = await ParticipantSocket.open(name, tokens.viewer);
    vi.send({ op: "watch", id: "w", resource: "configmaps", namespace: "default" });
    vi.send({ op: "call", id: 1, method: "DELETE", path: `${CMS}?labelSelector=a%3Db` });
    await vi.until(() => vi.of("result").length === 1, "the call's result");
    expect(vi.of("result")[0]!.code).toBe(403);
    await request(name, "POST", CMS, { token: tokens.editor, body: configMap("w1") });
    await vi.until(() => vi.messages.some((m) => m.op === ("event" as string)), "the watch event");
    vi.close();
  });

  it("gives editors the node, fault and speed verbs, and the owner alone reset and links", async () => {
    const { name, tokens } = await tokenedCluster();
    expect(
      (await request(name, "POST", "/kubeplay/nodes", { token: tokens.editor, body: { name: "extra" } }))
        .status,
    ).toBe(201);
    expect(
      (await request(name, "PATCH", "/kubeplay/settings", { token: tokens.editor, body: { speed: 0 } }))
        .status,
    ).toBe(200);
    for (const [path, body] of [
      ["/kubeplay/reset", {}],
      ["/kubeplay/links", { revoke: "viewer" }],
    ] as const) {
      for (const token of [tokens.editor, tokens.viewer]) {
        const res = await request(name, "POST", path, { token, body });
        expect(res.status, path).toBe(403);
        expect(res.body.reason).toBe("Forbidden");
      }
    }
    expect((await request(name, "GET", "/kubeplay/links", { token: tokens.editor })).status).toBe(403);
    const links = await request(name, "GET", "/kubeplay/links", { token: tokens.owner });
    expect(links.body.tokens).toEqual(tokens);

    const revoked = await request(name, "POST", "/kubeplay/links", {
      token: tokens.owner,
      body: { revoke: "editor" },
    });
    expect(revoked.status).toBe(200);
    expect((await request(name, "GET", CMS, { token: tokens.editor })).status).toBe(401);
    expect((await request(name, "GET", CMS, { token: revoked.body.tokens.editor })).status).toBe(200);
    expect((await request(name, "GET", CMS, { token: tokens.owner })).status).toBe(200);
  });

  it("resets for its owner: objects gone, default nodes back, revisions still counting", async () => {
    const { name, tokens } = await tokenedCluster();
    const owner = { token: tokens.owner };
    const a = await request(name, "POST", CMS, { ...owner, body: configMap("before") });
    await request(name, "POST", "/api/v1/namespaces", { ...owner, body: { metadata: { name: "team" } } });
    await request(name, "POST", "/kubeplay/nodes", { ...owner, body: { name: "extra" } });
    const watcher = await ParticipantSocket.open(name, tokens.viewer);
    watcher.send({
      op: "watch",
      id: "cms",
      resource: "configmaps",
      resourceVersion: a.body.metadata.resourceVersion,
    });

    const reset = await request(name, "POST", "/kubeplay/reset", owner);
    expect(reset.status).toBe(200);
    expect(reset.body.message).toMatch(/^cluster reset: \d+ objects deleted, 3 nodes$/);
    expect((await request(name, "GET", CMS, owner)).body.items).toEqual([]);
    const namespaces = await request(name, "GET", "/api/v1/namespaces", owner);
    expect(namespaces.body.items.map((n: { metadata: { name: string } }) => n.metadata.name).sort()).toEqual([
      "default",
      "kube-node-lease",
      "kube-public",
      "kube-system",
    ]);
    expect(Number(namespaces.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(a.body.metadata.resourceVersion),
    );
    expect(
      (await request(name, "GET", "/kubeplay/nodes", owner)).body.nodes.map((n: { name: string }) => n.name),
    ).toEqual(["node-1", "node-2", "node-3"]);
    // a watcher from before sees the deletion, no 410
    await watcher.until(
      () =>
        watcher.messages.some(
          (m) => m.op === ("event" as string) && (m as unknown as { type: string }).type === "DELETED",
        ),
      "the DELETED event of the reset",
    );
    watcher.close();
  });
});

describe("components and open clusters", () => {
  it("refuses an outsider claiming to be a control-plane component", async () => {
    const { name } = await tokenedCluster();
    const res = await SELF.fetch(`${BASE}/clusters/${name}/ws?component=scheduler`, {
      headers: { Upgrade: "websocket", "x-kubeplay-component-secret": "guess" },
    });
    expect(res.status).toBe(403);
    const open = clusterName("open");
    const res2 = await SELF.fetch(`${BASE}/clusters/${open}/ws?component=kubelet%2Fnode-1`, {
      headers: { Upgrade: "websocket" },
    });
    expect(res2.status).toBe(403);
  });

  it("lets everyone in as an editor on a cluster first used without init, and on an open one", async () => {
    const bare = clusterName("bare");
    expect((await request(bare, "POST", CMS, { body: configMap("x") })).status).toBe(201);
    const p = await ParticipantSocket.join(bare, "Dev");
    expect(p.of("welcome")[0]!.you.role).toBe("editor");
    p.close();

    const open = clusterName("open");
    const init = await SELF.fetch(`${BASE}/clusters/${open}/kubeplay/init`, {
      method: "POST",
      body: JSON.stringify({ components: false, open: true }),
    });
    const { tokens } = (await init.json()) as { tokens: Record<string, string> };
    expect((await request(open, "POST", CMS, { body: configMap("x") })).status).toBe(201);
    // the owner's token still guards the owner's verbs; a viewer link still only reads
    expect((await request(open, "POST", "/kubeplay/reset", {})).status).toBe(403);
    expect((await request(open, "POST", CMS, { token: tokens.viewer, body: configMap("y") })).status).toBe(
      403,
    );
    expect((await request(open, "POST", "/kubeplay/reset", { token: tokens.owner })).status).toBe(200);
  });
});

describe("playground verbs from kubectl", () => {
  it("follow the runner's role: editors change nodes and speed, only the owner resets", async () => {
    const { name, tokens } = await tokenedCluster();
    const ed = await ParticipantSocket.join(name, "Ed", tokens.editor);
    const ow = await ParticipantSocket.join(name, "Ow", tokens.owner);
    const added = await ed.run("a", "kubeplay-test verb addNode extra");
    expect(added).toEqual({ exitCode: 0, output: expect.stringMatching(/^node\/extra added/) });
    expect((await ed.run("s", "kubeplay-test verb setSpeed 0")).exitCode).toBe(0);
    expect((await request(name, "GET", "/kubeplay/settings", { token: tokens.viewer })).body.speed).toBe(0);
    expect((await ed.run("r", "kubeplay-test verb removeNode extra")).exitCode).toBe(0);
    const refused = await ed.run("x", "kubeplay-test verb reset");
    expect(refused.exitCode).toBe(1);
    expect(refused.output).toContain('User "editor" cannot reset the cluster');
    const reset = await ow.run("y", "kubeplay-test verb reset");
    expect(reset).toEqual({ exitCode: 0, output: expect.stringMatching(/^cluster reset: /) });
    ed.close();
    ow.close();
  });
});
