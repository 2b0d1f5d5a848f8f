import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, clusterName, configMap, initCluster } from "../helpers";

const CMS = "/api/v1/namespaces/default/configmaps";

async function watch(c: string, pathAndQuery: string) {
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${c}${pathAndQuery}`);
  return { status: res.status, text: await res.text() };
}

describe("HTTP watches refused before they start answer an HTTP error, as kube-apiserver does", () => {
  it("unknown resources, bad selectors and unusable resourceVersions are 404, 400 and 504 Status", async () => {
    const c = clusterName();
    await initCluster(c);
    const cases: [string, number, string][] = [
      ["/api/v1/namespaces/default/nothings?watch=true", 404, "NotFound"],
      ["/api/v1/namespaces/default/configmaps/one?watch=true", 404, "NotFound"],
      [`${CMS}?watch=true&labelSelector=a%20b%20c`, 400, "BadRequest"],
      [`${CMS}?watch=true&fieldSelector=spec.bogus%3Dx`, 400, "BadRequest"],
      [`${CMS}?watch=true&resourceVersion=abc`, 400, "BadRequest"],
      [`${CMS}?watch=true&resourceVersion=999999`, 504, "Timeout"],
    ];
    for (const [path, code, reason] of cases) {
      const res = await watch(c, path);
      expect({ path, status: res.status }).toEqual({ path, status: code });
      expect(JSON.parse(res.text)).toMatchObject({ kind: "Status", status: "Failure", code, reason });
    }
  });

  it("a compacted resourceVersion is a 200 with one ERROR 410 Expired event, then the end", async () => {
    const c = clusterName();
    await initCluster(c, { components: false, settings: { historyRevisions: 5, historyAgeMs: 0 } });
    const first = await api(c, "POST", CMS, configMap("first"));
    for (let n = 0; n < 110; n++) await api(c, "POST", CMS, configMap(`cm-${n}`));
    const res = await watch(c, `${CMS}?watch=true&resourceVersion=${first.body.metadata.resourceVersion}`);
    expect(res.status).toBe(200);
    const lines = res.text.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ type: "ERROR", object: { code: 410, reason: "Expired" } });
  });
});
