/**
 * TaintToleration: a node's NoSchedule / NoExecute taints keep off every pod that does not tolerate
 * them; PreferNoSchedule taints a pod does not tolerate lower the node's score.
 */

import type { KubeObject } from "../../k8s/object";
import { podTolerations, type Taint, type Toleration, toleratesTaint } from "../../k8s/tolerations";
import {
  type CycleState,
  defaultNormalizeScore,
  defaultNormalizeScoreList,
  type FilterPlugin,
  type FilterVerdict,
  PASS,
  PerCycle,
  type ScorePlugin,
} from "../framework";
import type { NodeInfo } from "../node-info";

export const TAINT_TOLERATION = "TaintToleration";

/** The first taint (in the node's order) that passes `applies` and that no toleration tolerates. */
export function findUntoleratedTaint(
  taints: readonly Taint[],
  tolerations: readonly Toleration[],
  applies: (taint: Taint) => boolean,
): Taint | undefined {
  for (const taint of taints) {
    if (!applies(taint)) continue;
    if (!tolerations.some((t) => toleratesTaint(t, taint))) return taint;
  }
  return undefined;
}

const doNotSchedule = (taint: Taint): boolean =>
  taint.effect === "NoSchedule" || taint.effect === "NoExecute";

export function untoleratedTaintReason(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value}}`;
}

const preferTolerations = (pod: KubeObject): Toleration[] =>
  podTolerations(pod).filter((t) => t.effect === "" || t.effect === "PreferNoSchedule");

export class TaintTolerationPlugin implements FilterPlugin, ScorePlugin {
  readonly name = TAINT_TOLERATION;
  weight: number;
  private readonly tolerations = new PerCycle("TaintToleration/tolerations", podTolerations);
  private readonly preferTolerations = new PerCycle("TaintToleration/preferNoSchedule", preferTolerations);

  constructor(weight = 3) {
    this.weight = weight;
  }

  filter(pod: KubeObject, node: NodeInfo, state?: CycleState): FilterVerdict {
    if (node.taints.length === 0) return PASS;
    const taint = findUntoleratedTaint(node.taints, this.tolerations.get(pod, state), doNotSchedule);
    if (!taint) return PASS;
    return { ok: false, reasons: [untoleratedTaintReason(taint)], unresolvable: true };
  }

  /** The number of PreferNoSchedule taints the pod does not tolerate (fewer is better). */
  score(pod: KubeObject, node: NodeInfo, state?: CycleState): number {
    if (node.taints.length === 0) return 0;
    const tolerations = this.preferTolerations.get(pod, state);
    let count = 0;
    for (const taint of node.taints) {
      if (taint.effect !== "PreferNoSchedule") continue;
      if (!tolerations.some((t) => toleratesTaint(t, taint))) count++;
    }
    return count;
  }

  normalize(scores: Map<string, number>): void {
    defaultNormalizeScore(scores, true);
  }

  normalizeList(scores: number[]): void {
    defaultNormalizeScoreList(scores, true);
  }
}
