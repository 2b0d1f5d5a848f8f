/**
 * The proof of issue 4's sessions: two editors and a viewer on one cluster over real WebSockets.
 */
import { describe, expect, it } from "vitest";
import { configMap } from "../helpers";
import { ParticipantSocket, request, tokenedCluster } from "./helpers";

describe("a shared cluster: two editors and a viewer", () => {
  it("welcomes, keeps presence, broadcasts commands in order, refuses the viewer, honours revocation", async () => {
    const { name, tokens } = await tokenedCluster();

    // hello / welcome / presence on join
    const ada = await ParticipantSocket.join(name, "Ada", tokens.editor);
    const welcome = ada.of("welcome")[0]!;
    expect(welcome.you).toMatchObject({ name: "Ada", role: "editor", typing: false });
    expect(welcome.you.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(welcome.participants.map((p) => p.name)).toEqual(["Ada"]);
    const bob = await ParticipantSocket.join(name, "Bob", tokens.editor);
    expect(bob.of("welcome")[0]!.participants.map((p) => p.name)).toEqual(["Ada", "Bob"]);
    const vi = await ParticipantSocket.join(name, "Vi", tokens.viewer);
    expect(vi.of("welcome")[0]!.you.role).toBe("viewer");
    for (const p of [ada, bob, vi]) {
      await p.until(() => p.present().length === 3, "presence of all three");
      expect(p.present()).toEqual(["Ada", "Bob", "Vi"]);
    }
    expect(
      new Set(
        ada
          .of("presence")
          .at(-1)!
          .participants.map((p) => p.color),
      ).size,
    ).toBe(3);

    // typing is presence too
    ada.send({ op: "presence", typing: true, view: { selected: "pod/default/x" } });
    await bob.until(
      () =>
        bob
          .of("presence")
          .at(-1)!
          .participants.find((p) => p.name === "Ada")?.typing === true,
      "Ada typing, as Bob sees it",
    );
    expect(
      bob
        .of("presence")
        .at(-1)!
        .participants.find((p) => p.name === "Ada")!.view,
    ).toEqual({
      selected: "pod/default/x",
    });

    // commands: output to the runner only, then done, then the feed entry to all, in one order
    // Each participant runs one command at a time (a second one is refused while the first runs),
    // the two participants at once.
    await Promise.all([
      ada.run("c0", "get pods").then(() => ada.run("c2", "get deployments")),
      bob.run("c1", "kubeplay-test print 5").then(() => bob.run("c3", "kubeplay-test sleep 1")),
    ]);
    for (const p of [ada, bob, vi]) {
      await p.until(() => p.of("feed").length === 4, "four feed entries");
      const feed = p.of("feed").map((f) => f.entry);
      expect(feed.map((e) => e.seq)).toEqual([...feed.map((e) => e.seq)].sort((a, b) => a - b));
    }
    const order = (p: ParticipantSocket) =>
      p.of("feed").map((f) => `${f.entry.participant.name}: ${f.entry.command}`);
    expect(order(bob)).toEqual(order(ada));
    expect(order(vi)).toEqual(order(ada));
    expect(new Set(order(ada))).toEqual(
      new Set([
        "Ada: get pods",
        "Bob: kubeplay-test print 5",
        "Ada: get deployments",
        "Bob: kubeplay-test sleep 1",
      ]),
    );
    const printed = ada.of("feed").find((f) => f.entry.command === "kubeplay-test print 5")!.entry;
    expect(printed).toMatchObject({ output: "xxxxx", exitCode: 0, participant: { name: "Bob" } });
    // The runner got its output and done before the feed entry; the others got no output.
    const bobOps = bob.messages.map((m) => ("id" in m && m.op !== "result" ? `${m.op}:${m.id}` : m.op));
    expect(bobOps.indexOf("output:c1")).toBeGreaterThan(-1);
    expect(bobOps.indexOf("output:c1")).toBeLessThan(bobOps.indexOf("done:c1"));
    const bobFeedIndex = bob.messages.findIndex(
      (m) => m.op === "feed" && m.entry.command === "kubeplay-test print 5",
    );
    expect(bobOps.indexOf("done:c1")).toBeLessThan(bobFeedIndex);
    expect(ada.of("output").some((o) => o.id === "c1")).toBe(false);
    expect(vi.of("output")).toEqual([]);

    // the viewer's writes are refused, by every path, and nothing changes
    vi.send({
      op: "call",
      id: 1,
      method: "POST",
      path: "/api/v1/namespaces/default/configmaps",
      body: configMap("v"),
    });
    await vi.until(() => vi.of("result").length === 1, "the viewer's call result");
    const refused = vi.of("result")[0]!;
    expect(refused.code).toBe(403);
    expect((refused.body as { reason: string; message: string }).message).toBe(
      'configmaps is forbidden: User "viewer" cannot create resource "configmaps" in API group "" in the namespace "default"',
    );
    const viaKubectl = await vi.run(
      "v1",
      "kubeplay-test fetch POST /api/v1/namespaces/default/configmaps",
      JSON.stringify(configMap("v")),
    );
    expect(viaKubectl.exitCode).toBe(1);
    expect(viaKubectl.output).toContain("403");
    expect(viaKubectl.output).toContain('User \\"viewer\\" cannot create resource \\"configmaps\\"');
    const viewerNodeVerb = await vi.run("v2", "kubeplay-test verb addNode extra");
    expect(viewerNodeVerb.exitCode).toBe(1);
    const list = await request(name, "GET", "/api/v1/namespaces/default/configmaps", {
      token: tokens.viewer,
    });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
    // ...while an editor's go through, by the same paths
    const editorWrite = await ada.run(
      "e1",
      "kubeplay-test fetch POST /api/v1/namespaces/default/configmaps",
      JSON.stringify(configMap("by-ada")),
    );
    expect(editorWrite.exitCode).toBe(0);
    expect(
      (await request(name, "GET", "/api/v1/namespaces/default/configmaps/by-ada", { token: tokens.viewer }))
        .status,
    ).toBe(200);

    // revoking the viewer link closes the viewer's socket and refuses the old token
    const revoke = await request(name, "POST", "/kubeplay/links", {
      token: tokens.owner,
      body: { revoke: "viewer" },
    });
    expect(revoke.status).toBe(200);
    expect(revoke.body.tokens.viewer).not.toBe(tokens.viewer);
    expect(revoke.body.tokens.editor).toBe(tokens.editor);
    await vi.until(() => vi.closed, "the viewer's socket to close");
    expect(vi.closeCode).toBe(4001);
    for (const p of [ada, bob]) await p.until(() => p.present().length === 2, "Vi gone from presence");
    expect((await request(name, "GET", "/api/v1/namespaces", { token: tokens.viewer })).status).toBe(401);
    const again = await SELF_ws(name, tokens.viewer);
    expect(again).toBe(401);
    expect(
      (await request(name, "GET", "/api/v1/namespaces", { token: revoke.body.tokens.viewer })).status,
    ).toBe(200);

    // leaving is presence
    bob.close();
    await ada.until(() => ada.present().join() === "Ada", "Bob gone from Ada's presence");
    ada.close();
  });
});

async function SELF_ws(cluster: string, token: string): Promise<number> {
  const { SELF } = await import("cloudflare:test");
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${cluster}/ws?token=${token}`, {
    headers: { Upgrade: "websocket" },
  });
  return res.status;
}
