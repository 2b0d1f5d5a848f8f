/**
 * One scheduling cycle, as kube-scheduler's schedulePod (pkg/scheduler/schedule_one.go): pre-filter,
 * filter every node (keeping each rejection and its reasons), score the feasible nodes with the
 * weighted, normalized score plugins, and pick the best, breaking ties uniformly at random. When no
 * node fits, the result carries the FailedScheduling message exactly as FitError.Error() prints it,
 * including the tail DefaultPreemption's PostFilter adds.
 */
import { objectsAt, specOf, statusOf } from "../k8s/json";
import type { KubeObject } from "../k8s/object";
import { CycleState, type FilterPlugin, type FilterVerdict, type ScorePlugin } from "./framework";
import type { NodeInfo, SchedulerCache } from "./node-info";
import { podPriority } from "./pending";
import { BalancedAllocationPlugin } from "./plugins/balanced-allocation";
import { NodeAffinityPlugin } from "./plugins/node-affinity";
import { NodeNamePlugin } from "./plugins/node-name";
import { NodeResourcesFitPlugin } from "./plugins/node-resources-fit";
import { NodeUnschedulablePlugin } from "./plugins/node-unschedulable";
import { TaintTolerationPlugin } from "./plugins/taint-toleration";

export interface SchedulerPlugins {
  /** Run in this order on each node; the first that rejects a node decides its reasons. */
  filters: FilterPlugin[];
  scores: ScorePlugin[];
}

/**
 * kube-scheduler's default profile, for the plugins implemented here, in its order: filters
 * NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodeResourcesFit; scores TaintToleration
 * (weight 3), NodeAffinity (2), NodeResourcesFit (1, LeastAllocated), NodeResourcesBalancedAllocation (1).
 */
export function defaultPlugins(): SchedulerPlugins {
  const taints = new TaintTolerationPlugin(3);
  const affinity = new NodeAffinityPlugin(2);
  const fit = new NodeResourcesFitPlugin(1);
  return {
    filters: [new NodeUnschedulablePlugin(), new NodeNamePlugin(), taints, affinity, fit],
    scores: [taints, affinity, fit, new BalancedAllocationPlugin(1)],
  };
}

export interface ScheduleOptions {
  plugins?: SchedulerPlugins;
  /** A uniform random number in [0, 1), for the choice among equally scored nodes. */
  random?: () => number;
}

export interface FilteredNode {
  node: string;
  /** The plugin that rejected the node (several, comma-separated, for a pre-filter node set). */
  plugin: string;
  reasons: string[];
  /** UnschedulableAndUnresolvable: preempting pods on this node would not help. */
  unresolvable: boolean;
}

export interface NodeScore {
  node: string;
  /** Sum over plugins of weight × normalized score. */
  total: number;
  /** Normalized (0..100, unweighted) score per plugin; plugins that skipped this pod are absent. */
  byPlugin: Record<string, number>;
}

export interface PreemptionCandidate {
  node: string;
  /** The fewest lower-priority pods whose eviction lets the pod fit, most important first. */
  victims: KubeObject[];
}

export interface ScheduleResult {
  /** The chosen node; absent when none fits. */
  node?: string;
  /** How many nodes passed every filter. */
  feasible: number;
  filtered: FilteredNode[];
  scores: NodeScore[];
  /** The FailedScheduling event message, when no node fits. */
  message?: string;
  /** When no node fits but evicting lower-priority pods would make room: where, and whom. */
  preemptionCandidates?: PreemptionCandidate[];
}

/** schedule_one.go ErrNoNodesAvailable. */
export const NO_NODES_AVAILABLE = "no nodes available to schedule pods";
/** The reason DefaultPreemption gives nodes it will not consider. */
export const PREEMPTION_NOT_HELPFUL = "Preemption is not helpful for scheduling";
export const NO_PREEMPTION_VICTIMS = "No preemption victims found for incoming pod";

interface Status {
  reasons: string[];
  unresolvable: boolean;
}

/** Go's sort.Strings order (bytewise; the reasons are ASCII). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * FitError.Error(): `0/N nodes are available: ` + the pre-filter message, or the histogram of filter
 * reasons ("<count> <reason>", sorted as strings, comma-joined) — each followed by "." — then the
 * post-filter message as is.
 */
export function fitErrorMessage(
  numAllNodes: number,
  statuses: Iterable<Status>,
  preFilterMsg?: string,
  postFilterMsg?: string,
): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  if (preFilterMsg) {
    msg += ` ${preFilterMsg}.`;
  } else {
    const counts = new Map<string, number>();
    for (const s of statuses) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
    const parts = [...counts].map(([reason, n]) => `${n} ${reason}`).sort(compareStrings);
    if (parts.length > 0) msg += ` ${parts.join(", ")}.`;
  }
  if (postFilterMsg) msg += ` ${postFilterMsg}`;
  return msg;
}

/** Runs the filters on one node; the first rejection wins. */
function runFilters(
  pod: KubeObject,
  node: NodeInfo,
  filters: readonly FilterPlugin[],
  state: CycleState,
): { plugin: string; verdict: Extract<FilterVerdict, { ok: false }> } | undefined {
  for (const f of filters) {
    const verdict = f.filter(pod, node, state);
    if (!verdict.ok) return { plugin: f.name, verdict };
  }
  return undefined;
}

function startTime(pod: KubeObject): string {
  const status = statusOf(pod);
  return typeof status.startTime === "string" ? status.startTime : (pod.metadata.creationTimestamp ?? "");
}

/** util.MoreImportantPod: higher priority first, then the pod that started earlier. */
function moreImportantFirst(a: KubeObject, b: KubeObject): number {
  const pa = podPriority(a);
  const pb = podPriority(b);
  if (pa !== pb) return pb - pa;
  const sa = startTime(a);
  const sb = startTime(b);
  if (sa === sb) return 0;
  if (sa === "") return 1;
  if (sb === "") return -1;
  return compareStrings(sa, sb);
}

/** A pod evicted by scheduler preemption, still terminating. */
function terminatingByPreemption(pod: KubeObject): boolean {
  if (!pod.metadata.deletionTimestamp) return false;
  for (const c of objectsAt(statusOf(pod).conditions)) {
    if (c.type === "DisruptionTarget") {
      return c.status === "True" && c.reason === "PreemptionByScheduler";
    }
  }
  return false;
}

/**
 * DefaultPreemption's PostFilter, as a dry run: which nodes evicting lower-priority pods would free, and
 * the message it adds to FailedScheduling when none would ("preemption: ..."). PodDisruptionBudgets and
 * nominated pods are not considered.
 */
function evaluatePreemption(
  pod: KubeObject,
  nodes: readonly NodeInfo[],
  statuses: ReadonlyMap<string, Status>,
  filters: readonly FilterPlugin[],
  state: CycleState,
): { message?: string; candidates: PreemptionCandidate[] } {
  if (specOf(pod).preemptionPolicy === "Never") {
    return { message: "preemption: not eligible due to preemptionPolicy=Never.", candidates: [] };
  }
  const priority = podPriority(pod);
  const nominated = statusOf(pod).nominatedNodeName;
  if (typeof nominated === "string" && nominated !== "" && statuses.get(nominated)?.unresolvable !== true) {
    const info = nodes.find((n) => n.name === nominated);
    for (const p of info?.pods.values() ?? []) {
      if (podPriority(p) < priority && terminatingByPreemption(p)) {
        return {
          message: "preemption: not eligible due to a terminating pod on the nominated node.",
          candidates: [],
        };
      }
    }
  }

  const results = new Map<string, Status>();
  const candidates: PreemptionCandidate[] = [];
  for (const node of nodes) {
    const status = statuses.get(node.name);
    if (status?.unresolvable) {
      results.set(node.name, { reasons: [PREEMPTION_NOT_HELPFUL], unresolvable: true });
      continue;
    }
    const potential = [...node.pods.values()].filter((p) => podPriority(p) < priority);
    if (potential.length === 0) {
      results.set(node.name, { reasons: [NO_PREEMPTION_VICTIMS], unresolvable: true });
      continue;
    }
    const trial = node.clone();
    for (const p of potential) trial.removePod(p);
    const blocked = runFilters(pod, trial, filters, state);
    if (blocked) {
      results.set(node.name, {
        reasons: blocked.verdict.reasons,
        unresolvable: blocked.verdict.unresolvable === true,
      });
      continue;
    }
    // Give back as many pods as still leaves room, most important first.
    potential.sort(moreImportantFirst);
    const victims: KubeObject[] = [];
    for (const p of potential) {
      trial.addPod(p);
      if (runFilters(pod, trial, filters, state)) {
        trial.removePod(p);
        victims.push(p);
      }
    }
    candidates.push({ node: node.name, victims });
  }
  if (candidates.length > 0) return { candidates };
  return { message: `preemption: ${fitErrorMessage(nodes.length, results.values())}`, candidates };
}

/**
 * Each node's per-plugin scores as a record. Literals with computed keys keep every record the same
 * shape (each key at one site), which matters at thousands of nodes per decision.
 */
function byPluginRecords(
  used: readonly { name: string; scores: number[] }[],
  n: number,
): Record<string, number>[] {
  const out = new Array<Record<string, number>>(n);
  const [a, b, c, d, e] = used;
  for (let i = 0; i < n; i++) {
    if (!a) out[i] = {};
    else if (!b) out[i] = { [a.name]: a.scores[i] ?? 0 };
    else if (!c) out[i] = { [a.name]: a.scores[i] ?? 0, [b.name]: b.scores[i] ?? 0 };
    else if (!d)
      out[i] = { [a.name]: a.scores[i] ?? 0, [b.name]: b.scores[i] ?? 0, [c.name]: c.scores[i] ?? 0 };
    else {
      const r: Record<string, number> = {
        [a.name]: a.scores[i] ?? 0,
        [b.name]: b.scores[i] ?? 0,
        [c.name]: c.scores[i] ?? 0,
        [d.name]: d.scores[i] ?? 0,
      };
      if (e) for (let k = 4; k < used.length; k++) r[used[k]?.name ?? ""] = used[k]?.scores[i] ?? 0;
      out[i] = r;
    }
  }
  return out;
}

/** Picks one item uniformly with `random`. */
function pick<T>(items: readonly T[], random: () => number): T | undefined {
  if (items.length <= 1) return items[0];
  const i = Math.min(items.length - 1, Math.floor(random() * items.length));
  return items[i];
}

export function schedulePod(
  pod: KubeObject,
  cache: SchedulerCache,
  options: ScheduleOptions = {},
): ScheduleResult {
  const plugins = options.plugins ?? defaultPlugins();
  const random = options.random ?? Math.random;
  const nodes = cache.nodeInfos();
  const result: ScheduleResult = { feasible: 0, filtered: [], scores: [] };
  if (nodes.length === 0) {
    result.message = NO_NODES_AVAILABLE;
    return result;
  }
  const state = new CycleState();
  const statuses = new Map<string, Status>();

  // PreFilter: reject the pod outright, skip a filter that has nothing to check, or narrow the nodes.
  let filters: FilterPlugin[] = [];
  let allowed: Set<string> | undefined;
  const narrowedBy: string[] = [];
  let preFilterFailure: { plugin: string; status: Status } | undefined;
  for (const f of plugins.filters) {
    if (!f.preFilter) {
      filters.push(f);
      continue;
    }
    const verdict = f.preFilter(pod, state, nodes);
    if (!verdict.ok) {
      const status = { reasons: verdict.reasons, unresolvable: verdict.unresolvable === true };
      preFilterFailure ??= { plugin: f.name, status };
      if (status.unresolvable) break;
      continue;
    }
    if (verdict.skip) continue;
    filters.push(f);
    if (verdict.nodeNames) {
      narrowedBy.push(f.name);
      const names = verdict.nodeNames;
      allowed = allowed ? new Set([...allowed].filter((n) => names.has(n))) : new Set(names);
      if (allowed.size === 0) {
        const sorted = [...narrowedBy].sort(compareStrings);
        const reason =
          sorted.length === 1
            ? `node(s) didn't satisfy plugin ${sorted[0]}`
            : `node(s) didn't satisfy plugin(s) [${sorted.join(" ")}] simultaneously`;
        preFilterFailure = { plugin: sorted.join(", "), status: { reasons: [reason], unresolvable: true } };
        break;
      }
    }
  }

  if (preFilterFailure) {
    const { plugin, status } = preFilterFailure;
    for (const node of nodes) {
      result.filtered.push({
        node: node.name,
        plugin,
        reasons: status.reasons,
        unresolvable: status.unresolvable,
      });
      statuses.set(node.name, status);
    }
    filters = plugins.filters;
    const preemption = evaluatePreemption(pod, nodes, statuses, filters, state);
    if (preemption.candidates.length > 0) result.preemptionCandidates = preemption.candidates;
    result.message = fitErrorMessage(nodes.length, [], status.reasons.join(", "), preemption.message);
    return result;
  }

  // Filter.
  const feasible: NodeInfo[] = [];
  const outside = allowed
    ? `node(s) didn't satisfy plugin(s) [${[...narrowedBy].sort(compareStrings).join(" ")}]`
    : "";
  for (const node of nodes) {
    if (allowed && !allowed.has(node.name)) {
      const status = { reasons: [outside], unresolvable: true };
      statuses.set(node.name, status);
      result.filtered.push({ node: node.name, plugin: narrowedBy.join(", "), ...status });
      continue;
    }
    const rejected = runFilters(pod, node, filters, state);
    if (rejected) {
      const status = {
        reasons: rejected.verdict.reasons,
        unresolvable: rejected.verdict.unresolvable === true,
      };
      statuses.set(node.name, status);
      result.filtered.push({ node: node.name, plugin: rejected.plugin, ...status });
    } else {
      feasible.push(node);
    }
  }
  result.feasible = feasible.length;

  if (feasible.length === 0) {
    const preemption = evaluatePreemption(pod, nodes, statuses, filters, state);
    if (preemption.candidates.length > 0) result.preemptionCandidates = preemption.candidates;
    result.message = fitErrorMessage(nodes.length, statuses.values(), undefined, preemption.message);
    return result;
  }

  // Score: each plugin over all feasible nodes, normalized, weighted and summed.
  const n = feasible.length;
  const totals = new Float64Array(n);
  const used: { name: string; scores: number[] }[] = [];
  for (const plugin of plugins.scores) {
    if (plugin.preScore && !plugin.preScore(pod, feasible, state)) continue;
    const scores = new Array<number>(n);
    for (let i = 0; i < n; i++) scores[i] = plugin.score(pod, feasible[i] as NodeInfo, state);
    if (plugin.normalizeList) {
      plugin.normalizeList(scores, state);
    } else if (plugin.normalize) {
      const byNode = new Map<string, number>();
      for (let i = 0; i < n; i++) byNode.set((feasible[i] as NodeInfo).name, scores[i] ?? 0);
      plugin.normalize(byNode, state);
      for (let i = 0; i < n; i++) scores[i] = byNode.get((feasible[i] as NodeInfo).name) ?? 0;
    }
    const weight = plugin.weight;
    for (let i = 0; i < n; i++) totals[i] = (totals[i] ?? 0) + (scores[i] ?? 0) * weight;
    used.push({ name: plugin.name, scores });
  }

  let best = Number.NEGATIVE_INFINITY;
  let ties: string[] = [];
  result.scores = new Array<NodeScore>(n);
  const byPlugins = byPluginRecords(used, n);
  for (let i = 0; i < n; i++) {
    const name = (feasible[i] as NodeInfo).name;
    const total = totals[i] ?? 0;
    result.scores[i] = { node: name, total, byPlugin: byPlugins[i] ?? {} };
    if (total > best) {
      best = total;
      ties = [name];
    } else if (total === best) {
      ties.push(name);
    }
  }
  result.node = pick(ties, random);
  return result;
}
