/**
 * JSON patch (RFC 6902, pointers per RFC 6901), `application/json-patch+json`, with the behaviour and the
 * answers of kube-apiserver (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go, which applies
 * patches with gopkg.in/evanphx/json-patch.v4). Written here rather than on fast-json-patch so the
 * evanphx semantics below hold exactly.
 *
 * Answers:
 * - A body that is not a JSON array of operation objects (or an operation whose `op`/`path`/`from` is not a
 *   string) is 400 BadRequest, worded as the server's strict decoding says it:
 *   `error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp`.
 *   (fieldValidation=Ignore gives the bare decoder message, `... of type jsonpatch.Patch`.)
 * - More than 10000 operations is 413 RequestEntityTooLarge.
 * - Any operation that cannot be applied (unknown `op`, missing `path`, a path whose parent does not
 *   exist, removing a missing key, an index out of range, a failed `test`, ...) is 422 Invalid with the
 *   generic message `the server rejected our request due to an error in our request` and empty details:
 *   kube-apiserver drops the library's message (NewGenericServerResponse). kubeplay keeps that message on
 *   the error's `cause` for logs only.
 *
 * evanphx v4 semantics kept on purpose: `replace` of a missing key of an object adds it (only a missing
 * parent, or an array index out of range, fails); negative array indices count from the end; an `add`
 * without `value` adds null; `test` of a missing member succeeds when `value` is null.
 * Nothing is applied unless every operation is; inputs are never mutated.
 */
import { ApiError, badRequest, type Status } from "../errors";
import { deepCopy, isJsonObject, type JsonObject, type JsonValue, jsonEqual } from "../object";

export const MAX_JSON_PATCH_OPERATIONS = 10000;

export interface JsonPatchOptions {
  /** The request's fieldValidation; only the wording of 400 answers depends on it. Default "Warn". */
  fieldValidation?: "Ignore" | "Warn" | "Strict";
}

/** 422 Invalid as kube-apiserver answers a patch it could not apply; `detail` only goes to `cause`. */
export function patchApplicationFailed(detail: string): ApiError {
  const status: Status = {
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: "the server rejected our request due to an error in our request",
    reason: "Invalid",
    details: {},
    code: 422,
  };
  const error = new ApiError(status);
  error.cause = new Error(detail);
  return error;
}

function goKind(value: JsonValue): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  if (typeof value === "boolean") return "bool";
  return typeof value;
}

class PatchFailure extends Error {}

const ERR_MISSING = "missing value";
const ERR_INVALID_INDEX = "invalid index referenced";

type Container = JsonObject | JsonValue[];

function isContainer(value: JsonValue | undefined): value is Container {
  return Array.isArray(value) || isJsonObject(value);
}

/** RFC 6901 unescaping: `~1` is `/`, `~0` is `~`, in one left-to-right pass. */
function decodePointerToken(token: string): string {
  return token.replace(/~[01]/g, (m) => (m === "~1" ? "/" : "~"));
}

/** strconv.Atoi. */
function parseIndex(key: string): number {
  if (!/^[+-]?\d+$/.test(key))
    throw new PatchFailure(`strconv.Atoi: parsing ${JSON.stringify(key)}: invalid syntax`);
  return Number.parseInt(key, 10);
}

/** An existing array slot, negative indices counting from the end. */
function arrayIndex(array: JsonValue[], key: string): number {
  let idx = parseIndex(key);
  if (idx < 0) {
    if (idx < -array.length) throw new PatchFailure(ERR_INVALID_INDEX);
    idx += array.length;
  }
  if (idx >= array.length)
    throw new PatchFailure(`Unable to access invalid index: ${idx}: ${ERR_INVALID_INDEX}`);
  return idx;
}

/** The member of a container; undefined (JSON null included) when an object has no such key. */
function get(con: Container, key: string): JsonValue | undefined {
  if (Array.isArray(con)) return con[arrayIndex(con, key)];
  const value = Object.hasOwn(con, key) ? con[key] : undefined;
  return value === null ? undefined : value;
}

function add(con: Container, key: string, value: JsonValue): void {
  if (!Array.isArray(con)) {
    con[key] = value;
    return;
  }
  if (key === "-") {
    con.push(value);
    return;
  }
  let idx: number;
  try {
    idx = parseIndex(key);
  } catch (e) {
    throw new PatchFailure(`value was not a proper array index: '${key}': ${(e as Error).message}`);
  }
  const size = con.length + 1;
  if (idx >= size) throw new PatchFailure(`Unable to access invalid index: ${idx}: ${ERR_INVALID_INDEX}`);
  if (idx < 0) {
    if (idx < -size) throw new PatchFailure(`Unable to access invalid index: ${idx}: ${ERR_INVALID_INDEX}`);
    idx += size;
  }
  con.splice(idx, 0, value);
}

function remove(con: Container, key: string): void {
  if (Array.isArray(con)) {
    con.splice(arrayIndex(con, key), 1);
    return;
  }
  if (!Object.hasOwn(con, key))
    throw new PatchFailure(`Unable to remove nonexistent key: ${key}: ${ERR_MISSING}`);
  delete con[key];
}

function set(con: Container, key: string, value: JsonValue): void {
  if (Array.isArray(con)) con[arrayIndex(con, key)] = value;
  else con[key] = value;
}

/** evanphx findObject: the container holding the pointer's last token, and that token. */
function findObject(doc: JsonValue, path: string): { con: Container; key: string } | undefined {
  const split = path.split("/");
  if (split.length < 2 || !isContainer(doc)) return undefined;
  let con: Container = doc;
  for (const part of split.slice(1, -1)) {
    let next: JsonValue | undefined;
    try {
      next = get(con, decodePointerToken(part));
    } catch {
      return undefined;
    }
    if (!isContainer(next)) return undefined;
    con = next;
  }
  return { con, key: decodePointerToken(split[split.length - 1] ?? "") };
}

function wrap(context: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof PatchFailure) throw new PatchFailure(`${context}: ${e.message}`);
    throw e;
  }
}

/** Operation.Path / Operation.From. */
function pointer(op: JsonObject, field: "path" | "from", what: string): string {
  const value = op[field];
  if (value === undefined || value === null) {
    throw new PatchFailure(
      field === "path"
        ? `${what}: operation missing path field: ${ERR_MISSING}`
        : `${what}: operation, missing from field: ${ERR_MISSING}`,
    );
  }
  if (typeof value !== "string") {
    throw new PatchFailure(`${what}: json: cannot unmarshal ${goKind(value)} into Go value of type string`);
  }
  return value;
}

function applyOperation(doc: JsonValue, op: JsonObject): void {
  const kind = typeof op.op === "string" ? op.op : "unknown";
  const hasValue = Object.hasOwn(op, "value") && op.value !== undefined;
  const value: JsonValue = hasValue ? deepCopy(op.value ?? null) : null;
  switch (kind) {
    case "add": {
      const path = pointer(op, "path", "add operation failed to decode path");
      const found = findObject(doc, path);
      if (!found)
        throw new PatchFailure(
          `add operation does not apply: doc is missing path: "${path}": ${ERR_MISSING}`,
        );
      wrap(`error in add for path: '${path}'`, () => add(found.con, found.key, value));
      return;
    }
    case "remove": {
      const path = pointer(op, "path", "remove operation failed to decode path");
      const found = findObject(doc, path);
      if (!found) {
        throw new PatchFailure(
          `remove operation does not apply: doc is missing path: "${path}": ${ERR_MISSING}`,
        );
      }
      wrap(`error in remove for path: '${path}'`, () => remove(found.con, found.key));
      return;
    }
    case "replace": {
      const path = pointer(op, "path", "replace operation failed to decode path");
      const found = findObject(doc, path);
      if (!found)
        throw new PatchFailure(
          `replace operation does not apply: doc is missing path: ${path}: ${ERR_MISSING}`,
        );
      wrap(`replace operation does not apply: doc is missing key: ${path}`, () => get(found.con, found.key));
      set(found.con, found.key, value);
      return;
    }
    case "move": {
      const from = pointer(op, "from", "move operation failed to decode from");
      const source = findObject(doc, from);
      if (!source) {
        throw new PatchFailure(
          `move operation does not apply: doc is missing from path: ${from}: ${ERR_MISSING}`,
        );
      }
      let moved: JsonValue | undefined;
      wrap(`error in move for path: '${source.key}'`, () => {
        moved = get(source.con, source.key);
        remove(source.con, source.key);
      });
      const path = pointer(op, "path", "move operation failed to decode path");
      const target = findObject(doc, path);
      if (!target) {
        throw new PatchFailure(
          `move operation does not apply: doc is missing destination path: ${path}: ${ERR_MISSING}`,
        );
      }
      wrap(`error in move for path: '${path}'`, () => add(target.con, target.key, moved ?? null));
      return;
    }
    case "copy": {
      const from = pointer(op, "from", "copy operation failed to decode from");
      const source = findObject(doc, from);
      if (!source) {
        throw new PatchFailure(
          `copy operation does not apply: doc is missing from path: ${from}: ${ERR_MISSING}`,
        );
      }
      let copied: JsonValue | undefined;
      wrap(`error in copy for from: '${from}'`, () => {
        copied = get(source.con, source.key);
      });
      const path = pointer(op, "path", "copy operation failed to decode path");
      const target = findObject(doc, path);
      if (!target) {
        throw new PatchFailure(
          `copy operation does not apply: doc is missing destination path: ${path}: ${ERR_MISSING}`,
        );
      }
      const copy = copied === undefined ? null : deepCopy(copied);
      wrap("error while adding value during copy", () => add(target.con, target.key, copy));
      return;
    }
    case "test": {
      const path = pointer(op, "path", "test operation failed to decode path");
      const found = findObject(doc, path);
      if (!found)
        throw new PatchFailure(`test operation does not apply: is missing path: ${path}: ${ERR_MISSING}`);
      let actual: JsonValue | undefined;
      wrap(`error in test for path: '${path}'`, () => {
        actual = get(found.con, found.key);
      });
      const passed =
        actual === undefined ? hasValue && op.value === null : hasValue && jsonEqual(actual, op.value);
      if (!passed) throw new PatchFailure(`testing value ${path} failed: test failed`);
      return;
    }
    default:
      throw new PatchFailure(`Unexpected kind: ${kind}`);
  }
}

/** Checks the body is a list of operations, as the server decodes it, and returns the operations. */
function decodeOperations(operations: JsonValue, options: JsonPatchOptions): (JsonObject | null)[] {
  const strict = (options.fieldValidation ?? "Warn") !== "Ignore";
  const refuse = (message: string): ApiError =>
    badRequest(strict ? `error decoding patch: ${message}` : message);
  if (operations === null) return [];
  if (!Array.isArray(operations)) {
    throw refuse(
      `json: cannot unmarshal ${goKind(operations)} into Go value of type ${strict ? "[]handlers.jsonPatchOp" : "jsonpatch.Patch"}`,
    );
  }
  const decoded: (JsonObject | null)[] = [];
  for (const op of operations) {
    if (op !== null && !isJsonObject(op)) {
      throw refuse(
        `json: cannot unmarshal ${goKind(op)} into Go value of type ${strict ? "handlers.jsonPatchOp" : "jsonpatch.Operation"}`,
      );
    }
    if (strict && op !== null) {
      for (const field of ["op", "path", "from"] as const) {
        const value = op[field];
        if (value !== undefined && value !== null && typeof value !== "string") {
          throw refuse(
            `json: cannot unmarshal ${goKind(value)} into Go struct field jsonPatchOp.${field} of type string`,
          );
        }
      }
    }
    decoded.push(op);
  }
  return decoded;
}

/**
 * Applies a JSON patch (the parsed request body) to a document and returns the patched copy.
 * Throws ApiError 400 / 413 / 422 as described at the top of this file.
 */
export function applyJsonPatch(
  target: JsonValue,
  operations: JsonValue,
  options: JsonPatchOptions = {},
): JsonValue {
  const ops = decodeOperations(operations, options);
  if (ops.length > MAX_JSON_PATCH_OPERATIONS) {
    const status: Status = {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: `Request entity too large: The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${ops.length}`,
      reason: "RequestEntityTooLarge",
      code: 413,
    };
    throw new ApiError(status);
  }
  const doc = deepCopy(target);
  try {
    for (const op of ops) applyOperation(doc, op ?? {});
  } catch (e) {
    if (e instanceof PatchFailure) throw patchApplicationFailed(e.message);
    throw e;
  }
  return doc;
}
