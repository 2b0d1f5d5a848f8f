/**
 * The scheduler Durable Object (one per cluster): kube-scheduler's loop. It watches every pod and
 * node through its informers, queues the pods without `spec.nodeName`, runs the filter and score
 * plugins (lib/scheduler) for each, and binds the pod to the chosen node through the API. A pod that
 * fits nowhere gets `PodScheduled=False` and a `FailedScheduling` event, and is tried again when
 * nodes or pods change. The last decision per pod is kept for `explain`.
 */

import type { Action } from "../../lib/client/actions";
import type { ActionResult } from "../../lib/client/execute";
import type { Informer } from "../../lib/client/informer";
import { isJsonObject, type KubeObject, objectKey } from "../../lib/k8s/object";
import { SchedulerCache } from "../../lib/scheduler/node-info";
import { type ScheduleResult, schedulePod } from "../../lib/scheduler/schedule";
import { ComponentObject } from "../components/component-object";

export const SCHEDULER_NAME = "default-scheduler";
const DECISIONS_KEPT = 2000;

function spec(pod: KubeObject) {
  return isJsonObject(pod.spec) ? pod.spec : {};
}

/** A pod this scheduler should place: unbound, ours, not terminating, not finished. */
export function needsScheduling(pod: KubeObject): boolean {
  const s = spec(pod);
  const status = isJsonObject(pod.status) ? pod.status : {};
  if (s.nodeName || pod.metadata.deletionTimestamp) return false;
  if (status.phase === "Succeeded" || status.phase === "Failed") return false;
  return (s.schedulerName ?? SCHEDULER_NAME) === SCHEDULER_NAME;
}

export class SchedulerDurableObject extends ComponentObject {
  private cache = new SchedulerCache();
  private pods: Informer | undefined;
  /** Pods that fit nowhere, waiting for a change in the cluster. */
  private readonly unschedulable = new Set<string>();
  private readonly decisions = new Map<string, ScheduleResult>();
  /** Pods placed and the time spent deciding (filter + score + select), for the scheduler's own rate. */
  private stats = { scheduled: 0, unschedulable: 0, decisionMs: 0 };

  protected onStart(): void {
    this.cache = new SchedulerCache();
    this.unschedulable.clear();
    const nodes = this.informer({ resource: "nodes" });
    nodes.on({
      add: (node) => {
        this.cache.upsertNode(node);
        this.retryUnschedulable();
      },
      update: (node) => {
        this.cache.upsertNode(node);
        this.retryUnschedulable();
      },
      delete: (node) => this.cache.removeNode(node.metadata.name ?? ""),
    });
    this.pods = this.informer({ resource: "pods" });
    this.pods.on({
      add: (pod) => this.observe(pod),
      update: (pod, old) => this.observe(pod, old),
      delete: (pod) => {
        this.cache.removePod(pod);
        this.unschedulable.delete(objectKey(pod));
        if (spec(pod).nodeName) this.retryUnschedulable();
      },
      synced: () => {
        // Level-triggered: after every (re)list, every pod waiting for a node is looked at again.
        for (const pod of this.pods?.list() ?? []) if (needsScheduling(pod)) this.enqueue(objectKey(pod));
      },
    });
  }

  private observe(pod: KubeObject, old?: KubeObject): void {
    if (spec(pod).nodeName) {
      if (old && spec(old).nodeName) this.cache.updatePod(old, pod);
      else this.cache.addPod(pod);
      this.unschedulable.delete(objectKey(pod));
      const status = isJsonObject(pod.status) ? pod.status : {};
      if (status.phase === "Succeeded" || status.phase === "Failed") this.retryUnschedulable();
      return;
    }
    if (needsScheduling(pod) && !this.unschedulable.has(objectKey(pod))) this.enqueue(objectKey(pod));
  }

  /** Something changed that may make room: try the waiting pods again. */
  private retryUnschedulable(): void {
    for (const key of this.unschedulable) this.enqueue(key);
    this.unschedulable.clear();
  }

  protected reconcile(key: string): Action[] {
    const pod = this.pods?.cache.get(key);
    if (!pod || !needsScheduling(pod) || this.cache.isAssumed(pod)) return [];
    const started = performance.now();
    const result = schedulePod(pod, this.cache);
    this.stats.decisionMs += performance.now() - started;
    this.remember(key, result);
    const namespace = pod.metadata.namespace ?? "default";
    const name = pod.metadata.name ?? "";
    if (result.node) {
      this.cache.assumePod(pod, result.node);
      this.stats.scheduled += 1;
      return [
        { verb: "bind", namespace, name, node: result.node },
        {
          verb: "event",
          event: {
            regarding: pod,
            type: "Normal",
            reason: "Scheduled",
            message: `Successfully assigned ${namespace}/${name} to ${result.node}`,
            component: SCHEDULER_NAME,
          },
        },
      ];
    }
    this.unschedulable.add(key);
    this.stats.unschedulable += 1;
    const message = result.message ?? "no nodes available to schedule pods";
    const status = isJsonObject(pod.status) ? pod.status : {};
    const conditions = Array.isArray(status.conditions) ? status.conditions : [];
    const current = conditions.find((c) => isJsonObject(c) && c.type === "PodScheduled");
    if (isJsonObject(current) && current.status === "False" && current.message === message) return [];
    return [
      {
        verb: "patch",
        kind: "pods",
        namespace,
        name,
        patchType: "strategic",
        subresource: "status",
        patch: {
          status: {
            conditions: [
              {
                type: "PodScheduled",
                status: "False",
                reason: "Unschedulable",
                message,
                lastProbeTime: null,
                lastTransitionTime: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
              },
            ],
          },
        },
      },
      {
        verb: "event",
        event: {
          regarding: pod,
          type: "Warning",
          reason: "FailedScheduling",
          message,
          component: SCHEDULER_NAME,
        },
      },
    ];
  }

  protected override onResult(key: string, result: ActionResult): Action[] {
    if (result.action.verb === "bind" && !result.ok) {
      // The binding failed (the pod was bound or deleted meanwhile): forget the assumption.
      const pod = this.pods?.cache.get(key);
      if (pod) this.cache.forgetPod(pod);
    }
    return [];
  }

  private remember(key: string, result: ScheduleResult): void {
    this.decisions.delete(key);
    this.decisions.set(key, result);
    if (this.decisions.size > DECISIONS_KEPT) {
      const oldest = this.decisions.keys().next().value;
      if (oldest !== undefined) this.decisions.delete(oldest);
    }
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
