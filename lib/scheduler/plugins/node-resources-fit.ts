/**
 * NodeResourcesFit: the pod's requests must fit in what the node's allocatable leaves after the pods
 * already on it (and the node's pod count limit). Its score is the LeastAllocated strategy over cpu
 * and memory (weight 1 each), counting containers without requests at 100m / 200Mi.
 */
import type { KubeObject } from "../../k8s/object";
import {
  type CycleState,
  type FilterPlugin,
  type FilterVerdict,
  MAX_NODE_SCORE,
  PASS,
  PerCycle,
  type ScorePlugin,
} from "../framework";
import type { NodeInfo } from "../node-info";
import { podNonZeroRequests, podRequests, type Resources } from "../resources";

export const NODE_RESOURCES_FIT = "NodeResourcesFit";

const requests = new PerCycle("NodeResourcesFit/requests", podRequests);
const nonZeroRequests = new PerCycle("NodeResourcesFit/nonZero", podNonZeroRequests);

/** The pod's requests, computed once per cycle. */
export function cycleRequests(pod: KubeObject, state?: CycleState): Resources {
  return requests.get(pod, state);
}

/** The pod's non-zero requests (scoring), computed once per cycle. */
export function cycleNonZeroRequests(pod: KubeObject, state?: CycleState): Resources {
  return nonZeroRequests.get(pod, state);
}

/** fitsRequest: every shortfall, in Kubernetes' order (pods, cpu, memory); undefined when the pod fits. */
export function insufficientResources(
  req: Resources,
  node: NodeInfo,
): { reasons: string[]; unresolvable: boolean } | undefined {
  const alloc = node.allocatable;
  const used = node.requested;
  // used.pods counts the pods on the node (each pod requests one).
  const tooManyPods = used.pods + 1 > alloc.pods;
  const anyRequest = req.milliCpu !== 0 || req.memory !== 0;
  const cpuShort = anyRequest && req.milliCpu > 0 && req.milliCpu > alloc.milliCpu - used.milliCpu;
  const memShort = anyRequest && req.memory > 0 && req.memory > alloc.memory - used.memory;
  if (!tooManyPods && !cpuShort && !memShort) return undefined;
  const reasons: string[] = [];
  if (tooManyPods) reasons.push("Too many pods");
  if (cpuShort) reasons.push("Insufficient cpu");
  if (memShort) reasons.push("Insufficient memory");
  // A request larger than the whole node: evicting pods cannot make room.
  const unresolvable = (cpuShort && req.milliCpu > alloc.milliCpu) || (memShort && req.memory > alloc.memory);
  return { reasons, unresolvable };
}

/** leastRequestedScore: the share of the resource left free after placing the pod, in 0..100. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

export class NodeResourcesFitPlugin implements FilterPlugin, ScorePlugin {
  readonly name = NODE_RESOURCES_FIT;
  weight: number;

  constructor(weight = 1) {
    this.weight = weight;
  }

  filter(pod: KubeObject, node: NodeInfo, state?: CycleState): FilterVerdict {
    const short = insufficientResources(cycleRequests(pod, state), node);
    if (!short) return PASS;
    return short.unresolvable
      ? { ok: false, reasons: short.reasons, unresolvable: true }
      : { ok: false, reasons: short.reasons };
  }

  /** LeastAllocated over cpu and memory, weight 1 each; resources the node does not offer are left out. */
  score(pod: KubeObject, node: NodeInfo, state?: CycleState): number {
    const pod0 = cycleNonZeroRequests(pod, state);
    const alloc = node.allocatable;
    let total = 0;
    let weights = 0;
    if (alloc.milliCpu !== 0) {
      total += leastRequestedScore(node.nonZeroRequested.milliCpu + pod0.milliCpu, alloc.milliCpu);
      weights++;
    }
    if (alloc.memory !== 0) {
      total += leastRequestedScore(node.nonZeroRequested.memory + pod0.memory, alloc.memory);
      weights++;
    }
    return weights === 0 ? 0 : Math.floor(total / weights);
  }
}
