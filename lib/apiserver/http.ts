/**
 * The API server's HTTP edges: answers as kube-apiserver writes them (JSON with `Warning` headers),
 * and request bodies read within the size limit.
 */
import { MAX_REQUEST_BYTES } from "../client/protocol";
import { type ApiError, requestEntityTooLarge } from "../k8s/errors";
import { drainBody } from "./drain";
import type { ApiResponse } from "./rest";

export function jsonResponse(response: ApiResponse): Response {
  const headers = new Headers({ "content-type": "application/json" });
  // kube-apiserver's warnings: `Warning: 299 - "unknown field \"spec.foo\""`, one header each.
  for (const w of response.warnings ?? []) headers.append("warning", `299 - ${JSON.stringify(w)}`);
  return new Response(JSON.stringify(response.body), { status: response.code, headers });
}

/** An error as kube-apiserver answers it: its Status object with its code. */
export function statusResponse(error: ApiError): Response {
  return jsonResponse({ code: error.code, body: error.status });
}

/** A request's body within MAX_REQUEST_BYTES (413 beyond), undefined for none. */
export async function readBody(request: Request): Promise<Uint8Array | undefined> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) {
    await drainBody(request); // cancelled, it would break the client's next request
    throw requestEntityTooLarge(MAX_REQUEST_BYTES);
  }
  const buffer = await request.arrayBuffer();
  return bodyWithinLimit(new Uint8Array(buffer));
}

/** A body's bytes, refused with 413 beyond MAX_REQUEST_BYTES; undefined when empty. */
export function bodyWithinLimit(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.byteLength > MAX_REQUEST_BYTES) throw requestEntityTooLarge(MAX_REQUEST_BYTES);
  return bytes.byteLength === 0 ? undefined : bytes;
}
