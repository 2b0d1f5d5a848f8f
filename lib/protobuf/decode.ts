/**
 * Kubernetes' protobuf encoding decoded to the JSON the API server works with. kubectl's typed
 * clients (create deployment, run, drain's eviction, delete options) send
 * `application/vnd.kubernetes.protobuf` bodies: the magic `k8s\0`, then a runtime.Unknown holding
 * the apiVersion/kind and the object's bytes, decoded here with the schema table of the served
 * kinds (lib/k8s/schema). Custom JSON forms (Time, IntOrString, Quantity, ...) are rebuilt, and
 * zero values are dropped where Go's JSON would omit them.
 */

import type { JsonObject, JsonValue } from "../k8s/object";
import { MESSAGES, ROOT_MESSAGES } from "../k8s/schema/generated";
import { type FieldSchema, SPECIAL_MESSAGES } from "../k8s/schema/types";
import { readFields, signed, WireError, type WireField } from "./wire";

const MAGIC = [0x6b, 0x38, 0x73, 0x00]; // "k8s\0"
const decoder = new TextDecoder();
/** Go's zero time.Time, as protobuf seconds: JSON `null`, left out. */
const ZERO_TIME_SECONDS = -62135596800;

export class ProtobufError extends Error {}

function base64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function rfc3339(seconds: number, nanos: number, micro: boolean): string {
  const base = new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "");
  return micro ? `${base}.${String(Math.floor(nanos / 1000)).padStart(6, "0")}Z` : `${base}Z`;
}

function scalar(type: string, f: WireField): JsonValue {
  switch (type) {
    case "string":
      return decoder.decode(f.bytes);
    case "bytes":
      return base64(f.bytes ?? new Uint8Array());
    case "bool":
      return f.varint !== 0n;
    case "int32":
    case "int64":
      return signed(f.varint ?? 0n);
    case "double":
      return new DataView(f.bytes!.buffer, f.bytes!.byteOffset, 8).getFloat64(0, true);
    case "float":
      return new DataView(f.bytes!.buffer, f.bytes!.byteOffset, 4).getFloat32(0, true);
    default:
      throw new ProtobufError(`unknown scalar type ${type}`);
  }
}

/** The JSON of a message's bytes; undefined for what JSON leaves out (a zero Time). */
export function decodeMessage(name: string, bytes: Uint8Array): JsonValue | undefined {
  const fields = readFields(bytes);
  const first = (n: number) => fields.find((f) => f.number === n);
  switch (name) {
    case SPECIAL_MESSAGES.time:
    case SPECIAL_MESSAGES.microTime: {
      const seconds = signed(first(1)?.varint ?? 0n);
      const nanos = signed(first(2)?.varint ?? 0n);
      // Go's zero time.Time travels as an empty message (or its own seconds): JSON null, left out.
      if ((seconds === 0 && nanos === 0) || seconds === ZERO_TIME_SECONDS) return undefined;
      return rfc3339(seconds, nanos, name === SPECIAL_MESSAGES.microTime);
    }
    case SPECIAL_MESSAGES.intOrString:
      return signed(first(1)?.varint ?? 0n) === 1
        ? decoder.decode(first(3)?.bytes)
        : signed(first(2)?.varint ?? 0n);
    case SPECIAL_MESSAGES.quantity:
      return decoder.decode(first(1)?.bytes);
    case SPECIAL_MESSAGES.duration:
      return `${signed(first(1)?.varint ?? 0n) / 1e9}s`;
    case SPECIAL_MESSAGES.fieldsV1:
    case SPECIAL_MESSAGES.rawExtension: {
      const raw = first(1)?.bytes;
      if (!raw || raw.length === 0) return undefined;
      try {
        return JSON.parse(decoder.decode(raw)) as JsonValue;
      } catch {
        throw new ProtobufError(`${name} does not hold JSON`);
      }
    }
  }
  const schema = MESSAGES[name];
  if (!schema) throw new ProtobufError(`no schema for ${name}`);
  const out: JsonObject = {};
  for (const field of schema.fields) {
    const wire = fields.filter((f) => f.number === field.n);
    if (wire.length === 0) continue;
    const value = decodeField(field, wire);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

function decodeValue(type: string, f: WireField): JsonValue | undefined {
  if (MESSAGES[type] || Object.values(SPECIAL_MESSAGES).includes(type as never)) {
    return decodeMessage(type, f.bytes ?? new Uint8Array());
  }
  return scalar(type, f);
}

function isZero(v: JsonValue | undefined): boolean {
  return v === undefined || v === "" || v === 0 || v === false;
}

function decodeField(field: FieldSchema, wire: WireField[]): JsonValue | undefined {
  if (field.map) {
    const [keyType, valueType] = field.map;
    const map: JsonObject = {};
    for (const entry of wire) {
      const parts = readFields(entry.bytes ?? new Uint8Array());
      const k = parts.find((p) => p.number === 1);
      const v = parts.find((p) => p.number === 2);
      const key = k ? String(scalar(keyType, k)) : "";
      map[key] = v ? (decodeValue(valueType, v) ?? null) : valueType === "string" ? "" : null;
    }
    return map;
  }
  const type = field.type ?? "string";
  if (field.rep) {
    // Packed repeated scalars arrive as one length-delimited run; the served kinds have none but
    // strings and messages, which are never packed.
    return wire.map((f) => decodeValue(type, f) ?? null);
  }
  const value = decodeValue(type, wire[wire.length - 1]!);
  if (!MESSAGES[type] && isZero(value) && !field.ptr && !field.req) return undefined;
  return value;
}

const ROOT_BY_KIND = new Map(ROOT_MESSAGES.map((name) => [name.slice(name.lastIndexOf(".") + 1), name]));

/** Whether a body starts with Kubernetes' protobuf magic. */
export function isKubernetesProtobuf(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Decodes a `k8s\0` + runtime.Unknown body to the object's JSON, with its apiVersion and kind. */
export function decodeKubernetesProtobuf(bytes: Uint8Array): JsonObject {
  if (!isKubernetesProtobuf(bytes))
    throw new ProtobufError("the body does not start with the protobuf magic");
  try {
    const unknown = readFields(bytes.subarray(MAGIC.length));
    const typeMeta = readFields(unknown.find((f) => f.number === 1)?.bytes ?? new Uint8Array());
    const apiVersion = decoder.decode(typeMeta.find((f) => f.number === 1)?.bytes ?? new Uint8Array());
    const kind = decoder.decode(typeMeta.find((f) => f.number === 2)?.bytes ?? new Uint8Array());
    const raw = unknown.find((f) => f.number === 2)?.bytes ?? new Uint8Array();
    const message = ROOT_BY_KIND.get(kind);
    if (!message) throw new ProtobufError(`no protobuf schema for ${apiVersion}, Kind=${kind}`);
    const body = decodeMessage(message, raw);
    const obj: JsonObject = { apiVersion, kind };
    Object.assign(obj, body);
    obj.apiVersion = apiVersion;
    obj.kind = kind;
    return obj;
  } catch (error) {
    if (error instanceof WireError) throw new ProtobufError(`malformed protobuf: ${error.message}`);
    throw error;
  }
}
