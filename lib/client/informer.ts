/**
 * An informer, as client-go has them: LIST, then WATCH from the list's revision, keeping a local
 * cache of the objects. On a reconnect it resumes the watch from the last revision it saw; if that
 * revision is gone from the server's history (410 Expired), it lists again and reconciles the cache,
 * reporting what vanished meanwhile as deletions. Events are delivered in revision order, once.
 */
import { type KubeObject, objectKey } from "../k8s/object";
import type { ClusterClient, WatchHandle } from "./cluster-client";
import type { EventMessage } from "./protocol";

export interface InformerOptions {
  /** Any name of a kind: `pods`, `deployments.apps`, `Node`. */
  resource: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface InformerHandlers<T extends KubeObject> {
  add?(obj: T): void;
  update?(obj: T, old: T): void;
  delete?(obj: T): void;
  /** After each (re)list and watch start: the cache is complete up to `revision`. */
  synced?(revision: number): void;
}

export class Informer<T extends KubeObject = KubeObject> {
  readonly cache = new Map<string, T>();
  /** The revision the cache reflects. */
  revision = 0;
  synced = false;
  /** How many times the informer had to re-list (410s, or reconnects without history). */
  relists = 0;
  /** The Status of a watch error that stopped the informer (anything but 410). */
  error: unknown;
  private watch: WatchHandle | undefined;
  private stopped = false;
  private readonly handlers: InformerHandlers<T>[] = [];
  private syncWaiters: (() => void)[] = [];
  private generation = 0;

  constructor(
    private readonly client: ClusterClient,
    readonly options: InformerOptions,
  ) {}

  on(handlers: InformerHandlers<T>): this {
    this.handlers.push(handlers);
    return this;
  }

  /** Starts, and resolves once the first list is in the cache. */
  start(): Promise<void> {
    this.client.onConnected(() => void this.connect());
    return this.waitForSync();
  }

  waitForSync(): Promise<void> {
    if (this.synced) return Promise.resolve();
    return new Promise((resolve) => this.syncWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    this.watch?.stop();
  }

  list(): T[] {
    return [...this.cache.values()];
  }

  get(name: string, namespace?: string): T | undefined {
    return this.cache.get(namespace ? `${namespace}/${name}` : name);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const generation = ++this.generation;
    if (this.revision > 0) {
      this.startWatch(generation); // resume from the last revision seen
      return;
    }
    await this.relist(generation);
  }

  private async relist(generation: number): Promise<void> {
    let list: Awaited<ReturnType<ClusterClient["list"]>>;
    try {
      list = await this.client.list(this.options.resource, {
        namespace: this.options.namespace,
        labelSelector: this.options.labelSelector,
        fieldSelector: this.options.fieldSelector,
      });
    } catch {
      return; // the connection went away: the next connect lists again
    }
    if (generation !== this.generation || this.stopped) return;
    const seen = new Set<string>();
    for (const item of list.items as T[]) {
      const key = objectKey(item);
      seen.add(key);
      const old = this.cache.get(key);
      this.cache.set(key, item);
      if (!old) this.emit("add", item);
      else if (old.metadata.resourceVersion !== item.metadata.resourceVersion) this.emit("update", item, old);
    }
    for (const [key, old] of [...this.cache]) {
      if (!seen.has(key)) {
        this.cache.delete(key);
        this.emit("delete", old);
      }
    }
    this.revision = Number(list.metadata.resourceVersion);
    this.startWatch(generation);
    this.markSynced();
  }

  private startWatch(generation: number): void {
    this.watch?.stop();
    try {
      this.watch = this.client.watch(
        {
          resource: this.options.resource,
          namespace: this.options.namespace,
          labelSelector: this.options.labelSelector,
          fieldSelector: this.options.fieldSelector,
          resourceVersion: String(this.revision),
          allowWatchBookmarks: true,
        },
        (event) => this.handle(event, generation),
      );
    } catch {
      // disconnected: the next connect starts again
    }
  }

  private handle(event: EventMessage, generation: number): void {
    if (generation !== this.generation) return;
    const rv = Number(event.object.metadata?.resourceVersion ?? 0);
    if (event.type === "ERROR") {
      const code = (event.object as unknown as { code?: number }).code;
      this.watch?.stop();
      if (code === 410 || code === 504) {
        // History gone (or ahead of a restored server): start over from a fresh list.
        this.relists += 1;
        this.revision = 0;
        void this.relist(++this.generation);
      } else {
        this.error = event.object;
        this.stop();
      }
      return;
    }
    if (rv <= this.revision) return; // already seen (a resumed watch never repeats, but be sure)
    this.revision = rv;
    if (event.type === "BOOKMARK") {
      this.markSynced();
      return;
    }
    const obj = event.object as T;
    const key = objectKey(obj);
    const old = this.cache.get(key);
    if (event.type === "DELETED") {
      this.cache.delete(key);
      if (old) this.emit("delete", obj);
    } else {
      this.cache.set(key, obj);
      if (old) this.emit("update", obj, old);
      else this.emit("add", obj);
    }
  }

  private markSynced(): void {
    if (!this.synced) this.synced = true;
    for (const h of this.handlers) h.synced?.(this.revision);
    const waiters = this.syncWaiters;
    this.syncWaiters = [];
    for (const w of waiters) w();
  }

  private emit(type: "add" | "update" | "delete", obj: T, old?: T): void {
    for (const h of this.handlers) {
      if (type === "add") h.add?.(obj);
      else if (type === "update") h.update?.(obj, old!);
      else h.delete?.(obj);
    }
  }
}
