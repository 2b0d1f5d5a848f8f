/**
 * What one participant may ask of a cluster, so that hostile or clumsy input never slows it for the
 * others: sizes, one command at a time, a time budget per command, and rates.
 */

/** The longest command line taken. */
export const MAX_COMMAND_BYTES = 64 * 1024;
/** The longest participant message (a command with its stdin): etcd's request limit. */
export const MAX_SESSION_MESSAGE_BYTES = 1.5 * 1024 * 1024;
/** How long a command may run, unless it watches (`-w`, `rollout status`, `wait`): those run until cancelled. */
export const COMMAND_BUDGET_MS = 30_000;
/** Even a watch ends after this long. */
export const WATCH_BUDGET_MS = 60 * 60_000;
/** Commands: a burst of 10, then 2 per second. */
export const COMMAND_RATE = { burst: 10, perSecond: 2 };
/** Messages of any kind on a participant socket: a burst of 200, then 100 per second. */
export const MESSAGE_RATE = { burst: 200, perSecond: 100 };

/** A token bucket: `take()` is false once the burst is spent faster than the rate refills it. */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: { burst: number; perSecond: number },
    now: number,
  ) {
    this.tokens = rate.burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.last) / 1000) * this.rate.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Seconds until the next `take()` succeeds. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((1 - this.tokens) / this.rate.perSecond));
  }
}

/** Whether a command line keeps running until cancelled (a watch), so the short budget does not apply. */
export function isLongRunning(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (
    words.some(
      (w) => w === "-w" || w === "--watch" || w === "--watch-only" || /^--watch(-only)?=true$/.test(w),
    )
  )
    return true;
  if (words[0] === "kubectl" || words[0] === "k") words.shift();
  return (words[0] === "rollout" && words[1] === "status") || words[0] === "wait";
}

/** A line's size in UTF-8 bytes, without allocating for the common small case. */
export function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_COMMAND_BYTES) return text.length; // a lower bound is enough below the cap
  return new TextEncoder().encode(text).byteLength;
}
