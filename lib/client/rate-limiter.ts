/**
 * The rate limiters of client-go's work queue (staging/src/k8s.io/client-go/util/workqueue/
 * default_rate_limiters.go): how long an item that failed waits before it is processed again.
 *
 * - `ItemExponentialFailureRateLimiter`: base × 2^failures per item, capped; `forget` starts over.
 * - `BucketRateLimiter`: one token bucket over all items (golang.org/x/time/rate's `Reserve().Delay()`:
 *   a token is taken even when none is left, and the wait is how long until it will have been earned).
 * - `MaxOfRateLimiter`: the longest wait of several.
 *
 * `defaultControllerRateLimiter` is client-go's `DefaultControllerRateLimiter`: 5 ms doubling up to
 * 1000 s per item, under an overall 10 per second with bursts of 100.
 */

/** client-go's `RateLimiter` interface. */
export interface RateLimiter<T> {
  /** How long the item should wait now (one more failure counted). */
  when(item: T, now: number): number;
  /** The item succeeded: forget its failures. */
  forget(item: T): void;
  /** How many times the item has failed since it was last forgotten. */
  numRequeues(item: T): number;
}

export class ItemExponentialFailureRateLimiter<T> implements RateLimiter<T> {
  private readonly failures = new Map<T, number>();

  constructor(
    private readonly baseMs: number,
    private readonly maxMs: number,
  ) {}

  when(item: T): number {
    const exp = this.failures.get(item) ?? 0;
    this.failures.set(item, exp + 1);
    const backoff = this.baseMs * 2 ** exp;
    return Number.isFinite(backoff) ? Math.min(backoff, this.maxMs) : this.maxMs;
  }

  forget(item: T): void {
    this.failures.delete(item);
  }

  numRequeues(item: T): number {
    return this.failures.get(item) ?? 0;
  }
}

export class BucketRateLimiter<T> implements RateLimiter<T> {
  private tokens: number;
  private last: number | undefined;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  when(_item: T, now: number): number {
    if (this.last !== undefined && now > this.last) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.perSecond) / 1000);
    }
    this.last = Math.max(now, this.last ?? now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.perSecond;
  }

  forget(): void {}

  numRequeues(): number {
    return 0;
  }
}

export class MaxOfRateLimiter<T> implements RateLimiter<T> {
  private readonly limiters: RateLimiter<T>[];

  constructor(...limiters: RateLimiter<T>[]) {
    this.limiters = limiters;
  }

  when(item: T, now: number): number {
    let wait = 0;
    for (const limiter of this.limiters) wait = Math.max(wait, limiter.when(item, now));
    return wait;
  }

  forget(item: T): void {
    for (const limiter of this.limiters) limiter.forget(item);
  }

  numRequeues(item: T): number {
    let most = 0;
    for (const limiter of this.limiters) most = Math.max(most, limiter.numRequeues(item));
    return most;
  }
}

/** client-go's defaults: per item 5 ms doubling up to 1000 s; overall 10 per second, bursts of 100. */
export const DEFAULT_CONTROLLER_RATE_LIMITS = {
  baseMs: 5,
  maxMs: 1_000_000,
  perSecond: 10,
  burst: 100,
} as const;

export type RateLimits = { baseMs: number; maxMs: number; perSecond: number; burst: number };

/** `DefaultControllerRateLimiter` (or the same shape with other limits). */
export function defaultControllerRateLimiter<T>(
  limits: RateLimits = DEFAULT_CONTROLLER_RATE_LIMITS,
): RateLimiter<T> {
  return new MaxOfRateLimiter<T>(
    new ItemExponentialFailureRateLimiter<T>(limits.baseMs, limits.maxMs),
    new BucketRateLimiter<T>(limits.perSecond, limits.burst),
  );
}
