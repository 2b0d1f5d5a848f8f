/**
 * An HTTP watch (`GET ...?watch=true`): a newline-delimited stream of `{"type":..,"object":..}`
 * events, fed by the watch hub like a socket's watches, closed by the client, the request's abort
 * signal or `timeoutSeconds`.
 */
import { watchTransform } from "../printers/negotiate";
import { statusResponse } from "./http";
import { type ApiRequest, notServed, parseApiPath } from "./rest";
import { type WatchEventType, type WatchRequest, watchStartError } from "./watch";
import type { WatchHub, WatchSink } from "./watch-hub";

const encoder = new TextEncoder();

/** A watch stream as a watch sink. */
class StreamSink implements WatchSink {
  closed = false;
  constructor(
    private readonly writer: WritableStreamDefaultWriter<Uint8Array>,
    private readonly onClose: (sink: StreamSink) => void,
    /** Rewrites each event's object, e.g. as a Table for `kubectl get -w`. */
    private readonly transform?: (type: WatchEventType, objectJson: string) => string,
  ) {}
  send(_watchId: string, type: WatchEventType, objectJson: string): void {
    if (this.closed) return;
    const object = this.transform ? this.transform(type, objectJson) : objectJson;
    this.writer.write(encoder.encode(`{"type":"${type}","object":${object}}\n`)).catch(() => this.close());
    if (type === "ERROR") this.close();
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
    this.writer.close().catch(() => {});
  }
}

/** Starts a watch for a collection path and answers its stream (or the error it cannot start with). */
export function watchResponse(
  hub: WatchHub,
  revision: number,
  request: ApiRequest,
  signal?: AbortSignal,
): Response {
  const target = /^\/apis?\/(?:[^/]+\/)?v1\/(?:namespaces\/([^/]+)\/)?([^/]+)$/.exec(request.path);
  const group = /^\/apis\/([^/]+)\//.exec(request.path)?.[1];
  const served = parseApiPath(request.path);
  if (!target || !served || served.name !== undefined) return statusResponse(notServed());
  const q = request.query;
  const watchRequest: WatchRequest = {
    resource: group ? `${target[2]}.${group}` : target[2]!,
    namespace: target[1] ? decodeURIComponent(target[1]) : undefined,
    labelSelector: q.get("labelSelector") ?? undefined,
    fieldSelector: q.get("fieldSelector") ?? undefined,
    resourceVersion: q.get("resourceVersion") ?? undefined,
    allowWatchBookmarks: q.get("allowWatchBookmarks") === "true",
    sendInitialEvents: q.get("sendInitialEvents") === "true",
  };
  // What cannot start is an HTTP error, as kube-apiserver answers it (not a 200 with an ERROR).
  const refused = watchStartError(watchRequest, revision);
  if (refused) return statusResponse(refused);
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const sink = new StreamSink(
    writable.getWriter(),
    (s) => hub.stopAll(s),
    watchTransform(watchRequest.resource, request.accept, q),
  );
  signal?.addEventListener("abort", () => sink.close());
  if (hub.start(sink, "http", watchRequest)) {
    const seconds = Number(q.get("timeoutSeconds") ?? "1800");
    setTimeout(() => sink.close(), Math.min(Math.max(seconds, 1), 3600) * 1000);
  }
  // Never compressed: a gzip stream would hold events back until it fills a block.
  return new Response(readable, {
    headers: {
      "content-type": "application/json",
      "cache-control": "no-cache, private, no-transform",
      "content-encoding": "identity",
    },
    encodeBody: "manual",
  });
}

/** Whether a request asks for a watch stream. */
export function isWatch(method: string, query: URLSearchParams): boolean {
  const watch = query.get("watch");
  return method === "GET" && (watch === "true" || watch === "1");
}
