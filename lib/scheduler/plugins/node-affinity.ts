/**
 * NodeAffinity: spec.nodeSelector and affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
 * decide which nodes may run the pod; preferredDuringSchedulingIgnoredDuringExecution terms add their
 * weights to the nodes they match (normalized to 0..100).
 */
import { arrayAt, objectAt, specOf, stringMapAt } from "../../k8s/json";
import { isJsonObject, type JsonObject, type KubeObject } from "../../k8s/object";
import { labelKeyErrors, labelValueErrors } from "../../k8s/selectors/labels";
import {
  type CycleState,
  defaultNormalizeScore,
  defaultNormalizeScoreList,
  type FilterPlugin,
  type FilterVerdict,
  PASS,
  PerCycle,
  type PreFilterVerdict,
  type ScorePlugin,
} from "../framework";
import type { NodeInfo } from "../node-info";

export const NODE_AFFINITY = "NodeAffinity";
export const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
export const ERR_REASON_AFFINITY_CONFLICT = "pod affinity terms conflict";

type LabelOp = "In" | "NotIn" | "Exists" | "DoesNotExist" | "Gt" | "Lt";

interface LabelRequirement {
  key: string;
  op: LabelOp;
  values: string[];
  /** Gt / Lt: the bound. */
  bound?: bigint;
}

interface FieldRequirement {
  key: string;
  equal: boolean;
  value: string;
}

/** A parsed NodeSelectorTerm: its expressions AND-ed. */
export interface NodeSelectorTerm {
  labels: LabelRequirement[];
  fields: FieldRequirement[];
}

/** What the pod requires of a node: its nodeSelector AND any of the required terms. */
export interface RequiredNodeAffinity {
  nodeSelector?: Record<string, string>;
  /** Undefined when the pod has no required node affinity; an empty list then matches no node. */
  terms?: NodeSelectorTerm[];
}

export interface PreferredTerm {
  weight: number;
  term: NodeSelectorTerm;
}

const INT64_RE = /^[+-]?[0-9]+$/;
const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

function parseInt64(s: string): bigint | undefined {
  if (!INT64_RE.test(s)) return undefined;
  const n = BigInt(s);
  return n < MIN_INT64 || n > MAX_INT64 ? undefined : n;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** labels.NewRequirement's checks; undefined when the expression is invalid. */
function parseLabelRequirement(expr: JsonObject): LabelRequirement | undefined {
  const key = typeof expr.key === "string" ? expr.key : "";
  const op = expr.operator;
  const values = strings(expr.values);
  if (labelKeyErrors(key).length > 0) return undefined;
  if (values.some((v) => labelValueErrors(v).length > 0)) return undefined;
  switch (op) {
    case "In":
    case "NotIn":
      return values.length > 0 ? { key, op, values } : undefined;
    case "Exists":
    case "DoesNotExist":
      return values.length === 0 ? { key, op, values } : undefined;
    case "Gt":
    case "Lt": {
      const bound = values.length === 1 ? parseInt64(values[0] ?? "") : undefined;
      return bound === undefined ? undefined : { key, op, values, bound };
    }
    default:
      return undefined;
  }
}

/** Node fields selectable in matchFields: only metadata.name is set. */
function parseFieldRequirement(expr: JsonObject): FieldRequirement | undefined {
  const key = typeof expr.key === "string" ? expr.key : "";
  const values = strings(expr.values);
  if (values.length !== 1) return undefined;
  if (expr.operator === "In") return { key, equal: true, value: values[0] ?? "" };
  if (expr.operator === "NotIn") return { key, equal: false, value: values[0] ?? "" };
  return undefined;
}

/** A NodeSelectorTerm; undefined when any expression is invalid (Kubernetes drops such a term). */
export function parseNodeSelectorTerm(v: unknown): NodeSelectorTerm | undefined {
  if (!isJsonObject(v)) return undefined;
  const term: NodeSelectorTerm = { labels: [], fields: [] };
  for (const e of Array.isArray(v.matchExpressions) ? v.matchExpressions : []) {
    const r = isJsonObject(e) ? parseLabelRequirement(e) : undefined;
    if (!r) return undefined;
    term.labels.push(r);
  }
  for (const e of Array.isArray(v.matchFields) ? v.matchFields : []) {
    const r = isJsonObject(e) ? parseFieldRequirement(e) : undefined;
    if (!r) return undefined;
    term.fields.push(r);
  }
  return term;
}

function labelMatches(r: LabelRequirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key] : undefined;
  switch (r.op) {
    case "In":
      return value !== undefined && r.values.includes(value);
    case "NotIn":
      return value === undefined || !r.values.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    case "Gt":
    case "Lt": {
      const n = value === undefined ? undefined : parseInt64(value);
      if (n === undefined || r.bound === undefined) return false;
      return r.op === "Gt" ? n > r.bound : n < r.bound;
    }
  }
}

/** A term matches when it has at least one expression and all of them hold. */
export function termMatches(term: NodeSelectorTerm, node: NodeInfo): boolean {
  if (term.labels.length === 0 && term.fields.length === 0) return false;
  for (const r of term.labels) if (!labelMatches(r, node.labels)) return false;
  for (const f of term.fields) {
    const actual = f.key === "metadata.name" ? node.name : "";
    if ((actual === f.value) !== f.equal) return false;
  }
  return true;
}

function nodeAffinityOf(pod: KubeObject): JsonObject | undefined {
  const nodeAffinity = objectAt(specOf(pod).affinity).nodeAffinity;
  return isJsonObject(nodeAffinity) ? nodeAffinity : undefined;
}

/** nodeaffinity.GetRequiredNodeAffinity. */
export function requiredNodeAffinity(pod: KubeObject): RequiredNodeAffinity {
  const out: RequiredNodeAffinity = {};
  const nodeSelector = stringMapAt(specOf(pod), "nodeSelector");
  if (nodeSelector) out.nodeSelector = nodeSelector;
  const required = nodeAffinityOf(pod)?.requiredDuringSchedulingIgnoredDuringExecution;
  if (isJsonObject(required)) {
    out.terms = [];
    for (const t of arrayAt(required.nodeSelectorTerms)) {
      const term = parseNodeSelectorTerm(t);
      if (term) out.terms.push(term);
    }
  }
  return out;
}

export function matchesRequiredNodeAffinity(req: RequiredNodeAffinity, node: NodeInfo): boolean {
  if (req.nodeSelector) {
    for (const [k, v] of Object.entries(req.nodeSelector)) if (node.labels[k] !== v) return false;
  }
  if (req.terms) return req.terms.some((t) => termMatches(t, node));
  return true;
}

/** The preferred terms with a non-zero weight (invalid terms are left out). */
export function preferredNodeAffinity(pod: KubeObject): PreferredTerm[] {
  const preferred = nodeAffinityOf(pod)?.preferredDuringSchedulingIgnoredDuringExecution;
  const out: PreferredTerm[] = [];
  if (!Array.isArray(preferred)) return out;
  for (const p of preferred) {
    if (!isJsonObject(p) || typeof p.weight !== "number" || p.weight === 0) continue;
    const term = parseNodeSelectorTerm(p.preference);
    if (term) out.push({ weight: p.weight, term });
  }
  return out;
}

const REQUIRED_KEY = "NodeAffinity/required";
const PREFERRED_KEY = "NodeAffinity/preferred";

export class NodeAffinityPlugin implements FilterPlugin, ScorePlugin {
  readonly name = NODE_AFFINITY;
  weight: number;
  private readonly required = new PerCycle(REQUIRED_KEY, requiredNodeAffinity);
  private readonly preferred = new PerCycle(PREFERRED_KEY, preferredNodeAffinity);

  constructor(weight = 2) {
    this.weight = weight;
  }

  preFilter(pod: KubeObject, state: CycleState): PreFilterVerdict {
    const req = requiredNodeAffinity(pod);
    if (!req.nodeSelector && !req.terms) return { ok: true, skip: true };
    state.write(REQUIRED_KEY, req);
    // Terms pinned to node names (metadata.name In [...]) narrow the nodes worth filtering.
    const required = nodeAffinityOf(pod)?.requiredDuringSchedulingIgnoredDuringExecution;
    const rawTerms =
      isJsonObject(required) && Array.isArray(required.nodeSelectorTerms) ? required.nodeSelectorTerms : [];
    if (rawTerms.length === 0) return { ok: true };
    let names: Set<string> | undefined;
    for (const t of rawTerms) {
      let termNames: Set<string> | undefined;
      for (const f of isJsonObject(t) && Array.isArray(t.matchFields) ? t.matchFields : []) {
        if (!isJsonObject(f) || f.key !== "metadata.name" || f.operator !== "In") continue;
        const s = new Set(strings(f.values));
        termNames = termNames ? new Set([...termNames].filter((n) => s.has(n))) : s;
      }
      if (!termNames) return { ok: true };
      names = new Set([...(names ?? []), ...termNames]);
    }
    if (names && names.size === 0)
      return { ok: false, reasons: [ERR_REASON_AFFINITY_CONFLICT], unresolvable: true };
    return names ? { ok: true, nodeNames: names } : { ok: true };
  }

  filter(pod: KubeObject, node: NodeInfo, state?: CycleState): FilterVerdict {
    if (matchesRequiredNodeAffinity(this.required.get(pod, state), node)) return PASS;
    return { ok: false, reasons: [ERR_REASON_NODE_AFFINITY], unresolvable: true };
  }

  preScore(pod: KubeObject, _nodes: readonly NodeInfo[], state: CycleState): boolean {
    const preferred = preferredNodeAffinity(pod);
    state.write(PREFERRED_KEY, preferred);
    return preferred.length > 0;
  }

  /** The sum of the weights of the preferred terms the node matches. */
  score(pod: KubeObject, node: NodeInfo, state?: CycleState): number {
    const preferred = this.preferred.get(pod, state);
    let sum = 0;
    for (const p of preferred) if (termMatches(p.term, node)) sum += p.weight;
    return sum;
  }

  normalize(scores: Map<string, number>): void {
    defaultNormalizeScore(scores, false);
  }

  normalizeList(scores: number[]): void {
    defaultNormalizeScoreList(scores, false);
  }
}
