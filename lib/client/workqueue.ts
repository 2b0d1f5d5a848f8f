/**
 * A typed work queue as client-go's (staging/src/k8s.io/client-go/util/workqueue: queue.go,
 * delaying_queue.go, rate_limiting_queue.go), for one controller's keys.
 *
 * - `add` de-duplicates: an item waiting to be processed is there once (the dirty set).
 * - `get` hands an item out and marks it processing; an item added again while it is processed is
 *   not handed out twice at once: it is queued again, once, when `done` is called.
 * - `addAfter` adds the item after a delay; several delayed adds of one item coalesce to the earliest.
 * - `addRateLimited` adds the item after the rate limiter's wait (per-item exponential backoff, see
 *   rate-limiter.ts); `forget` resets the item's failures; `numRequeues` counts them.
 *
 * There are no worker goroutines here: `onReady` is called when an item can be handed out, and the
 * component drains the queue (lib/client/worker.ts). Time comes from a `Clock`, so tests use a fake.
 */
import { defaultControllerRateLimiter, type RateLimiter } from "./rate-limiter";

/** Time and timers: the real ones, or a fake in tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface WorkQueueOptions<T> {
  clock?: Clock;
  rateLimiter?: RateLimiter<T>;
  /** Called when an item becomes available to `get` (after an add, a `done`, or a delay). */
  onReady?: () => void;
}

export class WorkQueue<T> {
  private readonly clock: Clock;
  private readonly rateLimiter: RateLimiter<T>;
  private readonly onReady: () => void;
  /** Items to hand out, in order. */
  private queue: T[] = [];
  /** Items that need processing (queued, or to queue again when their processing is done). */
  private readonly dirty = new Set<T>();
  private readonly processing = new Set<T>();
  /** Delayed items and when each is ready. */
  private readonly waiting = new Map<T, number>();
  private timer: unknown;
  private timerAt = Number.POSITIVE_INFINITY;
  private shutDown = false;

  constructor(options: WorkQueueOptions<T> = {}) {
    this.clock = options.clock ?? realClock;
    this.rateLimiter = options.rateLimiter ?? defaultControllerRateLimiter<T>();
    this.onReady = options.onReady ?? (() => {});
  }

  /** How many items wait to be handed out (not counting delayed or processing ones). */
  len(): number {
    return this.queue.length;
  }

  /** How many items wait for their delay. */
  delayed(): number {
    return this.waiting.size;
  }

  add(item: T): void {
    if (this.shutDown || this.dirty.has(item)) return;
    this.dirty.add(item);
    if (this.processing.has(item)) return;
    this.queue.push(item);
    this.onReady();
  }

  /** The next item, marked processing; `undefined` when none is ready. Call `done` after. */
  get(): T | undefined {
    if (this.queue.length === 0) return undefined;
    const item = this.queue.shift() as T;
    this.processing.add(item);
    this.dirty.delete(item);
    return item;
  }

  /** Takes up to `max` items at once (each as `get`). */
  getBatch(max: number): T[] {
    const batch = this.queue.splice(0, max);
    for (const item of batch) {
      this.processing.add(item);
      this.dirty.delete(item);
    }
    return batch;
  }

  /** Processing of the item is over: if it was added meanwhile, it is queued again. */
  done(item: T): void {
    this.processing.delete(item);
    if (this.dirty.has(item) && !this.shutDown) {
      this.queue.push(item);
      this.onReady();
    }
  }

  /** Adds the item once `ms` have passed; a pending earlier add of the same item wins. */
  addAfter(item: T, ms: number): void {
    if (this.shutDown) return;
    if (ms <= 0) {
      this.add(item);
      return;
    }
    const at = this.clock.now() + ms;
    const pending = this.waiting.get(item);
    if (pending !== undefined && pending <= at) return;
    this.waiting.set(item, at);
    if (at < this.timerAt) this.arm(at);
  }

  /** Adds the item after its rate-limited wait (one more failure counted). */
  addRateLimited(item: T): void {
    this.addAfter(item, this.rateLimiter.when(item, this.clock.now()));
  }

  /** The item succeeded: its backoff starts over. */
  forget(item: T): void {
    this.rateLimiter.forget(item);
  }

  numRequeues(item: T): number {
    return this.rateLimiter.numRequeues(item);
  }

  /** Drops every item and timer; later adds are ignored. */
  shutdown(): void {
    this.shutDown = true;
    this.queue = [];
    this.dirty.clear();
    this.waiting.clear();
    this.disarm();
  }

  private arm(at: number): void {
    this.disarm();
    this.timerAt = at;
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, at - this.clock.now()));
  }

  private disarm(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    const now = this.clock.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [item, at] of this.waiting) {
      if (at <= now) {
        this.waiting.delete(item);
        this.add(item);
      } else next = Math.min(next, at);
    }
    if (Number.isFinite(next)) this.arm(next);
  }
}
