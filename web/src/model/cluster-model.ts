/**
 * The page's picture of the cluster: one shared informer per kind (lib/client/informer: list, then
 * watch from the list's revision; resume after a reconnect; re-list after 410 Expired), all on the
 * page's one socket. Never polls. Views subscribe to the kinds they draw.
 */
import { ClusterClient } from "../../../lib/client/cluster-client";
import { Informer } from "../../../lib/client/informer";
import type { KubeObject } from "../../../lib/k8s/object";
import type { Connection } from "../net/connection";

export const WATCHED = [
  "nodes",
  "pods",
  "deployments",
  "replicasets",
  "services",
  "endpoints",
  "events",
  "namespaces",
] as const;
export type Watched = (typeof WATCHED)[number];

export type Change = "add" | "update" | "delete";
export type ModelListener = (change: Change, obj: KubeObject, old?: KubeObject) => void;

export class ClusterModel {
  readonly client: ClusterClient;
  readonly informers = {} as Record<Watched, Informer>;
  private readonly listeners = new Map<Watched, ModelListener[]>();
  private readonly syncedListeners: ((kind: Watched) => void)[] = [];

  constructor(connection: Connection) {
    this.client = new ClusterClient(connection);
    for (const kind of WATCHED) {
      const informer = new Informer(this.client, { resource: kind });
      informer.on({
        add: (obj) => this.emit(kind, "add", obj),
        update: (obj, old) => this.emit(kind, "update", obj, old),
        delete: (obj) => this.emit(kind, "delete", obj),
        synced: () => {
          for (const h of this.syncedListeners) h(kind);
        },
      });
      this.informers[kind] = informer;
    }
  }

  start(): void {
    for (const kind of WATCHED) void this.informers[kind].start();
  }

  on(kind: Watched, listener: ModelListener): void {
    const list = this.listeners.get(kind) ?? [];
    list.push(listener);
    this.listeners.set(kind, list);
  }

  onSynced(listener: (kind: Watched) => void): void {
    this.syncedListeners.push(listener);
  }

  list(kind: Watched): KubeObject[] {
    return this.informers[kind].list();
  }

  get(kind: Watched, name: string, namespace?: string): KubeObject | undefined {
    return this.informers[kind].get(name, namespace);
  }

  /** The highest revision any informer has seen. */
  get revision(): number {
    let max = 0;
    for (const kind of WATCHED) max = Math.max(max, this.informers[kind].revision);
    return max;
  }

  get relists(): number {
    let n = 0;
    for (const kind of WATCHED) n += this.informers[kind].relists;
    return n;
  }

  private emit(kind: Watched, change: Change, obj: KubeObject, old?: KubeObject): void {
    for (const l of this.listeners.get(kind) ?? []) l(change, obj, old);
  }
}

export function keyOf(obj: KubeObject): string {
  const ns = obj.metadata.namespace;
  return ns ? `${ns}/${obj.metadata.name}` : (obj.metadata.name ?? "");
}
