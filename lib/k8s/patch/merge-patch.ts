/**
 * JSON merge patch (RFC 7386), `application/merge-patch+json`.
 *
 * applyMergePatch is the RFC's algorithm: an object patch is merged key by key into the target (a
 * `null` member deletes the key, nested objects merge recursively), and any other patch (array, string,
 * number, boolean, null) replaces the target whole. Inputs are never mutated.
 *
 * applyMergePatchToObject adds what kube-apiserver does around it for a stored object
 * (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go, evanphx/json-patch MergePatch):
 * a body that is not a JSON object is refused with 400 BadRequest.
 */

import { badRequest } from "../errors";
import { objectAt } from "../json";
import { deepCopy, isJsonObject, type JsonObject, type JsonValue } from "../object";

export function applyMergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  // Work on private copies so the result shares nothing with the inputs.
  return mergeInto(target === undefined ? undefined : deepCopy(target), patch);
}

/** The RFC's MergePatch(Target, Patch); `target` is a private copy and may be changed in place. */
function mergeInto(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (!isJsonObject(patch)) return deepCopy(patch);
  const result: JsonObject = objectAt(target);
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null) delete result[key];
    else result[key] = mergeInto(result[key], value);
  }
  return result;
}

function goKind(value: JsonValue): string {
  if (Array.isArray(value)) return "array";
  if (typeof value === "boolean") return "bool";
  return typeof value;
}

/**
 * Merge-patches a stored object. A JSON `null` body is 400 `Invalid JSON Patch`; an array, string,
 * number or boolean body is 400 `error decoding patch: json: cannot unmarshal <kind> into Go value of type
 * map[string]interface {}` (the wording under fieldValidation Warn/Strict, the server's default).
 */
export function applyMergePatchToObject(original: JsonObject, patch: JsonValue): JsonObject {
  if (patch === null) throw badRequest("Invalid JSON Patch");
  if (!isJsonObject(patch)) {
    throw badRequest(
      `error decoding patch: json: cannot unmarshal ${goKind(patch)} into Go value of type map[string]interface {}`,
    );
  }
  return applyMergePatch(original, patch) as JsonObject;
}
