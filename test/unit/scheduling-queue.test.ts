import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../lib/k8s/object";
import {
  nodeSchedulingPropertiesChanged,
  podSchedulingPropertiesChanged,
} from "../../lib/scheduler/cluster-events";
import { Decisions } from "../../lib/scheduler/decisions";
import { failedSchedulingActions } from "../../lib/scheduler/failed-scheduling";
import { KeyedHeap } from "../../lib/scheduler/heap";
import { needsScheduling, podPriority } from "../../lib/scheduler/pending";
import { backoffDuration, POD_MAX_IN_UNSCHEDULABLE_MS, SchedulingQueue } from "../../lib/scheduler/queue";
import type { ScheduleResult } from "../../lib/scheduler/schedule";

function fakeClock(start = 1_000_000) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

function popAll(q: SchedulingQueue): string[] {
  const keys: string[] = [];
  for (let p = q.pop(); p; p = q.pop()) keys.push(p.key);
  return keys;
}

/** Pops the pod and reports it unschedulable, as a failed scheduling attempt does. */
function fail(q: SchedulingQueue, key: string): void {
  expect(q.pop()?.key).toBe(key);
  q.addUnschedulable(key, 0);
}

describe("KeyedHeap", () => {
  it("pops in order, and updates and removes by key", () => {
    const h = new KeyedHeap<{ k: string; v: number }>(
      (x) => x.k,
      (a, b) => a.v < b.v,
    );
    for (const [k, v] of [
      ["a", 5],
      ["b", 3],
      ["c", 8],
      ["d", 1],
      ["e", 4],
    ] as const)
      h.push({ k, v });
    h.push({ k: "c", v: 0 });
    expect(h.remove("b")?.v).toBe(3);
    const out: string[] = [];
    for (let x = h.pop(); x; x = h.pop()) out.push(x.k);
    expect(out).toEqual(["c", "d", "e", "a"]);
    expect(h.size).toBe(0);
  });
});

describe("scheduling queue", () => {
  it("backs off 1s, 2s, 4s, 8s, then 10s at most, by attempts", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(backoffDuration)).toEqual([0, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("puts a new pod in activeQ at once; pops by priority, then by the time it was queued", () => {
    const clock = fakeClock();
    const q = new SchedulingQueue(clock.now);
    q.add("ns/low", 0);
    clock.t += 1;
    q.add("ns/high", 100);
    q.add("ns/low2", 0);
    q.add("ns/low3", 0);
    expect(q.where("ns/low")).toBe("active");
    expect(popAll(q)).toEqual(["ns/high", "ns/low", "ns/low2", "ns/low3"]);
    expect(q.counts()).toEqual({ active: 0, backoff: 0, unschedulable: 0, inFlight: 4 });
  });

  it("keeps an unschedulable pod until a cluster event, then backs it off before activeQ", () => {
    const clock = fakeClock();
    const q = new SchedulingQueue(clock.now);
    q.add("ns/p", 0);
    fail(q, "ns/p");
    expect(q.where("ns/p")).toBe("unschedulable");
    expect(q.nextWakeAt()).toBe(clock.t + POD_MAX_IN_UNSCHEDULABLE_MS);
    clock.t += 400;
    q.moveAllToActiveOrBackoff();
    expect(q.where("ns/p")).toBe("backoff");
    expect(q.nextWakeAt()).toBe(clock.t + 600);
    clock.t += 599;
    q.flushBackoffCompleted();
    expect(q.where("ns/p")).toBe("backoff");
    clock.t += 1;
    q.flushBackoffCompleted();
    expect(q.where("ns/p")).toBe("active");
    expect(q.pop()?.attempts).toBe(2);
  });

  it("moves a pod whose back-off is over straight to activeQ", () => {
    const clock = fakeClock();
    const q = new SchedulingQueue(clock.now);
    q.add("ns/p", 0);
    fail(q, "ns/p");
    clock.t += 1000;
    q.moveAllToActiveOrBackoff();
    expect(q.where("ns/p")).toBe("active");
  });

  it("doubles the back-off with each attempt", () => {
    const clock = fakeClock();
    const q = new SchedulingQueue(clock.now);
    q.add("ns/p", 0);
    for (const expected of [1000, 2000, 4000, 8000, 10_000, 10_000]) {
      fail(q, "ns/p");
      q.moveAllToActiveOrBackoff();
      expect(q.nextWakeAt()).toBe(clock.t + expected);
      clock.t += expected;
      q.flushBackoffCompleted();
      expect(q.where("ns/p")).toBe("active");
    }
  });

  it("sends a pod to podBackoffQ when a cluster event came while it was being scheduled", () => {
    const clock = fakeClock();
    const q = new SchedulingQueue(clock.now);
    q.add("ns/p", 0);
    expect(q.pop()?.key).toBe("ns/p");
    q.moveAllToActiveOrBackoff();
    q.addUnschedulable("ns/p", 0);
    expect(q.where("ns/p")).toBe("backoff");
  });

  it("flushes pods left unschedulable for 5 minutes", () => {
    const clock = fakeClock();
    const q = new SchedulingQueue(clock.now);
    q.add("ns/a", 0);
    q.add("ns/b", 0);
    fail(q, "ns/a");
    clock.t += 60_000;
    fail(q, "ns/b");
    clock.t += POD_MAX_IN_UNSCHEDULABLE_MS - 60_000;
    expect(q.nextWakeAt()).toBe(clock.t);
    q.flushUnschedulableLeftover();
    expect(q.where("ns/a")).toBe("active");
    expect(q.where("ns/b")).toBe("unschedulable");
  });

  it("moves an unschedulable pod whose spec changed, not one whose status did", () => {
    const clock = fakeClock();
    const q = new SchedulingQueue(clock.now);
    q.add("ns/p", 0);
    fail(q, "ns/p");
    q.update("ns/p", 0, false);
    expect(q.where("ns/p")).toBe("unschedulable");
    clock.t += 2000;
    q.update("ns/p", 0, true);
    expect(q.where("ns/p")).toBe("active");
  });

  it("forgets deleted pods wherever they are; an unknown update adds", () => {
    const q = new SchedulingQueue(fakeClock().now);
    q.add("ns/a", 0);
    q.add("ns/b", 0);
    fail(q, "ns/a");
    q.delete("ns/a");
    q.delete("ns/b");
    expect(q.counts()).toEqual({ active: 0, backoff: 0, unschedulable: 0, inFlight: 0 });
    q.update("ns/c", 5, false);
    expect(q.where("ns/c")).toBe("active");
    expect(q.nextWakeAt()).toBeUndefined();
  });
});

function pod(spec: Record<string, unknown>, status: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p", namespace: "ns", uid: "u" },
    spec: spec as KubeObject["spec"],
    status: status as KubeObject["status"],
  };
}

function node(spec: Record<string, unknown>, status: Record<string, unknown>): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: "n" },
    spec: spec as KubeObject["spec"],
    status: status as KubeObject["status"],
  };
}

describe("scheduler helpers", () => {
  it("needsScheduling: unbound, ours, not terminating, not finished", () => {
    expect(needsScheduling(pod({}))).toBe(true);
    expect(needsScheduling(pod({ nodeName: "n" }))).toBe(false);
    expect(needsScheduling(pod({ schedulerName: "other" }))).toBe(false);
    expect(needsScheduling(pod({}, { phase: "Failed" }))).toBe(false);
    expect(podPriority(pod({ priority: 1000 }))).toBe(1000);
  });

  it("a node heartbeat is no scheduling change; a taint, a label or a Ready change is", () => {
    const ready = (status: string, at: string) => ({
      conditions: [{ type: "Ready", status, lastHeartbeatTime: at }],
    });
    const old = node({}, ready("True", "t1"));
    expect(nodeSchedulingPropertiesChanged(old, node({}, ready("True", "t2")))).toBe(false);
    expect(nodeSchedulingPropertiesChanged(old, node({}, ready("False", "t2")))).toBe(true);
    expect(
      nodeSchedulingPropertiesChanged(
        old,
        node({ taints: [{ key: "k", effect: "NoSchedule" }] }, ready("True", "t1")),
      ),
    ).toBe(true);
    expect(nodeSchedulingPropertiesChanged(node({ unschedulable: true }, {}), node({}, {}))).toBe(true);
    expect(nodeSchedulingPropertiesChanged(node({}, {}), node({ unschedulable: true }, {}))).toBe(false);
    expect(podSchedulingPropertiesChanged(pod({}), pod({}, { phase: "Pending" }))).toBe(false);
    expect(podSchedulingPropertiesChanged(pod({}), pod({ tolerations: [] }))).toBe(true);
  });

  it("FailedScheduling: a status patch and a Warning event, not again for the same message", () => {
    const now = Date.parse("2026-01-02T03:04:05.678Z");
    const actions = failedSchedulingActions(pod({}), "0/1 nodes are available: 1 Insufficient cpu.", now);
    expect(actions.map((a) => a.verb)).toEqual(["patch", "event"]);
    const patch = actions[0] as unknown as { patch: { status: { conditions: Record<string, unknown>[] } } };
    expect(patch.patch.status.conditions[0]).toMatchObject({
      type: "PodScheduled",
      status: "False",
      reason: "Unschedulable",
      lastTransitionTime: "2026-01-02T03:04:05Z",
    });
    const reported = pod(
      {},
      {
        conditions: [
          { type: "PodScheduled", status: "False", message: "no nodes available to schedule pods" },
        ],
      },
    );
    expect(failedSchedulingActions(reported, undefined, now)).toEqual([]);
  });

  it("keeps the newest decisions", () => {
    const d = new Decisions(2);
    const r = { feasible: 0, filtered: [], scores: [] } as ScheduleResult;
    d.remember("a", r);
    d.remember("b", r);
    d.remember("a", r);
    d.remember("c", r);
    expect([d.get("a"), d.get("b"), d.get("c")].map(Boolean)).toEqual([true, false, true]);
  });
});
