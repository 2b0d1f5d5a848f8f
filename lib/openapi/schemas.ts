/**
 * The OpenAPI definitions of the served kinds, generated from the schema table (lib/k8s/schema):
 * one definition per message, named as Kubernetes names them (`io.k8s.api.core.v1.Pod`), with the
 * descriptions, types and formats kube-openapi gives them, `required` for fields whose JSON tag
 * has no omitempty, `x-kubernetes-group-version-kind` on the kinds, the strategic-merge-patch
 * extensions the patch table knows, and apimachinery's special types (Time, Quantity,
 * IntOrString, ...) in their JSON forms.
 *
 * Two flavours: OpenAPI v3 (`#/components/schemas/...`, a described reference is
 * `allOf: [{$ref}]`) and Swagger 2.0 (`#/definitions/...`, `$ref` beside its description).
 */
import { KINDS, type KindInfo } from "../k8s/kinds";
import type { JsonObject, JsonValue } from "../k8s/object";
import { type FieldPatchStrategy, PATCH_STRATEGIES } from "../k8s/patch/strategic-merge-patch";
import { definitionOf, jsonFieldsOf, SCALAR_TYPES } from "../k8s/schema/fields";
import { MESSAGES } from "../k8s/schema/generated";
import { type FieldSchema, type MessageSchema, SPECIAL_MESSAGES } from "../k8s/schema/types";
import { openApiDescription } from "./docs";

export { definitionOf };

export type Flavor = "v2" | "v3";

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

const SCALARS = SCALAR_TYPES;

const API_VERSION_DOC =
  "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources";
const KIND_DOC =
  "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";
const LIST_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta";
export const PATCH_DEFINITION = "io.k8s.apimachinery.pkg.apis.meta.v1.Patch";
export const STATUS_DEFINITION = "io.k8s.apimachinery.pkg.apis.meta.v1.Status";
export const DELETE_OPTIONS_DEFINITION = "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions";
export const SCALE_DEFINITION = "io.k8s.api.autoscaling.v1.Scale";
export const EVICTION_DEFINITION = "io.k8s.api.policy.v1.Eviction";
export const BINDING_DEFINITION = "io.k8s.api.core.v1.Binding";

/** Kinds whose JSON carries apiVersion and kind (TypeMeta), with their group/version/kind. */
function typeMetaKinds(): Map<string, GroupVersionKind[]> {
  const out = new Map<string, GroupVersionKind[]>();
  const add = (name: string, gvk: GroupVersionKind) => out.set(name, [...(out.get(name) ?? []), gvk]);
  for (const k of KINDS) add(definitionOf(k), { group: k.group, version: k.version, kind: k.kind });
  add(BINDING_DEFINITION, { group: "", version: "v1", kind: "Binding" });
  add(EVICTION_DEFINITION, { group: "policy", version: "v1", kind: "Eviction" });
  add(SCALE_DEFINITION, { group: "autoscaling", version: "v1", kind: "Scale" });
  add(STATUS_DEFINITION, { group: "", version: "v1", kind: "Status" });
  const gvs = new Map<string, [string, string]>();
  for (const k of KINDS) gvs.set(`${k.group}/${k.version}`, [k.group, k.version]);
  gvs.set("policy/v1", ["policy", "v1"]);
  gvs.set("autoscaling/v1", ["autoscaling", "v1"]);
  for (const [group, version] of gvs.values())
    add(DELETE_OPTIONS_DEFINITION, { group, version, kind: "DeleteOptions" });
  return out;
}

/** (message, field) → the strategic-merge-patch tags the patch table gives it. */
function patchTags(): Map<string, Map<string, FieldPatchStrategy>> {
  const out = new Map<string, Map<string, FieldPatchStrategy>>();
  for (const info of KINDS) {
    const table = PATCH_STRATEGIES[info.kind];
    if (!table) continue;
    for (const [path, strategy] of Object.entries(table)) {
      let message: string | undefined = definitionOf(info);
      const steps = path.split(".");
      for (let i = 0; i < steps.length && message; i++) {
        const name = steps[i]!.replace(/\[\]$/, "");
        const field: FieldSchema | undefined = jsonFieldsOf(message).find((f) => f.name === name);
        if (!field) {
          message = undefined;
          break;
        }
        if (i === steps.length - 1) {
          const tags = out.get(message) ?? new Map<string, FieldPatchStrategy>();
          tags.set(name, strategy);
          out.set(message, tags);
        }
        message = field.type && !SCALARS.has(field.type) ? field.type : undefined;
      }
    }
  }
  return out;
}

/** apimachinery's types with a custom JSON form. */
function specialDefinition(name: string, flavor: Flavor, description: string): JsonObject | undefined {
  const d = description ? { description } : {};
  switch (name) {
    case SPECIAL_MESSAGES.time:
    case SPECIAL_MESSAGES.microTime:
      return { ...d, type: "string", format: "date-time" };
    case SPECIAL_MESSAGES.duration:
      return { ...d, type: "string" };
    case SPECIAL_MESSAGES.intOrString:
      return flavor === "v3"
        ? { ...d, format: "int-or-string", oneOf: [{ type: "integer" }, { type: "string" }] }
        : { ...d, type: "string", format: "int-or-string" };
    case SPECIAL_MESSAGES.quantity:
      return flavor === "v3"
        ? { ...d, oneOf: [{ type: "string" }, { type: "number" }] }
        : { ...d, type: "string" };
    case SPECIAL_MESSAGES.rawExtension:
    case SPECIAL_MESSAGES.fieldsV1:
      return { ...d, type: "object" };
    default:
      return undefined;
  }
}

const SPECIAL = new Set<string>(Object.values(SPECIAL_MESSAGES));

function scalarSchema(type: string): JsonObject {
  switch (type) {
    case "string":
      return { type: "string" };
    case "bytes":
      return { type: "string", format: "byte" };
    case "bool":
      return { type: "boolean" };
    case "int32":
    case "int64":
      return { type: "integer", format: type };
    case "double":
    case "float":
      return { type: "number", format: type };
    default:
      throw new Error(`unknown scalar type ${type}`);
  }
}

export class DefinitionBuilder {
  private readonly kinds = typeMetaKinds();
  private readonly tags = patchTags();
  private readonly prefix: string;

  constructor(private readonly flavor: Flavor) {
    this.prefix = flavor === "v3" ? "#/components/schemas/" : "#/definitions/";
  }

  ref(name: string): JsonObject {
    return { $ref: `${this.prefix}${name}` };
  }

  /** A reference carrying its own description (and Kubernetes' `default: {}` for structs in v3). */
  describedRef(name: string, description: string, struct: boolean): JsonObject {
    if (this.flavor === "v2") return description ? { ...this.ref(name), description } : this.ref(name);
    const out: JsonObject = { allOf: [this.ref(name)] };
    if (struct) out.default = {};
    if (description) out.description = description;
    return out;
  }

  private typeSchema(type: string): JsonObject {
    if (SCALARS.has(type)) return scalarSchema(type);
    if (this.flavor === "v3" && !SPECIAL.has(type)) return { allOf: [this.ref(type)], default: {} };
    return this.ref(type);
  }

  private fieldSchema(message: string, f: FieldSchema): JsonObject {
    const description = openApiDescription(f.doc);
    let s: JsonObject;
    if (f.map) {
      s = { type: "object", additionalProperties: this.typeSchema(f.map[1]) };
    } else if (f.rep) {
      s = { type: "array", items: this.typeSchema(f.type ?? "string") };
    } else if (f.type && !SCALARS.has(f.type)) {
      s = this.describedRef(f.type, description, !SPECIAL.has(f.type) && !f.ptr);
    } else {
      s = scalarSchema(f.type ?? "string");
    }
    if (description && s.description === undefined) s.description = description;
    const tag = this.tags.get(message)?.get(f.name);
    if (tag) {
      if (tag.patchMergeKey) s["x-kubernetes-patch-merge-key"] = tag.patchMergeKey;
      s["x-kubernetes-patch-strategy"] = tag.patchStrategy;
    }
    return s;
  }

  /** The definition of one message (or of a special type). */
  definition(name: string): JsonObject {
    const message: MessageSchema | undefined = MESSAGES[name];
    const description = openApiDescription(message?.doc);
    const special = specialDefinition(name, this.flavor, description);
    if (special) return special;
    if (!message) throw new Error(`no schema for ${name}`);
    const properties: Record<string, JsonObject> = {};
    const required: string[] = [];
    const gvks = this.kinds.get(name);
    if (gvks) {
      properties.apiVersion = { type: "string", description: API_VERSION_DOC };
      properties.kind = { type: "string", description: KIND_DOC };
    }
    for (const f of jsonFieldsOf(name)) {
      properties[f.name] = this.fieldSchema(name, f);
      if (f.req) required.push(f.name);
    }
    const out: JsonObject = {};
    if (description) out.description = description;
    out.type = "object";
    out.properties = sorted(properties);
    if (required.length) out.required = required.sort();
    if (gvks) out["x-kubernetes-group-version-kind"] = gvks.map(gvkJson);
    return out;
  }

  /** `<Kind>List`: what a list of a kind answers. */
  listDefinition(info: KindInfo): JsonObject {
    return {
      description: `${info.kind}List is a list of ${info.kind} objects.`,
      type: "object",
      properties: {
        apiVersion: { type: "string", description: API_VERSION_DOC },
        items: {
          type: "array",
          description: `Items is the list of ${info.kind} objects.`,
          items: this.typeSchema(definitionOf(info)),
        },
        kind: { type: "string", description: KIND_DOC },
        metadata: this.describedRef(
          LIST_META,
          "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
          true,
        ),
      },
      required: ["items"],
      "x-kubernetes-group-version-kind": [gvkJson({ ...info, kind: `${info.kind}List` })],
    };
  }

  /**
   * The definitions reachable from `roots` (and the lists of `listsOf`), keyed and sorted by name.
   */
  definitions(roots: string[], listsOf: KindInfo[]): Record<string, JsonObject> {
    const out: Record<string, JsonObject> = {};
    const queue = [...roots, LIST_META];
    for (const info of listsOf) out[`${definitionOf(info)}List`] = this.listDefinition(info);
    out[PATCH_DEFINITION] = {
      description: "Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.",
      type: "object",
    };
    while (queue.length) {
      const name = queue.pop()!;
      if (out[name]) continue;
      out[name] = this.definition(name);
      for (const f of jsonFieldsOf(name)) {
        for (const t of f.map ?? [f.type ?? "string"]) if (!SCALARS.has(t) && !out[t]) queue.push(t);
      }
    }
    return sorted(out);
  }
}

function gvkJson(gvk: GroupVersionKind): JsonObject {
  return { group: gvk.group, kind: gvk.kind, version: gvk.version };
}

function sorted<T extends JsonValue>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}
