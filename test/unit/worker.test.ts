import { describe, expect, it } from "vitest";
import type { Action } from "../../lib/client/actions";
import { ConnectionLost } from "../../lib/client/cluster-client";
import type { ActionResult } from "../../lib/client/execute";
import { ItemExponentialFailureRateLimiter } from "../../lib/client/rate-limiter";
import { CONNECTION_LOST_RETRY_MS, KeyWorker } from "../../lib/client/worker";
import type { Clock } from "../../lib/client/workqueue";
import { failure } from "../../lib/k8s/errors";

/** Timers recorded, not run: the test reads the delays the queue asked for. */
class RecordingClock implements Clock {
  delays: number[] = [];
  now(): number {
    return 0;
  }
  setTimeout(_fn: () => void, ms: number): unknown {
    this.delays.push(ms);
    return this.delays.length;
  }
  clearTimeout(): void {}
}

const EVENT: Action = {
  verb: "event",
  event: {
    regarding: { apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" } },
    type: "Normal",
    reason: "Test",
    message: "m",
    component: "test",
  },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function worker(options: {
  reconcile?: (key: string) => Action[];
  execute?: (action: Action) => Promise<ActionResult>;
  onResult?: (key: string, result: ActionResult) => Action[];
}) {
  const clock = new RecordingClock();
  const reconciled: string[] = [];
  const errors: string[] = [];
  const w = new KeyWorker<string>({
    concurrency: 2,
    ready: () => true,
    reconcile: (key) => {
      reconciled.push(key);
      return options.reconcile ? options.reconcile(key) : [EVENT];
    },
    onResult: options.onResult,
    execute: options.execute ?? ((action) => Promise.resolve({ action, ok: true })),
    onError: (what) => errors.push(what),
    clock,
    rateLimiter: new ItemExponentialFailureRateLimiter<string>(5, 1000),
  });
  return { w, clock, reconciled, errors };
}

describe("KeyWorker", () => {
  it("reconciles each queued key once and forgets it on success", async () => {
    const { w, reconciled, clock } = worker({});
    w.queue.add("a");
    w.queue.add("b");
    w.queue.add("a");
    w.queue.add("c");
    await settle();
    expect(reconciled).toEqual(["a", "b", "c"]);
    expect(w.queue.numRequeues("a")).toBe(0);
    expect(clock.delays).toEqual([]);
    expect(w.draining).toBe(false);
  });

  it("sends a batch's deletions before its creations, whatever the order of the keys", async () => {
    const pod = (name: string) => ({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name, namespace: "default" },
    });
    const sent: string[] = [];
    const { w } = worker({
      reconcile: (key): Action[] =>
        key === "new-rs"
          ? [{ verb: "create", object: pod("new-1") }]
          : [{ verb: "delete", kind: "pods", namespace: "default", name: "old-1" }],
      execute: (action) => {
        sent.push(action.verb);
        return Promise.resolve({ action, ok: true });
      },
    });
    w.queue.add("new-rs");
    w.queue.add("old-rs");
    await settle();
    expect(sent).toEqual(["delete", "create"]);
  });

  it("requeues a key rate-limited on a conflict, with growing backoff until a success forgets it", async () => {
    let conflict = true;
    const { w, clock } = worker({
      execute: (action) =>
        Promise.resolve(
          conflict
            ? { action, ok: false, error: failure(409, "Conflict", "conflict") }
            : { action, ok: true },
        ),
    });
    w.queue.add("a");
    await settle();
    expect(w.queue.numRequeues("a")).toBe(1);
    expect(clock.delays).toEqual([5]);
    w.queue.add("a");
    await settle();
    expect(w.queue.numRequeues("a")).toBe(2);
    conflict = false;
    w.queue.add("a");
    await settle();
    expect(w.queue.numRequeues("a")).toBe(0);
  });

  it("does not retry a refusal that a retry would not change (a 404, a 422)", async () => {
    const { w, clock } = worker({
      execute: (action) => Promise.resolve({ action, ok: false, error: failure(422, "Invalid", "no") }),
    });
    w.queue.add("a");
    await settle();
    expect(clock.delays).toEqual([]);
  });

  it("tries a key whose call was lost with the socket again after a fixed pause, without backoff", async () => {
    const { w, clock, errors } = worker({ execute: () => Promise.reject(new ConnectionLost()) });
    w.queue.add("a");
    await settle();
    expect(clock.delays).toEqual([CONNECTION_LOST_RETRY_MS]);
    expect(w.queue.numRequeues("a")).toBe(0);
    expect(errors).toEqual([]);
  });

  it("logs a reconcile that throws, and requeues it rate-limited", async () => {
    const { w, clock, errors } = worker({
      reconcile: () => {
        throw new Error("boom");
      },
    });
    w.queue.add("a");
    await settle();
    expect(errors).toEqual(["reconcile a failed"]);
    expect(clock.delays).toEqual([5]);
  });

  it("carries out the follow-up actions of each result", async () => {
    const executed: Action[] = [];
    const follow: Action = { ...EVENT, event: { ...EVENT.event, reason: "Follow" } };
    const { w } = worker({
      execute: (action) => {
        executed.push(action);
        return Promise.resolve({ action, ok: true });
      },
      onResult: (_key, result) => (result.action === EVENT ? [follow] : []),
    });
    w.queue.add("a");
    await settle();
    expect(executed).toEqual([EVENT, follow]);
  });

  it("waits while not ready, and drains on kick", async () => {
    let ready = false;
    const reconciled: string[] = [];
    const w = new KeyWorker<string>({
      concurrency: 8,
      ready: () => ready,
      reconcile: (key) => {
        reconciled.push(key);
        return [];
      },
      execute: (action) => Promise.resolve({ action, ok: true }),
      onError: () => {},
    });
    w.queue.add("a");
    await settle();
    expect(reconciled).toEqual([]);
    ready = true;
    w.kick();
    await settle();
    expect(reconciled).toEqual(["a"]);
  });
});
