/** `kubectl explain RESOURCE[.field...]`: fields and descriptions from the server's OpenAPI v3. */
import { objectAt } from "../../k8s/json";
import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { KubectlError } from "../api";
import { type Command, type Ctx, UsageError } from "../command";
import { indentLines, wordWrap } from "../output/wordwrap";

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
      const entry = objectAt(objectAt(root.paths)[gv]);
      const url = typeof entry.serverRelativeURL === "string" ? entry.serverRelativeURL : `/openapi/v3/${gv}`;
      doc = await ctx.api.json(url);
    } catch {
      throw new KubectlError(
        `couldn't find resource for "${arg}": the server does not serve OpenAPI v3 for ${gv}`,
      );
    }
    const schemas = objectAt(objectAt(doc.components).schemas);
    const kindSchema = Object.values(schemas).find((v) => {
      const gvks = objectAt(v)["x-kubernetes-group-version-kind"];
      return (
        Array.isArray(gvks) &&
        gvks.some(
          (g) =>
            isJsonObject(g) && g.kind === r.kind && (g.group ?? "") === r.group && g.version === r.version,
        )
      );
    });
    if (!kindSchema) throw new KubectlError(`couldn't find resource for "${arg}"`);
    const explainer = new Explainer(schemas, ctx.flags.bool("recursive"));
    const body = explainer.output(objectAt(kindSchema), fieldPath, new Set());
    const header = `${r.group ? `GROUP:      ${r.group}\n` : ""}KIND:       ${r.kind}\nVERSION:    ${r.version}\n\n`;
    if (body === "") {
      // As kubectl's template: the header is out before the field turns out to be missing.
      ctx.out(header);
      throw new KubectlError(`field "${fieldPath[fieldPath.length - 1]}" does not exist`);
    }
    ctx.out(`${header}${body}\n`);
    return 0;
  },
};

/**
 * kubectl's plaintext explain of an OpenAPI v3 schema (kubectl/pkg/explain/v2): DESCRIPTION with
 * the descriptions of the schema and what it refers to, then FIELDS with each property's type
 * guess, `-required-`, enum values and description (or, recursively, the names only), wrapped
 * at 80 columns; refs followed, cycles cut.
 */
class Explainer {
  constructor(
    private readonly schemas: JsonObject,
    private readonly recursive: boolean,
  ) {}

  private resolve(ref: JsonValue | undefined): JsonObject | undefined {
    if (typeof ref !== "string") return undefined;
    const target = this.schemas[ref.replace("#/components/schemas/", "")];
    return isJsonObject(target) ? target : undefined;
  }

  /** What a field path leads to: its DESCRIPTION and FIELDS, after a FIELD line for the last step. */
  output(schema: JsonObject, path: string[], history: Set<string>): string {
    const ref = typeof schema.$ref === "string" ? schema.$ref : "";
    const resolved = this.resolve(ref) ?? schema;
    const next = new Set(history).add(ref);
    if (path.length === 0) {
      let out = `DESCRIPTION:\n${indentLines(wordWrap(this.description(resolved) || "<empty>", 76), 4)}\n`;
      const fields = this.fieldList(resolved, 1, new Set());
      if (fields) out += `FIELDS:\n${fields}`;
      return out;
    }
    if (ref && history.has(ref)) return "";
    const props = objectAt(resolved.properties);
    const first = path[0]!;
    if (isJsonObject(props[first])) {
      const sub = props[first];
      let out = "";
      if (path.length === 1) out += `FIELD: ${first} <${this.typeGuess(sub)}>\n${enumOf(sub, true, 0)}\n\n`;
      return out + this.output(sub, path.slice(1), new Set());
    }
    if (isJsonObject(resolved.items)) return this.output(resolved.items, path, next);
    if (isJsonObject(resolved.additionalProperties))
      return this.output(resolved.additionalProperties, path, next);
    for (const sub of Array.isArray(resolved.allOf) ? resolved.allOf : []) {
      const out = this.output(objectAt(sub), path, next);
      if (out) return out;
    }
    return "";
  }

  private description(schema: JsonObject): string {
    const s = this.resolve(schema.$ref) ?? schema;
    let out = typeof s.description === "string" && s.description ? `${s.description}\n` : "";
    for (const sub of Array.isArray(s.allOf) ? s.allOf : []) out += this.description(objectAt(sub));
    if (isJsonObject(s.items)) out += this.description(s.items);
    if (isJsonObject(s.additionalProperties)) out += this.description(s.additionalProperties);
    return out;
  }

  private fieldList(schema: JsonObject, level: number, history: Set<string>): string {
    const ref = typeof schema.$ref === "string" ? schema.$ref : "";
    if (ref && history.has(ref)) return "";
    const next = new Set(history).add(ref);
    const resolved = this.resolve(ref) ?? schema;
    const props = objectAt(resolved.properties);
    const required = Array.isArray(resolved.required) ? resolved.required : [];
    let out = "";
    for (const name of Object.keys(props).sort()) {
      const field = objectAt(props[name]);
      const pad = level * 2;
      out += `${" ".repeat(pad)}${name}\t<${this.typeGuess(field)}>`;
      if (required.includes(name)) out += " -required-";
      out += `${enumOf(field, false, pad)}\n`;
      if (this.recursive) out += this.fieldList(field, level + 1, next);
      else {
        const text =
          typeof field.description === "string" && field.description ? field.description : "<no description>";
        out += `${indentLines(wordWrap(text, 78 - pad), pad + 2)}\n\n`;
      }
    }
    for (const sub of Array.isArray(resolved.allOf) ? resolved.allOf : [])
      out += this.fieldList(objectAt(sub), level, next);
    if (isJsonObject(resolved.items)) out += this.fieldList(resolved.items, level, next);
    if (isJsonObject(resolved.additionalProperties))
      out += this.fieldList(resolved.additionalProperties, level, next);
    return out;
  }

  /** `string`, `[]Container`, `map[string]Quantity`, `ObjectMeta`, `Object`: kubectl's type hint. */
  typeGuess(s: JsonObject): string {
    if (isJsonObject(s.items)) return `[]${this.typeGuess(s.items)}`;
    if (isJsonObject(s.additionalProperties)) return `map[string]${this.typeGuess(s.additionalProperties)}`;
    if (Array.isArray(s.allOf) && !s.properties && s.allOf.length === 1)
      return this.typeGuess(objectAt(s.allOf[0]));
    if (typeof s.$ref === "string") {
      const target = this.resolve(s.$ref);
      if (!target?.type || target.type === "object") {
        const name = s.$ref.slice(s.$ref.lastIndexOf("/") + 1);
        return name.slice(name.lastIndexOf(".") + 1) || "Object";
      }
      return String(target.type);
    }
    if (s.type === "object") return "Object";
    return typeof s.type === "string" && s.type ? s.type : "Object";
  }
}

/** Enum values: `ENUM:` lines below a FIELD, or `enum: a, b, c, d, ....` below a field of a list. */
function enumOf(s: JsonObject, long: boolean, pad: number): string {
  if (!Array.isArray(s.enum) || s.enum.length === 0) return "";
  const show = (e: JsonValue) => (e === "" ? '""' : String(e));
  if (long) return `ENUM:${s.enum.map((e) => `\n    ${show(e)}`).join("")}`;
  const shown = s.enum.slice(0, 4).map(show).join(", ");
  return `\n${" ".repeat(pad)}enum: ${shown}${s.enum.length > 4 ? ", ...." : ""}`;
}

function splitResource(arg: string): string[] {
  // `deployments.apps.spec` is ambiguous; kubectl takes the first word as the resource.
  return arg.split(".");
}
