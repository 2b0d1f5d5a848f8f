/**
 * Kubernetes' API surface below the cluster prefix, for a known caller: health checks, the node
 * proxy (pods/log, metrics.k8s.io), EndpointSlices, OpenAPI, watch streams and the REST calls of
 * rest.ts. HTTP requests reach it through the router; commands typed in the page call it directly
 * with an `ApiCall`, no URL made up and parsed again.
 */
import { methodNotAllowed, notFound, toApiError } from "../k8s/errors";
import { decodeRequestBody } from "../protobuf/request";
import type { Caller } from "./access";
import type { ApiServer } from "./api-server";
import { type EndpointSliceTarget, endpointSliceRequest, parseEndpointSlicePath } from "./endpoint-slices";
import { healthCheck } from "./health";
import { jsonResponse, statusResponse } from "./http";
import { isWatch, watchResponse } from "./http-watch";
import { type NodeProxyContext, nodeProxyRequest } from "./node-proxy";
import { handleOpenApiRequest, isOpenApiPath } from "./openapi";
import type { ApiRequest } from "./rest";

/** A request as the API surface reads it: an HTTP request's parts, or kubectl's. */
export interface ApiCall {
  method: string;
  /** The path below the cluster prefix, as `/api/v1/pods`. */
  path: string;
  query: URLSearchParams;
  accept?: string;
  contentType?: string;
  ifNoneMatch?: string;
  /** Reads the body (within the size limit); undefined when there is none. */
  body(): Promise<Uint8Array | undefined>;
  signal?: AbortSignal;
}

export async function serveApi(server: ApiServer, caller: Caller, call: ApiCall): Promise<Response> {
  const { method, path } = call;
  if (method === "GET" || method === "HEAD") {
    const health = healthCheck(path, call.query);
    if (health) {
      return new Response(health.text, {
        status: health.code,
        headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
      });
    }
  }
  server.idle.touch(); // a request from outside: someone is using the cluster
  const query = new URLSearchParams(call.query);
  query.delete("token");
  const proxied = nodeProxyRequest(nodeProxy(server), method, path, query, call.signal);
  if (proxied) return proxied;
  const slices = parseEndpointSlicePath(path);
  if (slices) return endpointSlices(server, call, slices, query);
  if (isOpenApiPath(path)) return openApi(call);
  try {
    const body = decodeRequestBody(await call.body(), call.contentType);
    const apiRequest: ApiRequest = { method, path, query, accept: call.accept, ...body };
    if (isWatch(method, query))
      return watchResponse(server.hub, server.store.revision, apiRequest, call.signal);
    return jsonResponse(server.call(apiRequest, caller));
  } catch (error) {
    const e = toApiError(error);
    return jsonResponse({ code: e.code, body: e.status });
  }
}

/** discovery.k8s.io EndpointSlices: derived from the Endpoints on each read (get and list only). */
function endpointSlices(
  server: ApiServer,
  call: ApiCall,
  target: EndpointSliceTarget,
  query: URLSearchParams,
): Response {
  if (call.method !== "GET" || isWatch(call.method, query)) {
    return statusResponse(
      methodNotAllowed("the server does not allow this method on the requested resource"),
    );
  }
  const { store } = server;
  const result = endpointSliceRequest(
    target,
    query,
    call.accept,
    { endpoints: store.list("endpoints"), services: store.list("services") },
    Date.now(),
  );
  if (result.code === 404) {
    const e = notFound(
      { group: "discovery.k8s.io", plural: "endpointslices", kind: "EndpointSlice" },
      target.name ?? "",
    );
    return statusResponse(e);
  }
  return Response.json(result.body);
}

/** `/openapi/v2`, `/openapi/v3[/...]`: read like discovery, by every caller that may read. */
async function openApi(call: ApiCall): Promise<Response> {
  const r = await handleOpenApiRequest({
    method: call.method,
    path: call.path,
    query: call.query,
    accept: call.accept,
    ifNoneMatch: call.ifNoneMatch,
  });
  const body = r.code === 304 || call.method.toUpperCase() === "HEAD" ? null : r.body;
  return new Response(body, { status: r.code, headers: r.headers });
}

/** What the API server's requests to the kubelets (logs, metrics) read of the cluster. */
function nodeProxy(server: ApiServer): NodeProxyContext {
  return {
    get: (resource, namespace, name) => server.store.get(resource, namespace, name),
    list: (resource) => server.store.list(resource),
    kubeletRunning: (node) =>
      server.components.enabled() && server.nodes().some((n) => n.name === node && !n.stopped),
    now: () => Date.now(),
  };
}
