/**
 * A Swagger 2.0 document in the protobuf encoding kubectl asks `/openapi/v2` for
 * (`application/com.github.proto-openapi.spec.v2@v1.0+protobuf`): gnostic's `openapi.v2.Document`
 * message (google/gnostic openapiv2/OpenAPIv2.proto). Covers what documents.ts produces: info,
 * paths and operations with query, path and body parameters, responses, schemas and definitions,
 * vendor extensions (their values as YAML text, which JSON is), security.
 */
import { objectAt } from "../k8s/json";
import type { JsonObject, JsonValue } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { ProtoWriter } from "../protobuf/encode";

function str(v: JsonValue | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function strs(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function num(v: JsonValue | undefined): number | undefined {
  return typeof v === "number" ? v : undefined;
}

/** `Any { string yaml = 2; }` holding a value's YAML (here its JSON, valid YAML). */
function any(value: JsonValue): ProtoWriter {
  return new ProtoWriter().string(2, JSON.stringify(value));
}

/** `repeated NamedAny vendor_extension` entries of the `x-` keys of an object. */
function vendorExtensions(w: ProtoWriter, field: number, o: JsonObject): void {
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith("x-") && v !== undefined) {
      w.message(field, new ProtoWriter().string(1, k).message(2, any(v)));
    }
  }
}

export function encodeSchema(s: JsonObject): ProtoWriter {
  const w = new ProtoWriter();
  w.string(1, str(s.$ref));
  w.string(2, str(s.format));
  w.string(3, str(s.title));
  w.string(4, str(s.description));
  if (s.default !== undefined) w.message(5, any(s.default));
  w.double(7, num(s.maximum));
  w.double(9, num(s.minimum));
  w.int(11, num(s.maxLength));
  w.int(12, num(s.minLength));
  w.string(13, str(s.pattern));
  w.bool(16, s.uniqueItems === true);
  w.strings(19, strs(s.required));
  if (Array.isArray(s.enum)) for (const e of s.enum) w.message(20, any(e));
  if (s.additionalProperties !== undefined) {
    const ap = new ProtoWriter();
    if (typeof s.additionalProperties === "boolean") ap.bool(2, s.additionalProperties);
    else ap.message(1, encodeSchema(objectAt(s.additionalProperties)));
    w.message(21, ap);
  }
  if (s.type !== undefined)
    w.message(22, new ProtoWriter().strings(1, typeof s.type === "string" ? [s.type] : strs(s.type)));
  if (s.items !== undefined) {
    const items = new ProtoWriter();
    for (const i of Array.isArray(s.items) ? s.items : [s.items]) items.message(1, encodeSchema(objectAt(i)));
    w.message(23, items);
  }
  if (Array.isArray(s.allOf)) for (const a of s.allOf) w.message(24, encodeSchema(objectAt(a)));
  if (isJsonObject(s.properties)) w.message(25, namedSchemas(s.properties));
  w.bool(27, s.readOnly === true);
  vendorExtensions(w, 31, s);
  return w;
}

/** `Properties` / `Definitions`: `repeated NamedSchema additional_properties = 1`. */
function namedSchemas(o: JsonObject): ProtoWriter {
  const w = new ProtoWriter();
  for (const [name, s] of Object.entries(o)) {
    w.message(1, new ProtoWriter().string(1, name).message(2, encodeSchema(objectAt(s))));
  }
  return w;
}

function encodeParameter(p: JsonObject): ProtoWriter {
  const parameter = new ProtoWriter();
  if (p.in === "body") {
    const body = new ProtoWriter()
      .string(1, str(p.description))
      .string(2, str(p.name))
      .string(3, "body")
      .bool(4, p.required === true);
    if (isJsonObject(p.schema)) body.message(5, encodeSchema(p.schema));
    vendorExtensions(body, 6, p);
    parameter.message(1, body);
  } else {
    // Query and path parameters share their first fields; path's type is 5, query's 6.
    const isPath = p.in === "path";
    const sub = new ProtoWriter()
      .bool(1, p.required === true)
      .string(2, str(p.in))
      .string(3, str(p.description))
      .string(4, str(p.name));
    if (isPath)
      sub
        .string(5, str(p.type))
        .string(6, str(p.format))
        .bool(19, p.uniqueItems === true);
    else
      sub
        .string(6, str(p.type))
        .string(7, str(p.format))
        .bool(20, p.uniqueItems === true);
    vendorExtensions(sub, isPath ? 22 : 23, p);
    parameter.message(2, new ProtoWriter().message(isPath ? 4 : 3, sub));
  }
  // ParametersItem { Parameter parameter = 1; JsonReference json_reference = 2; }
  const item = new ProtoWriter();
  if (typeof p.$ref === "string") item.message(2, new ProtoWriter().string(1, p.$ref));
  else item.message(1, parameter);
  return item;
}

function encodeOperation(o: JsonObject): ProtoWriter {
  const w = new ProtoWriter();
  w.strings(1, strs(o.tags));
  w.string(2, str(o.summary));
  w.string(3, str(o.description));
  w.string(5, str(o.operationId));
  w.strings(6, strs(o.produces));
  w.strings(7, strs(o.consumes));
  if (Array.isArray(o.parameters)) for (const p of o.parameters) w.message(8, encodeParameter(objectAt(p)));
  if (isJsonObject(o.responses)) {
    const responses = new ProtoWriter();
    for (const [code, r] of Object.entries(o.responses)) {
      const resp = objectAt(r);
      const response = new ProtoWriter().string(1, str(resp.description));
      if (isJsonObject(resp.schema))
        response.message(2, new ProtoWriter().message(1, encodeSchema(resp.schema)));
      vendorExtensions(response, 5, resp);
      // NamedResponseValue { name = 1; ResponseValue value = 2 }, ResponseValue { Response response = 1 }
      responses.message(
        1,
        new ProtoWriter().string(1, code).message(2, new ProtoWriter().message(1, response)),
      );
    }
    w.message(9, responses);
  }
  w.strings(10, strs(o.schemes));
  w.bool(11, o.deprecated === true);
  vendorExtensions(w, 13, o);
  return w;
}

const METHODS: [string, number][] = [
  ["get", 2],
  ["put", 3],
  ["post", 4],
  ["delete", 5],
  ["options", 6],
  ["head", 7],
  ["patch", 8],
];

function encodePathItem(item: JsonObject): ProtoWriter {
  const w = new ProtoWriter();
  w.string(1, str(item.$ref));
  for (const [method, field] of METHODS) {
    if (isJsonObject(item[method])) w.message(field, encodeOperation(item[method]));
  }
  if (Array.isArray(item.parameters))
    for (const p of item.parameters) w.message(9, encodeParameter(objectAt(p)));
  vendorExtensions(w, 10, item);
  return w;
}

/** The `openapi.v2.Document` bytes of a Swagger 2.0 document. */
export function encodeSwaggerDocument(doc: JsonObject): Uint8Array<ArrayBuffer> {
  const w = new ProtoWriter();
  w.string(1, str(doc.swagger));
  if (isJsonObject(doc.info)) {
    const info = new ProtoWriter()
      .string(1, str(doc.info.title))
      .string(2, str(doc.info.version))
      .string(3, str(doc.info.description));
    vendorExtensions(info, 7, doc.info);
    w.message(2, info);
  }
  w.string(3, str(doc.host));
  w.string(4, str(doc.basePath));
  w.strings(5, strs(doc.schemes));
  w.strings(6, strs(doc.consumes));
  w.strings(7, strs(doc.produces));
  if (isJsonObject(doc.paths)) {
    const paths = new ProtoWriter();
    for (const [path, item] of Object.entries(doc.paths)) {
      if (path.startsWith("x-")) continue;
      paths.message(2, new ProtoWriter().string(1, path).message(2, encodePathItem(objectAt(item))));
    }
    vendorExtensions(paths, 1, doc.paths);
    w.message(8, paths);
  }
  if (isJsonObject(doc.definitions)) w.message(9, namedSchemas(doc.definitions));
  if (Array.isArray(doc.security)) {
    for (const requirement of doc.security) {
      const r = new ProtoWriter();
      for (const [name, scopes] of Object.entries(objectAt(requirement))) {
        r.message(
          1,
          new ProtoWriter().string(1, name).message(2, new ProtoWriter().strings(1, strs(scopes))),
        );
      }
      w.message(12, r);
    }
  }
  if (isJsonObject(doc.securityDefinitions)) {
    const defs = new ProtoWriter();
    for (const [name, d] of Object.entries(doc.securityDefinitions)) {
      const def = objectAt(d);
      // SecurityDefinitionsItem { ApiKeySecurity api_key_security = 2; } (the only kind served)
      const apiKey = new ProtoWriter()
        .string(1, str(def.type))
        .string(2, str(def.name))
        .string(3, str(def.in))
        .string(4, str(def.description));
      defs.message(1, new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(2, apiKey)));
    }
    w.message(13, defs);
  }
  vendorExtensions(w, 16, doc);
  return w.finish();
}
