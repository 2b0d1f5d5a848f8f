import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { clusterName, initCluster } from "../helpers";

async function get(cluster: string, path: string, token?: string) {
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${cluster}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

describe("health endpoints of a cluster (client-node's Health, kubectl get --raw /readyz)", () => {
  it("answers livez, readyz and healthz with ok as text, and the checks with ?verbose", async () => {
    const c = clusterName();
    await initCluster(c);
    for (const path of ["/livez", "/readyz", "/healthz", "/livez/ping", "/readyz/etcd"]) {
      const res = await get(c, path);
      expect(res).toMatchObject({ status: 200, text: "ok" });
      expect(res.type).toContain("text/plain");
    }
    const verbose = await get(c, "/readyz?verbose");
    expect(verbose.status).toBe(200);
    expect(verbose.text).toBe("[+]ping ok\n[+]etcd ok\nreadyz check passed\n");
    expect((await get(c, "/livez/nothing")).status).toBe(404);
  });

  it("asks for a token like every other path of a cluster with links", async () => {
    const c = clusterName();
    const res = await SELF.fetch(`http://kubeplay.test/clusters/${c}/kubeplay/init`, {
      method: "POST",
      body: JSON.stringify({ components: false }),
    });
    const { tokens } = (await res.json()) as { tokens: { viewer: string } };
    expect((await get(c, "/readyz")).status).toBe(401);
    expect(await get(c, "/readyz", tokens.viewer)).toMatchObject({ status: 200, text: "ok" });
  });
});
