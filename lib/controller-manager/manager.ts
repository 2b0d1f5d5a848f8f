/**
 * The controller manager (cmd/kube-controller-manager's `StartControllers`): runs a list of
 * controller modules, each with its own work queue and worker, over shared informers — one informer
 * per resource, however many controllers watch it (client-go's SharedInformerFactory).
 *
 * The Durable Object supplies the plumbing (informers over its socket, workers executing through
 * its client) and forwards its lifecycle: `synced` once every cache is listed, `stop` on sleep.
 */
import type { ClusterSettings } from "../apiserver/settings";
import type { Action } from "../client/actions";
import type { ActionResult } from "../client/execute";
import type { Informer, InformerOptions } from "../client/informer";
import type { KeyWorker } from "../client/worker";
import type { Controller, ControllerModule } from "./controller";

/** The informers' resync period: every object is looked at again now and then (ms). */
export const RESYNC_PERIOD_MS = 5_000;

export interface ManagerPlumbing {
  /** Starts an informer over the component's connection. */
  informer(options: InformerOptions): Informer;
  /** A worker over a new work queue, carrying out actions through the API. */
  worker(
    reconcile: (key: string) => Action[],
    onResult: (key: string, result: ActionResult) => Action[],
  ): KeyWorker<string>;
  settings(): ClusterSettings;
}

interface Running {
  controller: Controller;
  worker: KeyWorker<string>;
}

export class ControllerManager {
  private readonly informers = new Map<string, Informer>();
  private readonly running: Running[] = [];
  private resyncTimer: ReturnType<typeof setInterval> | undefined;
  private resyncQueued = false;

  constructor(modules: readonly ControllerModule[], plumbing: ManagerPlumbing) {
    for (const module of modules) {
      let controller: Controller | undefined;
      const worker = plumbing.worker(
        (key) => controller?.reconcile(key, Date.now()) ?? [],
        (key, result) => controller?.onResult?.(key, result) ?? [],
      );
      controller = module.start({
        informer: (options) => this.shared(plumbing, options),
        queue: worker.queue,
        settings: plumbing.settings,
      });
      this.running.push({ controller, worker });
    }
  }

  /** Every cache is listed: resync everything, then again every resync period. */
  synced(): void {
    this.resync();
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    this.resyncTimer = setInterval(() => this.resync(), RESYNC_PERIOD_MS);
    for (const { worker } of this.running) worker.kick();
  }

  stop(): void {
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    for (const { controller, worker } of this.running) {
      controller.stop?.();
      worker.stop();
    }
  }

  /** Level-triggered: every controller queues all its keys again. */
  resync(): void {
    for (const { controller } of this.running) controller.resync();
  }

  /** Keys waiting in all the controllers' queues. */
  queued(): number {
    let n = 0;
    for (const { worker } of this.running) n += worker.queue.len();
    return n;
  }

  private shared(plumbing: ManagerPlumbing, options: InformerOptions): Informer {
    const id = JSON.stringify([
      options.resource,
      options.namespace,
      options.labelSelector,
      options.fieldSelector,
    ]);
    let informer = this.informers.get(id);
    if (!informer) {
      informer = plumbing.informer(options);
      // After each (re)list, every controller reconciles everything again (coalesced per tick).
      informer.on({ synced: () => this.resyncSoon() });
      this.informers.set(id, informer);
    }
    return informer;
  }

  private resyncSoon(): void {
    if (this.resyncQueued) return;
    this.resyncQueued = true;
    queueMicrotask(() => {
      this.resyncQueued = false;
      this.resync();
    });
  }
}
