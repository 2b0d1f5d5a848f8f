/**
 * Which changes may make room for a pod that fit nowhere, as kube-scheduler's event handlers judge
 * them (pkg/scheduler/eventhandlers.go `nodeSchedulingPropertiesChange`, and `isPodUpdated` of
 * scheduling_queue.go): a node's heartbeat does not wake the unschedulable pods, a new taint does.
 */
import { objectAt, objectsAt, specOf, statusOf } from "../k8s/json";
import { jsonEqual, type KubeObject } from "../k8s/object";

/** `type → status` of a node's conditions: heartbeat and transition times do not count. */
function conditionStatuses(node: KubeObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of objectsAt(statusOf(node).conditions)) out[String(c.type)] = c.status;
  return out;
}

/** A node update that may let a pod fit: it became schedulable, or its allocatable, labels, taints or conditions changed. */
export function nodeSchedulingPropertiesChanged(old: KubeObject, node: KubeObject): boolean {
  const oldSpec = specOf(old);
  const spec = specOf(node);
  if (Boolean(oldSpec.unschedulable) !== Boolean(spec.unschedulable) && !spec.unschedulable) return true;
  if (!jsonEqual(objectAt(statusOf(old).allocatable), objectAt(statusOf(node).allocatable))) return true;
  if (!jsonEqual(old.metadata.labels ?? {}, node.metadata.labels ?? {})) return true;
  if (!jsonEqual(oldSpec.taints ?? [], spec.taints ?? [])) return true;
  return !jsonEqual(conditionStatuses(old), conditionStatuses(node));
}

/** A pod update beyond its status (its spec, labels or annotations): an unschedulable pod tries again. */
export function podSchedulingPropertiesChanged(old: KubeObject, pod: KubeObject): boolean {
  if (!jsonEqual(old.metadata.labels ?? {}, pod.metadata.labels ?? {})) return true;
  if (!jsonEqual(old.metadata.annotations ?? {}, pod.metadata.annotations ?? {})) return true;
  return !jsonEqual(specOf(old), specOf(pod));
}
