import { describe, expect, it } from "vitest";
import {
  BucketRateLimiter,
  DEFAULT_CONTROLLER_RATE_LIMITS,
  defaultControllerRateLimiter,
  ItemExponentialFailureRateLimiter,
} from "../../lib/client/rate-limiter";
import { type Clock, WorkQueue } from "../../lib/client/workqueue";

/** A clock whose time moves only when the test says. */
class FakeClock implements Clock {
  time = 1_000_000;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on, firing due timers in order. */
  step(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      let due: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers)
        if (entry[1].at <= until && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].fn();
    }
    this.time = until;
  }
}

function drainAll<T>(q: WorkQueue<T>): T[] {
  const out: T[] = [];
  for (let item = q.get(); item !== undefined; item = q.get()) {
    out.push(item);
    q.done(item);
  }
  return out;
}

describe("WorkQueue: add, get, done", () => {
  it("hands items out in order, each once however often it was added", () => {
    const q = new WorkQueue<string>({ clock: new FakeClock() });
    q.add("a");
    q.add("b");
    q.add("a");
    expect(q.len()).toBe(2);
    expect(drainAll(q)).toEqual(["a", "b"]);
    expect(q.len()).toBe(0);
  });

  it("re-queues an item added while it is processed, once, when it is done", () => {
    const q = new WorkQueue<string>({ clock: new FakeClock() });
    q.add("a");
    expect(q.get()).toBe("a");
    q.add("a");
    q.add("a");
    expect(q.len()).toBe(0); // not handed out twice at once
    expect(q.get()).toBeUndefined();
    q.done("a");
    expect(q.len()).toBe(1);
    expect(q.get()).toBe("a");
    q.done("a");
    expect(q.len()).toBe(0);
  });

  it("does not re-queue an item that was not added again during its processing", () => {
    const q = new WorkQueue<string>({ clock: new FakeClock() });
    q.add("a");
    q.get();
    q.done("a");
    expect(q.len()).toBe(0);
  });

  it("takes a batch and marks each item processing", () => {
    const q = new WorkQueue<number>({ clock: new FakeClock() });
    for (const n of [1, 2, 3, 4]) q.add(n);
    expect(q.getBatch(3)).toEqual([1, 2, 3]);
    q.add(2); // processing: waits for done
    expect(q.len()).toBe(1);
    q.done(1);
    q.done(2);
    q.done(3);
    expect(drainAll(q)).toEqual([4, 2]);
  });

  it("calls onReady when an item can be handed out", () => {
    let ready = 0;
    const q = new WorkQueue<string>({ clock: new FakeClock(), onReady: () => ready++ });
    q.add("a");
    q.add("a");
    expect(ready).toBe(1);
    q.get();
    q.add("a");
    expect(ready).toBe(1); // processing: not ready yet
    q.done("a");
    expect(ready).toBe(2);
  });

  it("ignores everything after shutdown", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({ clock });
    q.add("a");
    q.addAfter("b", 10);
    q.shutdown();
    expect(q.len()).toBe(0);
    expect(clock.pending).toBe(0);
    q.add("c");
    q.addAfter("d", 5);
    clock.step(100);
    expect(q.len()).toBe(0);
  });
});

describe("WorkQueue: addAfter", () => {
  it("adds the item once its delay has passed", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({ clock });
    q.addAfter("a", 100);
    expect(q.len()).toBe(0);
    expect(q.delayed()).toBe(1);
    clock.step(99);
    expect(q.len()).toBe(0);
    clock.step(1);
    expect(drainAll(q)).toEqual(["a"]);
    expect(q.delayed()).toBe(0);
  });

  it("adds at once for a delay of zero or less", () => {
    const q = new WorkQueue<string>({ clock: new FakeClock() });
    q.addAfter("a", 0);
    q.addAfter("b", -5);
    expect(drainAll(q)).toEqual(["a", "b"]);
  });

  it("coalesces delayed adds of one item to the earliest", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({ clock });
    q.addAfter("a", 500);
    q.addAfter("a", 100);
    q.addAfter("a", 300);
    expect(q.delayed()).toBe(1);
    clock.step(100);
    expect(drainAll(q)).toEqual(["a"]);
    clock.step(1000);
    expect(q.len()).toBe(0); // the later adds were the same one
    expect(clock.pending).toBe(0);
  });

  it("keeps one timer, for the earliest item, and fires items in time order", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({ clock });
    q.addAfter("late", 300);
    q.addAfter("early", 100);
    q.addAfter("middle", 200);
    expect(clock.pending).toBe(1);
    clock.step(100);
    expect(drainAll(q)).toEqual(["early"]);
    clock.step(100);
    expect(drainAll(q)).toEqual(["middle"]);
    clock.step(100);
    expect(drainAll(q)).toEqual(["late"]);
    expect(clock.pending).toBe(0);
  });

  it("a delayed item that is queued already is not handed out twice", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({ clock });
    q.add("a");
    q.addAfter("a", 10);
    clock.step(10);
    expect(drainAll(q)).toEqual(["a"]);
  });
});

describe("rate limiters", () => {
  it("ItemExponentialFailureRateLimiter doubles per failure up to its cap, per item, until forgotten", () => {
    const limiter = new ItemExponentialFailureRateLimiter<string>(5, 1000);
    expect([1, 2, 3, 4, 5].map(() => limiter.when("a"))).toEqual([5, 10, 20, 40, 80]);
    expect(limiter.when("b")).toBe(5);
    expect(limiter.numRequeues("a")).toBe(5);
    for (let i = 0; i < 20; i++) limiter.when("a");
    expect(limiter.when("a")).toBe(1000);
    limiter.forget("a");
    expect(limiter.numRequeues("a")).toBe(0);
    expect(limiter.when("a")).toBe(5);
  });

  it("ItemExponentialFailureRateLimiter stays at its cap however many failures", () => {
    const limiter = new ItemExponentialFailureRateLimiter<string>(5, 1_000_000);
    for (let i = 0; i < 2000; i++) limiter.when("a");
    expect(limiter.when("a")).toBe(1_000_000);
  });

  it("BucketRateLimiter lets a burst through, then spaces items at its rate, and refills", () => {
    const limiter = new BucketRateLimiter<string>(10, 3);
    const now = 0;
    expect([1, 2, 3].map(() => limiter.when("x", now))).toEqual([0, 0, 0]);
    expect(limiter.when("x", now)).toBe(100);
    expect(limiter.when("x", now)).toBe(200);
    // 1 s later: 10 tokens earned, minus the 2 borrowed, capped at the burst
    expect(limiter.when("x", now + 1000)).toBe(0);
    expect(limiter.when("x", now + 1000)).toBe(0);
    expect(limiter.when("x", now + 1000)).toBe(0);
    expect(limiter.when("x", now + 1000)).toBe(100);
  });

  it("the default controller rate limiter is client-go's: 5 ms doubling to 1000 s, 10/s with bursts of 100", () => {
    expect(DEFAULT_CONTROLLER_RATE_LIMITS).toEqual({
      baseMs: 5,
      maxMs: 1_000_000,
      perSecond: 10,
      burst: 100,
    });
    const limiter = defaultControllerRateLimiter<string>();
    expect(limiter.when("a", 0)).toBe(5);
    expect(limiter.when("a", 0)).toBe(10);
    expect(limiter.numRequeues("a")).toBe(2);
    limiter.forget("a");
    expect(limiter.numRequeues("a")).toBe(0);
    // the bucket: 98 tokens are left; past them, waits grow by 100 ms a failure
    for (let i = 0; i < 98; i++) limiter.when(`k${i}`, 0);
    expect(limiter.when("z", 0)).toBe(100);
  });
});

describe("WorkQueue: addRateLimited and forget", () => {
  it("backs off exponentially per item, and forget starts over", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({
      clock,
      rateLimiter: new ItemExponentialFailureRateLimiter<string>(5, 1000),
    });
    const readyAfter = (): number => {
      const start = clock.time;
      q.addRateLimited("a");
      while (q.len() === 0) clock.step(1);
      drainAll(q);
      return clock.time - start;
    };
    expect([readyAfter(), readyAfter(), readyAfter(), readyAfter()]).toEqual([5, 10, 20, 40]);
    expect(q.numRequeues("a")).toBe(4);
    q.forget("a");
    expect(q.numRequeues("a")).toBe(0);
    expect(readyAfter()).toBe(5);
  });

  it("a rate-limited add and an earlier plain delayed add coalesce to the earliest", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({
      clock,
      rateLimiter: new ItemExponentialFailureRateLimiter<string>(100, 1000),
    });
    q.addAfter("a", 20);
    q.addRateLimited("a"); // 100 ms: later than the pending add
    clock.step(20);
    expect(drainAll(q)).toEqual(["a"]);
    clock.step(200);
    expect(q.len()).toBe(0);
  });

  it("uses client-go's default limiter when none is given", () => {
    const clock = new FakeClock();
    const q = new WorkQueue<string>({ clock });
    q.addRateLimited("a");
    clock.step(4);
    expect(q.len()).toBe(0);
    clock.step(1);
    expect(q.len()).toBe(1);
  });
});
