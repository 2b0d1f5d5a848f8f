/**
 * The loop a client-go controller runs over its work queue (sample-controller's
 * `processNextWorkItem`): take a key, reconcile it, carry out the actions, then `forget` the key on
 * success or add it back rate-limited on a failure; `done` in every case.
 *
 * Keys are taken in batches of up to `concurrency` and reconciled together: writes made together
 * share the cluster's storage flushes, which is what makes a thousand pods converge in seconds.
 * A call lost with the socket is not the key's failure: the key is tried again after a short fixed
 * pause (the socket reconnects meanwhile), without growing its backoff.
 */
import type { Action } from "./actions";
import { ConnectionLost } from "./cluster-client";
import type { ActionResult } from "./execute";
import type { RateLimiter } from "./rate-limiter";
import { type Clock, WorkQueue } from "./workqueue";

/** The pause before a key whose call was lost with the socket is tried again. */
export const CONNECTION_LOST_RETRY_MS = 50;

export interface KeyWorkerOptions<K> {
  /** How many keys reconcile at once. */
  concurrency: number;
  /** Whether keys may be processed now (connected, caches synced). */
  ready(): boolean;
  reconcile(key: K): Action[] | Promise<Action[]>;
  /** Follow-up actions for the result of each action (e.g. an event after a create). */
  onResult?(key: K, result: ActionResult): Action[];
  /** Carries out one action; rejects when the connection is lost. */
  execute(action: Action): Promise<ActionResult>;
  onError(what: string, error: unknown): void;
  clock?: Clock;
  rateLimiter?: RateLimiter<K>;
}

/** Whether a failed call is worth retrying (a conflict, too many requests, a server error). */
function retriable(result: ActionResult): boolean {
  const code = result.error?.code;
  return !result.ok && code !== undefined && (code === 409 || code === 429 || code >= 500);
}

export class KeyWorker<K> {
  readonly queue: WorkQueue<K>;
  draining = false;
  inFlight = 0;

  constructor(private readonly options: KeyWorkerOptions<K>) {
    this.queue = new WorkQueue<K>({
      clock: options.clock,
      rateLimiter: options.rateLimiter,
      onReady: () => this.kick(),
    });
  }

  /** Drains the queue soon, unless already draining. */
  kick(): void {
    if (this.queue.len() > 0 && !this.draining) {
      this.draining = true;
      queueMicrotask(() => void this.drain());
    }
  }

  stop(): void {
    this.queue.shutdown();
  }

  /** Carries out actions concurrently; a failure requeues the key. Whether all went well. */
  async run(key: K, actions: Action[]): Promise<boolean> {
    if (actions.length === 0) return true;
    let ok = true;
    const results = await Promise.all(
      actions.map((action) =>
        this.options.execute(action).catch((): ActionResult => {
          // the connection went away mid-call: the key is tried again after reconnecting
          ok = false;
          this.queue.addAfter(key, CONNECTION_LOST_RETRY_MS);
          return { action, ok: false };
        }),
      ),
    );
    const follow: Action[] = [];
    for (const result of results) {
      if (retriable(result)) {
        ok = false;
        this.queue.addRateLimited(key);
      }
      if (this.options.onResult) follow.push(...this.options.onResult(key, result));
    }
    if (follow.length && !(await this.run(key, follow))) ok = false;
    return ok;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.len() > 0 && this.options.ready()) {
        const batch = this.queue.getBatch(this.options.concurrency);
        this.inFlight += batch.length;
        const decided = await Promise.all(batch.map((key) => this.decide(key)));
        // A batch's deletions go out before its creations (one message, in this order), so counts
        // never overshoot while both are pending: a ReplicaSet's surplus pods go before a sibling's
        // new ones, and a rolling update stays within maxSurge in pods too.
        const ordered = [...decided.filter(deletes), ...decided.filter((d) => !deletes(d))];
        await Promise.all(ordered.map((d) => this.finish(d)));
      }
    } finally {
      this.draining = false;
    }
  }

  /** Reconciles one key: its actions, or undefined when the reconcile failed (the key is requeued). */
  private async decide(key: K): Promise<Decision<K>> {
    try {
      return { key, actions: await this.options.reconcile(key) };
    } catch (error) {
      // A call lost with the socket is expected (the key is reconciled again after reconnecting).
      if (error instanceof ConnectionLost) {
        this.queue.addAfter(key, CONNECTION_LOST_RETRY_MS);
      } else {
        this.options.onError(`reconcile ${String(key)} failed`, error);
        this.queue.addRateLimited(key);
      }
      return { key, actions: undefined };
    }
  }

  /** Carries out a key's actions: `forget` on success; `done` in every case. */
  private async finish({ key, actions }: Decision<K>): Promise<void> {
    try {
      if (actions && (await this.run(key, actions))) this.queue.forget(key);
    } finally {
      this.inFlight -= 1;
      this.queue.done(key);
    }
  }
}

interface Decision<K> {
  key: K;
  actions: Action[] | undefined;
}

function deletes<K>(decision: Decision<K>): boolean {
  return decision.actions?.some((a) => a.verb === "delete") ?? false;
}
