/** The OpenAPI endpoints and server-side field validation, over HTTP as kubectl uses them. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readFields } from "../../lib/protobuf/wire";
import { api, clusterName, initCluster } from "../helpers";
import { request, tokenedCluster } from "../session/helpers";

const BASE = "http://kubeplay.test";

async function get(cluster: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
  await initCluster(cluster);
  return SELF.fetch(`${BASE}/clusters/${cluster}${path}`, { headers });
}

function deployment(name: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: "c", image: "nginx" }] },
      },
      ...extra,
    },
  };
}

async function write(
  cluster: string,
  method: string,
  path: string,
  body: unknown,
  contentType = "application/json",
): Promise<{ status: number; body: Record<string, unknown>; warnings: string[] }> {
  await initCluster(cluster);
  const res = await SELF.fetch(`${BASE}/clusters/${cluster}${path}`, {
    method,
    headers: { "content-type": contentType },
    body: JSON.stringify(body),
  });
  const warning = res.headers.get("warning");
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    warnings: warning ? warning.split(/,\s*(?=299)/) : [],
  };
}

describe("OpenAPI endpoints", () => {
  it("serves the v3 root and each group version's document at its serverRelativeURL, cached by hash", async () => {
    const c = clusterName("oa");
    const root = await get(c, "/openapi/v3");
    expect(root.status).toBe(200);
    const paths = ((await root.json()) as { paths: Record<string, { serverRelativeURL: string }> }).paths;
    expect(Object.keys(paths).sort()).toEqual([
      "api/v1",
      "apis/apps/v1",
      "apis/coordination.k8s.io/v1",
      "apis/policy/v1",
    ]);
    const url = paths["apis/apps/v1"]!.serverRelativeURL;
    expect(url).toMatch(/^\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]{128}$/);

    const doc = await get(c, url);
    expect(doc.status).toBe(200);
    expect(doc.headers.get("content-type")).toBe("application/json");
    expect(doc.headers.get("cache-control")).toBe("public, immutable");
    const etag = doc.headers.get("etag");
    expect(etag).toBe(`"${url.split("hash=")[1]}"`);
    const body = (await doc.json()) as { openapi: string; components: { schemas: Record<string, unknown> } };
    expect(body.openapi).toBe("3.0.0");
    expect(body.components.schemas["io.k8s.api.apps.v1.Deployment"]).toBeDefined();

    const again = await get(c, "/openapi/v3/apis/apps/v1", { "if-none-match": etag ?? "" });
    expect(again.status).toBe(304);
    const stale = await get(c, "/openapi/v3/apis/apps/v1?hash=0");
    expect(stale.headers.get("cache-control")).toBe("no-cache, private");
    expect((await get(c, "/openapi/v3/apis/batch/v1")).status).toBe(404);
  });

  it("serves /openapi/v2 as JSON, and as gnostic protobuf when asked as kubectl asks", async () => {
    const c = clusterName("oa");
    const json = await get(c, "/openapi/v2");
    expect(json.status).toBe(200);
    const swagger = (await json.json()) as { swagger: string; definitions: Record<string, unknown> };
    expect(swagger.swagger).toBe("2.0");
    expect(swagger.definitions["io.k8s.api.core.v1.Pod"]).toBeDefined();

    const pb = await get(c, "/openapi/v2", {
      accept: "application/com.github.proto-openapi.spec.v2@v1.0+protobuf",
    });
    expect(pb.status).toBe(200);
    expect(pb.headers.get("content-type")).toBe("application/com.github.proto-openapi.spec.v2.v1.0+protobuf");
    const fields = readFields(new Uint8Array(await pb.arrayBuffer()));
    expect(new TextDecoder().decode(fields.find((f) => f.number === 1)?.bytes)).toBe("2.0");
    expect(fields.some((f) => f.number === 9)).toBe(true);
  });

  it("is read like discovery: 401 without a token where /api is 401, open to a viewer", async () => {
    const { name, tokens } = await tokenedCluster();
    for (const path of ["/api", "/openapi/v3", "/openapi/v3/api/v1", "/openapi/v2"]) {
      expect((await request(name, "GET", path)).status, path).toBe(401);
      expect((await request(name, "GET", path, { token: tokens.viewer })).status, path).toBe(200);
    }
  });
});

describe("server-side field validation", () => {
  const DEPLOYMENTS = "/apis/apps/v1/namespaces/default/deployments";

  it("Strict refuses unknown fields on create with kube-apiserver's 400, and stores nothing", async () => {
    const c = clusterName("fv");
    const res = await write(
      c,
      "POST",
      `${DEPLOYMENTS}?fieldValidation=Strict`,
      deployment("web", { foo: 1 }),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      kind: "Status",
      status: "Failure",
      reason: "BadRequest",
      code: 400,
      message:
        'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.foo"',
    });
    expect((await api(c, "GET", `${DEPLOYMENTS}/web`)).status).toBe(404);
  });

  it("Warn (the default) answers a Warning header per unknown field and drops them", async () => {
    const c = clusterName("fv");
    const body = deployment("web", { foo: 1 });
    (body.metadata as Record<string, unknown>).bar = "x";
    const res = await write(c, "POST", DEPLOYMENTS, body);
    expect(res.status).toBe(201);
    expect(res.warnings).toEqual([
      '299 - "unknown field \\"metadata.bar\\""',
      '299 - "unknown field \\"spec.foo\\""',
    ]);
    const stored = await api(c, "GET", `${DEPLOYMENTS}/web`);
    expect(stored.body.spec.foo).toBeUndefined();
    expect(stored.body.metadata.bar).toBeUndefined();
    expect(stored.body.spec.replicas).toBe(1);
  });

  it("Ignore drops unknown fields without a word", async () => {
    const c = clusterName("fv");
    const res = await write(
      c,
      "POST",
      `${DEPLOYMENTS}?fieldValidation=Ignore`,
      deployment("web", { foo: 1 }),
    );
    expect(res.status).toBe(201);
    expect(res.warnings).toEqual([]);
    expect((res.body.spec as Record<string, unknown>).foo).toBeUndefined();
  });

  it("applies to update and to every patch type", async () => {
    const c = clusterName("fv");
    expect((await write(c, "POST", DEPLOYMENTS, deployment("web"))).status).toBe(201);
    const put = await write(
      c,
      "PUT",
      `${DEPLOYMENTS}/web?fieldValidation=Strict`,
      deployment("web", { foo: 1 }),
    );
    expect(put.status).toBe(400);
    expect(put.body.message).toContain('strict decoding error: unknown field "spec.foo"');
    for (const [type, patch] of [
      ["application/merge-patch+json", { spec: { foo: 1 } }],
      ["application/strategic-merge-patch+json", { spec: { foo: 1 } }],
      ["application/json-patch+json", [{ op: "add", path: "/spec/foo", value: 1 }]],
    ] as const) {
      const strict = await write(c, "PATCH", `${DEPLOYMENTS}/web?fieldValidation=Strict`, patch, type);
      expect(strict.status, type).toBe(400);
      expect(strict.body.message, type).toBe('strict decoding error: unknown field "spec.foo"');
      const warned = await write(c, "PATCH", `${DEPLOYMENTS}/web`, patch, type);
      expect(warned.status, type).toBe(200);
      expect(warned.warnings, type).toEqual(['299 - "unknown field \\"spec.foo\\""']);
      expect((warned.body.spec as Record<string, unknown>).foo, type).toBeUndefined();
    }
    const bad = await write(c, "POST", `${DEPLOYMENTS}?fieldValidation=Loud`, deployment("other"));
    expect(bad.status).toBe(400);
  });
});
