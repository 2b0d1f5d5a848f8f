import { expect, inject, test } from "vitest";

const base = inject("baseUrl");

test("the playground started by `npm start` answers health checks and serves the web client", async () => {
  expect(await (await fetch(`${base}/healthz`)).text()).toBe("ok");
  const page = await fetch(`${base}/`);
  expect(page.status).toBe(200);
  expect(page.headers.get("content-type")).toContain("text/html");
});

test("a cluster created over HTTP answers the Kubernetes API", async () => {
  const name = `node-${Date.now().toString(36)}`;
  const res = await fetch(`${base}/clusters/${name}/api/v1/namespaces`);
  expect(res.status).toBe(200);
  const list = (await res.json()) as { kind: string; items: { metadata: { name: string } }[] };
  expect(list.kind).toBe("NamespaceList");
  expect(list.items.map((n) => n.metadata.name)).toContain("default");
});
