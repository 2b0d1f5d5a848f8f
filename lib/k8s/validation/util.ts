/** Small helpers shared by the validators: common field checks (the JSON readers are lib/k8s/json.ts). */

import { cause, type FieldCause } from "../errors";
import { arrayAt, stringAt } from "../json";
import { isJsonObject, type JsonObject } from "../object";

export const IS_NEGATIVE_ERROR = "must be greater than or equal to 0";
export const FIELD_IMMUTABLE = "field is immutable";

/** The value when it is an object, else undefined (validators tell an absent object from an empty one). */
export function objectOrNone(v: unknown): JsonObject | undefined {
  return isJsonObject(v) ? v : undefined;
}

/** A string map (labels, selectors, data): its string entries. */
export function stringMap(v: unknown): [string, string][] {
  if (!isJsonObject(v)) return [];
  const out: [string, string][] = [];
  for (const [k, val] of Object.entries(v)) if (typeof val === "string") out.push([k, val]);
  return out;
}

/** ValidateNonnegativeField. */
export function nonNegative(path: string, v: unknown): FieldCause[] {
  return typeof v === "number" && v < 0 ? [cause.invalid(path, v, IS_NEGATIVE_ERROR)] : [];
}

/** An Invalid cause whose value is printed verbatim (Go's %#v of a struct or map). */
export function invalidRaw(field: string, printed: string, detail: string): FieldCause {
  return { reason: "FieldValueInvalid", field, message: `Invalid value: ${printed}: ${detail}` };
}

export function notFound(field: string, value: string): FieldCause {
  return { reason: "FieldValueNotFound", field, message: `Not found: ${JSON.stringify(value)}` };
}

/** Go's %#v of a map[string]string: keys sorted. */
export function goStringMap(v: unknown): string {
  const entries = stringMap(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!isJsonObject(v)) return "map[string]string(nil)";
  return `map[string]string{${entries.map(([k, val]) => `${JSON.stringify(k)}:${JSON.stringify(val)}`).join(", ")}}`;
}

/** Go's %#v of a metav1.LabelSelector, as immutable-selector errors print it. */
export function goLabelSelector(v: unknown): string {
  const sel = objectOrNone(v) ?? {};
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions : undefined;
  const exprText = exprs
    ? `[]v1.LabelSelectorRequirement{${exprs
        .map((e) => {
          const o = objectOrNone(e) ?? {};
          const values = Array.isArray(o.values)
            ? `[]string{${o.values.map((x) => JSON.stringify(x)).join(", ")}}`
            : "[]string(nil)";
          return `v1.LabelSelectorRequirement{Key:${JSON.stringify(stringAt(o.key))}, Operator:${JSON.stringify(stringAt(o.operator))}, Values:${values}}`;
        })
        .join(", ")}}`
    : "[]v1.LabelSelectorRequirement(nil)";
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprText}}`;
}

/**
 * apimachinery's Semantic.DeepEqual on JSON: a missing field, null, an empty list and an empty map
 * are all the zero value and compare equal.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  const empty = (v: unknown): boolean =>
    v === undefined ||
    v === null ||
    (Array.isArray(v) && v.length === 0) ||
    (isJsonObject(v) && Object.values(v).every((x) => x === undefined));
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => semanticEqual(x, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!semanticEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

/** Whether a label set matches a LabelSelector (matchLabels and matchExpressions). */
export function selectorMatches(selector: unknown, labels: unknown): boolean {
  const sel = objectOrNone(selector);
  if (!sel) return false;
  const have = new Map(stringMap(labels));
  for (const [k, v] of stringMap(sel.matchLabels)) if (have.get(k) !== v) return false;
  for (const e of arrayAt(sel.matchExpressions)) {
    const req = objectOrNone(e) ?? {};
    const key = stringAt(req.key);
    const values = arrayAt(req.values).filter((x): x is string => typeof x === "string");
    const value = have.get(key);
    switch (req.operator) {
      case "In":
        if (value === undefined || !values.includes(value)) return false;
        break;
      case "NotIn":
        if (value !== undefined && values.includes(value)) return false;
        break;
      case "Exists":
        if (value === undefined) return false;
        break;
      case "DoesNotExist":
        if (value !== undefined) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * A field with a fixed set of values (protocol, restartPolicy, dnsPolicy, service type...): absent is
 * fine (the defaults fill it), "" is Required, anything else outside the set is Unsupported value.
 */
export function validateEnum(value: unknown, allowed: readonly string[], path: string): FieldCause[] {
  if (value === undefined) return [];
  const v = stringAt(value);
  if (allowed.includes(v)) return [];
  return [v ? cause.notSupported(path, v, [...allowed]) : cause.required(path)];
}

/** The protocols of container, Service and Endpoints ports. */
export const PROTOCOLS = ["SCTP", "TCP", "UDP"];
