/** `kubectl explain RESOURCE[.field...]`: fields and descriptions from the server's OpenAPI v3. */
import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { KubectlError } from "../api";
import { type Command, type Ctx, UsageError } from "../command";

function obj(v: JsonValue | undefined): JsonObject {
  return isJsonObject(v) ? v : {};
}

export const explainCommand: Command = {
  name: "explain",
  short: "Get documentation for a resource",
  group: "Basic Commands (Intermediate)",
  usage: "TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [options]",
  examples:
    "# Get the documentation of the resource and its fields\nkubectl explain pods\n\n# Get the documentation of a specific field of a resource\nkubectl explain pods.spec.containers",
  flags: [
    {
      name: "recursive",
      type: "bool",
      usage:
        "When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.",
    },
    { name: "api-version", type: "string", usage: "Use given api-version (group/version) of the resource." },
  ],
  async run(ctx: Ctx) {
    const arg = ctx.args[0];
    if (!arg)
      throw new UsageError(
        'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
      );
    const [head = "", ...fieldPath] = splitResource(arg);
    const r = await ctx.resources.find(head);
    if (!r) throw new KubectlError(`the server doesn't have a resource type "${head}"`);
    const gv = r.group ? `apis/${r.group}/${r.version}` : `api/${r.version}`;
    let doc: JsonObject;
    try {
      const root = await ctx.api.json("/openapi/v3");
      const entry = obj(obj(root.paths)[gv]);
      const url = typeof entry.serverRelativeURL === "string" ? entry.serverRelativeURL : `/openapi/v3/${gv}`;
      doc = await ctx.api.json(url);
    } catch {
      throw new KubectlError(
        `couldn't find resource for "${arg}": the server does not serve OpenAPI v3 for ${gv}`,
      );
    }
    const schemas = obj(obj(doc.components).schemas);
    const kindSchemaName = Object.keys(schemas).find((k) => {
      const gvks = obj(schemas[k])["x-kubernetes-group-version-kind"];
      return (
        Array.isArray(gvks) &&
        gvks.some(
          (g) =>
            isJsonObject(g) && g.kind === r.kind && (g.group ?? "") === r.group && g.version === r.version,
        )
      );
    });
    if (!kindSchemaName) throw new KubectlError(`couldn't find resource for "${arg}"`);
    const resolve = (s: JsonObject): JsonObject => {
      const ref =
        typeof s.$ref === "string"
          ? s.$ref
          : Array.isArray(s.allOf) && isJsonObject(s.allOf[0])
            ? String(s.allOf[0].$ref ?? "")
            : "";
      if (!ref) return s;
      const target = obj(schemas[ref.replace("#/components/schemas/", "")]);
      return { ...target, ...(s.description ? { description: s.description } : {}) };
    };
    let schema = resolve(obj(schemas[kindSchemaName]));
    let fieldName = "";
    for (const f of fieldPath) {
      let props = obj(schema.properties);
      if (schema.type === "array") props = obj(resolve(obj(schema.items)).properties);
      if (!(f in props)) throw new KubectlError(`field "${f}" does not exist`);
      schema = resolve(obj(props[f]));
      if (schema.type === "array" && isJsonObject(schema.items))
        schema = { ...schema, items: resolve(schema.items) };
      fieldName = f;
    }
    let out = `GROUP:      ${r.group}\nKIND:       ${r.kind}\nVERSION:    ${r.version}\n\n`;
    if (fieldName) out += `FIELD: ${fieldName} <${typeName(schema)}>\n\n`;
    out += `DESCRIPTION:\n${indent(String(schema.description ?? "<empty>"), 4)}\n`;
    const body = schema.type === "array" ? resolve(obj(schema.items)) : schema;
    const props = obj(body.properties);
    const required = Array.isArray(body.required) ? body.required.map(String) : [];
    if (Object.keys(props).length) {
      out += "    \nFIELDS:\n";
      for (const name of Object.keys(props).sort()) {
        const p = resolve(obj(props[name]));
        if (ctx.flags.bool("recursive")) {
          out += `  ${name}\t<${typeName(p)}>\n`;
          continue;
        }
        out += `  ${name}\t<${typeName(p)}>${required.includes(name) ? " -required-" : ""}\n${indent(String(p.description ?? "<no description>"), 4)}\n\n`;
      }
    }
    ctx.out(out);
    return 0;
  },
};

function splitResource(arg: string): string[] {
  // `deployments.apps.spec` is ambiguous; kubectl takes the first word as the resource.
  return arg.split(".");
}

function typeName(s: JsonObject): string {
  if (s.type === "array") return `[]${typeName(obj(s.items))}`;
  if (s.type === "object" && isJsonObject(s.additionalProperties))
    return `map[string]${typeName(s.additionalProperties)}`;
  if (typeof s.type === "string") return s.type === "object" ? "Object" : s.type;
  if (s.properties) return "Object";
  if (s["x-kubernetes-int-or-string"]) return "IntOrString";
  return "Object";
}

function indent(text: string, n: number): string {
  return text
    .split("\n")
    .map((l) => `${" ".repeat(n)}${l}`)
    .join("\n");
}
