/**
 * kube-apiserver decodes every object into Go types and encodes it again, so a time leaves it in
 * one form: metav1.Time as RFC 3339 in whole seconds, UTC (`2026-11-21T23:55:34Z`), metav1.MicroTime
 * with six digits (`2026-11-21T23:55:34.123000Z`). Clients that write JavaScript dates
 * (@kubernetes/client-node, `new Date().toISOString()`) send milliseconds; kept as they came, a
 * Go client then fails to decode a MicroTime that is not six digits. This puts the time fields of
 * the served kinds, found through the schema table, in Kubernetes' forms.
 */
import type { JsonObject, JsonValue } from "./object";
import { isJsonObject } from "./object";
import { jsonFieldsOf } from "./schema/fields";
import { MESSAGES, ROOT_MESSAGES } from "./schema/generated";
import { SPECIAL_MESSAGES } from "./schema/types";

type TimeField = { name: string; rep: boolean; map: boolean } & (
  | { time: "time" | "micro" }
  | { time?: undefined; message: string }
);

const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|z|[+-]\d\d:\d\d)$/;

/** A time in Kubernetes' form, or undefined when the value is no RFC 3339 time (left as it is). */
export function canonicalTime(value: string, micro: boolean): string | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const seconds = Date.parse(`${m[1]}${m[3]!.toUpperCase()}`);
  if (Number.isNaN(seconds)) return undefined;
  const base = new Date(seconds).toISOString().slice(0, 19);
  return micro ? `${base}.${(m[2] ?? "").padEnd(6, "0").slice(0, 6)}Z` : `${base}Z`;
}

/** Per message, the fields that hold times or lead to messages that do (computed once). */
const fieldsOf = new Map<string, TimeField[]>();

function timeFields(message: string, visiting = new Set<string>()): TimeField[] {
  const known = fieldsOf.get(message);
  if (known) return known;
  if (!MESSAGES[message] || visiting.has(message)) return [];
  visiting.add(message);
  const out: TimeField[] = [];
  for (const f of jsonFieldsOf(message)) {
    const type = f.map ? f.map[1] : f.type;
    if (type === undefined) continue;
    const shape = { name: f.name, rep: f.rep === true, map: f.map !== undefined };
    if (type === SPECIAL_MESSAGES.time) out.push({ ...shape, time: "time" });
    else if (type === SPECIAL_MESSAGES.microTime) out.push({ ...shape, time: "micro" });
    else if (MESSAGES[type] && timeFields(type, visiting).length > 0) out.push({ ...shape, message: type });
  }
  visiting.delete(message);
  fieldsOf.set(message, out);
  return out;
}

function visit(field: TimeField, value: JsonValue): JsonValue {
  if (field.time) {
    return typeof value === "string" ? (canonicalTime(value, field.time === "micro") ?? value) : value;
  }
  if (isJsonObject(value)) walk(field.message, value);
  return value;
}

function walk(message: string, obj: JsonObject): void {
  for (const field of timeFields(message)) {
    const value = obj[field.name];
    if (value === undefined || value === null) continue;
    if (field.rep && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = visit(field, value[i]!);
    } else if (field.map && isJsonObject(value)) {
      for (const key of Object.keys(value)) value[key] = visit(field, value[key]!);
    } else obj[field.name] = visit(field, value);
  }
}

const ROOT_BY_KIND = new Map(ROOT_MESSAGES.map((name) => [name.slice(name.lastIndexOf(".") + 1), name]));

/** Puts the Time and MicroTime fields of an object of a served kind in Kubernetes' forms, in place. */
export function normalizeTimes(kind: string, obj: JsonObject): void {
  const message = ROOT_BY_KIND.get(kind);
  if (message) walk(message, obj);
}
