/** Commands: POST /kubectl, cancel, one at a time, and hostile input that must not slow anyone. */
import { describe, expect, it } from "vitest";
import { clusterName, configMap, initCluster } from "../helpers";
import { ParticipantSocket, request, tokenedCluster } from "./helpers";

const CMS = "/api/v1/namespaces/default/configmaps";

describe("POST /clusters/NAME/kubectl", () => {
  it("answers output and exit code, and records the command in the feed", async () => {
    const name = clusterName("k");
    await initCluster(name);
    const watcher = await ParticipantSocket.join(name, "Watcher");
    const res = await request(name, "POST", "/kubectl", { body: { command: "get pods -o wide" } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["exitCode", "output"]);
    expect(typeof res.body.output).toBe("string");
    expect(Number.isInteger(res.body.exitCode)).toBe(true);
    const created = await request(name, "POST", "/kubectl", {
      body: { command: `kubeplay-test fetch POST ${CMS}`, stdin: JSON.stringify(configMap("via-kubectl")) },
    });
    expect(created.body.exitCode).toBe(0);
    expect(created.body.output).toMatch(/^201 /);
    expect((await request(name, "GET", `${CMS}/via-kubectl`)).status).toBe(200);

    await watcher.until(() => watcher.of("feed").length === 2, "two feed entries");
    const [first, second] = watcher.of("feed").map((f) => f.entry);
    expect(first).toMatchObject({
      command: "get pods -o wide",
      participant: { name: "api" },
      output: res.body.output,
    });
    expect(second).toMatchObject({ exitCode: 0, participant: { name: "api" } });
    // a newcomer gets the feed in its welcome
    const late = await ParticipantSocket.join(name, "Late");
    expect(late.of("welcome")[0]!.feed.map((e) => e.command)).toEqual([first!.command, second!.command]);
    watcher.close();
    late.close();
  });

  it("names the feed entry by the token's role, and lets a viewer's kubectl write nothing", async () => {
    const { name, tokens } = await tokenedCluster();
    const owner = await ParticipantSocket.join(name, "Owner", tokens.owner);
    const res = await request(name, "POST", "/kubectl", {
      token: tokens.viewer,
      body: { command: `kubeplay-test fetch POST ${CMS}`, stdin: JSON.stringify(configMap("nope")) },
    });
    expect(res.body.exitCode).toBe(1);
    expect(res.body.output).toContain("Forbidden");
    expect((await request(name, "GET", CMS, { token: tokens.owner })).body.items).toEqual([]);
    await owner.until(() => owner.of("feed").length === 1, "the feed entry");
    expect(owner.of("feed")[0]!.entry.participant.name).toBe("viewer");
    owner.close();
  });

  it("refuses bodies that are not a command", async () => {
    const name = clusterName("k");
    await initCluster(name);
    expect((await request(name, "POST", "/kubectl", { body: { cmd: "get pods" } })).status).toBe(400);
    expect((await request(name, "POST", "/kubectl", { body: { command: "x", stdin: 3 } })).status).toBe(400);
    const long = await request(name, "POST", "/kubectl", { body: { command: `get ${"x".repeat(70_000)}` } });
    expect(long.status).toBe(413);
  });
});

describe("commands over the socket", () => {
  it("cancels a running command, and runs one command at a time per participant", async () => {
    const name = clusterName("c");
    await initCluster(name);
    const ada = await ParticipantSocket.join(name, "Ada");
    ada.send({ op: "command", id: "long", command: "kubeplay-test sleep 60000" });
    ada.send({ op: "command", id: "second", command: "get pods" });
    await ada.until(() => ada.of("done").some((d) => d.id === "second"), "the second command refused");
    expect(ada.of("error").find((e) => e.id === "second")!.message).toContain("already running");
    expect(ada.of("done").find((d) => d.id === "second")!.exitCode).toBe(1);
    expect(ada.of("done").some((d) => d.id === "long")).toBe(false);
    ada.send({ op: "cancel", id: "long" });
    await ada.until(() => ada.of("done").some((d) => d.id === "long"), "the cancelled command's done");
    expect(ada.of("done").find((d) => d.id === "long")!.exitCode).toBe(130);
    await ada.until(() => ada.of("feed").length === 1, "the cancelled command in the feed");
    // the next one runs
    expect((await ada.run("third", "kubeplay-test print 3")).exitCode).toBe(0);
    ada.close();
  });

  it("streams a watch through kubectl's fetch until cancelled", async () => {
    const name = clusterName("c");
    await initCluster(name);
    const ada = await ParticipantSocket.join(name, "Ada");
    ada.send({ op: "command", id: "w", command: `kubeplay-test watch ${CMS}` });
    await new Promise((r) => setTimeout(r, 50));
    await request(name, "POST", CMS, { body: configMap("streamed") });
    const text = () =>
      ada
        .of("output")
        .filter((o) => o.id === "w")
        .map((o) => o.text)
        .join("");
    await ada.until(() => text().includes('"name":"streamed"'), "the watch event in the output");
    expect(text()).toMatch(/^\{"type":"ADDED"/);
    ada.send({ op: "cancel", id: "w" });
    await ada.until(() => ada.of("done").some((d) => d.id === "w"), "the watch to end");
    ada.close();
  });

  it("ends a cancelled kubectl get -w with exit code 130, as ^C does", async () => {
    const name = clusterName("c");
    await initCluster(name);
    const ada = await ParticipantSocket.join(name, "Ada");
    ada.send({ op: "command", id: "w", command: "get configmaps -w" });
    await new Promise((r) => setTimeout(r, 100));
    ada.send({ op: "cancel", id: "w" });
    await ada.until(() => ada.of("done").some((d) => d.id === "w"), "the watch to end");
    expect(ada.of("done").find((d) => d.id === "w")?.exitCode).toBe(130);
    ada.close();
  });

  it("stops a participant's command when its socket closes", async () => {
    const name = clusterName("c");
    await initCluster(name);
    const ada = await ParticipantSocket.join(name, "Ada");
    const bob = await ParticipantSocket.join(name, "Bob");
    ada.send({ op: "command", id: "w", command: `kubeplay-test watch ${CMS}` });
    await new Promise((r) => setTimeout(r, 50));
    ada.close();
    await bob.until(() => bob.of("feed").length === 1, "Ada's watch ended, in the feed");
    expect(bob.of("feed")[0]!.entry.exitCode).toBe(130);
    bob.close();
  });
});

describe("hostile input", () => {
  it("refuses huge command lines and messages, keeps the feed's output bounded", async () => {
    const name = clusterName("h");
    await initCluster(name);
    const ada = await ParticipantSocket.join(name, "Ada");
    ada.send({ op: "command", id: "huge", command: `get pods ${"a".repeat(70 * 1024)}` });
    await ada.until(() => ada.of("done").some((d) => d.id === "huge"), "the huge line refused");
    expect(ada.of("error").find((e) => e.id === "huge")!.message).toContain("too long");
    ada.send({ op: "command", id: "big", command: "get pods", stdin: "x".repeat(2 * 1024 * 1024) });
    await ada.until(() => ada.of("result").some((r) => r.code === 413), "the oversized message refused");

    const printed = await ada.run("print", "kubeplay-test print 200000");
    expect(printed.output.length).toBe(200_000);
    await ada.until(() => ada.of("feed").length === 1, "the feed entry");
    const kept = ada.of("feed")[0]!.entry.output;
    expect(kept.length).toBeLessThan(66 * 1024);
    expect(kept).toContain("[output truncated: 134464 more characters not kept in the feed]");
    expect(ada.of("feed").some((f) => f.entry.command.includes("aaaa"))).toBe(false);
    ada.close();
  });

  it("rate-limits a flooding participant while others are served at once", async () => {
    const name = clusterName("h");
    await initCluster(name);
    const flooder = await ParticipantSocket.join(name, "Flood");
    const calm = await ParticipantSocket.join(name, "Calm");
    for (let i = 0; i < 2000; i++) flooder.send({ op: "presence", typing: i % 2 === 0 });
    for (let i = 0; i < 30; i++)
      flooder.send({ op: "command", id: `f${i}`, command: "kubeplay-test print 1" });
    const started = Date.now();
    const res = await request(name, "POST", CMS, { body: configMap("calm") });
    expect(res.status).toBe(201);
    expect((await calm.run("c", "kubeplay-test print 1")).exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(2000);
    await flooder.until(
      () => flooder.of("error").some((e) => e.message.includes("too many")),
      "the flood refused",
    );
    // presence went out in batches, not one message per update
    expect(calm.of("presence").length).toBeLessThan(100);
    flooder.close();
    calm.close();
  });

  it("rate-limits commands per participant", async () => {
    const { name, tokens } = await tokenedCluster();
    const ada = await ParticipantSocket.join(name, "Ada", tokens.editor);
    const codes: number[] = [];
    for (let i = 0; i < 15; i++) codes.push((await ada.run(`r${i}`, "kubeplay-test print 1")).exitCode);
    expect(codes.filter((c) => c === 0).length).toBeGreaterThanOrEqual(10);
    expect(codes.filter((c) => c === 0).length).toBeLessThan(15);
    expect(ada.of("error").some((e) => e.message.startsWith("too many commands"))).toBe(true);
    ada.close();
  });

  it("sanitises names: control characters out, length capped, a palette colour for a bad one", async () => {
    const name = clusterName("h");
    await initCluster(name);
    const p = await ParticipantSocket.open(name);
    p.send({
      op: "hello",
      name: `\u001b[31mEve\u202e\u0000${"z".repeat(100)}`,
      color: "red; background: url(x)",
    });
    await p.until(() => p.of("welcome").length === 1, "the welcome");
    const you = p.of("welcome")[0]!.you;
    expect(you.name).toBe(`[31mEve${"z".repeat(25)}`);
    expect([...you.name].length).toBe(32);
    expect(you.color).toMatch(/^#[0-9a-f]{6}$/);
    p.send({ op: "command", id: "x", command: 5 });
    await p.until(() => p.of("done").some((d) => d.id === "x"), "the bad command refused");
    p.send("not json");
    await p.until(() => p.of("result").some((r) => r.code === 400), "the bad message refused");
    p.close();
  });
});
