/**
 * Server-side field validation (`?fieldValidation=Strict|Warn|Ignore` on create, update and
 * patch), as kube-apiserver does it: fields the schema of the kind does not know are found by
 * walking the object along the schema table (maps and free-form fields — RawExtension, FieldsV1 —
 * take any key) and dropped, never stored. Strict refuses the request with a 400 BadRequest
 * `strict decoding error: unknown field "spec.foo"`; Warn (the default when the parameter is
 * absent) answers a warning per field; Ignore drops them silently.
 */
import { badRequest } from "../errors";
import type { KindInfo } from "../kinds";
import { isJsonObject, type JsonObject, type JsonValue } from "../object";
import { definitionOf, jsonFieldsOf, SCALAR_TYPES } from "../schema/fields";
import { MESSAGES, ROOT_MESSAGES } from "../schema/generated";
import { type FieldSchema, SPECIAL_MESSAGES } from "../schema/types";

export type FieldValidation = "Strict" | "Warn" | "Ignore";

const MODES: readonly FieldValidation[] = ["Ignore", "Strict", "Warn"];

/** The `fieldValidation` query parameter; absent means Warn. */
export function parseFieldValidation(value: string | null | undefined): FieldValidation {
  if (value === null || value === undefined || value === "") return "Warn";
  const mode = MODES.find((m) => m === value);
  if (!mode) {
    throw badRequest(
      `fieldValidation: Unsupported value: ${JSON.stringify(value)}: supported values: "Ignore", "Strict", "Warn"`,
    );
  }
  return mode;
}

const FREE_FORM = new Set<string>(Object.values(SPECIAL_MESSAGES));
/** Messages that carry apiVersion and kind (TypeMeta) besides their fields. */
const TYPE_META = new Set<string>(ROOT_MESSAGES);

/**
 * A copy of `value` (of message `message`) without the fields its schema does not know, and the
 * paths of those fields (`spec.template.spec.containers[0].foo`) in document order.
 */
export function pruneUnknownFields(
  message: string,
  value: JsonValue,
): { value: JsonValue; unknown: string[] } {
  const unknown: string[] = [];
  const out = prune(message, value, [], unknown);
  return { value: out, unknown };
}

const fieldMaps = new Map<string, Map<string, FieldSchema>>();

function fieldMap(message: string): Map<string, FieldSchema> {
  let m = fieldMaps.get(message);
  if (!m) {
    m = new Map(jsonFieldsOf(message).map((f) => [f.name, f]));
    fieldMaps.set(message, m);
  }
  return m;
}

/** The path of the field being visited, as segments (`spec`, `.containers`, `[0]`), joined only when needed. */
type PathStack = string[];

function at(stack: PathStack): string {
  return stack.join("").replace(/^\./, "");
}

/**
 * `value` without its unknown fields (the same value when it has none: writes of well-formed
 * objects, the common case, copy nothing), recording their paths in `unknown`.
 */
function prune(message: string, value: JsonValue, stack: PathStack, unknown: string[]): JsonValue {
  if (!isJsonObject(value) || FREE_FORM.has(message) || !MESSAGES[message]) return value;
  const fields = fieldMap(message);
  let out: JsonObject | undefined;
  const set = (key: string, before: JsonValue | undefined, after: JsonValue | undefined) => {
    if (before === after && !out) return;
    out ??= copyUntil(value, key);
    if (after !== undefined) out[key] = after;
  };
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const field = fields.get(key);
    stack.push(`.${key}`);
    if (!field) {
      if (TYPE_META.has(message) && (key === "apiVersion" || key === "kind")) set(key, v, v);
      else {
        unknown.push(at(stack));
        set(key, v, undefined);
      }
    } else if (field.map && !SCALAR_TYPES.has(field.map[1]) && isJsonObject(v)) {
      const valueType = field.map[1];
      let m: JsonObject | undefined;
      for (const [k, item] of Object.entries(v)) {
        if (item === undefined) continue;
        stack.push(`[${k}]`);
        const pruned = prune(valueType, item, stack, unknown);
        stack.pop();
        if (pruned !== item) m ??= { ...v };
        if (m) m[k] = pruned;
      }
      set(key, v, m ?? v);
    } else if (!field.map && field.type && !SCALAR_TYPES.has(field.type)) {
      const type = field.type;
      if (field.rep && Array.isArray(v)) {
        let list: JsonValue[] | undefined;
        v.forEach((item, i) => {
          stack.push(`[${i}]`);
          const pruned = prune(type, item, stack, unknown);
          stack.pop();
          if (pruned !== item) list ??= [...v];
          if (list) list[i] = pruned;
        });
        set(key, v, list ?? v);
      } else set(key, v, prune(type, v, stack, unknown));
    } else set(key, v, v);
    stack.pop();
  }
  return out ?? value;
}

/** A copy of an object's entries before `key` (copy-on-write: the rest is set as the walk goes). */
function copyUntil(value: JsonObject, key: string): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === key) break;
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The message of a kind's objects. */
export function messageOf(info: Pick<KindInfo, "group" | "version" | "kind">): string {
  return definitionOf(info);
}

/**
 * Applies field validation to an object about to be written: the object without its unknown
 * fields, and the warnings to answer (Warn); Strict throws 400 BadRequest instead, its message
 * after `prefix`.
 */
export function checkUnknownFields<T extends JsonObject>(
  message: string,
  obj: T,
  mode: FieldValidation,
  prefix = "",
): { object: T; warnings: string[] } {
  const { value, unknown } = pruneUnknownFields(message, obj);
  if (unknown.length === 0) return { object: obj, warnings: [] };
  if (mode === "Strict") {
    throw badRequest(
      `${prefix}strict decoding error: ${unknown.map((p) => `unknown field ${JSON.stringify(p)}`).join(", ")}`,
    );
  }
  const warnings = mode === "Warn" ? unknown.map((p) => `unknown field ${JSON.stringify(p)}`) : [];
  return { object: value as T, warnings };
}
