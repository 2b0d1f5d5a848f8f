/**
 * Typed reads of the loosely typed JSON inside Kubernetes objects: one home for the small readers
 * every controller, plugin and printer needs (`spec.replicas`, `status.conditions`, a label map).
 * Each answers a safe empty value when the field is absent or of another type, so callers never
 * probe `isJsonObject(x.spec) ? ...` themselves.
 */
import { isJsonObject, type JsonObject, type JsonValue, type KubeObject } from "./object";

/** The value when it is a JSON object, else an empty object (never the original when absent). */
export function objectAt(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** The value when it is an array, else an empty array. */
export function arrayAt(value: unknown): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** The objects of an array field (other elements are skipped). */
export function objectsAt(value: unknown): JsonObject[] {
  return arrayAt(value).filter(isJsonObject);
}

/** The value when it is a string, else "". */
export function stringAt(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The value when it is a finite number, else 0. */
export function numberAt(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** An integer field, or the fallback when it is absent or not a number. */
export function intAt(obj: JsonObject, key: string, fallback = 0): number {
  const v = obj[key];
  return typeof v === "number" && Number.isFinite(v) ? Math.trunc(v) : fallback;
}

/** A string-to-string map field (labels, annotations, matchLabels), absent when it is not an object. */
export function stringMapAt(obj: JsonObject, key: string): Record<string, string> | undefined {
  const v = obj[key];
  if (!isJsonObject(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (typeof val === "string") out[k] = val;
  return out;
}

/** The object's `spec` ({} when it has none). */
export function specOf(obj: KubeObject): JsonObject {
  return objectAt(obj.spec);
}

/** The object's `status` ({} when it has none). */
export function statusOf(obj: KubeObject): JsonObject {
  return objectAt(obj.status);
}
