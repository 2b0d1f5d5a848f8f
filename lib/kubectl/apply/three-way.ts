/**
 * The patch client-side `kubectl apply` sends: a three-way strategic merge patch from the last
 * applied configuration (original), the manifest (modified) and the live object (current).
 * Fields the manifest dropped since the last apply are deleted (null, or `$patch: delete` for a
 * list element merged by key); fields the manifest sets differently from the live object are set.
 * Fields only the live object has (defaults, status, what controllers wrote) are left alone.
 */

import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject, jsonEqual } from "../../k8s/object";
import { PATCH_STRATEGIES } from "../../k8s/patch/strategic-merge-patch";

function mergeKeyAt(kind: string, path: string): string | undefined {
  return PATCH_STRATEGIES[kind]?.[path]?.patchMergeKey;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The patch, or an empty object when nothing changes. */
export function threeWayPatch(
  original: JsonObject | undefined,
  modified: JsonObject,
  current: JsonObject,
  kind: string,
): JsonObject {
  return diffMaps(original, modified, current, kind, "");
}

function diffMaps(
  original: JsonObject | undefined,
  modified: JsonObject,
  current: JsonObject | undefined,
  kind: string,
  path: string,
): JsonObject {
  const patch: JsonObject = {};
  for (const key of Object.keys(original ?? {})) {
    if (!(key in modified) && current && key in current) patch[key] = null;
  }
  for (const [key, want] of Object.entries(modified)) {
    const have = current?.[key];
    const was = original?.[key];
    const p = join(path, key);
    if (isJsonObject(want) && isJsonObject(have)) {
      const sub = diffMaps(isJsonObject(was) ? was : undefined, want, have, kind, p);
      if (Object.keys(sub).length > 0) patch[key] = sub;
      continue;
    }
    const mergeKey = mergeKeyAt(kind, `${p}`) ?? mergeKeyAt(kind, `${p}[]`);
    if (
      Array.isArray(want) &&
      Array.isArray(have) &&
      mergeKey &&
      want.every(isJsonObject) &&
      have.every(isJsonObject)
    ) {
      const list = diffKeyedList(
        Array.isArray(was) ? was : undefined,
        want as JsonObject[],
        have as JsonObject[],
        mergeKey,
        kind,
        p,
      );
      if (list) patch[key] = list;
      continue;
    }
    if (!jsonEqual(want, have)) patch[key] = want;
  }
  return patch;
}

function diffKeyedList(
  original: JsonValue[] | undefined,
  modified: JsonObject[],
  current: JsonObject[],
  mergeKey: string,
  kind: string,
  path: string,
): JsonObject[] | undefined {
  const out: JsonObject[] = [];
  const keyOf = (o: JsonValue) => (isJsonObject(o) ? JSON.stringify(o[mergeKey] ?? null) : "");
  const wanted = new Set(modified.map(keyOf));
  for (const was of original ?? []) {
    if (!isJsonObject(was) || wanted.has(keyOf(was))) continue;
    if (current.some((c) => keyOf(c) === keyOf(was)))
      out.push({ [mergeKey]: was[mergeKey] ?? null, $patch: "delete" });
  }
  for (const want of modified) {
    const have = current.find((c) => keyOf(c) === keyOf(want));
    if (!have) {
      out.push(want);
      continue;
    }
    const was = (original ?? []).find((o) => keyOf(o) === keyOf(want));
    const sub = diffMaps(isJsonObject(was) ? was : undefined, want, have, kind, `${path}[]`);
    if (Object.keys(sub).length > 0) out.push({ [mergeKey]: want[mergeKey] ?? null, ...sub });
  }
  const order = modified.map((m) => keyOf(m));
  const currentOrder = current.map(keyOf).filter((k) => wanted.has(k));
  if (out.length === 0 && jsonEqual(order, currentOrder)) return undefined;
  if (out.length === 0) return undefined;
  return out;
}
