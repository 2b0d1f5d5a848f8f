/**
 * The cluster Durable Object: one per cluster, the API server and etcd in one. It alone reads and
 * writes the cluster's store; everything else talks to it over HTTP (Kubernetes REST paths) or its
 * WebSocket (watches and calls). Sockets are accepted with the hibernation API, so an idle cluster
 * leaves memory and wakes on the next message with every watch intact.
 *
 * The class is thin plumbing: storage is object-store.ts, semantics lib/apiserver, fan-out watch-hub.ts.
 */
import { DurableObject } from "cloudflare:workers";
import { forbiddenRequest, forbiddenVerb, isReadOnly, unauthorized } from "../../lib/apiserver/authorize";
import { drainBody } from "../../lib/apiserver/drain";
import {
  type EndpointSliceTarget,
  endpointSliceRequest,
  parseEndpointSlicePath,
} from "../../lib/apiserver/endpoint-slices";
import { healthCheck } from "../../lib/apiserver/health";
import { kubeconfigYaml, splitPathToken } from "../../lib/apiserver/kubeconfig";
import { handleOpenApiRequest, isOpenApiPath } from "../../lib/apiserver/openapi";
import { Registry } from "../../lib/apiserver/registry";
import {
  type ApiRequest,
  type ApiResponse,
  handleApiRequest,
  notServed,
  parseApiPath,
} from "../../lib/apiserver/rest";
import { type ClusterSettings, DEFAULT_SETTINGS, mergeSettings } from "../../lib/apiserver/settings";
import { type WatchEventType, type WatchRequest, watchStartError } from "../../lib/apiserver/watch";
import { Outbox } from "../../lib/client/outbox";
import type { ClientMessage } from "../../lib/client/protocol";
import { MAX_REQUEST_BYTES } from "../../lib/client/protocol";
import { PING, PONG } from "../../lib/client/transport";
import {
  ApiError,
  badRequest,
  methodNotAllowed,
  notFound,
  requestEntityTooLarge,
  toApiError,
  tooManyRequests,
} from "../../lib/k8s/errors";
import type { JsonValue } from "../../lib/k8s/object";
import { isConverged } from "../../lib/playground/converged";
import { DEFAULT_NODES, type NodeSpec } from "../../lib/playground/node-pool";
import { watchTransform } from "../../lib/printers/negotiate";
import { decodeRequestBody } from "../../lib/protobuf/request";
import { MAX_COMMAND_BYTES } from "../../lib/session/limits";
import type { ParticipantIdentity } from "../../lib/session/participants";
import type { FlowStep, Role } from "../../lib/session/protocol";
import { tokenOf } from "../../lib/session/tokens";
import type { Env } from "../../worker/env";
import { AccessControl, type Caller, callerOf } from "./access";
import { runCommand } from "./kubectl-runner";
import { type NodeProxyContext, nodeProxyRequest } from "./node-proxy";
import type { CommittedChange } from "./object-store";
import { ObjectStore } from "./object-store";
import { handlePlaygroundRequest } from "./playground-api";
import { resetCluster } from "./reset";
import { SESSION_OPS, SessionHub } from "./session-hub";
import { Supervisor } from "./supervisor";
import { WatchHub, type WatchSink } from "./watch-hub";

interface SocketAttachment {
  socketId: string;
  /** Set for control-plane components (`scheduler`, `kubelet/node-1`); unset for participants. */
  component?: string;
  /** A participant's role, from the token it connected with. */
  role?: Role;
  /** Who the participant is, once it said hello. */
  participant?: ParticipantIdentity;
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
  private readonly outbox: Outbox;
  /** Who calls through this socket; the revision of the last event it got, for `flow`. */
  caller: Caller;
  lastFlowRevision = 0;
  constructor(
    readonly socket: WebSocket,
    readonly socketId: string,
    readonly component?: string,
    role: Role = "editor",
    name?: string,
  ) {
    this.outbox = new Outbox((frame) => socket.send(frame));
    this.caller = component
      ? { role: "component", user: `system:${component}`, actor: component }
      : callerOf(role, `participant/${name ?? "anonymous"}`);
  }
  send(watchId: string, type: WatchEventType, objectJson: string): void {
    this.sendRaw(`{"op":"event","watch":${JSON.stringify(watchId)},"type":"${type}","object":${objectJson}}`);
  }
  sendRaw(message: string): void {
    this.outbox.post(message);
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
  private readonly access: AccessControl;
  private readonly sessions: SessionHub;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new ObjectStore(ctx.storage.sql, (fn) => ctx.storage.transactionSync(fn));
    this.settings = { ...DEFAULT_SETTINGS, ...JSON.parse(this.store.getMeta("settings") ?? "{}") };
    this.applyHistory();
    this.registry = new Registry(this.store);
    this.hub = new WatchHub(this.store);
    this.hub.onDeliver = (sink, type, change) => this.flowDelivered(sink, type, change);
    this.store.onCommit = (changes) => this.afterCommit(changes);
    this.access = new AccessControl(this.store);
    this.sessions = new SessionHub({
      sql: ctx.storage.sql,
      send: (ws, message) => this.sinkOf(ws).sendRaw(message),
      remember: (ws, participant) => this.rememberParticipant(ws, participant),
      runKubectl: (line, run) =>
        runCommand(
          {
            cluster: () => this.clusterName ?? "",
            serve: (request, caller) => this.serve(request, new URL(request.url), caller),
            flow: () => this.sessions.flowText(),
            commandWrites: () => this.sessions.flow.startCommand(),
            testCommands: env.KUBEPLAY_TEST === "1",
          },
          line,
          run,
        ),
    });
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
      () => this.access.componentSecret(),
    );
    this.supervisor.asleep = this.store.getMeta("asleep") === "true";
    this.restoreSockets();
    ctx.blockConcurrencyWhile(async () => {
      this.alarmAt = await ctx.storage.getAlarm();
    });
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  override async fetch(request: Request): Promise<Response> {
    const response = await this.route(request);
    await drainBody(request); // what a refusal left unread
    return response;
  }

  private async route(request: Request): Promise<Response> {
    // A token in the path (`/clusters/NAME/token/TOKEN/...`: kubeconfigs of http playgrounds).
    const inPath = splitPathToken(new URL(request.url));
    const url = inPath?.url ?? new URL(request.url);
    const match = /^\/clusters\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const path = match?.[2] ?? "/";
    if (!this.clusterName && match?.[1]) {
      this.clusterName = decodeURIComponent(match[1]);
      this.store.setMeta("name", this.clusterName);
    }
    if (path === "/kubeplay/init" && request.method === "POST") return this.initEndpoint(request);
    this.initialize();
    this.supervise();
    if (path === "/ws") return this.socketEndpoint(request, url);
    // Who asks: a token's role (401 for an unknown token, or none on a cluster with tokens).
    const token = inPath?.token ?? tokenOf(request, url);
    const role = this.access.roleOf(token);
    if (!role) return statusResponse(unauthorized());
    const caller = callerOf(role, "kubectl");
    return this.serve(request, url, caller);
  }

  /**
   * Everything below `/clusters/NAME` but init and sockets, for a known caller: HTTP requests and
   * the requests of kubectl run inside the cluster take this one path.
   */
  private async serve(request: Request, url: URL, caller: Caller): Promise<Response> {
    const path = /^\/clusters\/[^/]+(\/.*)?$/.exec(url.pathname)?.[1] ?? "/";
    if (path === "/kubectl" && request.method === "POST") return this.kubectlEndpoint(request, url, caller);
    if (path === "/kubeplay/links") return this.linksEndpoint(request, caller);
    if (path === "/kubeconfig" && request.method === "GET") {
      const yaml = kubeconfigYaml({
        cluster: this.clusterName ?? "",
        origin: url.origin,
        token: splitPathToken(new URL(request.url))?.token ?? tokenOf(request, url),
      });
      return new Response(yaml, {
        headers: {
          "content-type": "application/yaml",
          "content-disposition": `attachment; filename="${this.clusterName ?? "cluster"}.kubeconfig"`,
        },
      });
    }
    if (path === "/kubeplay/reset" && request.method === "POST") return this.resetEndpoint(caller);
    if (path === "/kubeplay/flow" && request.method === "GET") {
      return Response.json({ ...this.sessions.flow.last(), text: this.sessions.flowText() });
    }
    if (path.startsWith("/kubeplay/") && caller.role === "viewer" && !isReadOnly(request.method)) {
      return statusResponse(forbiddenVerb(caller.user, `${request.method} ${path}`));
    }
    if (path === "/kubeplay/settings") return this.settingsEndpoint(request);
    if (path.startsWith("/kubeplay/")) {
      return handlePlaygroundRequest(this.playground(), request, path.slice("/kubeplay".length));
    }
    if (request.method === "GET" || request.method === "HEAD") {
      const health = healthCheck(path, url.searchParams);
      if (health) {
        return new Response(health.text, {
          status: health.code,
          headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
        });
      }
    }
    this.touch(); // a request from outside: someone is using the cluster
    const query = new URLSearchParams(url.searchParams);
    query.delete("token");
    const proxied = nodeProxyRequest(this.nodeProxy(), request.method, path, query, request.signal);
    if (proxied) return proxied;
    const slices = parseEndpointSlicePath(path);
    if (slices) return this.endpointSlices(request, slices, query);
    if (isOpenApiPath(path)) return this.openApiEndpoint(request, url, path);
    try {
      const body = decodeRequestBody(
        await readBody(request),
        request.headers.get("content-type") ?? undefined,
      );
      const apiRequest: ApiRequest = {
        method: request.method,
        path,
        query,
        accept: request.headers.get("accept") ?? undefined,
        ...body,
      };
      const watch = query.get("watch");
      if (request.method === "GET" && (watch === "true" || watch === "1"))
        return this.httpWatch(apiRequest, request.signal);
      return jsonResponse(this.call(apiRequest, caller));
    } catch (error) {
      const e = toApiError(error);
      return jsonResponse({ code: e.code, body: e.status });
    }
  }

  /** discovery.k8s.io EndpointSlices: derived from the Endpoints on each read (get and list only). */
  private endpointSlices(request: Request, target: EndpointSliceTarget, query: URLSearchParams): Response {
    const watch = query.get("watch");
    if (request.method !== "GET" || watch === "true" || watch === "1") {
      return statusResponse(
        methodNotAllowed("the server does not allow this method on the requested resource"),
      );
    }
    const result = endpointSliceRequest(
      target,
      query,
      request.headers.get("accept") ?? undefined,
      { endpoints: this.store.list("endpoints"), services: this.store.list("services") },
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
  private async openApiEndpoint(request: Request, url: URL, path: string): Promise<Response> {
    const r = await handleOpenApiRequest({
      method: request.method,
      path,
      query: url.searchParams,
      accept: request.headers.get("accept") ?? undefined,
      ifNoneMatch: request.headers.get("if-none-match") ?? undefined,
    });
    const body = r.code === 304 || request.method.toUpperCase() === "HEAD" ? null : r.body;
    return new Response(body, { status: r.code, headers: r.headers });
  }

  /**
   * One API call, from HTTP, kubectl or a socket: the single code path of every writer. The
   * caller's role is enforced here; its name is the author of the commits in `flow`.
   */
  private call(request: ApiRequest, caller: Caller): ApiResponse {
    if (caller.role === "viewer" && !isReadOnly(request.method)) {
      const e = forbiddenRequest(caller.user, request.method, request.path, request.query);
      return { code: e.code, body: e.status };
    }
    const author = { actor: caller.actor, verb: writeVerb(request.method, request.path) };
    return handleApiRequest(this.registry.as(author), request);
  }

  private httpWatch(request: ApiRequest, signal?: AbortSignal): Response {
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
    const refused = watchStartError(watchRequest, this.store.revision);
    if (refused) return statusResponse(refused);
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const sink = new StreamSink(
      writable.getWriter(),
      (s) => this.hub.stopAll(s),
      watchTransform(watchRequest.resource, request.accept, q),
    );
    signal?.addEventListener("abort", () => sink.close());
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
    // The body is read first, also when refused: an unread request body breaks the connection.
    const body = (await request.json().catch(() => ({}))) as Partial<ClusterInit> & {
      settings?: unknown;
      open?: unknown;
    };
    if (this.init) {
      return jsonResponse({ code: 409, body: badRequest("the cluster exists already").status });
    }
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
    const tokens = this.access.issue(body.open === true);
    this.supervise();
    const init = this.init as ClusterInit | undefined;
    return Response.json({ ...init, name: this.clusterName, open: body.open === true, tokens });
  }

  // ---- sessions: kubectl over HTTP, links, reset, flow --------------------------------------

  /** `POST /kubectl {"command","stdin"?}` → `{"output","exitCode"}`, recorded in the feed. */
  private async kubectlEndpoint(request: Request, url: URL, caller: Caller): Promise<Response> {
    this.touch();
    let body: unknown;
    try {
      const bytes = await readBody(request);
      body = JSON.parse(bytes ? new TextDecoder().decode(bytes) : "");
    } catch (error) {
      return statusResponse(error instanceof ApiError ? error : badRequest("the body must be JSON"));
    }
    const command = (body as { command?: unknown } | null)?.command;
    const stdin = (body as { stdin?: unknown } | null)?.stdin;
    if (typeof command !== "string") return statusResponse(badRequest('the body needs "command": a string'));
    if (stdin !== undefined && typeof stdin !== "string")
      return statusResponse(badRequest('"stdin" must be a string'));
    const name = tokenOf(request, url) && this.access.hasTokens ? caller.user : "api";
    const result = await this.sessions.runHttp(command, stdin, caller, name);
    if ("refused" in result) {
      const e =
        result.retryAfterSeconds !== undefined
          ? tooManyRequests(result.refused, result.retryAfterSeconds)
          : requestEntityTooLarge(MAX_COMMAND_BYTES);
      return statusResponse(e);
    }
    return Response.json(result);
  }

  /** `GET /kubeplay/links`: the tokens; `POST {"revoke":"editor"|"viewer"}` replaces one. Owner only. */
  private async linksEndpoint(request: Request, caller: Caller): Promise<Response> {
    if (!this.access.mayOwn(caller.role)) return statusResponse(forbiddenVerb(caller.user, "manage links"));
    if (!this.access.hasTokens) {
      return statusResponse(
        badRequest("this cluster has no links: it was not created by POST /kubeplay/init"),
      );
    }
    if (request.method === "GET") return Response.json({ tokens: this.access.links() });
    if (request.method !== "POST") return statusResponse(badRequest("use GET or POST"));
    const body = (await request.json().catch(() => null)) as { revoke?: unknown } | null;
    const role = body?.revoke;
    if (role !== "editor" && role !== "viewer") {
      return statusResponse(badRequest('the body must be {"revoke":"editor"} or {"revoke":"viewer"}'));
    }
    const tokens = this.access.revoke(role);
    // Sockets that joined with the old link leave now.
    for (const sink of [...this.sinks.values()]) {
      if (sink.component || sink.caller.role !== role) continue;
      try {
        sink.socket.close(4001, "link revoked");
      } catch {
        // closed already
      }
      this.dropSocket(sink.socket);
    }
    return Response.json({ tokens });
  }

  /** `POST /kubeplay/reset`: the cluster starts over with its default nodes. Owner only. */
  private resetEndpoint(caller: Caller): Response {
    if (!this.access.mayOwn(caller.role))
      return statusResponse(forbiddenVerb(caller.user, "reset the cluster"));
    this.touch();
    const message = resetCluster({
      store: this.store,
      registry: this.registry,
      author: { actor: caller.actor, verb: "delete" },
      supervisor: this.supervisor,
      pool: () => this.init?.nodes ?? [],
      saveNodes: (nodes) => this.playground().saveNodes(nodes),
    });
    return Response.json({ reset: true, message });
  }

  /** A committed change as a `write` step: who wrote it (the caller of the API call running now). */
  private flowWritten(change: CommittedChange): void {
    this.sessions.recordFlow({
      revision: change.revision,
      kind: "write",
      from: change.author?.actor ?? "apiserver",
      to: "apiserver",
      verb: change.author?.verb ?? changeVerb(change.type),
      resource: change.resource.split(".")[0]!,
      ...(change.namespace ? { namespace: change.namespace } : {}),
      name: change.name,
      at: change.at,
    } satisfies FlowStep);
  }

  /** A watch event delivered to a component as a `watch` step (once per component and revision). */
  private flowDelivered(sink: WatchSink, type: WatchEventType, change: CommittedChange): void {
    if (!(sink instanceof SocketSink) || !sink.component || sink.lastFlowRevision === change.revision) return;
    sink.lastFlowRevision = change.revision;
    this.sessions.recordFlow({
      revision: change.revision,
      kind: "watch",
      from: "apiserver",
      to: sink.component,
      verb: type,
      resource: change.resource.split(".")[0]!,
      ...(change.namespace ? { namespace: change.namespace } : {}),
      name: change.name,
      at: Date.now(),
    });
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

  /** What the API server's requests to the kubelets (logs, metrics) read of the cluster. */
  private nodeProxy(): NodeProxyContext {
    return {
      get: (resource, namespace, name) => this.store.get(resource, namespace, name),
      list: (resource) => this.store.list(resource),
      kubeletRunning: (node) =>
        this.supervisor.enabled() && (this.init?.nodes ?? []).some((n) => n.name === node && !n.stopped),
      now: () => Date.now(),
    };
  }

  private applyHistory(): void {
    this.store.history = { revisions: this.settings.historyRevisions, ageMs: this.settings.historyAgeMs };
  }

  // ---- WebSocket -----------------------------------------------------------------------------

  /** `/ws`: a component proves itself with the cluster's secret; a participant with a token. */
  private socketEndpoint(request: Request, url: URL): Response {
    const component = url.searchParams.get("component");
    if (component !== null) {
      if (!this.access.isComponentRequest(request)) {
        return statusResponse(forbiddenVerb("anonymous", "connect as a control-plane component"));
      }
      return this.acceptSocket(request, { component });
    }
    const role = this.access.roleOf(tokenOf(request, url));
    if (!role) return statusResponse(unauthorized());
    return this.acceptSocket(request, { role });
  }

  private acceptSocket(request: Request, who: { component: string } | { role: Role }): Response {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const component = "component" in who ? who.component : undefined;
    const role = "role" in who ? who.role : undefined;
    const pair = new WebSocketPair();
    const socketId = crypto.randomUUID();
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].serializeAttachment({
      socketId,
      ...(component ? { component } : {}),
      ...(role ? { role } : {}),
    } satisfies SocketAttachment);
    this.sinks.set(pair[1], new SocketSink(pair[1], socketId, component, role));
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
      const sink = this.sinkFor(socket, attachment);
      this.sinks.set(socket, sink);
      if (attachment.component) this.supervisor.componentConnected(attachment.component, socket);
      else this.sessions.restore(socket, attachment.role ?? "editor", attachment.participant);
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
      sink = this.sinkFor(ws, attachment ?? { socketId: crypto.randomUUID() });
      this.sinks.set(ws, sink);
    }
    return sink;
  }

  private sinkFor(ws: WebSocket, a: SocketAttachment): SocketSink {
    return new SocketSink(ws, a.socketId, a.component, a.role ?? "editor", a.participant?.name);
  }

  /** A participant said hello: who it is goes into its attachment, and names its writes. */
  private rememberParticipant(ws: WebSocket, participant: ParticipantIdentity): void {
    const attachment = (ws.deserializeAttachment() as SocketAttachment | null) ?? {
      socketId: this.sinkOf(ws).socketId,
    };
    ws.serializeAttachment({ ...attachment, participant } satisfies SocketAttachment);
    this.sinkOf(ws).caller = callerOf(participant.role, `participant/${participant.name}`);
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    // Liveness: answered by this object itself (not a runtime auto-response), so a client whose
    // socket outlived the object it was talking to notices the silence and reconnects.
    if (message === PING) {
      ws.send(PONG);
      return;
    }
    const sink = this.sinkOf(ws);
    if (!sink.component) {
      this.touch();
      if (!this.sessions.admit(ws)) return;
    }
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
    if (!sink.component && SESSION_OPS.has(String(parsed.op)) && sink.caller.role !== "component") {
      this.sessions.handle(
        sink.socket,
        sink.socketId,
        sink.caller.role,
        parsed as unknown as Record<string, unknown>,
      );
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
          result = this.call(
            {
              method: String(parsed.method ?? "GET"),
              path,
              query: new URLSearchParams(query),
              contentType: parsed.contentType,
              accept: parsed.accept,
              json: parsed.body,
            },
            sink.caller,
          );
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
    else this.sessions.closed(ws);
    this.hub.stopAll(sink);
    this.sinks.delete(ws);
    this.ctx.storage.sql.exec("DELETE FROM watches WHERE socket = ?", sink.socketId);
  }

  // ---- after each commit, and timers ----------------------------------------------------------

  private afterCommit(changes: readonly CommittedChange[]): void {
    for (const c of changes) this.flowWritten(c);
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
    await drainBody(request); // cancelled, it would break the client's next request
    throw requestEntityTooLarge(MAX_REQUEST_BYTES);
  }
  const buffer = await request.arrayBuffer();
  if (buffer.byteLength > MAX_REQUEST_BYTES) throw requestEntityTooLarge(MAX_REQUEST_BYTES);
  return buffer.byteLength === 0 ? undefined : new Uint8Array(buffer);
}

function resultMessage(id: number | string | null, code: number, body: JsonValue): string {
  return `{"op":"result","id":${JSON.stringify(id)},"code":${code},"body":${JSON.stringify(body)}}`;
}

function statusResponse(error: ApiError): Response {
  return jsonResponse({ code: error.code, body: error.status });
}

/** The verb of a write in `flow`: create, update, patch, delete, bind, status, evict, scale. */
function writeVerb(method: string, path: string): string {
  const sub = parseApiPath(path)?.subresource;
  if (sub === "binding") return "bind";
  if (sub === "eviction") return "evict";
  if (sub === "status" || sub === "scale") return sub;
  const m = method.toUpperCase();
  return m === "POST"
    ? "create"
    : m === "PUT"
      ? "update"
      : m === "PATCH"
        ? "patch"
        : m === "DELETE"
          ? "delete"
          : m.toLowerCase();
}

function changeVerb(type: CommittedChange["type"]): string {
  return type === "ADDED" ? "create" : type === "DELETED" ? "delete" : "update";
}

function jsonResponse(response: ApiResponse): Response {
  const headers = new Headers({ "content-type": "application/json" });
  // kube-apiserver's warnings: `Warning: 299 - "unknown field \"spec.foo\""`, one header each.
  for (const w of response.warnings ?? []) headers.append("warning", `299 - ${JSON.stringify(w)}`);
  return new Response(JSON.stringify(response.body), { status: response.code, headers });
}
