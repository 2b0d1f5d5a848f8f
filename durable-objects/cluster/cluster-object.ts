/**
 * The cluster Durable Object: one per cluster, the API server and etcd in one. It alone reads and
 * writes the cluster's store; everything else talks to it over HTTP (Kubernetes REST paths) or its
 * WebSocket (watches and calls). Sockets are accepted with the hibernation API, so an idle cluster
 * leaves memory and wakes on the next message with every watch intact.
 *
 * The class is thin plumbing: storage is object-store.ts, semantics lib/apiserver, fan-out watch-hub.ts.
 */
import { DurableObject } from "cloudflare:workers";
import { Registry } from "../../lib/apiserver/registry";
import { type ApiRequest, type ApiResponse, handleApiRequest } from "../../lib/apiserver/rest";
import type { WatchEventType, WatchRequest } from "../../lib/apiserver/watch";
import type { ClientMessage } from "../../lib/client/protocol";
import { MAX_REQUEST_BYTES } from "../../lib/client/protocol";
import { PING, PONG } from "../../lib/client/transport";
import { ApiError, badRequest, requestEntityTooLarge, toApiError } from "../../lib/k8s/errors";
import type { JsonValue } from "../../lib/k8s/object";
import { isConverged } from "../../lib/playground/converged";
import { DEFAULT_NODES, type NodeSpec } from "../../lib/playground/node-pool";
import { watchTransform } from "../../lib/printers/negotiate";
import { decodeRequestBody } from "../../lib/protobuf/request";
import type { Env } from "../../worker/env";
import type { CommittedChange } from "./object-store";
import { ObjectStore } from "./object-store";
import { handlePlaygroundRequest } from "./playground-api";
import { type ClusterSettings, DEFAULT_SETTINGS, mergeSettings } from "./settings";
import { Supervisor } from "./supervisor";
import { WatchHub, type WatchSink } from "./watch-hub";

interface SocketAttachment {
  socketId: string;
  /** Set for control-plane components (`scheduler`, `kubelet/node-1`); unset for participants. */
  component?: string;
}

/** How a cluster was created: `POST /clusters/NAME/kubeplay/init`, or defaults on first use. */
export interface ClusterInit {
  /** Whether the control-plane components run (a bare API server when false). */
  components: boolean;
  nodes: NodeSpec[];
}

const encoder = new TextEncoder();

/**
 * A cluster WebSocket as a watch sink. What it sends in one tick (events of a commit, results of a
 * batch) leaves as one message: `{"op":"batch","messages":[...]}` when there are several.
 */
class SocketSink implements WatchSink {
  private outbox: string[] = [];
  constructor(
    readonly socket: WebSocket,
    readonly socketId: string,
    readonly component?: string,
  ) {}
  send(watchId: string, type: WatchEventType, objectJson: string): void {
    this.sendRaw(`{"op":"event","watch":${JSON.stringify(watchId)},"type":"${type}","object":${objectJson}}`);
  }
  sendRaw(message: string): void {
    this.outbox.push(message);
    if (this.outbox.length === 1) queueMicrotask(() => this.flush());
  }
  private flush(): void {
    const messages = this.outbox;
    this.outbox = [];
    try {
      this.socket.send(
        messages.length === 1 ? messages[0]! : `{"op":"batch","messages":[${messages.join(",")}]}`,
      );
    } catch {
      // A socket closing under us: its close handler removes its watches.
    }
  }
}

/** An HTTP watch stream (`?watch=true`): newline-delimited `{"type":..,"object":..}` events. */
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

export class ClusterDurableObject extends DurableObject<Env> {
  private readonly store: ObjectStore;
  private readonly registry: Registry;
  private readonly hub: WatchHub;
  private readonly sinks = new Map<WebSocket, SocketSink>();
  private settings: ClusterSettings;
  private alarmAt: number | null = null;
  private bookmarkDue = false;
  readonly supervisor: Supervisor;
  private clusterName: string | undefined;
  private init: ClusterInit | undefined;
  private lastActivity = Date.now();
  private supervised = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new ObjectStore(ctx.storage.sql, (fn) => ctx.storage.transactionSync(fn));
    this.settings = { ...DEFAULT_SETTINGS, ...JSON.parse(this.store.getMeta("settings") ?? "{}") };
    this.applyHistory();
    this.registry = new Registry(this.store);
    this.hub = new WatchHub(this.store);
    this.store.onCommit = (changes) => this.afterCommit(changes);
    ctx.storage.sql.exec(
      "CREATE TABLE IF NOT EXISTS watches (socket TEXT NOT NULL, id TEXT NOT NULL, request TEXT NOT NULL, PRIMARY KEY (socket, id))",
    );
    this.clusterName = this.store.getMeta("name");
    const init = this.store.getMeta("init");
    this.init = init ? (JSON.parse(init) as ClusterInit) : undefined;
    this.supervisor = new Supervisor(
      env,
      ctx,
      () => this.clusterName ?? "",
      () => this.init?.nodes ?? [],
      () => this.init?.components === true,
    );
    this.supervisor.asleep = this.store.getMeta("asleep") === "true";
    this.restoreSockets();
    ctx.blockConcurrencyWhile(async () => {
      this.alarmAt = await ctx.storage.getAlarm();
    });
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  override async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const match = /^\/clusters\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const path = match?.[2] ?? "/";
    if (!this.clusterName && match?.[1]) {
      this.clusterName = decodeURIComponent(match[1]);
      this.store.setMeta("name", this.clusterName);
    }
    if (path === "/kubeplay/init" && request.method === "POST") return this.initEndpoint(request);
    this.initialize();
    this.supervise();
    if (path === "/ws") return this.acceptSocket(request, url.searchParams.get("component") ?? undefined);
    if (path === "/kubeplay/settings") return this.settingsEndpoint(request);
    if (path.startsWith("/kubeplay/")) {
      return handlePlaygroundRequest(this.playground(), request, path.slice("/kubeplay".length));
    }
    this.touch(); // a request from outside: someone is using the cluster
    try {
      const body = decodeRequestBody(await readBody(request), request.headers.get("content-type") ?? undefined);
      const apiRequest: ApiRequest = {
        method: request.method,
        path,
        query: url.searchParams,
        accept: request.headers.get("accept") ?? undefined,
        ...body,
      };
      const watch = url.searchParams.get("watch");
      if (request.method === "GET" && (watch === "true" || watch === "1")) return this.httpWatch(apiRequest);
      return jsonResponse(this.call(apiRequest));
    } catch (error) {
      const e = toApiError(error);
      return jsonResponse({ code: e.code, body: e.status });
    }
  }

  /** One API call, from HTTP or a socket: the single code path of every writer. */
  private call(request: ApiRequest): ApiResponse {
    return handleApiRequest(this.registry, request);
  }

  private httpWatch(request: ApiRequest): Response {
    const target = /^\/apis?\/(?:[^/]+\/)?v1\/(?:namespaces\/([^/]+)\/)?([^/]+)$/.exec(request.path);
    const group = /^\/apis\/([^/]+)\//.exec(request.path)?.[1];
    if (!target)
      return jsonResponse({ code: 404, body: badRequest(`no watchable resource at ${request.path}`).status });
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
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const sink = new StreamSink(
      writable.getWriter(),
      (s) => this.hub.stopAll(s),
      watchTransform(watchRequest.resource, request.accept, q),
    );
    if (this.hub.start(sink, "http", watchRequest)) {
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

  private async settingsEndpoint(request: Request): Promise<Response> {
    if (request.method === "PUT" || request.method === "PATCH") {
      const next = mergeSettings(this.settings, await request.json().catch(() => null));
      if (typeof next === "string") return jsonResponse({ code: 400, body: badRequest(next).status });
      this.settings = next;
      this.store.setMeta("settings", JSON.stringify(next));
      this.applyHistory();
      this.pushSettings();
    }
    return Response.json(this.settings);
  }

  /** Creates the cluster with options, before its first use. */
  private async initEndpoint(request: Request): Promise<Response> {
    if (this.init) {
      return jsonResponse({ code: 409, body: badRequest("the cluster exists already").status });
    }
    const body = (await request.json().catch(() => ({}))) as Partial<ClusterInit> & { settings?: unknown };
    if (body.settings !== undefined) {
      const next = mergeSettings(this.settings, body.settings);
      if (typeof next === "string") return jsonResponse({ code: 400, body: badRequest(next).status });
      this.settings = next;
      this.store.setMeta("settings", JSON.stringify(next));
      this.applyHistory();
    }
    this.initialize({
      components: body.components !== false,
      nodes: Array.isArray(body.nodes) ? body.nodes : [...DEFAULT_NODES],
    });
    this.supervise();
    return Response.json(this.init);
  }

  /** First use: the namespaces every cluster has, and its nodes' kubelets. */
  private initialize(init: ClusterInit = { components: true, nodes: [...DEFAULT_NODES] }): void {
    if (this.init) return;
    this.init = init;
    this.store.setMeta("init", JSON.stringify(init));
    this.registry.bootstrap();
  }

  /** After a restart, make sure every component that should run does. */
  private supervise(): void {
    if (this.supervised) return;
    this.supervised = true;
    this.supervisor.ensureRunning();
    this.armIdleCheck();
  }

  /** The playground's own verbs (nodes, faults), with what they need of the cluster. */
  private playground() {
    return {
      init: () => this.init!,
      saveNodes: (nodes: NodeSpec[]) => {
        this.init = { ...this.init!, nodes };
        this.store.setMeta("init", JSON.stringify(this.init));
      },
      supervisor: this.supervisor,
      registry: this.registry,
      env: this.env,
      cluster: () => this.clusterName ?? "",
      touch: () => this.touch(),
      restart: () => {
        setTimeout(() => this.ctx.abort("restarted on purpose (playground fault)"), 50);
      },
    };
  }

  private applyHistory(): void {
    this.store.history = { revisions: this.settings.historyRevisions, ageMs: this.settings.historyAgeMs };
  }

  // ---- WebSocket -----------------------------------------------------------------------------

  private acceptSocket(request: Request, component?: string): Response {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const pair = new WebSocketPair();
    const socketId = crypto.randomUUID();
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].serializeAttachment({ socketId, ...(component ? { component } : {}) } satisfies SocketAttachment);
    this.sinks.set(pair[1], new SocketSink(pair[1], socketId, component));
    if (component) {
      this.supervisor.componentConnected(component, pair[1]);
      pair[1].send(this.settingsMessage());
    } else {
      this.touch();
    }
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  private settingsMessage(): string {
    return JSON.stringify({ op: "settings", settings: this.settings });
  }

  /** Components learn the cluster's settings from their socket, now and on each change. */
  private pushSettings(): void {
    const message = this.settingsMessage();
    for (const sink of this.sinks.values()) {
      if (!sink.component) continue;
      try {
        sink.socket.send(message);
      } catch {
        // closing
      }
    }
  }

  /** Activity by a participant or a write: the cluster is awake, and stays so a while longer. */
  private touch(): void {
    this.lastActivity = Date.now();
    if (this.supervisor.asleep) {
      this.supervisor.wake();
      this.store.setMeta("asleep", "false");
    }
    this.armIdleCheck();
  }

  private armIdleCheck(): void {
    if (this.supervisor.enabled() && !this.supervisor.asleep)
      this.wakeAt(this.lastActivity + this.settings.idleMs);
  }

  private participants(): number {
    let n = 0;
    for (const sink of this.sinks.values()) if (!sink.component) n++;
    return n;
  }

  /** Puts the components to sleep when nobody is here, nothing changed for a while, and all settled. */
  private checkIdle(now: number): void {
    if (!this.supervisor.enabled() || this.supervisor.asleep) return;
    const idleFor = now - this.lastActivity;
    if (this.participants() > 0 || idleFor < this.settings.idleMs) {
      this.wakeAt(Math.max(now + 100, this.lastActivity + this.settings.idleMs));
      return;
    }
    if (!isConverged(this.store)) {
      this.wakeAt(now + 250); // idle, but still settling
      return;
    }
    this.supervisor.sleepAll();
    this.store.setMeta("asleep", "true");
  }

  /** After hibernation: the sockets are still open, their watches are in storage. */
  private restoreSockets(): void {
    const live = new Set<string>();
    for (const socket of this.ctx.getWebSockets()) {
      const attachment = socket.deserializeAttachment() as SocketAttachment | null;
      if (!attachment) continue;
      live.add(attachment.socketId);
      const sink = new SocketSink(socket, attachment.socketId, attachment.component);
      this.sinks.set(socket, sink);
      if (attachment.component) this.supervisor.componentConnected(attachment.component, socket);
      for (const row of this.ctx.storage.sql.exec<{ id: string; request: string }>(
        "SELECT id, request FROM watches WHERE socket = ?",
        attachment.socketId,
      )) {
        this.hub.restore(sink, row.id, JSON.parse(row.request) as WatchRequest);
      }
    }
    for (const row of this.ctx.storage.sql
      .exec<{ socket: string }>("SELECT DISTINCT socket FROM watches")
      .toArray()) {
      if (!live.has(row.socket))
        this.ctx.storage.sql.exec("DELETE FROM watches WHERE socket = ?", row.socket);
    }
  }

  private sinkOf(ws: WebSocket): SocketSink {
    let sink = this.sinks.get(ws);
    if (!sink) {
      const attachment = ws.deserializeAttachment() as SocketAttachment | null;
      sink = new SocketSink(ws, attachment?.socketId ?? crypto.randomUUID(), attachment?.component);
      this.sinks.set(ws, sink);
    }
    return sink;
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    // Liveness: answered by this object itself (not a runtime auto-response), so a client whose
    // socket outlived the object it was talking to notices the silence and reconnects.
    if (message === PING) {
      ws.send(PONG);
      return;
    }
    const sink = this.sinkOf(ws);
    if (!sink.component) this.touch();
    const size = typeof message === "string" ? message.length : message.byteLength;
    let parsed: ClientMessage;
    try {
      if (size > MAX_REQUEST_BYTES) throw requestEntityTooLarge(MAX_REQUEST_BYTES);
      parsed = JSON.parse(
        typeof message === "string" ? message : new TextDecoder().decode(message),
      ) as ClientMessage;
      if (typeof parsed !== "object" || parsed === null) throw badRequest("a message must be a JSON object");
    } catch (error) {
      const e = error instanceof ApiError ? error : badRequest(`malformed message: ${String(error)}`);
      sink.sendRaw(resultMessage(null, e.code, e.status));
      return;
    }
    // A batch runs in this one event: its writes share one storage flush.
    const messages = parsed.op === "batch" && Array.isArray(parsed.messages) ? parsed.messages : [parsed];
    for (const m of messages) this.handleMessage(sink, m);
  }

  private handleMessage(sink: SocketSink, parsed: ClientMessage): void {
    if (typeof parsed !== "object" || parsed === null) {
      sink.sendRaw(resultMessage(null, 400, badRequest("a message must be a JSON object").status));
      return;
    }
    switch (parsed.op) {
      case "watch": {
        const { op: _op, id, ...request } = parsed;
        if (typeof id !== "string" || id === "") {
          sink.sendRaw(resultMessage(null, 400, badRequest("a watch needs an id").status));
          return;
        }
        if (this.hub.start(sink, id, request)) {
          this.ctx.storage.sql.exec(
            "INSERT OR REPLACE INTO watches (socket, id, request) VALUES (?, ?, ?)",
            sink.socketId,
            id,
            JSON.stringify(request),
          );
          if (request.allowWatchBookmarks) this.armBookmark();
        }
        return;
      }
      case "unwatch":
        this.hub.stop(sink, parsed.id);
        this.ctx.storage.sql.exec(
          "DELETE FROM watches WHERE socket = ? AND id = ?",
          sink.socketId,
          parsed.id,
        );
        return;
      case "call": {
        const [path = "/", query = ""] = String(parsed.path).split("?", 2);
        let result: ApiResponse;
        try {
          result = this.call({
            method: String(parsed.method ?? "GET"),
            path,
            query: new URLSearchParams(query),
            contentType: parsed.contentType,
            accept: parsed.accept,
            json: parsed.body,
          });
        } catch (error) {
          const e = toApiError(error);
          result = { code: e.code, body: e.status };
        }
        sink.sendRaw(resultMessage(parsed.id ?? null, result.code, result.body));
        return;
      }
      default:
        sink.sendRaw(resultMessage(null, 400, badRequest("unknown op").status as JsonValue));
    }
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    this.dropSocket(ws);
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, "closed");
    } catch {
      // already closed
    }
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    this.dropSocket(ws);
  }

  private dropSocket(ws: WebSocket): void {
    const sink = this.sinkOf(ws);
    if (sink.component) this.supervisor.componentClosed(sink.component, ws);
    this.hub.stopAll(sink);
    this.sinks.delete(ws);
    this.ctx.storage.sql.exec("DELETE FROM watches WHERE socket = ?", sink.socketId);
  }

  // ---- after each commit, and timers ----------------------------------------------------------

  private afterCommit(changes: readonly CommittedChange[]): void {
    this.hub.publish(changes);
    this.armBookmark();
    if (this.store.compactionDue) this.store.compact();
    for (const c of changes) {
      const m = c.object.metadata;
      if (c.type !== "DELETED" && m.deletionTimestamp) {
        const grace = m.deletionGracePeriodSeconds ?? 0;
        this.wakeAt(grace > 0 ? Date.parse(m.deletionTimestamp) : Date.now());
      }
    }
  }

  private armBookmark(): void {
    if (this.bookmarkDue || !this.hub.hasBookmarkWatchers) return;
    this.bookmarkDue = true;
    this.wakeAt(Date.now() + this.settings.bookmarkIntervalMs);
  }

  private wakeAt(at: number): void {
    if (this.alarmAt !== null && this.alarmAt <= at) return;
    this.alarmAt = at;
    void this.ctx.storage.setAlarm(at);
  }

  override async alarm(): Promise<void> {
    this.alarmAt = null;
    const next = this.registry.housekeep();
    if (next !== undefined) this.wakeAt(next);
    if (this.bookmarkDue) {
      this.bookmarkDue = false;
      this.hub.bookmark();
    }
    this.store.compact();
    this.supervisor.ensureRunning();
    this.checkIdle(Date.now());
  }
}

async function readBody(request: Request): Promise<Uint8Array | undefined> {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) {
    await request.body?.cancel();
    throw requestEntityTooLarge(MAX_REQUEST_BYTES);
  }
  const buffer = await request.arrayBuffer();
  if (buffer.byteLength > MAX_REQUEST_BYTES) throw requestEntityTooLarge(MAX_REQUEST_BYTES);
  return buffer.byteLength === 0 ? undefined : new Uint8Array(buffer);
}

function resultMessage(id: number | string | null, code: number, body: JsonValue): string {
  return `{"op":"result","id":${JSON.stringify(id)},"code":${code},"body":${JSON.stringify(body)}}`;
}

function jsonResponse(response: ApiResponse): Response {
  return new Response(JSON.stringify(response.body), {
    status: response.code,
    headers: { "content-type": "application/json" },
  });
}
