/**
 * The scheduling framework's plugin interfaces (k8s.io/kube-scheduler/framework): filter plugins say
 * whether a node can run the pod and why not, score plugins rank the nodes that can. Optional
 * pre-filter / pre-score hooks compute per-pod data once per cycle into a shared CycleState.
 */
import type { KubeObject } from "../k8s/object";
import type { NodeInfo } from "./node-info";

/** framework.MaxNodeScore: every score plugin's scores end up in 0..100. */
export const MAX_NODE_SCORE = 100;

/**
 * A filter plugin's verdict on one node. `reasons` use Kubernetes' exact wording (they are counted in
 * the FailedScheduling message). `unresolvable` is the UnschedulableAndUnresolvable status code:
 * preempting pods on that node would not help.
 */
export type FilterVerdict = { ok: true } | { ok: false; reasons: string[]; unresolvable?: boolean };

/**
 * A pre-filter verdict: the pod may be rejected outright (for every node), or the plugin may name the
 * only nodes worth filtering (PreFilterResult.NodeNames), or it may say its filter has nothing to do
 * for this pod (`skip`, the Skip status).
 */
export type PreFilterVerdict =
  | { ok: true; nodeNames?: ReadonlySet<string>; skip?: boolean }
  | { ok: false; reasons: string[]; unresolvable?: boolean };

/** The passing verdict, shared (verdicts are never mutated). */
export const PASS: FilterVerdict = Object.freeze({ ok: true as const });

/** Data plugins share within one scheduling cycle (framework.CycleState). */
export class CycleState {
  private readonly data = new Map<string, unknown>();
  read<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }
  write(key: string, value: unknown): void {
    this.data.set(key, value);
  }
  /** The value under `key`, computed and stored on first use. */
  memo<T>(key: string, compute: () => T): T {
    const v = this.data.get(key);
    if (v !== undefined || this.data.has(key)) return v as T;
    const computed = compute();
    this.data.set(key, computed);
    return computed;
  }
}

/**
 * A per-pod value a plugin computes once per cycle. Plugins call it on every node, so it remembers the
 * last (pod, state) pair by identity before falling back to the cycle state (or computing afresh when
 * called outside a cycle).
 */
export class PerCycle<T> {
  private lastPod: KubeObject | undefined;
  private lastState: CycleState | undefined;
  private lastValue: T | undefined;
  constructor(
    private readonly key: string,
    private readonly compute: (pod: KubeObject) => T,
  ) {}
  get(pod: KubeObject, state?: CycleState): T {
    if (!state) return this.compute(pod);
    if (state === this.lastState && pod === this.lastPod) return this.lastValue as T;
    const v = state.memo(this.key, () => this.compute(pod));
    this.lastPod = pod;
    this.lastState = state;
    this.lastValue = v;
    return v;
  }
}

export interface FilterPlugin {
  readonly name: string;
  /** Once per cycle, before any filter. */
  preFilter?(pod: KubeObject, state: CycleState, nodes: readonly NodeInfo[]): PreFilterVerdict;
  /** Whether the node can run the pod. `state` is absent when called outside a scheduling cycle. */
  filter(pod: KubeObject, node: NodeInfo, state?: CycleState): FilterVerdict;
}

export interface ScorePlugin {
  readonly name: string;
  /** The plugin's weight in the profile: a node's total is the sum of weight × normalized score. */
  weight: number;
  /** Once per cycle over the feasible nodes; false skips the plugin for this pod (the Skip status). */
  preScore?(pod: KubeObject, nodes: readonly NodeInfo[], state: CycleState): boolean;
  /** The raw score of one feasible node (0..100 unless normalize rescales it). */
  score(pod: KubeObject, node: NodeInfo, state?: CycleState): number;
  /** Rescales the raw scores of all feasible nodes (by node name) into 0..MAX_NODE_SCORE, in place. */
  normalize?(scores: Map<string, number>, state?: CycleState): void;
  /**
   * The same rescaling over the scores in feasible-node order. The framework prefers it to `normalize`
   * when a plugin has both (no per-node Map to build); the two must agree.
   */
  normalizeList?(scores: number[], state?: CycleState): void;
}

/**
 * helper.DefaultNormalizeScore: scales scores so the highest becomes MAX_NODE_SCORE (integer division);
 * `reverse` flips them so the lowest raw score ranks best. All-zero scores become 0 (MAX when reversed).
 */
export function defaultNormalizeScore(scores: Map<string, number>, reverse: boolean): void {
  const list = [...scores.values()];
  defaultNormalizeScoreList(list, reverse);
  let i = 0;
  for (const k of scores.keys()) scores.set(k, list[i++] ?? 0);
}

/** defaultNormalizeScore over a list, in place. */
export function defaultNormalizeScoreList(scores: number[], reverse: boolean): void {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    const scaled = Math.trunc((MAX_NODE_SCORE * (scores[i] ?? 0)) / max);
    scores[i] = reverse ? MAX_NODE_SCORE - scaled : scaled;
  }
}
