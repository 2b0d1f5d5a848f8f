/**
 * kubectl's JSONPath dialect (client-go util/jsonpath): text with `{actions}`: `.a.b`, `$`, `@`,
 * `['key']`, `[*]`, `[n]`, `[a:b]`, `..name`, filters `[?(@.x=="y")]`, `{range EXPR}...{end}` and
 * string literals `{"\n"}`. Several results are joined with spaces; missing keys print nothing.
 */
import { KubectlError } from "../api";

type Step =
  | { t: "field"; name: string }
  | { t: "recursive"; name: string }
  | { t: "wildcard" }
  | { t: "index"; start?: number; end?: number; step?: number; single: boolean }
  | { t: "filter"; left: Step[]; op?: string; right?: Step[] | string | number | boolean };

type Node =
  | { t: "text"; text: string }
  | { t: "path"; steps: Step[] }
  | { t: "range"; steps: Step[]; body: Node[] };

export function parseJsonPath(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    const current = stack[stack.length - 1] as Node[];
    if (open < 0) {
      current.push({ t: "text", text: template.slice(i) });
      break;
    }
    if (open > i) current.push({ t: "text", text: template.slice(i, open) });
    const close = findClose(template, open);
    if (close < 0) throw new KubectlError(`error parsing jsonpath ${template}, unclosed action`);
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    if (action === "end") {
      if (stack.length === 1)
        throw new KubectlError(`error parsing jsonpath ${template}, not in range, nothing to end`);
      stack.pop();
    } else if (action.startsWith("range ")) {
      const node: Node = { t: "range", steps: parsePath(action.slice(6).trim()), body: [] };
      current.push(node);
      stack.push(node.body);
    } else if (/^(".*"|'.*')$/s.test(action)) {
      current.push({ t: "text", text: unquote(action) });
    } else {
      current.push({ t: "path", steps: parsePath(action) });
    }
  }
  if (stack.length > 1) throw new KubectlError(`error parsing jsonpath ${template}, unclosed range`);
  return root;
}

function findClose(s: string, open: number): number {
  let quote = "";
  for (let j = open + 1; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === "\\") j++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "}") return j;
  }
  return -1;
}

function unquote(s: string): string {
  const body = s.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t", r: "\r" })[c] ?? c);
}

function parsePath(text: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const s = text.trim();
  if (s.startsWith("$") || s.startsWith("@")) i = 1;
  while (i < s.length) {
    const c = s[i];
    if (c === "." && s[i + 1] === ".") {
      const m = /^[^.[\]]+/.exec(s.slice(i + 2));
      const name = m?.[0] ?? "";
      steps.push({ t: "recursive", name });
      i += 2 + name.length;
    } else if (c === ".") {
      const m = /^[^.[\]]*/.exec(s.slice(i + 1));
      const name = m?.[0] ?? "";
      if (name === "*") steps.push({ t: "wildcard" });
      else if (name !== "") steps.push({ t: "field", name });
      i += 1 + name.length;
    } else if (c === "[") {
      const close = matchingBracket(s, i);
      if (close < 0) throw new KubectlError(`error parsing jsonpath {${text}}, unterminated array`);
      steps.push(parseBracket(s.slice(i + 1, close), text));
      i = close + 1;
    } else {
      const m = /^[^.[\]]+/.exec(s.slice(i));
      const name = m?.[0] ?? "";
      if (!name)
        throw new KubectlError(`error parsing jsonpath {${text}}, unrecognized character in action: ${c}`);
      steps.push({ t: "field", name });
      i += name.length;
    }
  }
  return steps;
}

function matchingBracket(s: string, open: number): number {
  let depth = 0;
  let quote = "";
  for (let j = open; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return j;
  }
  return -1;
}

function parseBracket(inner: string, text: string): Step {
  const body = inner.trim();
  if (body === "*") return { t: "wildcard" };
  if (/^(".*"|'.*')$/.test(body)) return { t: "field", name: body.slice(1, -1) };
  if (body.startsWith("?(") && body.endsWith(")")) return parseFilter(body.slice(2, -1).trim(), text);
  const slice = /^(-?\d*)(?::(-?\d*))?(?::(-?\d*))?$/.exec(body);
  if (slice) {
    const num = (v: string | undefined) => (v === undefined || v === "" ? undefined : Number(v));
    const single = !body.includes(":");
    return { t: "index", start: num(slice[1]), end: num(slice[2]), step: num(slice[3]), single };
  }
  throw new KubectlError(`error parsing jsonpath {${text}}, invalid array index ${body}`);
}

function parseFilter(expr: string, text: string): Step {
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>|=~)\s*(.*)$/.exec(expr);
  if (!m) return { t: "filter", left: parsePath(expr) };
  const [, l = "", op = "", r = ""] = m;
  let right: Step[] | string | number | boolean;
  if (/^(".*"|'.*')$/.test(r)) right = r.slice(1, -1);
  else if (/^-?\d+(\.\d+)?$/.test(r)) right = Number(r);
  else if (r === "true" || r === "false") right = r === "true";
  else if (r.startsWith("@") || r.startsWith("$")) right = parsePath(r);
  else throw new KubectlError(`error parsing jsonpath {${text}}, unrecognized filter operand ${r}`);
  return { t: "filter", left: parsePath(l), op, right };
}

function evalSteps(values: unknown[], steps: Step[]): unknown[] {
  let cur = values;
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of cur) applyStep(v, step, next);
    cur = next;
  }
  return cur;
}

function applyStep(v: unknown, step: Step, out: unknown[]): void {
  switch (step.t) {
    case "field":
      if (v && typeof v === "object" && !Array.isArray(v) && step.name in v)
        out.push((v as Record<string, unknown>)[step.name]);
      return;
    case "wildcard":
      if (Array.isArray(v)) out.push(...v);
      else if (v && typeof v === "object") out.push(...Object.values(v));
      return;
    case "recursive":
      recurse(v, step.name, out);
      return;
    case "index": {
      if (!Array.isArray(v)) return;
      const n = v.length;
      const norm = (x: number) => (x < 0 ? x + n : x);
      if (step.single) {
        const idx = norm(step.start ?? 0);
        if (idx >= 0 && idx < n) out.push(v[idx]);
        return;
      }
      const start = Math.max(0, norm(step.start ?? 0));
      const end = Math.min(n, norm(step.end ?? n));
      const by = step.step && step.step > 0 ? step.step : 1;
      for (let k = start; k < end; k += by) out.push(v[k]);
      return;
    }
    case "filter": {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) if (matches(item, step)) out.push(item);
      return;
    }
  }
}

function recurse(v: unknown, name: string, out: unknown[]): void {
  if (Array.isArray(v)) {
    for (const x of v) recurse(x, name, out);
  } else if (v && typeof v === "object") {
    const obj = v as Record<string, unknown>;
    if (name === "") out.push(obj);
    else if (name in obj) out.push(obj[name]);
    for (const x of Object.values(obj)) recurse(x, name, out);
  }
}

function matches(item: unknown, f: Extract<Step, { t: "filter" }>): boolean {
  const left = evalSteps([item], f.left);
  if (!f.op) return left.length > 0 && left[0] !== false && left[0] !== null;
  if (left.length === 0) return false;
  const right = Array.isArray(f.right) ? evalSteps([item], f.right)[0] : f.right;
  const a = left[0];
  switch (f.op) {
    case "==":
      return a === right || (typeof right === "number" && Number(a) === right);
    case "!=":
      return !(a === right || (typeof right === "number" && Number(a) === right));
    case "<":
      return Number(a) < Number(right);
    case ">":
      return Number(a) > Number(right);
    case "<=":
      return Number(a) <= Number(right);
    case ">=":
      return Number(a) >= Number(right);
    case "=~":
      return typeof a === "string" && new RegExp(String(right)).test(a);
  }
  return false;
}

function show(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function run(nodes: Node[], current: unknown, root: unknown): string {
  let out = "";
  for (const node of nodes) {
    if (node.t === "text") out += node.text;
    else if (node.t === "path")
      out += evalSteps([pathBase(node.steps, current, root)], node.steps)
        .map(show)
        .join(" ");
    else {
      let items = evalSteps([current], node.steps);
      if (items.length === 1 && Array.isArray(items[0])) items = items[0] as unknown[];
      for (const item of items) out += run(node.body, item, root);
    }
  }
  return out;
}

function pathBase(_steps: Step[], current: unknown, _root: unknown): unknown {
  return current;
}

/** Runs a template over one value (an object, or a List with items). */
export function executeJsonPath(template: string, data: unknown): string {
  return run(parseJsonPath(template), data, data);
}

/** Values of one path (`.metadata.name`, `{.spec.replicas}`): for custom columns and --sort-by. */
export function pathValues(expr: string, data: unknown): unknown[] {
  const trimmed = expr.trim().replace(/^\{(.*)\}$/s, "$1");
  return evalSteps([data], parsePath(trimmed));
}

export function showValue(v: unknown): string {
  return show(v);
}
