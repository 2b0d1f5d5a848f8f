/** ConfigMap validation (ValidateConfigMap / ValidateConfigMapUpdate of pkg/apis/core/validation). */

import { cause, type FieldCause } from "../errors";
import { objectAt } from "../json";
import { jsonEqual, type KubeObject } from "../object";
import { byteLength, isConfigMapKey } from "./names";
import { validateObjectMeta } from "./object-meta";

/** ConfigMaps share the Secret size limit: 1 MiB of data in total. */
export const MAX_CONFIG_MAP_SIZE = 1024 * 1024;

/** The decoded length of a base64 string (binaryData values travel base64-encoded). */
function base64Length(s: string): number {
  const clean = s.replace(/[\s]/g, "");
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

export function validateConfigMap(obj: KubeObject, old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  const data = objectAt(obj.data);
  const binary = objectAt(obj.binaryData);
  let total = 0;
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    for (const msg of isConfigMapKey(key)) out.push(cause.invalid(`data[${key}]`, key, msg));
    if (binary[key] !== undefined)
      out.push(cause.invalid(`data[${key}]`, key, "duplicate of key present in binaryData"));
    if (typeof value !== "string") out.push(cause.typeInvalid(`data[${key}]`, value, "must be a string"));
    else total += byteLength(value);
  }
  for (const [key, value] of Object.entries(binary)) {
    if (value === undefined) continue;
    for (const msg of isConfigMapKey(key)) out.push(cause.invalid(`binaryData[${key}]`, key, msg));
    if (typeof value === "string") total += base64Length(value);
  }
  if (total > MAX_CONFIG_MAP_SIZE) out.push(cause.tooLong("", MAX_CONFIG_MAP_SIZE));

  if (old && old.immutable === true) {
    const immutable = "field is immutable when `immutable` is set";
    if (obj.immutable !== true) out.push(cause.forbidden("immutable", immutable));
    if (!jsonEqual(obj.data ?? {}, old.data ?? {})) out.push(cause.forbidden("data", immutable));
    if (!jsonEqual(obj.binaryData ?? {}, old.binaryData ?? {}))
      out.push(cause.forbidden("binaryData", immutable));
  }
  return out;
}
