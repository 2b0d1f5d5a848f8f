import { describe, expect, it } from "vitest";
import { KINDS } from "../../lib/k8s/kinds";
import type { JsonObject, JsonValue } from "../../lib/k8s/object";
import { indentLines, wordWrap } from "../../lib/kubectl/output/wordwrap";
import { openApiDescription } from "../../lib/openapi/docs";
import { buildOpenApiV2, buildOpenApiV3, servedGroupVersions } from "../../lib/openapi/documents";
import { encodeSwaggerDocument } from "../../lib/openapi/gnostic";
import { definitionOf } from "../../lib/openapi/schemas";
import { readFields, type WireField } from "../../lib/protobuf/wire";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of the documents.
type Any = any;

function v3(group: string, version: string): Any {
  const doc = buildOpenApiV3({ group, version });
  if (!doc) throw new Error(`no document for ${group}/${version}`);
  return doc;
}

/** Every `$ref` string anywhere in a JSON value. */
function refs(v: JsonValue | undefined, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) refs(x, out);
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (k === "$ref" && typeof x === "string") out.push(x);
      else refs(x, out);
    }
  }
  return out;
}

describe("OpenAPI descriptions", () => {
  it("joins a paragraph's lines with spaces and keeps paragraphs and indented lines, as kube-openapi", () => {
    expect(
      openApiDescription(
        "Number of desired pods. This is a pointer to distinguish between explicit\nzero and not specified. Defaults to 1.",
      ),
    ).toBe(
      "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.",
    );
    expect(openApiDescription("First.\n\nSecond\nline.")).toBe("First.\n\nSecond line.");
    expect(openApiDescription("Example:\n\tfoo: bar\nmore")).toBe("Example:\n\tfoo: bar\nmore");
    expect(openApiDescription("Kept.\nTODO: drop me\n+optional\n---\nhidden")).toBe("Kept.");
  });
});

describe("OpenAPI v3 documents", () => {
  it("serves one document per group version of the kinds table", () => {
    const keys = servedGroupVersions().map((gv) => (gv.group ? `${gv.group}/${gv.version}` : gv.version));
    expect(keys).toEqual(["v1", "apps/v1", "coordination.k8s.io/v1", "policy/v1"]);
    expect(buildOpenApiV3({ group: "batch", version: "v1" })).toBeUndefined();
  });

  it("has a schema with its group/version/kind for every served kind and its list", () => {
    for (const k of KINDS) {
      const schemas = v3(k.group, k.version).components.schemas;
      for (const [name, kind] of [
        [definitionOf(k), k.kind],
        [`${definitionOf(k)}List`, `${k.kind}List`],
      ]) {
        const s = schemas[name as string];
        expect(s, name).toBeDefined();
        expect(s["x-kubernetes-group-version-kind"]).toEqual([{ group: k.group, kind, version: k.version }]);
        expect(s.properties.apiVersion.type).toBe("string");
        expect(s.properties.kind.type).toBe("string");
      }
    }
  });

  it("carries the subresource kinds: Scale in apps/v1, Eviction and Binding in v1", () => {
    const apps = v3("apps", "v1").components.schemas;
    expect(apps["io.k8s.api.autoscaling.v1.Scale"]["x-kubernetes-group-version-kind"]).toEqual([
      { group: "autoscaling", kind: "Scale", version: "v1" },
    ]);
    const core = v3("", "v1").components.schemas;
    expect(core["io.k8s.api.policy.v1.Eviction"]["x-kubernetes-group-version-kind"]).toEqual([
      { group: "policy", kind: "Eviction", version: "v1" },
    ]);
    const scalePatch = v3("apps", "v1").paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale"]
      .patch;
    expect(scalePatch["x-kubernetes-group-version-kind"]).toEqual({
      group: "autoscaling",
      kind: "Scale",
      version: "v1",
    });
  });

  it("resolves every $ref inside its own document", () => {
    for (const gv of servedGroupVersions()) {
      const doc = v3(gv.group, gv.version);
      for (const ref of refs(doc)) {
        expect(ref.startsWith("#/components/schemas/"), ref).toBe(true);
        expect(doc.components.schemas[ref.slice("#/components/schemas/".length)], ref).toBeDefined();
      }
    }
  });

  it("gives each kind a PATCH with its group/version/kind and the fieldValidation parameter (kubectl's verifier)", () => {
    for (const k of KINDS) {
      const doc = v3(k.group, k.version);
      const patches = Object.values(doc.paths as Record<string, Any>)
        .map((p) => p.patch)
        .filter((op) => op && op["x-kubernetes-group-version-kind"].kind === k.kind);
      expect(patches.length, k.kind).toBeGreaterThan(0);
      for (const op of patches) {
        expect(op.parameters.map((p: Any) => p.name)).toContain("fieldValidation");
        expect(Object.keys(op.requestBody.content)).toContain("application/strategic-merge-patch+json");
      }
    }
  });

  it("renders fields as Kubernetes does: described refs, maps, lists, special types, required, patch tags", () => {
    const s = v3("", "v1").components.schemas;
    const pod = s["io.k8s.api.core.v1.Pod"];
    expect(pod.properties.spec).toEqual({
      allOf: [{ $ref: "#/components/schemas/io.k8s.api.core.v1.PodSpec" }],
      default: {},
      description:
        "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status",
    });
    const spec = s["io.k8s.api.core.v1.PodSpec"];
    expect(spec.required).toContain("containers");
    expect(spec.properties.containers).toMatchObject({
      type: "array",
      items: { allOf: [{ $ref: "#/components/schemas/io.k8s.api.core.v1.Container" }] },
      "x-kubernetes-patch-merge-key": "name",
      "x-kubernetes-patch-strategy": "merge",
    });
    expect(spec.properties.nodeSelector).toMatchObject({
      type: "object",
      additionalProperties: { type: "string" },
    });
    expect(spec.properties.terminationGracePeriodSeconds).toMatchObject({ type: "integer", format: "int64" });
    const resources = s["io.k8s.api.core.v1.ResourceRequirements"];
    expect(resources.properties.limits.additionalProperties).toEqual({
      $ref: "#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity",
    });
    expect(s["io.k8s.apimachinery.pkg.apis.meta.v1.Time"]).toMatchObject({
      type: "string",
      format: "date-time",
    });
    expect(s["io.k8s.apimachinery.pkg.api.resource.Quantity"].oneOf).toEqual([
      { type: "string" },
      { type: "number" },
    ]);
    // Inline fields belong to their parent: a Volume has configMap, a Probe httpGet.
    expect(s["io.k8s.api.core.v1.Volume"].properties.configMap).toBeDefined();
    expect(s["io.k8s.api.core.v1.Volume"].properties.volumeSource).toBeUndefined();
    expect(s["io.k8s.api.core.v1.Probe"].properties.httpGet).toBeDefined();
    const apps = v3("apps", "v1").components.schemas;
    expect(apps["io.k8s.api.apps.v1.RollingUpdateDeployment"].properties.maxSurge).toMatchObject({
      allOf: [{ $ref: "#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString" }],
    });
    expect(apps["io.k8s.apimachinery.pkg.util.intstr.IntOrString"]).toMatchObject({
      format: "int-or-string",
    });
    expect(apps["io.k8s.api.apps.v1.DeploymentSpec"].properties.strategy["x-kubernetes-patch-strategy"]).toBe(
      "retainKeys",
    );
  });
});

describe("OpenAPI v2 (Swagger 2.0)", () => {
  const doc: Any = buildOpenApiV2();

  it("defines every served kind with its group/version/kind and resolves every $ref", () => {
    expect(doc.swagger).toBe("2.0");
    for (const k of KINDS) {
      expect(doc.definitions[definitionOf(k)]["x-kubernetes-group-version-kind"]).toEqual([
        { group: k.group, kind: k.kind, version: k.version },
      ]);
    }
    for (const ref of refs(doc)) {
      expect(ref.startsWith("#/definitions/"), ref).toBe(true);
      expect(doc.definitions[ref.slice("#/definitions/".length)], ref).toBeDefined();
    }
    // Swagger 2.0 has no allOf for described references: $ref beside its description.
    expect(doc.definitions["io.k8s.api.core.v1.Pod"].properties.spec.$ref).toBe(
      "#/definitions/io.k8s.api.core.v1.PodSpec",
    );
    expect(doc.definitions["io.k8s.apimachinery.pkg.util.intstr.IntOrString"]).toMatchObject({
      type: "string",
      format: "int-or-string",
    });
  });

  it("encodes as gnostic's openapi.v2.Document protobuf, decodable field by field", () => {
    const bytes = encodeSwaggerDocument(doc as JsonObject);
    const decoder = new TextDecoder();
    const text = (f: WireField | undefined) => decoder.decode(f?.bytes);
    const top = readFields(bytes);
    expect(text(top.find((f) => f.number === 1))).toBe("2.0");
    const info = readFields(top.find((f) => f.number === 2)!.bytes!);
    expect(text(info.find((f) => f.number === 1))).toBe("Kubernetes");

    // definitions (9): NamedSchema entries, one per definition, in order.
    const definitions = readFields(top.find((f) => f.number === 9)!.bytes!);
    expect(definitions.length).toBe(Object.keys(doc.definitions).length);
    const named = new Map(
      definitions.map((d) => {
        const fields = readFields(d.bytes!);
        return [
          text(fields.find((f) => f.number === 1)),
          readFields(fields.find((f) => f.number === 2)!.bytes!),
        ];
      }),
    );
    const deployment = named.get("io.k8s.api.apps.v1.Deployment")!;
    expect(text(deployment.find((f) => f.number === 4))).toContain("Deployment enables declarative updates");
    // type (22): TypeItem { repeated string value = 1 }
    expect(text(readFields(deployment.find((f) => f.number === 22)!.bytes!)[0])).toBe("object");
    // properties (25): NamedSchema entries.
    const props = readFields(deployment.find((f) => f.number === 25)!.bytes!).map((p) =>
      text(readFields(p.bytes!).find((f) => f.number === 1)),
    );
    expect(props).toEqual(["apiVersion", "kind", "metadata", "spec", "status"]);
    // vendor_extension (31): NamedAny { name = 1; Any { yaml = 2 } }.
    const ext = readFields(deployment.find((f) => f.number === 31)!.bytes!);
    expect(text(ext.find((f) => f.number === 1))).toBe("x-kubernetes-group-version-kind");
    const yaml = text(readFields(ext.find((f) => f.number === 2)!.bytes!).find((f) => f.number === 2));
    expect(JSON.parse(yaml)).toEqual([{ group: "apps", kind: "Deployment", version: "v1" }]);

    // paths (8): NamedPathItem entries, with a PATCH (8) carrying its operationId (5).
    const paths = readFields(top.find((f) => f.number === 8)!.bytes!).filter((f) => f.number === 2);
    expect(paths.length).toBe(Object.keys(doc.paths).length);
    const item = paths
      .map((p) => readFields(p.bytes!))
      .find(
        (p) =>
          text(p.find((f) => f.number === 1)) === "/apis/apps/v1/namespaces/{namespace}/deployments/{name}",
      )!;
    const patch = readFields(
      readFields(item.find((f) => f.number === 2)!.bytes!).find((f) => f.number === 8)!.bytes!,
    );
    expect(text(patch.find((f) => f.number === 5))).toBe("patchAppsV1NamespacedDeployment");
  });
});

describe("explain's word wrap", () => {
  it("breaks at spaces within the limit, keeps newlines and never splits a word", () => {
    expect(wordWrap("aaa bbb ccc", 7)).toBe("aaa bbb\nccc");
    expect(wordWrap("one two\n\nthree", 20)).toBe("one two\n\nthree");
    expect(wordWrap("see https://example.com/a/very/long/url here", 10)).toBe(
      "see\nhttps://example.com/a/very/long/url\nhere",
    );
    expect(indentLines("a\n\nb\n", 2)).toBe("  a\n  \n  b\n  ");
  });
});
