/**
 * kube-scheduler's scheduling queue (pkg/scheduler/backend/queue/scheduling_queue.go, the
 * PriorityQueue), pure and driven by a clock it is given. A pod waiting for a node is in one of:
 *  - activeQ: ready to be tried, ordered by priority (higher first), then by the time it was queued;
 *  - podBackoffQ: it failed and waits out its back-off (1 s after the first attempt, doubling per
 *    attempt up to 10 s), ordered by the end of that back-off;
 *  - unschedulablePods: it failed and nothing has changed since; a cluster event that may make
 *    room (`moveAllToActiveOrBackoff`) moves it to podBackoffQ if it is still backing off, else to
 *    activeQ, and a pod left there for 5 minutes is moved all the same;
 *  - in flight: popped and being scheduled; it leaves by `delete` (bound, or no longer pending) or
 *    `addUnschedulable` (no node fits).
 * A pod seen for the first time goes straight to activeQ. The owner pops pods, calls the two
 * flushes when `nextWakeAt` comes (kube-scheduler polls each second; waking at the instant is the
 * same or sooner), and tells the queue about cluster events.
 */
import { KeyedHeap } from "./heap";

/** podInitialBackoffSeconds. */
export const POD_INITIAL_BACKOFF_MS = 1000;
/** podMaxBackoffSeconds. */
export const POD_MAX_BACKOFF_MS = 10_000;
/** podMaxInUnschedulablePodsDuration. */
export const POD_MAX_IN_UNSCHEDULABLE_MS = 5 * 60_000;

/** framework.QueuedPodInfo: a pod's place in the queue. */
export interface QueuedPod {
  /** namespace/name. */
  key: string;
  /** `spec.priority`. */
  priority: number;
  /** When the pod was last added to a queue (the activeQ order; where its back-off starts). */
  timestamp: number;
  /** The order timestamps were given in: pods queued in the same millisecond keep their order. */
  seq: number;
  /** How many times the pod was popped to be scheduled. */
  attempts: number;
  /** The scheduling cycle of its last pop: a move request since then sends it to podBackoffQ. */
  cycle: number;
}

export type QueueName = "active" | "backoff" | "unschedulable" | "inFlight";

/** The back-off after `attempts` attempts: initial × 2^(attempts−1), capped (calculateBackoffDuration). */
export function backoffDuration(attempts: number): number {
  if (attempts <= 0) return 0;
  let duration = POD_INITIAL_BACKOFF_MS;
  for (let i = 1; i < attempts; i++) {
    if (duration > POD_MAX_BACKOFF_MS - duration) return POD_MAX_BACKOFF_MS;
    duration += duration;
  }
  return duration;
}

/** When a pod's back-off ends. */
export function backoffExpiry(pod: QueuedPod): number {
  return pod.timestamp + backoffDuration(pod.attempts);
}

const keyOf = (p: QueuedPod) => p.key;

export class SchedulingQueue {
  private readonly activeQ = new KeyedHeap<QueuedPod>(keyOf, (a, b) =>
    a.priority !== b.priority
      ? a.priority > b.priority
      : a.timestamp !== b.timestamp
        ? a.timestamp < b.timestamp
        : a.seq < b.seq,
  );
  private readonly backoffQ = new KeyedHeap<QueuedPod>(keyOf, (a, b) => backoffExpiry(a) < backoffExpiry(b));
  /** In the order they were added, which is their timestamps' order. */
  private readonly unschedulablePods = new Map<string, QueuedPod>();
  private readonly inFlight = new Map<string, QueuedPod>();
  private seq = 0;
  private schedulingCycle = 0;
  private moveRequestCycle = -1;

  constructor(private readonly now: () => number = Date.now) {}

  /** Which part of the queue holds the pod, if any. */
  where(key: string): QueueName | undefined {
    if (this.activeQ.has(key)) return "active";
    if (this.backoffQ.has(key)) return "backoff";
    if (this.unschedulablePods.has(key)) return "unschedulable";
    if (this.inFlight.has(key)) return "inFlight";
    return undefined;
  }

  /** How many pods each part holds. */
  counts(): Record<QueueName, number> {
    return {
      active: this.activeQ.size,
      backoff: this.backoffQ.size,
      unschedulable: this.unschedulablePods.size,
      inFlight: this.inFlight.size,
    };
  }

  /** A pending pod was added (or found on a re-list): unknown, it goes to activeQ at once. */
  add(key: string, priority: number): void {
    if (this.where(key) !== undefined) {
      this.update(key, priority, false);
      return;
    }
    this.activeQ.push({ key, priority, timestamp: this.now(), seq: ++this.seq, attempts: 0, cycle: 0 });
  }

  /**
   * A pending pod changed. One in activeQ or podBackoffQ takes its new priority; one in
   * unschedulablePods moves on when `changed` (its spec or labels, not only its status, changed);
   * one unknown is added.
   */
  update(key: string, priority: number, changed: boolean): void {
    const active = this.activeQ.get(key);
    const backoff = this.backoffQ.get(key);
    if (active) this.activeQ.push({ ...active, priority });
    else if (backoff) this.backoffQ.push({ ...backoff, priority });
    if (active || backoff) return;
    const unschedulable = this.unschedulablePods.get(key);
    if (unschedulable) {
      unschedulable.priority = priority;
      if (changed) {
        this.unschedulablePods.delete(key);
        this.requeue(unschedulable);
      }
      return;
    }
    const inFlight = this.inFlight.get(key);
    if (inFlight) inFlight.priority = priority;
    else this.add(key, priority);
  }

  /** The pod was deleted, bound (or assumed), or no longer waits for this scheduler: it leaves the queue. */
  delete(key: string): void {
    this.activeQ.remove(key);
    this.backoffQ.remove(key);
    this.unschedulablePods.delete(key);
    this.inFlight.delete(key);
  }

  /** The next pod to schedule (highest priority, then oldest), now in flight; undefined when none. */
  pop(): QueuedPod | undefined {
    const pod = this.activeQ.pop();
    if (!pod) return undefined;
    this.schedulingCycle += 1;
    const popped = { ...pod, attempts: pod.attempts + 1, cycle: this.schedulingCycle };
    this.inFlight.set(pod.key, popped);
    return popped;
  }

  /**
   * AddUnschedulableIfNotPresent: no node fits the pod. Its back-off starts now; it waits in
   * unschedulablePods, or in podBackoffQ when a cluster event came while it was being scheduled.
   */
  addUnschedulable(key: string, priority: number): void {
    const where = this.where(key);
    if (where !== undefined && where !== "inFlight") return;
    const popped = this.inFlight.get(key) ?? { key, priority, timestamp: 0, seq: 0, attempts: 1, cycle: 0 };
    this.inFlight.delete(key);
    const pod = { ...popped, priority, timestamp: this.now(), seq: ++this.seq };
    if (this.moveRequestCycle >= pod.cycle) this.backoffQ.push(pod);
    else this.unschedulablePods.set(key, pod);
  }

  /** MoveAllToActiveOrBackoffQueue: something changed that may make room for the waiting pods. */
  moveAllToActiveOrBackoff(): void {
    const pods = [...this.unschedulablePods.values()];
    this.unschedulablePods.clear();
    for (const pod of pods) this.requeue(pod);
    this.moveRequestCycle = this.schedulingCycle;
  }

  /** flushBackoffQCompleted: pods whose back-off ended go to activeQ. */
  flushBackoffCompleted(): void {
    const now = this.now();
    for (let pod = this.backoffQ.peek(); pod && backoffExpiry(pod) <= now; pod = this.backoffQ.peek()) {
      this.backoffQ.pop();
      this.activeQ.push(pod);
    }
  }

  /** flushUnschedulablePodsLeftover: pods unschedulable for 5 minutes are moved as on an event. */
  flushUnschedulableLeftover(): void {
    const now = this.now();
    for (const pod of [...this.unschedulablePods.values()]) {
      if (now - pod.timestamp < POD_MAX_IN_UNSCHEDULABLE_MS) break;
      this.unschedulablePods.delete(pod.key);
      this.requeue(pod);
    }
  }

  /** When a flush has something to do next (a back-off ends, a pod has waited 5 minutes); undefined when never. */
  nextWakeAt(): number | undefined {
    const backoff = this.backoffQ.peek();
    const oldest = this.unschedulablePods.values().next().value;
    const times = [
      backoff ? backoffExpiry(backoff) : undefined,
      oldest ? oldest.timestamp + POD_MAX_IN_UNSCHEDULABLE_MS : undefined,
    ].filter((t): t is number => t !== undefined);
    return times.length ? Math.min(...times) : undefined;
  }

  /** To podBackoffQ while the pod is backing off, else to activeQ. */
  private requeue(pod: QueuedPod): void {
    if (backoffExpiry(pod) > this.now()) this.backoffQ.push(pod);
    else this.activeQ.push(pod);
  }
}
