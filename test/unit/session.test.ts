import { describe, expect, it } from "vitest";
import { forbiddenRequest, requestVerb } from "../../lib/apiserver/authorize";
import { FeedRing, OutputCollector } from "../../lib/session/feed";
import { FlowRecorder, formatStep } from "../../lib/session/flow";
import { isLongRunning, RateLimiter } from "../../lib/session/limits";
import {
  PALETTE,
  ParticipantRegistry,
  sanitizeColor,
  sanitizeName,
  sanitizeView,
} from "../../lib/session/participants";
import type { FlowStep } from "../../lib/session/protocol";
import { newToken, roleOfToken, tokenOf } from "../../lib/session/tokens";

const step = (revision: number, at: number, extra: Partial<FlowStep> = {}): FlowStep => ({
  revision,
  kind: "write",
  from: "participant/Ada",
  to: "apiserver",
  verb: "create",
  resource: "pods",
  namespace: "default",
  name: `p${revision}`,
  at,
  ...extra,
});

describe("participants", () => {
  it("makes names safe: control and bidi characters out, spaces collapsed, 32 characters at most", () => {
    expect(sanitizeName("  Ada \n Lovelace ", "x")).toBe("Ada Lovelace");
    expect(sanitizeName("\u202eevil\u200b", "x")).toBe("evil");
    expect(sanitizeName("é".repeat(40), "x")).toBe("é".repeat(32));
    expect(sanitizeName("😀".repeat(40), "x")).toBe("😀".repeat(32));
    expect(sanitizeName("\u0000\u0007", "guest")).toBe("guest");
    expect(sanitizeName(42, "guest")).toBe("guest");
  });

  it("keeps #rrggbb colours and hands out the palette in turn otherwise", () => {
    expect(sanitizeColor("#ABCDEF", 0)).toBe("#abcdef");
    expect(sanitizeColor("red", 1)).toBe(PALETTE[1]);
    expect(sanitizeColor(undefined, PALETTE.length)).toBe(PALETTE[0]);
    const registry = new ParticipantRegistry();
    const a = registry.join("a", "editor", { name: "A" });
    const b = registry.join("b", "viewer", { name: "B" });
    expect(a.color).not.toBe(b.color);
  });

  it("bounds what a view may hold", () => {
    const view = sanitizeView(
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, "v".repeat(500)])),
    );
    expect(Object.keys(view!)).toHaveLength(8);
    expect(view!.k0).toHaveLength(256);
    expect(sanitizeView("nope")).toBeUndefined();
  });

  it("reports only visible presence changes", () => {
    const registry = new ParticipantRegistry();
    registry.join("a", "editor", { name: "A" });
    expect(registry.update("a", { typing: true })).toBe(true);
    expect(registry.update("a", { typing: true })).toBe(false);
    expect(registry.update("a", { view: { selected: "x" } })).toBe(true);
    expect(registry.update("a", { view: { selected: "x" } })).toBe(false);
    expect(registry.update("nobody", { typing: true })).toBe(false);
    expect(registry.list()).toEqual([
      { id: "a", name: "A", color: PALETTE[0], role: "editor", typing: true, view: { selected: "x" } },
    ]);
    expect(registry.leave("a")).toBe(true);
    expect(registry.size).toBe(0);
  });
});

describe("feed", () => {
  it("keeps the last entries with increasing sequence numbers, continuing after a restore", () => {
    const ring = new FeedRing([], 3);
    for (let i = 0; i < 5; i++)
      ring.add({
        participant: { id: "a", name: "A", color: "#000000" },
        command: `c${i}`,
        output: "",
        exitCode: 0,
        at: i,
      });
    expect(ring.list().map((e) => [e.seq, e.command])).toEqual([
      [3, "c2"],
      [4, "c3"],
      [5, "c4"],
    ]);
    const again = new FeedRing(ring.list(), 3);
    expect(
      again.add({
        participant: { id: "a", name: "A", color: "#000000" },
        command: "n",
        output: "",
        exitCode: 0,
        at: 9,
      }).seq,
    ).toBe(6);
  });

  it("caps output with a note", () => {
    const out = new OutputCollector(10);
    out.append("12345");
    out.append("67890abc");
    out.append("def");
    expect(out.truncated).toBe(true);
    expect(out.text()).toBe("1234567890\n[output truncated: 6 more characters not kept in the feed]\n");
    const small = new OutputCollector(10);
    small.append("ok\n");
    expect(small.text()).toBe("ok\n");
  });
});

describe("flow recorder", () => {
  it("sends at most the budget per second and says how many steps it left out", () => {
    const flow = new FlowRecorder(5, 100);
    for (let i = 1; i <= 12; i++) flow.record(step(i, 1000 + i));
    expect(flow.take(1100).map((s) => s.revision)).toEqual([1, 2, 3, 4, 5]);
    const later = flow.take(2100);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ verb: "sampled", count: 7, revision: 12 });
    expect(formatStep(later[0]!)).toBe("#12 7 more steps not shown (over 5 steps/s)");
    expect(flow.last().steps).toHaveLength(12);
  });

  it("keeps the steps since the last command, bounded", () => {
    const flow = new FlowRecorder(1000, 3);
    flow.record(step(1, 0));
    flow.startCommand();
    for (let i = 2; i <= 6; i++) flow.record(step(i, i), false);
    expect(flow.last().steps.map((s) => s.revision)).toEqual([2, 3, 4]);
    expect(flow.last().dropped).toBe(2);
    expect(flow.take(10).map((s) => s.revision)).toEqual([1]);
  });

  it("prints a step as an arrow between its two ends", () => {
    expect(formatStep(step(412, 0, { name: "my-app", resource: "deployments" }))).toBe(
      "#412 participant/Ada → apiserver: create deployments default/my-app",
    );
    expect(
      formatStep(
        step(7, 0, {
          kind: "watch",
          from: "apiserver",
          to: "kubelet/node-1",
          verb: "MODIFIED",
          resource: "nodes",
          namespace: undefined,
          name: "node-1",
        }),
      ),
    ).toBe("#7 apiserver → kubelet/node-1: MODIFIED nodes node-1");
  });
});

describe("limits", () => {
  it("refills a token bucket at its rate", () => {
    const limiter = new RateLimiter({ burst: 2, perSecond: 1 }, 0);
    expect([limiter.take(0), limiter.take(0), limiter.take(0)]).toEqual([true, true, false]);
    expect(limiter.retryAfterSeconds()).toBe(1);
    expect(limiter.take(999)).toBe(false);
    expect(limiter.take(1000)).toBe(true);
  });

  it("tells watching commands from others", () => {
    for (const line of [
      "get pods -w",
      "kubectl get pods --watch",
      "k rollout status deployment/x",
      "wait --for=condition=Ready pod/x",
      "get pods --watch-only=true",
    ])
      expect(isLongRunning(line), line).toBe(true);
    for (const line of ["get pods", "rollout restart deployment/x", "describe pod w"])
      expect(isLongRunning(line), line).toBe(false);
  });
});

describe("tokens and refusals", () => {
  it("makes distinct URL-safe tokens and finds their role", () => {
    const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
    expect(roleOfToken(tokens, tokens.viewer)).toBe("viewer");
    expect(roleOfToken(tokens, `${tokens.viewer}x`)).toBeUndefined();
    expect(roleOfToken(tokens, "")).toBeUndefined();
  });

  it("reads a token from the Authorization header first, then the query", () => {
    const url = new URL("http://x/clusters/c/ws?token=q");
    expect(tokenOf(new Request(url, { headers: { authorization: "Bearer h" } }), url)).toBe("h");
    expect(tokenOf(new Request(url), url)).toBe("q");
    const bare = new URL("http://x/clusters/c/ws");
    expect(tokenOf(new Request(bare), bare)).toBeUndefined();
  });

  it("words refusals as RBAC does", () => {
    expect(requestVerb("GET", "/api/v1/pods")).toBe("list");
    expect(requestVerb("GET", "/api/v1/namespaces/default/pods/x")).toBe("get");
    expect(requestVerb("GET", "/api/v1/pods", new URLSearchParams("watch=true"))).toBe("watch");
    expect(requestVerb("DELETE", "/api/v1/namespaces/default/pods")).toBe("deletecollection");
    expect(
      forbiddenRequest("viewer", "POST", "/apis/apps/v1/namespaces/default/deployments").status,
    ).toMatchObject({
      code: 403,
      reason: "Forbidden",
      message:
        'deployments.apps is forbidden: User "viewer" cannot create resource "deployments" in API group "apps" in the namespace "default"',
    });
    expect(
      forbiddenRequest("viewer", "POST", "/api/v1/namespaces/default/pods/p/binding").status.message,
    ).toBe(
      'pods "p" is forbidden: User "viewer" cannot create resource "pods/binding" in API group "" in the namespace "default"',
    );
    expect(forbiddenRequest("viewer", "POST", "/nowhere").status.message).toBe(
      'forbidden: User "viewer" cannot create path "/nowhere"',
    );
  });
});
