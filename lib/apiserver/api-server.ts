/**
 * The API server of one cluster, as a plain object (the role tldraw's TLSocketRoom plays for its
 * Durable Object): it takes a caller and a request — HTTP through its router, an API call over a
 * socket, or a command typed in the page — and owns the registry, watches, discovery/OpenAPI, the
 * node proxy, kubeconfig and the playground endpoints. The cluster Durable Object only supplies the
 * store, the SQL, the alarm, the sockets and the supervisor, and delegates to it.
 *
 *   request → ApiServer.call / serveApi → Registry → store commit → afterCommit → watch fan-out
 */

import type { ControlPlane } from "../playground/components";
import { isConverged } from "../playground/converged";
import type {
  KubeletFaults,
  PlaygroundContext,
  PlaygroundRequest,
  SchedulerInfo,
} from "../playground/endpoints";
import { IdlePolicy } from "../playground/idle";
import { type ClusterInit, defaultInit } from "../playground/init";
import { type KubeplayHost, kubeplayRequest } from "../playground/kubeplay";
import type { NodeSpec } from "../playground/node-pool";
import { type ResetStore, resetCluster } from "../playground/reset";
import { authorOf, watchStep, writeStep } from "../session/flow-steps";
import { runCommand } from "../session/kubectl-runner";
import { SessionHub } from "../session/session-hub";
import { AccessControl, type Caller, type MetaStore } from "./access";
import { AlarmClock } from "./alarm";
import { type ApiCall, serveApi } from "./api-surface";
import { forbiddenRequest, isReadOnly } from "./authorize";
import type { CommittedChange } from "./change";
import { Registry, type StoreView } from "./registry";
import { type ApiRequest, type ApiResponse, handleApiRequest } from "./rest";
import { clusterRouter } from "./router";
import { type ClusterSettings, DEFAULT_SETTINGS, mergeSettings } from "./settings";
import { SocketSink } from "./socket-protocol";
import { ClusterSockets } from "./sockets";
import type { WatchEventType } from "./watch";
import { WatchHub, type WatchSink, type WatchStore } from "./watch-hub";
import { type Sql, WatchTable } from "./watch-table";

/** What the API server needs of the store (the Durable Object's ObjectStore). */
export type ClusterStore = StoreView &
  WatchStore &
  MetaStore &
  ResetStore & {
    onCommit: ((changes: readonly CommittedChange[]) => void) | undefined;
    history: { revisions: number; ageMs: number };
    readonly compactionDue: boolean;
    compact(): void;
  };

/** What the Durable Object supplies. */
export interface ApiServerHost {
  store: ClusterStore;
  sql: Sql;
  components: ControlPlane;
  /** The hibernation API: accept a socket, and the sockets still open after an eviction. */
  acceptWebSocket(ws: WebSocket): void;
  webSockets(): WebSocket[];
  setAlarm(at: number): void;
  scheduler(): SchedulerInfo;
  kubelet(node: string): KubeletFaults;
  /** Restarts the cluster object itself (the `apiserver` crash fault). */
  restart(): void;
  /** Under the test configuration: lines starting `kubeplay-test` run test commands. */
  testCommands: boolean;
}

export class ApiServer {
  readonly store: ClusterStore;
  readonly registry: Registry;
  readonly hub: WatchHub;
  readonly access: AccessControl;
  readonly sessions: SessionHub;
  readonly sockets: ClusterSockets;
  readonly alarm: AlarmClock;
  readonly idle: IdlePolicy;
  readonly components: ControlPlane;
  settings: ClusterSettings;
  name: string | undefined;
  init: ClusterInit | undefined;
  private bookmarkDue = false;
  private supervised = false;
  private readonly router = clusterRouter(this);

  constructor(readonly host: ApiServerHost) {
    const store = host.store;
    this.store = store;
    this.components = host.components;
    this.settings = { ...DEFAULT_SETTINGS, ...JSON.parse(store.getMeta("settings") ?? "{}") };
    this.applyHistory();
    this.registry = new Registry(store);
    this.hub = new WatchHub(store);
    this.hub.onDeliver = (sink, type, change) => this.flowDelivered(sink, type, change);
    store.onCommit = (changes) => this.afterCommit(changes);
    this.access = new AccessControl(store);
    this.alarm = new AlarmClock((at) => host.setAlarm(at));
    this.sessions = new SessionHub({
      sql: host.sql,
      send: (ws, message) => this.sockets.sinkOf(ws).sendRaw(message),
      remember: (ws, participant) => this.sockets.remember(ws, participant),
      runKubectl: (line, run) =>
        runCommand(
          {
            cluster: () => this.name ?? "",
            request: (caller, call) => this.serveApi(caller, call),
            kubeplay: (caller, request) => this.kubeplay(caller, request),
            flow: () => this.sessions.flowText(),
            commandWrites: () => this.sessions.flow.startCommand(),
            testCommands: host.testCommands,
          },
          line,
          run,
        ),
    });
    this.sockets = new ClusterSockets({
      hub: this.hub,
      watches: new WatchTable(host.sql),
      sessions: this.sessions,
      components: host.components,
      accept: (ws) => host.acceptWebSocket(ws),
      call: (request, caller) => this.call(request, caller),
      touch: () => this.idle.touch(),
      armBookmark: () => this.armBookmark(),
      settingsMessage: () => this.settingsMessage(),
    });
    this.idle = new IdlePolicy({
      components: host.components,
      settings: () => this.settings,
      participants: () => this.sockets.participants(),
      converged: () => isConverged(store),
      wakeAt: (at) => this.alarm.wakeAt(at),
      saveAsleep: (asleep) => store.setMeta("asleep", String(asleep)),
    });
    this.name = store.getMeta("name");
    const init = store.getMeta("init");
    this.init = init ? (JSON.parse(init) as ClusterInit) : undefined;
    this.sockets.restore(host.webSockets());
  }

  /** HTTP below `/clusters/NAME`: the router. */
  fetch(request: Request): Promise<Response> {
    return this.router(request);
  }

  /**
   * One API call, from HTTP, a command typed in the page or a socket: the single code path of every
   * writer. The caller's role is enforced here; the caller travels with the call into the registry
   * and names the author of its commits in `flow`.
   */
  call(request: ApiRequest, caller: Caller): ApiResponse {
    if (caller.role === "viewer" && !isReadOnly(request.method)) {
      const e = forbiddenRequest(caller.user, request.method, request.path, request.query);
      return { code: e.code, body: e.status };
    }
    const registry = this.registry.as(authorOf(caller.actor, request.method, request.path));
    return handleApiRequest(registry, request);
  }

  /** Kubernetes' API surface for a caller (REST, watches, discovery, OpenAPI, logs, metrics). */
  serveApi(caller: Caller, call: ApiCall): Promise<Response> {
    return serveApi(this, caller, call);
  }

  /** The `/kubeplay/` endpoints for a caller. */
  kubeplay(caller: Caller, request: PlaygroundRequest): Promise<ApiResponse> {
    return kubeplayRequest(this.kubeplayHost(), caller, request);
  }

  /** The cluster's name, from the first request's path. */
  named(name: string): void {
    if (this.name) return;
    this.name = name;
    this.store.setMeta("name", name);
  }

  /** First use: the namespaces every cluster has, and its nodes' kubelets. */
  initialize(init: ClusterInit = defaultInit()): void {
    if (this.init) return;
    this.init = init;
    this.store.setMeta("init", JSON.stringify(init));
    this.registry.bootstrap();
  }

  /** After a restart, make sure every component that should run does. */
  supervise(): void {
    if (this.supervised) return;
    this.supervised = true;
    this.components.ensureRunning();
    this.idle.arm();
  }

  /** Merges an update into the settings, keeps and applies them; answers the refusal, if any. */
  updateSettings(update: unknown, push = true): string | undefined {
    const next = mergeSettings(this.settings, update);
    if (typeof next === "string") return next;
    this.settings = next;
    this.store.setMeta("settings", JSON.stringify(next));
    this.applyHistory();
    // Components learn the cluster's settings from their socket, now and on each change.
    if (push) this.sockets.toComponents(this.settingsMessage());
    return undefined;
  }

  /** The pool of simulated nodes (empty before init). */
  nodes(): NodeSpec[] {
    return this.init?.nodes ?? [];
  }

  /** The alarm rang: grace periods, namespaces, bookmarks, compaction, supervision, idleness. */
  rang(): void {
    this.alarm.rang();
    const next = this.registry.housekeep();
    if (next !== undefined) this.alarm.wakeAt(next);
    if (this.bookmarkDue) {
      this.bookmarkDue = false;
      this.hub.bookmark();
    }
    this.store.compact();
    this.components.ensureRunning();
    this.idle.check(Date.now());
  }

  settingsMessage(): string {
    return JSON.stringify({ op: "settings", settings: this.settings });
  }

  /** What the playground's verbs need of the cluster. */
  playground(): PlaygroundContext {
    return {
      init: () => this.init!,
      saveNodes: (nodes) => {
        this.init = { ...this.init!, nodes };
        this.store.setMeta("init", JSON.stringify(this.init));
      },
      supervisor: this.components,
      registry: this.registry,
      scheduler: () => this.host.scheduler(),
      kubelet: (node) => this.host.kubelet(node),
      restart: () => this.host.restart(),
    };
  }

  private kubeplayHost(): KubeplayHost {
    return {
      access: this.access,
      sessions: this.sessions,
      playground: this.playground(),
      settings: () => this.settings,
      updateSettings: (update) => this.updateSettings(update),
      reset: (caller) =>
        resetCluster({
          store: this.store,
          registry: this.registry,
          author: { actor: caller.actor, verb: "delete" },
          supervisor: this.components,
          pool: () => this.nodes(),
          saveNodes: (nodes) => this.playground().saveNodes(nodes),
        }),
      closeSockets: (role) => this.sockets.closeRole(role),
      touch: () => this.idle.touch(),
    };
  }

  // ---- after each commit ----------------------------------------------------------------------

  private afterCommit(changes: readonly CommittedChange[]): void {
    for (const c of changes) this.sessions.recordFlow(writeStep(c));
    this.hub.publish(changes);
    this.armBookmark();
    if (this.store.compactionDue) this.store.compact();
    for (const c of changes) {
      const m = c.object.metadata;
      if (c.type !== "DELETED" && m.deletionTimestamp) {
        const grace = m.deletionGracePeriodSeconds ?? 0;
        this.alarm.wakeAt(grace > 0 ? Date.parse(m.deletionTimestamp) : Date.now());
      }
    }
  }

  /** A watch event delivered to a component as a `watch` step (once per component and revision). */
  private flowDelivered(sink: WatchSink, type: WatchEventType, change: CommittedChange): void {
    if (!(sink instanceof SocketSink) || !sink.component || sink.lastFlowRevision === change.revision) return;
    sink.lastFlowRevision = change.revision;
    this.sessions.recordFlow(watchStep(sink.component, type, change, Date.now()));
  }

  private armBookmark(): void {
    if (this.bookmarkDue || !this.hub.hasBookmarkWatchers) return;
    this.bookmarkDue = true;
    this.alarm.wakeAt(Date.now() + this.settings.bookmarkIntervalMs);
  }

  private applyHistory(): void {
    this.store.history = { revisions: this.settings.historyRevisions, ageMs: this.settings.historyAgeMs };
  }
}
