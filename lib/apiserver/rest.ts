/**
 * Kubernetes' REST paths mapped onto the registry: `/api/v1/namespaces/default/pods/x/status`,
 * `/apis/apps/v1/deployments`, ... Works on a plain request record so that HTTP requests and
 * calls made over a cluster WebSocket share one code path.
 */

import { parse as parseYaml } from "yaml";
import { ApiError, badRequest, methodNotAllowed, notFound, unsupportedMediaType } from "../k8s/errors";
import { objectAt } from "../k8s/json";
import type { KindInfo } from "../k8s/kinds";
import { kindByPath } from "../k8s/kinds";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { parseFieldValidation } from "../k8s/validation/unknown-fields";
import { tableVersionOf } from "../printers/accept";
import { parseIncludeObject, toTable } from "../printers/index";
import { discoveryDocument } from "./discovery";
import { evictPod } from "./eviction";
import type { DeleteOptions, ListOptions, Registry } from "./registry";
import { patchTypeOf } from "./registry";
import { bindPod, getScale, updateScale } from "./subresources";

export interface ApiRequest {
  method: string;
  /** The path below the cluster prefix, as `/api/v1/pods`. */
  path: string;
  query: URLSearchParams;
  contentType?: string;
  /** The raw body (HTTP), or... */
  body?: string;
  /** ...the body already parsed (a call over the cluster WebSocket). */
  json?: JsonValue;
  /** The `Accept` header: `application/json;as=Table;v=v1;g=meta.k8s.io` asks for a Table. */
  accept?: string;
  /** The clock for Table ages (ms since the epoch); defaults to now. */
  now?: number;
}

function bodyOf(req: ApiRequest, contentType = req.contentType): JsonValue {
  return req.json !== undefined ? req.json : decodeBody(req.body, contentType);
}

export interface ApiResponse {
  code: number;
  body: JsonValue;
  /** Warnings for the client (`Warning: 299 - "..."` headers over HTTP). */
  warnings?: string[];
}

/** Where a REST path points: a kind's collection, one object, or one object's subresource. */
export interface ApiTarget {
  info: KindInfo;
  namespace: string | undefined;
  name?: string;
  subresource?: string;
}

/** Parses `/api/v1/...` and `/apis/<group>/<version>/...`; undefined when no kind lives there. */
export function parseApiPath(path: string): ApiTarget | undefined {
  const parts = path
    .split("/")
    .filter((p) => p !== "")
    .map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === "api" && parts.length >= 2) {
    group = "";
    version = parts[1]!;
    rest = parts.slice(2);
  } else if (parts[0] === "apis" && parts.length >= 3) {
    group = parts[1]!;
    version = parts[2]!;
    rest = parts.slice(3);
  } else return undefined;
  if (rest[0] === "namespaces" && rest.length >= 3) {
    const info = kindByPath(group, version, rest[2]!);
    if (info?.namespaced && rest.length <= 5) {
      return { info, namespace: rest[1], name: rest[3], subresource: rest[4] };
    }
  }
  const info = kindByPath(group, version, rest[0] ?? "");
  if (!info || rest.length > 3) return undefined;
  if (info.namespaced && rest.length > 1) return undefined;
  return { info, namespace: undefined, name: rest[1], subresource: rest[2] };
}

/** Decodes a request body: JSON, or YAML (aliases capped against expansion bombs). */
export function decodeBody(body: string | undefined, contentType: string | undefined): JsonValue {
  if (body === undefined || body.trim() === "") throw badRequest("the request body is empty");
  const type = (contentType ?? "application/json").split(";")[0]!.trim().toLowerCase();
  if (type.includes("protobuf")) throw unsupportedMediaType(type);
  try {
    if (type === "application/yaml" || type === "application/apply-patch+yaml") {
      return parseYaml(body, { maxAliasCount: 100, prettyErrors: false }) as JsonValue;
    }
    return JSON.parse(body) as JsonValue;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw badRequest(`error decoding request body: ${detail}`);
  }
}

const SUBRESOURCES: Record<string, (info: KindInfo) => boolean> = {
  status: (info) => info.statusSubresource,
  scale: (info) => info.scaleSubresource,
  binding: (info) => info.kind === "Pod",
  eviction: (info) => info.kind === "Pod",
  finalize: (info) => info.kind === "Namespace",
};

export function handleApiRequest(registry: Registry, request: ApiRequest): ApiResponse {
  try {
    return route(registry, request);
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, body: error.status };
    throw error;
  }
}

/** Kubernetes' answer for a path where nothing is served. */
export function notServed(): ApiError {
  const e = notFound({ group: "", plural: "", kind: "" }, "");
  e.status.message = "the server could not find the requested resource";
  e.status.details = {};
  return e;
}

function route(registry: Registry, req: ApiRequest): ApiResponse {
  if (req.method.toUpperCase() === "GET") {
    const doc = discoveryDocument(req.path);
    if (doc) return { code: 200, body: doc };
  }
  const target = parseApiPath(req.path);
  if (!target) throw notServed();
  const { info, name, subresource } = target;
  const namespace = target.namespace ?? (info.namespaced ? undefined : "");
  if (subresource !== undefined && !SUBRESOURCES[subresource]?.(info)) {
    throw notFound(info, `${name}/${subresource}`);
  }
  const q = req.query;
  const dryRun = q.getAll("dryRun").includes("All");
  const method = req.method.toUpperCase();
  const warnings: string[] = [];
  const write = {
    dryRun,
    warnings,
    fieldValidation:
      method === "POST" || method === "PUT" || method === "PATCH"
        ? parseFieldValidation(q.get("fieldValidation"))
        : undefined,
  };
  const withWarnings = (r: ApiResponse): ApiResponse => (warnings.length ? { ...r, warnings } : r);

  if (name === undefined) {
    const listOptions: ListOptions = {
      labelSelector: q.get("labelSelector") ?? undefined,
      fieldSelector: q.get("fieldSelector") ?? undefined,
      limit: q.has("limit") ? Number(q.get("limit")) : undefined,
      continue: q.get("continue") ?? undefined,
    };
    switch (method) {
      case "GET":
        return { code: 200, body: asTableIfAsked(req, info, registry.list(info, namespace, listOptions)) };
      case "POST": {
        if (info.namespaced && namespace === undefined) {
          throw methodNotAllowed(`POST is not supported on ${info.plural} across all namespaces`);
        }
        const body = bodyOf(req);
        return withWarnings({ code: 201, body: asJson(registry.create(info, namespace ?? "", body, write)) });
      }
      case "DELETE":
        return {
          code: 200,
          body: registry.deleteCollection(info, namespace, listOptions, deleteOptions(req)),
        };
      default:
        throw methodNotAllowed(`the server does not allow this method on the requested resource`);
    }
  }

  const ns = namespace ?? "";
  if (subresource === "scale") {
    if (method === "GET") return { code: 200, body: getScale(registry, info, ns, name) };
    if (method === "PUT" || method === "PATCH") {
      const body = bodyOf(req);
      return {
        code: 200,
        body: updateScale(registry, info, ns, name, method, body, req.contentType ?? "", dryRun),
      };
    }
    throw methodNotAllowed("the server does not allow this method on the requested resource");
  }
  if (subresource === "binding" && method === "POST") {
    bindPod(registry, info, ns, name, bodyOf(req), dryRun);
    return { code: 201, body: success() };
  }
  if (subresource === "eviction" && method === "POST") {
    const body = req.body || req.json !== undefined ? bodyOf(req) : {};
    const opts = isJsonObject(body) && isJsonObject(body.deleteOptions) ? body.deleteOptions : {};
    evictPod(registry, info, ns, name, { ...parseDeleteOptions(opts), dryRun }, req.now ?? Date.now());
    return { code: 201, body: success() };
  }
  const sub = subresource === "status" ? "status" : undefined;
  switch (method) {
    case "GET":
      return { code: 200, body: asTableIfAsked(req, info, asJson(registry.get(info, ns, name))) };
    case "PUT": {
      const body = bodyOf(req);
      const target = subresource === "finalize" ? undefined : sub;
      return withWarnings({ code: 200, body: asJson(registry.update(info, ns, name, body, target, write)) });
    }
    case "PATCH": {
      const type = patchTypeOf(req.contentType ?? "");
      const body = bodyOf(req, "application/json");
      return withWarnings({
        code: 200,
        body: asJson(registry.patch(info, ns, name, type, body, sub, write)),
      });
    }
    case "DELETE": {
      if (subresource)
        throw methodNotAllowed("the server does not allow this method on the requested resource");
      const result = registry.delete(info, ns, name, deleteOptions(req));
      return { code: result.deleted ? 200 : 202, body: asJson(result.object) };
    }
    default:
      throw methodNotAllowed("the server does not allow this method on the requested resource");
  }
}

/** DeleteOptions from the query string and, if any, the request body. */
function deleteOptions(req: ApiRequest): DeleteOptions {
  let fromBody: JsonObject = {};
  const hasBody = req.json !== undefined || (req.body !== undefined && req.body.trim() !== "");
  // kubectl's typed clients may send DeleteOptions as protobuf: tolerated, as the query has them too.
  if (hasBody && !(req.contentType ?? "").includes("protobuf")) {
    const body = bodyOf(req);
    if (isJsonObject(body)) fromBody = body;
  }
  const q = req.query;
  const merged: JsonObject = { ...fromBody };
  if (q.has("gracePeriodSeconds")) merged.gracePeriodSeconds = Number(q.get("gracePeriodSeconds"));
  if (q.has("propagationPolicy")) merged.propagationPolicy = q.get("propagationPolicy");
  if (q.has("orphanDependents")) merged.orphanDependents = q.get("orphanDependents") === "true";
  const options = parseDeleteOptions(merged);
  if (
    q.getAll("dryRun").includes("All") ||
    (Array.isArray(fromBody.dryRun) && fromBody.dryRun.includes("All"))
  ) {
    options.dryRun = true;
  }
  return options;
}

function parseDeleteOptions(raw: JsonObject): DeleteOptions {
  const options: DeleteOptions = {};
  const grace = raw.gracePeriodSeconds;
  if (grace !== undefined && grace !== null) {
    if (typeof grace !== "number" || !Number.isFinite(grace))
      throw badRequest("gracePeriodSeconds must be a number");
    options.gracePeriodSeconds = grace;
  }
  const policy = raw.propagationPolicy;
  if (policy !== undefined && policy !== null) {
    if (policy !== "Orphan" && policy !== "Background" && policy !== "Foreground") {
      throw badRequest(`propagationPolicy: Unsupported value: ${JSON.stringify(policy)}`);
    }
    options.propagationPolicy = policy;
  } else if (raw.orphanDependents === true) options.propagationPolicy = "Orphan";
  if (isJsonObject(raw.preconditions)) {
    const p = raw.preconditions;
    options.preconditions = {
      uid: typeof p.uid === "string" ? p.uid : undefined,
      resourceVersion: typeof p.resourceVersion === "string" ? p.resourceVersion : undefined,
    };
  }
  return options;
}

/**
 * A list or object as the client asked: itself, or a `meta.k8s.io` Table (server-side printing)
 * when the Accept header asks for one.
 */
function asTableIfAsked(req: ApiRequest, info: KindInfo, body: JsonValue): JsonValue {
  const version = tableVersionOf(req.accept);
  if (!version || !isJsonObject(body)) return body;
  const includeObject = parseIncludeObject(req.query.get("includeObject"));
  if (!includeObject) {
    throw badRequest(
      `includeObject: Unsupported value: "${req.query.get("includeObject")}": supported values: "None", "Metadata", "Object"`,
    );
  }
  const isList = Array.isArray(body.items);
  const objects = (isList ? body.items : [body]) as unknown as KubeObject[];
  const meta = objectAt(body.metadata);
  const table = toTable(info, objects, {
    now: req.now ?? Date.now(),
    includeObject,
    listMetadata: isList ? meta : { resourceVersion: meta.resourceVersion },
  });
  return { ...table, apiVersion: `meta.k8s.io/${version}` };
}

function success(): JsonObject {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", code: 201 };
}

function asJson(obj: KubeObject): JsonValue {
  return obj as unknown as JsonValue;
}
