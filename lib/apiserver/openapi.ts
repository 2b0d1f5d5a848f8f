/**
 * `/openapi/v2` and `/openapi/v3[/<group version>]`: the documents of lib/openapi, built once
 * (they are pure functions of the kinds table) and served with kube-apiserver's caching: an ETag
 * of the document's SHA-512, `If-None-Match` answered 304, and a v3 group version requested with
 * its current `?hash=` marked immutable. `/openapi/v2` answers JSON, or gnostic's protobuf
 * encoding when the Accept header asks for it (kubectl up to 1.26 does).
 */
import { notFound } from "../k8s/errors";
import type { JsonObject } from "../k8s/object";
import {
  buildOpenApiV2,
  buildOpenApiV3,
  type GroupVersion,
  groupVersionKey,
  servedGroupVersions,
} from "../openapi/documents";
import { encodeSwaggerDocument } from "../openapi/gnostic";

export interface OpenApiRequest {
  method: string;
  /** Below the cluster prefix: `/openapi/v3/apis/apps/v1`. */
  path: string;
  query: URLSearchParams;
  accept?: string;
  ifNoneMatch?: string;
}

export interface OpenApiResponse {
  code: number;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer>;
}

export const OPENAPI_V2_PROTOBUF = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

interface Built {
  json: string;
  hash: string;
}

const cache = new Map<string, Promise<Built>>();
let v2Protobuf: Uint8Array<ArrayBuffer> | undefined;

async function sha512Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-512", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

function built(key: string, build: () => JsonObject): Promise<Built> {
  let entry = cache.get(key);
  if (!entry) {
    entry = (async () => {
      const json = JSON.stringify(build());
      return { json, hash: await sha512Hex(json) };
    })();
    cache.set(key, entry);
  }
  return entry;
}

function v3(gv: GroupVersion): Promise<Built> {
  return built(groupVersionKey(gv), () => buildOpenApiV3(gv) ?? {});
}

/** The v3 discovery document: each group version's URL, with the hash of its document. */
export async function openApiV3Root(): Promise<JsonObject> {
  const paths: JsonObject = {};
  for (const gv of servedGroupVersions()) {
    const key = groupVersionKey(gv);
    paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${(await v3(gv)).hash}` };
  }
  return { paths };
}

/** The OpenAPI v2 document (JSON). */
export async function openApiV2Json(): Promise<string> {
  return (await built("v2", buildOpenApiV2)).json;
}

/** Whether a path is one of the OpenAPI endpoints. */
export function isOpenApiPath(path: string): boolean {
  return path === "/openapi/v2" || path === "/openapi/v3" || path.startsWith("/openapi/v3/");
}

function json(code: number, body: string, headers: Record<string, string> = {}): OpenApiResponse {
  return { code, headers: { "content-type": "application/json", ...headers }, body };
}

function notServed(): OpenApiResponse {
  const e = notFound({ group: "", plural: "", kind: "" }, "");
  e.status.message = "the server could not find the requested resource";
  e.status.details = {};
  return json(404, JSON.stringify(e.status));
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch?.split(",").some((t) => t.trim() === etag || t.trim() === "*") === true;
}

export async function handleOpenApiRequest(req: OpenApiRequest): Promise<OpenApiResponse> {
  const method = req.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") {
    return json(
      405,
      JSON.stringify({
        kind: "Status",
        apiVersion: "v1",
        metadata: {},
        status: "Failure",
        message: "the server does not allow this method on the requested resource",
        reason: "MethodNotAllowed",
        code: 405,
      }),
    );
  }
  if (req.path === "/openapi/v3") {
    return json(200, JSON.stringify(await openApiV3Root()), { "cache-control": "no-cache, private" });
  }
  if (req.path === "/openapi/v2") {
    const doc = await built("v2", buildOpenApiV2);
    const etag = `"${doc.hash}"`;
    const headers = { etag, vary: "Accept", "cache-control": "no-cache, private" };
    if (matches(req.ifNoneMatch, etag)) return { code: 304, headers, body: "" };
    const accept = (req.accept ?? "").toLowerCase();
    if (accept.includes("protobuf") && accept.includes("proto-openapi.spec.v2")) {
      v2Protobuf ??= encodeSwaggerDocument(JSON.parse(doc.json) as JsonObject);
      return { code: 200, headers: { ...headers, "content-type": OPENAPI_V2_PROTOBUF }, body: v2Protobuf };
    }
    return json(200, doc.json, headers);
  }
  const key = req.path.slice("/openapi/v3/".length).replace(/\/+$/, "");
  const gv = servedGroupVersions().find((g) => groupVersionKey(g) === key);
  if (!gv) return notServed();
  const doc = await v3(gv);
  const etag = `"${doc.hash}"`;
  const current = req.query.get("hash") === doc.hash;
  const headers: Record<string, string> = current
    ? {
        etag,
        "cache-control": "public, immutable",
        expires: new Date(Date.now() + 365 * 86400_000).toUTCString(),
      }
    : { etag, "cache-control": "no-cache, private" };
  if (matches(req.ifNoneMatch, etag)) return { code: 304, headers, body: "" };
  return json(200, doc.json, headers);
}
