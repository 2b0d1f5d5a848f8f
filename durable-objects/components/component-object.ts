/**
 * What every control-plane component Durable Object shares: a connection to its cluster's API
 * server (the cluster WebSocket, reconnecting on its own), informers over it, a work queue of keys
 * to reconcile, the execution of actions through the API, alarms as timers, and the sleep/wake
 * protocol that lets an idle cluster cost nothing.
 *
 * Subclasses (controller-manager, scheduler, kubelet) say which informers they need and what to do
 * for a key; they never touch storage of the cluster, only the API.
 */
import { DurableObject } from "cloudflare:workers";
import { type ClusterSettings, DEFAULT_SETTINGS } from "../../lib/apiserver/settings";
import type { Action } from "../../lib/client/actions";
import { ClusterClient, ConnectionLost } from "../../lib/client/cluster-client";
import { type ActionResult, executeAction } from "../../lib/client/execute";
import { Informer, type InformerOptions } from "../../lib/client/informer";
import { COMPONENT_SECRET_HEADER } from "../../lib/client/protocol";
import { ReconnectingTransport, type SocketLike } from "../../lib/client/transport";
import { KeyWorker } from "../../lib/client/worker";
import { EventAggregator } from "../../lib/controllers/events";
import type { KubeObject } from "../../lib/k8s/object";
import type { NodeSpec } from "../../lib/playground/node-pool";
import type { Env } from "../../worker/env";

/**
 * How many keys reconcile at once. Writes made together share the cluster's storage flushes, so
 * a wide window is what makes a thousand pods converge in seconds rather than minutes.
 */
const MAX_CONCURRENT_KEYS = 256;
/** A component logs at most one error per interval (the rest are counted). */
const ERROR_LOG_INTERVAL_MS = 10_000;

export interface ComponentIdentity {
  cluster: string;
  /** `controller-manager`, `scheduler`, `kubelet/node-1`. */
  component: string;
  /** For a kubelet: the machine it runs on. */
  node?: NodeSpec;
  /** The cluster's secret for its own components: proves the socket is one of them. */
  secret?: string;
}

export abstract class ComponentObject extends DurableObject<Env> {
  protected identity: ComponentIdentity | undefined;
  /** The cluster's settings, as the cluster sends them on connect and on every change. */
  protected settings: ClusterSettings = DEFAULT_SETTINGS;
  protected client: ClusterClient | undefined;
  private transport: ReconnectingTransport | undefined;
  private informers: Informer[] = [];
  private readonly events = new EventAggregator();
  /** This component's own work queue of keys, for `reconcile`. */
  /** Every worker running now: this component's own and those it made for others (controllers). */
  private workers = new Set<KeyWorker<unknown>>();
  private worker: KeyWorker<string> = this.newOwnWorker();

  /** Starts (or keeps) the component running for a cluster. Idempotent; called by the cluster; returns before the caches sync. */
  async start(identity: ComponentIdentity): Promise<void> {
    if (this.transport) {
      // Running already: only take a new secret, for the next time the socket dials.
      if (this.identity && identity.secret !== this.identity.secret) {
        this.identity = { ...this.identity, secret: identity.secret };
        await this.ctx.storage.put("identity", this.identity);
      }
      return;
    }
    this.identity = identity;
    await this.ctx.storage.put("identity", identity);
    const transport = new ReconnectingTransport(() => this.dial(), {
      initialMs: 50,
      maxMs: 5000,
      pingMs: 5000,
      deadAfterMs: 15_000,
    });
    this.transport = transport;
    this.client = new ClusterClient(transport);
    transport.onMessage((data) => {
      if (data.startsWith('{"op":"sleep"')) void this.sleep();
      else if (data.startsWith('{"op":"settings"')) {
        this.settings = {
          ...DEFAULT_SETTINGS,
          ...(JSON.parse(data) as { settings: ClusterSettings }).settings,
        };
        this.onSettings();
      }
    });
    await this.onStart(this.client);
    transport.start();
    // Return at once: the cluster starts hundreds of components and must not wait for each to sync.
    const informers = this.informers;
    void Promise.all(informers.map((i) => i.waitForSync())).then(() => {
      if (this.informers !== informers) return; // slept meanwhile
      this.onSynced();
      this.kick();
    });
  }

  /** Closes the connection and forgets everything in memory: the cluster is idle. */
  async sleep(): Promise<void> {
    await this.onSleep();
    for (const i of this.informers) i.stop();
    this.informers = [];
    for (const w of this.workers) w.stop();
    this.workers.clear();
    this.worker = this.newOwnWorker();
    this.transport?.close();
    this.transport = undefined;
    this.client = undefined;
  }

  /** A fault for the playground: the component crashes; the cluster starts it again. */
  async crash(): Promise<void> {
    this.ctx.abort("crashed on purpose (playground fault)");
  }

  /** Whether the component is connected and its caches synced. */
  async status(): Promise<{
    running: boolean;
    synced: boolean;
    queue: number;
    draining: boolean;
    inFlight: number;
  }> {
    return {
      running: this.transport !== undefined,
      synced: this.informers.every((i) => i.synced),
      queue: sum(this.workers, (w) => w.queue.len()),
      draining: [...this.workers].some((w) => w.draining),
      inFlight: sum(this.workers, (w) => w.inFlight),
    };
  }

  override async alarm(): Promise<void> {
    if (!this.transport) {
      // Woken by an alarm after eviction: come back first, then do what was due.
      const identity = await this.ctx.storage.get<ComponentIdentity>("identity");
      if (!identity) return;
      await this.start(identity);
    }
    await this.onAlarm(Date.now());
  }

  // ---- for subclasses ------------------------------------------------------------------------

  /** Creates the informers and hooks handlers; called before the connection opens. */
  protected abstract onStart(client: ClusterClient): Promise<void> | void;

  /** Reconciles one key; returns the actions to carry out. */
  protected abstract reconcile(key: string): Action[] | Promise<Action[]>;

  protected onSynced(): void {}
  protected onSettings(): void {}
  protected async onSleep(): Promise<void> {}
  protected async onAlarm(_now: number): Promise<void> {}
  /** Called with the result of each action (e.g. to record `Created pod: NAME` after a create). */
  protected onResult(_key: string, _result: ActionResult): Action[] {
    return [];
  }

  protected informer<T extends KubeObject = KubeObject>(options: InformerOptions): Informer<T> {
    if (!this.client) throw new Error("informer before start");
    const informer = new Informer<T>(this.client, options);
    this.informers.push(informer as unknown as Informer);
    void informer.start();
    return informer;
  }

  protected get synced(): boolean {
    return this.informers.length > 0 && this.informers.every((i) => i.synced);
  }

  /** Queues a key for reconciliation (de-duplicated, as client-go's work queue). */
  protected enqueue(key: string): void {
    this.worker.queue.add(key);
  }

  /** Drains the queue if work waited for the caches to sync. */
  protected kick(): void {
    this.worker.kick();
  }

  /** Carries out actions through the API, concurrently; conflicts requeue the key (rate-limited). */
  protected async run(key: string, actions: Action[]): Promise<void> {
    await this.worker.run(key, actions);
  }

  /** A worker over a work queue of keys, executing actions through this component's client. */
  protected newWorker<K>(
    reconcile: (key: K) => Action[] | Promise<Action[]>,
    onResult?: (key: K, result: ActionResult) => Action[],
  ): KeyWorker<K> {
    const worker = new KeyWorker<K>({
      concurrency: MAX_CONCURRENT_KEYS,
      ready: () => this.client !== undefined && this.synced,
      reconcile,
      onResult,
      execute: (action) => {
        const client = this.client;
        if (!client) return Promise.reject(new ConnectionLost());
        return executeAction(client, action, (ev) => this.events.record(ev.event, Date.now()));
      },
      onError: (what, error) => this.logError(what, error),
    });
    this.workers.add(worker as KeyWorker<unknown>);
    return worker;
  }

  private newOwnWorker(): KeyWorker<string> {
    return this.newWorker(
      (key) => this.reconcile(key),
      (key, result) => this.onResult(key, result),
    );
  }

  private lastErrorLog = 0;
  private errorsNotLogged = 0;

  /**
   * Logs at most once per interval: under `wrangler dev` every line goes through one pipe, and a
   * thousand kubelets logging at once would stall the whole runtime.
   */
  private logError(what: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorLog < ERROR_LOG_INTERVAL_MS) {
      this.errorsNotLogged += 1;
      return;
    }
    this.lastErrorLog = now;
    const more = this.errorsNotLogged ? ` (and ${this.errorsNotLogged} more errors since the last one)` : "";
    this.errorsNotLogged = 0;
    console.error(`${this.identity?.component} ${what}${more}: ${String(error)}`);
  }

  private async dial(): Promise<SocketLike> {
    const id = this.identity!;
    const url = `https://cluster.internal/clusters/${id.cluster}/ws?component=${encodeURIComponent(id.component)}`;
    const res = await this.env.CLUSTER.getByName(id.cluster).fetch(url, {
      headers: { Upgrade: "websocket", [COMPONENT_SECRET_HEADER]: id.secret ?? "" },
    });
    const ws = res.webSocket;
    if (!ws) throw new Error(`cluster refused the socket: ${res.status}`);
    ws.accept();
    return ws as unknown as SocketLike;
  }
}

function sum<T>(items: Iterable<T>, of: (item: T) => number): number {
  let n = 0;
  for (const item of items) n += of(item);
  return n;
}
