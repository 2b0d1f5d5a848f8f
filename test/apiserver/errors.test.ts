import { describe, expect, it } from "vitest";
import { api, clusterName, configMap, pod } from "../helpers";

const PODS = "/api/v1/namespaces/default/pods";

async function revision(c: string): Promise<string> {
  return (await api(c, "GET", "/api/v1/namespaces")).body.metadata.resourceVersion;
}

describe("optimistic concurrency and refusals", () => {
  it("refuses an update with a stale resourceVersion with 409 Conflict", async () => {
    const c = clusterName();
    const created = await api(c, "POST", PODS, pod("web"));
    const first = await api(c, "PUT", `${PODS}/web`, {
      ...created.body,
      metadata: { ...created.body.metadata, labels: { a: "1" } },
    });
    expect(first.status).toBe(200);
    const stale = await api(c, "PUT", `${PODS}/web`, {
      ...created.body,
      metadata: { ...created.body.metadata, labels: { a: "2" } },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      kind: "Status",
      apiVersion: "v1",
      status: "Failure",
      reason: "Conflict",
      code: 409,
      message:
        'Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again',
    });
    expect((await api(c, "GET", `${PODS}/web`)).body.metadata.labels).toEqual({ a: "1" });
  });

  it("an update without resourceVersion is unconditional", async () => {
    const c = clusterName();
    const created = await api(c, "POST", PODS, pod("web"));
    const { resourceVersion: _rv, ...meta } = created.body.metadata;
    const res = await api(c, "PUT", `${PODS}/web`, {
      ...created.body,
      metadata: { ...meta, labels: { b: "1" } },
    });
    expect(res.status).toBe(200);
  });

  it("refuses a duplicate create with 409 AlreadyExists and a missing object with 404 NotFound", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("web"));
    const dup = await api(c, "POST", PODS, pod("web"));
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ reason: "AlreadyExists", message: 'pods "web" already exists' });
    const missing = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/x");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      reason: "NotFound",
      message: 'deployments.apps "x" not found',
      details: { name: "x", group: "apps", kind: "deployments" },
    });
    expect((await api(c, "DELETE", `${PODS}/nope`)).status).toBe(404);
    expect((await api(c, "POST", "/api/v1/namespaces/nope/pods", pod("a"))).status).toBe(404);
    expect((await api(c, "GET", "/api/v1/widgets")).status).toBe(404);
  });

  it("refuses invalid objects with 422 and a cause per bad field, writing nothing", async () => {
    const c = clusterName();
    const before = await revision(c);
    const bad = await api(c, "POST", PODS, {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "My_Pod", labels: { "bad key!": "v" } },
      spec: { containers: [{ name: "app", resources: { requests: { cpu: "lots" } } }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.reason).toBe("Invalid");
    // StatusCause's type travels as `reason` in JSON, as client-go and client-node decode it.
    expect(bad.body.details.causes[0]).toEqual({
      reason: expect.stringMatching(/^FieldValue/),
      field: expect.any(String),
      message: expect.any(String),
    });
    const fields = bad.body.details.causes.map((x: { field: string }) => x.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "metadata.name",
        "metadata.labels",
        "spec.containers[0].image",
        "spec.containers[0].resources.requests[cpu]",
      ]),
    );
    expect(bad.body.message).toMatch(/^Pod "My_Pod" is invalid: /);
    expect(await revision(c)).toBe(before);
    expect((await api(c, "GET", PODS)).body.items).toHaveLength(0);
  });

  it("parses resource quantities exactly", async () => {
    const c = clusterName();
    const ok = await api(
      c,
      "POST",
      PODS,
      pod(
        "q",
        {},
        {
          containers: [
            {
              name: "app",
              image: "nginx",
              resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "1", memory: "1.5Gi" } },
            },
          ],
        },
      ),
    );
    expect(ok.status).toBe(201);
    const over = await api(
      c,
      "POST",
      PODS,
      pod(
        "r",
        {},
        {
          containers: [
            { name: "app", image: "nginx", resources: { requests: { cpu: "1001m" }, limits: { cpu: "1" } } },
          ],
        },
      ),
    );
    expect(over.status).toBe(422);
  });

  it("refuses bodies over 1.5 MiB with 413 and writes nothing", async () => {
    const c = clusterName();
    const before = await revision(c);
    const big = configMap("big", { blob: "x".repeat(1.6 * 1024 * 1024) });
    const res = await api(c, "POST", "/api/v1/namespaces/default/configmaps", big);
    expect(res.status).toBe(413);
    expect(res.body.reason).toBe("RequestEntityTooLarge");
    expect(await revision(c)).toBe(before);
  });

  it("refuses malformed JSON and YAML bombs with 400, and kind mismatches", async () => {
    const c = clusterName();
    const before = await revision(c);
    const broken = await api(c, "POST", PODS, '{"apiVersion": "v1", "kind": "Pod", "metadata": {');
    expect(broken.status).toBe(400);
    expect(broken.body.kind).toBe("Status");
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
    ].join("\n");
    const yaml = await api(c, "POST", "/api/v1/namespaces/default/configmaps", bomb, "application/yaml");
    expect(yaml.status).toBe(400);
    const wrongKind = await api(c, "POST", PODS, configMap("x"));
    expect(wrongKind.status).toBe(400);
    expect(await revision(c)).toBe(before);
  });

  it("accepts YAML bodies", async () => {
    const c = clusterName();
    const yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\ndata:\n  a: '1'\n";
    const res = await api(c, "POST", "/api/v1/namespaces/default/configmaps", yaml, "application/yaml");
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({ a: "1" });
  });

  it("answers server-side apply with 415", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("web"));
    const res = await api(c, "PATCH", `${PODS}/web`, "metadata: {}", "application/apply-patch+yaml");
    expect(res.status).toBe(415);
  });
});
