/**
 * Taints and tolerations, as core/v1's Toleration.ToleratesTaint defines them: one home for the
 * scheduler's TaintToleration and NodeUnschedulable plugins and the node lifecycle controller's
 * NoExecute evictions.
 */
import { objectsAt, specOf, stringAt } from "./json";
import type { JsonObject, KubeObject } from "./object";

export interface Taint {
  key: string;
  value: string;
  /** NoSchedule, PreferNoSchedule or NoExecute. */
  effect: string;
}

export interface Toleration {
  key: string;
  /** "Exists" or "Equal" ("" means Equal). */
  operator: string;
  value: string;
  /** "" tolerates every effect. */
  effect: string;
}

/** A taint read from JSON, with absent fields as empty strings. */
export function taintOf(t: JsonObject): Taint {
  return { key: stringAt(t.key), value: stringAt(t.value), effect: stringAt(t.effect) };
}

/** The node's spec.taints. */
export function nodeTaints(node: KubeObject): Taint[] {
  return objectsAt(specOf(node).taints).map(taintOf);
}

/** A toleration read from JSON, with absent fields as empty strings. */
export function tolerationOf(t: JsonObject): Toleration {
  return {
    key: stringAt(t.key),
    operator: stringAt(t.operator),
    value: stringAt(t.value),
    effect: stringAt(t.effect),
  };
}

/** The pod's spec.tolerations, with absent fields as empty strings. */
export function podTolerations(pod: KubeObject): Toleration[] {
  return objectsAt(specOf(pod).tolerations).map(tolerationOf);
}

/**
 * Toleration.ToleratesTaint: the effect must match unless the toleration leaves it empty, the key must
 * match unless the toleration leaves it empty, and then Exists matches any value, Equal the same value.
 */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect !== "" && t.effect !== taint.effect) return false;
  if (t.key !== "" && t.key !== taint.key) return false;
  switch (t.operator) {
    case "":
    case "Equal":
      return t.value === taint.value;
    case "Exists":
      return true;
    default:
      return false;
  }
}
