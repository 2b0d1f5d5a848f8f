import { describe, expect, it } from "vitest";
import { Api } from "../../../lib/kubectl/api";
import { DISCOVERY_TTL_MS, Resources } from "../../../lib/kubectl/resources";
import type { KubectlIO } from "../../../lib/kubectl/types";

/** A server whose discovery can grow a group, counting the discovery requests it answers. */
function server() {
  const state = { requests: 0, withWidgets: false, now: 1_000_000 };
  const lists: Record<string, unknown> = {
    "/api/v1": {
      resources: [{ name: "pods", kind: "Pod", namespaced: true, singularName: "pod", verbs: ["get"] }],
    },
    "/apis": { groups: [{ name: "apps", preferredVersion: { version: "v1" } }] },
    "/apis/apps/v1": {
      resources: [{ name: "deployments", kind: "Deployment", namespaced: true, verbs: ["get"] }],
    },
  };
  const io: KubectlIO = {
    fetch: async (path) => {
      state.requests++;
      const p = path.split("?")[0] ?? "";
      if (p === "/apis" && state.withWidgets)
        return Response.json({
          groups: [
            { name: "apps", preferredVersion: { version: "v1" } },
            { name: "example.com", preferredVersion: { version: "v1" } },
          ],
        });
      if (p === "/apis/example.com/v1")
        return Response.json({
          resources: [{ name: "widgets", kind: "Widget", namespaced: true, verbs: ["get"] }],
        });
      return lists[p] ? Response.json(lists[p]) : new Response("{}", { status: 404 });
    },
    write: () => {},
    signal: new AbortController().signal,
    now: () => state.now,
  };
  const command = (key?: string) => new Resources(new Api(io), key, () => state.now);
  return { state, command };
}

describe("discovery kept between commands", () => {
  it("is fetched once per command without a key, and once per TTL with one", async () => {
    const s = server();
    await s.command().resolve("pods");
    await s.command().resolve("pods");
    expect(s.state.requests).toBe(6);
    s.state.requests = 0;
    await s.command("c1").resolve("pods");
    await s.command("c1").resolve("deployments");
    expect(s.state.requests).toBe(3);
    s.state.now += DISCOVERY_TTL_MS;
    await s.command("c1").resolve("pods");
    expect(s.state.requests).toBe(6);
  });

  it("discovers again when a word is not in kept discovery, and still refuses what the server lacks", async () => {
    const s = server();
    await s.command("c2").resolve("pods");
    s.state.withWidgets = true;
    expect((await s.command("c2").resolve("widgets")).group).toBe("example.com");
    await expect(s.command("c2").resolve("gadgets")).rejects.toThrow(
      'the server doesn\'t have a resource type "gadgets"',
    );
  });
});
