/**
 * Kubernetes field selectors, as k8s.io/apimachinery/pkg/fields parses, matches and prints them:
 * `f=v`, `f==v` (same as `=`) and `f!=v`, joined by `,` (AND). In values, `\,` `\=` `\\` escape the
 * separator characters; an unescaped `,` splits terms and an unescaped `=` in a value is an error.
 * (kubeplay also accepts `\!` for `!`, which Kubernetes rejects as an invalid escape sequence.)
 * A field the object does not have compares as the empty string.
 */
import { badRequest } from "../errors";

export interface FieldRequirement {
  readonly field: string;
  readonly operator: "=" | "!=";
  readonly value: string;
}

export interface FieldSelector {
  readonly requirements: readonly FieldRequirement[];
  matches(fields: Record<string, string>): boolean;
  isEverything(): boolean;
  /** The value an `=` term requires of that field, if any (fields.Selector.RequiresExactMatch). */
  exactValue(field: string): string | undefined;
  /** The canonical string form, values escaped. */
  toString(): string;
}

/** fields.EscapeValue: escapes `\`, `,` and `=` so a value can be put in a selector string. */
export function escapeFieldValue(value: string): string {
  return value.replace(/[\\,=]/g, (ch) => `\\${ch}`);
}

class Selector implements FieldSelector {
  readonly requirements: readonly FieldRequirement[];
  constructor(requirements: FieldRequirement[]) {
    this.requirements = Object.freeze(requirements);
  }
  matches(fields: Record<string, string>): boolean {
    return this.requirements.every((r) => {
      const actual = Object.hasOwn(fields, r.field) ? (fields[r.field] ?? "") : "";
      return r.operator === "=" ? actual === r.value : actual !== r.value;
    });
  }
  isEverything(): boolean {
    return this.requirements.length === 0;
  }
  exactValue(field: string): string | undefined {
    return this.requirements.find((r) => r.field === field && r.operator === "=")?.value;
  }
  toString(): string {
    return this.requirements.map((r) => `${r.field}${r.operator}${escapeFieldValue(r.value)}`).join(",");
  }
}

/** Splits on commas that are not escaped by a backslash. */
function splitTerms(s: string): string[] {
  if (s.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (inSlash) inSlash = false;
    else if (c === "\\") inSlash = true;
    else if (c === ",") {
      terms.push(s.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(s.slice(start));
  return terms;
}

const TERM_OPERATORS = ["!=", "==", "="] as const;

/** The first operator in the term splits it: field on the left, raw value on the right. */
function splitTerm(
  term: string,
): { field: string; op: (typeof TERM_OPERATORS)[number]; rhs: string } | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of TERM_OPERATORS) {
      if (term.startsWith(op, i)) return { field: term.slice(0, i), op, rhs: term.slice(i + op.length) };
    }
  }
  return undefined;
}

function unescapeValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let out = "";
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c === "\\" || c === "," || c === "=" || c === "!") out += c;
      else throw badRequest(`invalid field selector: invalid escape sequence: \\${c}`);
      inSlash = false;
    } else if (c === "\\") {
      inSlash = true;
    } else if (c === "," || c === "=") {
      // Go prints the rune with %v, that is as its code point.
      throw badRequest(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    } else {
      out += c;
    }
  }
  if (inSlash) throw badRequest("invalid field selector: invalid escape sequence: \\");
  return out;
}

/** Parses a field selector (fields.ParseSelector). The empty string selects everything. */
export function parseFieldSelector(s: string): FieldSelector {
  // Terms are sorted before parsing, which fixes the order of requirements and of toString().
  const parts = splitTerms(s).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const requirements: FieldRequirement[] = [];
  for (const part of parts) {
    if (part === "") continue;
    const term = splitTerm(part);
    if (!term) throw badRequest(`invalid selector: '${s}'; can't understand '${part}'`);
    requirements.push({
      field: term.field,
      operator: term.op === "!=" ? "!=" : "=",
      value: unescapeValue(term.rhs),
    });
  }
  return new Selector(requirements);
}

/** A selector requiring exactly these field values (fields.SelectorFromSet). */
export function fieldSelectorFromSet(set: Record<string, string>): FieldSelector {
  return new Selector(
    Object.keys(set)
      .sort()
      .map((field) => ({ field, operator: "=" as const, value: set[field] ?? "" })),
  );
}

/**
 * Kinds whose API group registers its own field label conversion; kube-apiserver rejects other fields
 * of these kinds with `field label not supported: <field>`. Every other kind uses
 * runtime.DefaultMetaV1FieldSelectorConversion and its `"<field>" is not a known field selector` wording.
 */
const KINDS_WITH_FIELD_LABEL_CONVERSION: ReadonlySet<string> = new Set([
  "Pod",
  "Node",
  "Namespace",
  "Event",
  "Secret",
  "Service",
  "ReplicationController",
  "ReplicaSet",
  "StatefulSet",
  "Job",
  "CertificateSigningRequest",
]);

/**
 * Throws 400 BadRequest, with kube-apiserver's message, for the first requirement on a field that is
 * not in `supported` (checked in the selector's order, as Transform does).
 */
export function checkSupportedFields(
  sel: FieldSelector,
  supported: readonly string[],
  kindForMessage: string,
): void {
  for (const r of sel.requirements) {
    if (supported.includes(r.field)) continue;
    if (KINDS_WITH_FIELD_LABEL_CONVERSION.has(kindForMessage)) {
      throw badRequest(`field label not supported: ${r.field}`);
    }
    throw badRequest(
      `"${r.field}" is not a known field selector: only "metadata.name", "metadata.namespace"`,
    );
  }
}
