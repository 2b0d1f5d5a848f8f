/**
 * NodeResourcesBalancedAllocation: favours nodes whose cpu and memory would be used in equal shares
 * once the pod is placed: 100 × (1 − standard deviation of the two fractions), using actual requests.
 * Pods that request neither cpu nor memory skip it (as Kubernetes does since v1.32).
 */
import type { KubeObject } from "../../k8s/object";
import { type CycleState, MAX_NODE_SCORE, type ScorePlugin } from "../framework";
import type { NodeInfo } from "../node-info";
import { cycleRequests } from "./node-resources-fit";

export const NODE_RESOURCES_BALANCED_ALLOCATION = "NodeResourcesBalancedAllocation";

/** balancedResourceScorer over (requested, allocatable) pairs. */
export function balancedScore(pairs: readonly (readonly [number, number])[]): number {
  const fractions: number[] = [];
  let sum = 0;
  for (const [requested, allocatable] of pairs) {
    if (allocatable === 0) continue;
    const f = Math.min(requested / allocatable, 1);
    fractions.push(f);
    sum += f;
  }
  let std = 0;
  if (fractions.length === 2) {
    std = Math.abs(((fractions[0] ?? 0) - (fractions[1] ?? 0)) / 2);
  } else if (fractions.length > 2) {
    const mean = sum / fractions.length;
    let sq = 0;
    for (const f of fractions) sq += (f - mean) * (f - mean);
    std = Math.sqrt(sq / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** balancedScore for the default resources, cpu and memory, without allocating. */
export function balancedCpuMemoryScore(cpu: number, cpuAlloc: number, mem: number, memAlloc: number): number {
  if (cpuAlloc === 0 || memAlloc === 0) return MAX_NODE_SCORE; // one fraction or none: std 0
  const fc = Math.min(cpu / cpuAlloc, 1);
  const fm = Math.min(mem / memAlloc, 1);
  return Math.trunc((1 - Math.abs((fc - fm) / 2)) * MAX_NODE_SCORE);
}

export class BalancedAllocationPlugin implements ScorePlugin {
  readonly name = NODE_RESOURCES_BALANCED_ALLOCATION;
  weight: number;

  constructor(weight = 1) {
    this.weight = weight;
  }

  preScore(pod: KubeObject, _nodes: readonly NodeInfo[], state: CycleState): boolean {
    const req = cycleRequests(pod, state);
    return req.milliCpu !== 0 || req.memory !== 0;
  }

  score(pod: KubeObject, node: NodeInfo, state?: CycleState): number {
    const req = cycleRequests(pod, state);
    if (!state && req.milliCpu === 0 && req.memory === 0) return 0;
    return balancedCpuMemoryScore(
      node.requested.milliCpu + req.milliCpu,
      node.allocatable.milliCpu,
      node.requested.memory + req.memory,
      node.allocatable.memory,
    );
  }
}
