/**
 * What a controller of the controller-manager is, as kube-controller-manager's controllers are
 * (pkg/controller/*, sample-controller): it watches shared informers, maps their events to keys in
 * its own rate-limited work queue, and reconciles one key at a time from the informers' caches —
 * desired against observed — returning the actions to take (lib/client/actions.ts), which the
 * manager's worker carries out through the API.
 *
 * A controller's module is one value: `{ name, start(ctx) }`. `start` asks the context for the
 * informers it watches and hooks its event handlers (event → key); it returns the reconcile.
 */
import type { ClusterSettings } from "../apiserver/settings";
import type { Action } from "../client/actions";
import type { ActionResult } from "../client/execute";
import type { Informer, InformerOptions } from "../client/informer";
import type { WorkQueue } from "../client/workqueue";
import { type KubeObject, objectKey } from "../k8s/object";

export interface ControllerContext {
  /** The shared informer of a resource: one per resource, shared by every controller watching it. */
  informer(options: InformerOptions): Informer;
  /** This controller's own work queue of keys. */
  readonly queue: WorkQueue<string>;
  /** The cluster's settings as they are now. */
  settings(): ClusterSettings;
}

export interface Controller {
  /** Queues every key again (level-triggered): after a (re)list, and on the resync period. */
  resync(): void;
  /** Reconciles one key from the caches: the actions to carry out. */
  reconcile(key: string, now: number): Action[];
  /** Follow-up actions for the result of one action (e.g. an event after a create). */
  onResult?(key: string, result: ActionResult): Action[];
  /** The controller stops (the component sleeps): drop timers. */
  stop?(): void;
}

export interface ControllerModule {
  /** As kube-controller-manager names it: `deployment`, `replicaset`, `garbage-collector`... */
  readonly name: string;
  start(ctx: ControllerContext): Controller;
}

/** A lister's `List` for one namespace: the cached objects in it. */
export function inNamespace<T extends KubeObject>(informer: Informer<T>, namespace: string | undefined): T[] {
  const out: T[] = [];
  for (const obj of informer.cache.values()) if (obj.metadata.namespace === namespace) out.push(obj);
  return out;
}

/** Queues the key of every object of the informer (a resync). */
export function enqueueAll(queue: WorkQueue<string>, informer: Informer): void {
  for (const obj of informer.cache.values()) queue.add(objectKey(obj));
}

/** Handlers that queue the object's own key on add, update and delete. */
export function enqueueOwnKey(queue: WorkQueue<string>) {
  const add = (obj: KubeObject) => queue.add(objectKey(obj));
  return { add, update: add, delete: add };
}
