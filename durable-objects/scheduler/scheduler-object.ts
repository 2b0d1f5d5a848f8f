/**
 * The scheduler Durable Object (one per cluster): kube-scheduler's plumbing. Its informers feed the
 * scheduler cache (nodes, bound pods) and the scheduling queue (lib/scheduler/queue.ts: pods
 * without `spec.nodeName`); a timer flushes the queue's back-offs; each pod popped runs the filter
 * and score plugins (lib/scheduler/schedule.ts) and is bound to the chosen node, or marked
 * unschedulable (lib/scheduler/failed-scheduling.ts) and tried again when the cluster changes.
 */

import type { Action } from "../../lib/client/actions";
import type { ActionResult } from "../../lib/client/execute";
import type { Informer } from "../../lib/client/informer";
import { type KubeObject, objectKey } from "../../lib/k8s/object";
import { isPodTerminal, podNodeName } from "../../lib/k8s/pod";
import { bindActions } from "../../lib/scheduler/bind";
import {
  nodeSchedulingPropertiesChanged,
  podSchedulingPropertiesChanged,
} from "../../lib/scheduler/cluster-events";
import { Decisions } from "../../lib/scheduler/decisions";
import { failedSchedulingActions } from "../../lib/scheduler/failed-scheduling";
import { SchedulerCache } from "../../lib/scheduler/node-info";
import { needsScheduling, podPriority } from "../../lib/scheduler/pending";
import { SchedulingQueue } from "../../lib/scheduler/queue";
import { type ScheduleResult, schedulePod } from "../../lib/scheduler/schedule";
import { ComponentObject } from "../components/component-object";

export class SchedulerDurableObject extends ComponentObject {
  private cache = new SchedulerCache();
  private schedulingQueue = new SchedulingQueue();
  private pods: Informer | undefined;
  private readonly decisions = new Decisions();
  /** The timer of the queue's next flush, and when it fires. */
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushAt = Number.POSITIVE_INFINITY;
  /** Pods placed and the time spent deciding (filter + score + select), for the scheduler's own rate. */
  private stats = { scheduled: 0, unschedulable: 0, decisionMs: 0 };

  protected onStart(): void {
    this.cache = new SchedulerCache();
    this.schedulingQueue = new SchedulingQueue();
    const nodes = this.informer({ resource: "nodes" });
    nodes.on({
      add: (node) => {
        this.cache.upsertNode(node);
        this.moveAll();
      },
      update: (node, old) => {
        this.cache.upsertNode(node);
        if (nodeSchedulingPropertiesChanged(old, node)) this.moveAll();
      },
      delete: (node) => this.cache.removeNode(node.metadata.name ?? ""),
    });
    this.pods = this.informer({ resource: "pods" });
    this.pods.on({
      add: (pod) => this.observe(pod),
      update: (pod, old) => this.observe(pod, old),
      delete: (pod) => {
        this.cache.removePod(pod);
        this.schedulingQueue.delete(objectKey(pod));
        if (podNodeName(pod)) this.moveAll();
      },
      synced: () => {
        // Level-triggered: after every (re)list, every pod waiting for a node is looked at again.
        for (const pod of this.pods?.list() ?? []) {
          if (needsScheduling(pod)) this.schedulingQueue.add(objectKey(pod), podPriority(pod));
        }
        this.moveAll();
      },
    });
  }

  protected override async onSleep(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.flushAt = Number.POSITIVE_INFINITY;
  }

  private observe(pod: KubeObject, old?: KubeObject): void {
    const key = objectKey(pod);
    if (podNodeName(pod)) {
      if (old && podNodeName(old)) this.cache.updatePod(old, pod);
      else this.cache.addPod(pod);
      this.schedulingQueue.delete(key);
      if (isPodTerminal(pod)) this.moveAll();
      return;
    }
    if (!needsScheduling(pod)) this.schedulingQueue.delete(key);
    else if (old)
      this.schedulingQueue.update(key, podPriority(pod), podSchedulingPropertiesChanged(old, pod));
    else this.schedulingQueue.add(key, podPriority(pod));
    this.pump();
  }

  /** Something changed that may make room: the unschedulable pods go back to be tried. */
  private moveAll(): void {
    this.schedulingQueue.moveAllToActiveOrBackoff();
    this.pump();
  }

  /** Hands the pods of activeQ, in order, to the work queue, and sets the timer of the next flush. */
  private pump(): void {
    for (let pod = this.schedulingQueue.pop(); pod; pod = this.schedulingQueue.pop()) this.enqueue(pod.key);
    const at = this.schedulingQueue.nextWakeAt();
    if (at === undefined || at >= this.flushAt) return;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushAt = at;
    this.flushTimer = setTimeout(
      () => {
        this.flushTimer = undefined;
        this.flushAt = Number.POSITIVE_INFINITY;
        this.schedulingQueue.flushBackoffCompleted();
        this.schedulingQueue.flushUnschedulableLeftover();
        this.pump();
      },
      Math.max(0, at - Date.now()),
    );
  }

  protected reconcile(key: string): Action[] {
    const pod = this.pods?.cache.get(key);
    if (!pod || !needsScheduling(pod) || this.cache.isAssumed(pod)) {
      this.schedulingQueue.delete(key);
      return [];
    }
    const started = performance.now();
    const result = schedulePod(pod, this.cache);
    this.stats.decisionMs += performance.now() - started;
    this.decisions.remember(key, result);
    if (result.node) {
      this.schedulingQueue.delete(key);
      this.cache.assumePod(pod, result.node);
      this.stats.scheduled += 1;
      return bindActions(pod, result.node);
    }
    this.schedulingQueue.addUnschedulable(key, podPriority(pod));
    this.pump();
    this.stats.unschedulable += 1;
    return failedSchedulingActions(pod, result.message, Date.now());
  }

  protected override onResult(key: string, result: ActionResult): Action[] {
    if (result.action.verb === "bind" && !result.ok) {
      // The binding failed (the pod was bound or deleted meanwhile): forget the assumption.
      const pod = this.pods?.cache.get(key);
      if (pod) this.cache.forgetPod(pod);
    }
    return [];
  }

  /** How many pods were placed, and the scheduler's own rate (decisions per second of deciding). */
  async schedulingStats(): Promise<{
    scheduled: number;
    unschedulable: number;
    decisionMs: number;
    podsPerSecond: number;
  }> {
    const { scheduled, unschedulable, decisionMs } = this.stats;
    return {
      scheduled,
      unschedulable,
      decisionMs,
      podsPerSecond: decisionMs > 0 ? (scheduled * 1000) / decisionMs : 0,
    };
  }

  /** The scheduler's last decision for a pod: which nodes were filtered out and why, the scores. */
  async explain(namespace: string, name: string): Promise<ScheduleResult | null> {
    return this.decisions.get(`${namespace}/${name}`) ?? null;
  }
}
