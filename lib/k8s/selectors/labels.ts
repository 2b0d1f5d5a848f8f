/**
 * Kubernetes label selectors, as k8s.io/apimachinery/pkg/labels (selector.go) parses, matches and prints
 * them, and as metav1.LabelSelectorAsSelector turns the object form of workload specs into one.
 *
 * String form (`?labelSelector=`, `kubectl -l`):
 *
 *   <selector>    ::= <requirement> | <requirement> "," <selector>
 *   <requirement> ::= [!] KEY [ ("in" | "notin") "(" VALUES ")" | ("=" | "==" | "!=" | ">" | "<") VALUE ]
 *
 * `!=` and `notin` match objects that lack the key; `in`, `=` and `==` need it. `>`/`<` compare integers.
 * The empty string selects everything. Parse errors are thrown as 400 BadRequest with the parser's
 * wording (`unable to parse requirement: ...`, `found '...', expected: ...`).
 */

import { badRequest } from "../errors";
import { isJsonObject } from "../object";

/** selection.Operator values, as Kubernetes spells them. */
export type LabelOperator = "=" | "==" | "!=" | "in" | "notin" | "exists" | "!" | "gt" | "lt";

export interface LabelRequirement {
  readonly key: string;
  readonly operator: LabelOperator;
  /** Sorted and de-duplicated for the string form; as given for the object form. */
  readonly values: readonly string[];
}

export interface LabelSelector {
  readonly requirements: readonly LabelRequirement[];
  matches(labels: Record<string, string> | undefined): boolean;
  /** True when the selector does not restrict anything (empty string, `{}`). */
  isEverything(): boolean;
  /** True only for the selector of a null object-form selector, which matches no object. */
  isNothing(): boolean;
  /** The canonical string form, requirements sorted by key (labels.Selector.String()). */
  toString(): string;
}

/** The object form found in Deployment / ReplicaSet / Job specs (metav1.LabelSelector). */
export interface LabelSelectorObject {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

// ---------------------------------------------------------------------------------------------------------
// Validation of keys and values, with the messages of apimachinery's validation package.

const LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const LABEL_KEY_RE = new RegExp(`^${LABEL_KEY_FMT}$`);
const LABEL_KEY_ERR =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);
const LABEL_VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const DNS1123_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

const encoder = new TextEncoder();
const byteLength = (s: string): number => encoder.encode(s).length;

function regexError(msg: string, re: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${re}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((example, i) => {
    if (i > 0) out += " or ";
    out += `'${example}', `;
  });
  return `${out}regex used for validation is '${re}')`;
}

const maxLenError = (n: number): string => `must be no more than ${n} bytes`;

function dns1123SubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN_RE.test(value))
    errs.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, "example.com"));
  return errs;
}

/** content.IsLabelKey: the problems of a label key, empty when it is valid. */
export function labelKeyErrors(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split("/");
  let name: string;
  if (parts.length === 1) {
    name = parts[0] ?? "";
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? "";
    name = parts[1] ?? "";
    if (prefix.length === 0) errs.push("prefix part must be non-empty");
    else for (const msg of dns1123SubdomainErrors(prefix)) errs.push(`prefix part ${msg}`);
  } else {
    return [
      `a valid label key ${regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push("name part must be non-empty");
  else if (byteLength(name) > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!LABEL_KEY_RE.test(name)) {
    errs.push(`name part ${regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")}`);
  }
  return errs;
}

/** validation.IsValidLabelValue: the problems of a label value, empty when it is valid. */
export function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(value)) {
    errs.push(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
  }
  return errs;
}

/** A field.Error of type Invalid, printed as Go prints it (`path: Invalid value: "x": detail`). */
function invalidMessage(path: string, value: string | readonly string[] | null, detail: string): string {
  let shown: string;
  if (typeof value === "string") shown = JSON.stringify(value);
  else if (value === null) shown = "[]string(nil)";
  else shown = `[]string{${value.map((v) => JSON.stringify(v)).join(", ")}}`;
  return `${path}: Invalid value: ${shown}: ${detail}`;
}

/** utilerrors.Aggregate's message: one error alone, several in brackets. */
function aggregate(messages: string[]): string {
  return messages.length === 1 ? (messages[0] ?? "") : `[${messages.join(", ")}]`;
}

const INTEGER_RE = /^[+-]?\d+$/;

/**
 * labels.NewRequirement: checks a requirement. `keyPath` is where a bad key is reported
 * ("key" for the object form). Returns the aggregated message, or undefined when valid.
 */
function requirementErrors(
  key: string,
  operator: LabelOperator,
  values: readonly string[] | null,
  keyPath: string | null,
): string | undefined {
  const errs: string[] = [];
  if (keyPath !== null) {
    const keyErrs = labelKeyErrors(key);
    if (keyErrs.length > 0) errs.push(invalidMessage(keyPath, key, keyErrs.join("; ")));
  }
  const vals = values ?? [];
  switch (operator) {
    case "in":
    case "notin":
      if (vals.length === 0) {
        errs.push(invalidMessage("values", values, "for 'in', 'notin' operators, values set can't be empty"));
      }
      break;
    case "=":
    case "==":
    case "!=":
      if (vals.length !== 1) {
        errs.push(invalidMessage("values", values, "exact-match compatibility requires one single value"));
      }
      break;
    case "exists":
    case "!":
      if (vals.length !== 0) {
        errs.push(invalidMessage("values", values, "values set must be empty for exists and does not exist"));
      }
      break;
    case "gt":
    case "lt":
      if (vals.length !== 1) {
        errs.push(
          invalidMessage("values", values, "for 'Gt', 'Lt' operators, exactly one value is required"),
        );
      }
      vals.forEach((v, i) => {
        if (!INTEGER_RE.test(v)) {
          errs.push(
            invalidMessage(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"),
          );
        }
      });
      break;
  }
  vals.forEach((v, i) => {
    const valueErrs = labelValueErrors(v);
    if (valueErrs.length > 0) errs.push(invalidMessage(`values[${i}][${key}]`, v, valueErrs.join("; ")));
  });
  return errs.length > 0 ? aggregate(errs) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Matching and printing.

function requirementMatches(r: LabelRequirement, labels: Record<string, string> | undefined): boolean {
  const has = labels !== undefined && Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key] : undefined;
  switch (r.operator) {
    case "=":
    case "==":
    case "in":
      return value !== undefined && r.values.includes(value);
    case "!=":
    case "notin":
      return value === undefined || !r.values.includes(value);
    case "exists":
      return has;
    case "!":
      return !has;
    case "gt":
    case "lt": {
      if (value === undefined || !INTEGER_RE.test(value) || r.values.length !== 1) return false;
      const wanted = r.values[0] ?? "";
      if (!INTEGER_RE.test(wanted)) return false;
      const actual = BigInt(value);
      const bound = BigInt(wanted);
      return r.operator === "gt" ? actual > bound : actual < bound;
    }
  }
}

function requirementString(r: LabelRequirement): string {
  let out = r.operator === "!" ? `!${r.key}` : r.key;
  switch (r.operator) {
    case "exists":
    case "!":
      return out;
    case "in":
      out += " in ";
      break;
    case "notin":
      out += " notin ";
      break;
    case "gt":
      out += ">";
      break;
    case "lt":
      out += "<";
      break;
    default:
      out += r.operator;
  }
  const values = r.values.length === 1 ? (r.values[0] ?? "") : [...r.values].sort(compareStrings).join(",");
  return r.operator === "in" || r.operator === "notin" ? `${out}(${values})` : `${out}${values}`;
}

/** Byte-wise ordering, as Go's sort.Strings (keys and values are ASCII once validated). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class RequirementsSelector implements LabelSelector {
  readonly requirements: readonly LabelRequirement[];
  constructor(requirements: LabelRequirement[]) {
    // Stable sort by key, as selector.Add / parse sort their requirements.
    this.requirements = Object.freeze([...requirements].sort((a, b) => compareStrings(a.key, b.key)));
  }
  matches(labels: Record<string, string> | undefined): boolean {
    return this.requirements.every((r) => requirementMatches(r, labels));
  }
  isEverything(): boolean {
    return this.requirements.length === 0;
  }
  isNothing(): boolean {
    return false;
  }
  toString(): string {
    return this.requirements.map(requirementString).join(",");
  }
}

class NothingSelector implements LabelSelector {
  readonly requirements: readonly LabelRequirement[] = Object.freeze([]);
  matches(): boolean {
    return false;
  }
  isEverything(): boolean {
    return false;
  }
  isNothing(): boolean {
    return true;
  }
  toString(): string {
    return "";
  }
}

/** A selector that matches every object. */
export function everythingLabelSelector(): LabelSelector {
  return new RequirementsSelector([]);
}

/** A selector that matches no object (what a null object-form selector means). */
export function nothingLabelSelector(): LabelSelector {
  return new NothingSelector();
}

/** A selector requiring exactly these labels (labels.SelectorFromSet); empty or absent means everything. */
export function labelSelectorFromSet(set: Record<string, string> | undefined | null): LabelSelector {
  if (!set) return everythingLabelSelector();
  return new RequirementsSelector(
    Object.keys(set).map((key) => ({ key, operator: "=" as const, values: [set[key] ?? ""] })),
  );
}

// ---------------------------------------------------------------------------------------------------------
// The lexer and parser of the string form.

type Token =
  | "error"
  | "eos"
  | "closedPar"
  | "comma"
  | "doesNotExist"
  | "doubleEquals"
  | "equals"
  | "greaterThan"
  | "identifier"
  | "in"
  | "lessThan"
  | "notEquals"
  | "notIn"
  | "openPar";

const STRING_TO_TOKEN: Readonly<Record<string, Token>> = {
  ")": "closedPar",
  ",": "comma",
  "!": "doesNotExist",
  "==": "doubleEquals",
  "=": "equals",
  ">": "greaterThan",
  in: "in",
  "<": "lessThan",
  "!=": "notEquals",
  notin: "notIn",
  "(": "openPar",
};

interface ScannedItem {
  tok: Token;
  literal: string;
}

const isWhitespace = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\r" || ch === "\n";
const isSpecialSymbol = (ch: string): boolean => "=!(),><".includes(ch) && ch.length === 1;

function tokenFor(s: string): Token | undefined {
  return Object.hasOwn(STRING_TO_TOKEN, s) ? STRING_TO_TOKEN[s] : undefined;
}

function lex(s: string): ScannedItem[] {
  const items: ScannedItem[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s.charAt(pos))) pos++;
    if (pos >= s.length) {
      items.push({ tok: "eos", literal: "" });
      return items;
    }
    const start = pos;
    if (isSpecialSymbol(s.charAt(pos))) {
      // The longest run of special symbols that still forms an operator.
      let last: ScannedItem | undefined;
      while (pos < s.length && isSpecialSymbol(s.charAt(pos))) {
        const candidate = s.slice(start, pos + 1);
        const tok = tokenFor(candidate);
        if (tok) last = { tok, literal: candidate };
        else if (last) break;
        pos++;
      }
      items.push(last ?? { tok: "error", literal: `error expected: keyword found '${s.slice(start, pos)}'` });
    } else {
      while (pos < s.length && !isSpecialSymbol(s.charAt(pos)) && !isWhitespace(s.charAt(pos))) pos++;
      const word = s.slice(start, pos);
      const tok = tokenFor(word);
      items.push({ tok: tok ?? "identifier", literal: word });
    }
  }
}

class ParseError extends Error {}

class Parser {
  private position = 0;
  constructor(private readonly items: ScannedItem[]) {}

  /** In a value context, the keywords `in` and `notin` are plain identifiers. */
  private item(values: boolean, item: ScannedItem | undefined): ScannedItem {
    const it = item ?? { tok: "eos", literal: "" };
    if (values && (it.tok === "in" || it.tok === "notIn")) return { tok: "identifier", literal: it.literal };
    return it;
  }
  lookahead(values: boolean): ScannedItem {
    return this.item(values, this.items[this.position]);
  }
  consume(values: boolean): ScannedItem {
    const it = this.item(values, this.items[this.position]);
    this.position++;
    return it;
  }

  parse(): LabelRequirement[] {
    const requirements: LabelRequirement[] = [];
    for (;;) {
      const { tok, literal } = this.lookahead(true);
      if (tok === "identifier" || tok === "doesNotExist") {
        try {
          requirements.push(this.parseRequirement());
        } catch (e) {
          if (e instanceof ParseError) throw new ParseError(`unable to parse requirement: ${e.message}`);
          throw e;
        }
        const next = this.consume(true);
        if (next.tok === "eos") return requirements;
        if (next.tok === "comma") {
          const after = this.lookahead(true);
          if (after.tok !== "identifier" && after.tok !== "doesNotExist") {
            throw new ParseError(`found '${after.literal}', expected: identifier after ','`);
          }
        } else {
          throw new ParseError(`found '${next.literal}', expected: ',' or 'end of string'`);
        }
      } else if (tok === "eos") {
        return requirements;
      } else {
        throw new ParseError(`found '${literal}', expected: !, identifier, or 'end of string'`);
      }
    }
  }

  private parseRequirement(): LabelRequirement {
    const { key, operator: inferred } = this.parseKeyAndInferOperator();
    if (inferred === "exists" || inferred === "!") return checked(key, inferred, [], null);
    const operator = this.parseOperator();
    const values = operator === "in" || operator === "notin" ? this.parseValues() : this.parseExactValue();
    // sets.String.List(): sorted, unique.
    return checked(key, operator, [...new Set(values)].sort(compareStrings), null);
  }

  private parseKeyAndInferOperator(): { key: string; operator: LabelOperator | undefined } {
    let operator: LabelOperator | undefined;
    let item = this.consume(true);
    if (item.tok === "doesNotExist") {
      operator = "!";
      item = this.consume(true);
    }
    if (item.tok !== "identifier") throw new ParseError(`found '${item.literal}', expected: identifier`);
    const keyErrs = labelKeyErrors(item.literal);
    if (keyErrs.length > 0) throw new ParseError(invalidMessage("<nil>", item.literal, keyErrs.join("; ")));
    const next = this.lookahead(true).tok;
    if ((next === "eos" || next === "comma") && operator !== "!") operator = "exists";
    return { key: item.literal, operator };
  }

  private parseOperator(): LabelOperator {
    const { tok, literal } = this.consume(false);
    switch (tok) {
      case "in":
        return "in";
      case "equals":
        return "=";
      case "doubleEquals":
        return "==";
      case "greaterThan":
        return "gt";
      case "lessThan":
        return "lt";
      case "notIn":
        return "notin";
      case "notEquals":
        return "!=";
      default:
        throw new ParseError(`found '${literal}', expected: in, notin, =, ==, !=, gt, lt`);
    }
  }

  private parseValues(): string[] {
    const open = this.consume(true);
    if (open.tok !== "openPar") throw new ParseError(`found '${open.literal}' expected: '('`);
    const { tok, literal } = this.lookahead(true);
    if (tok === "identifier" || tok === "comma") {
      const values = this.parseIdentifiersList();
      if (this.consume(true).tok !== "closedPar") throw new ParseError(`found '${literal}', expected: ')'`);
      return values;
    }
    if (tok === "closedPar") {
      this.consume(true);
      return [""];
    }
    throw new ParseError(`found '${literal}', expected: ',', ')' or identifier`);
  }

  private parseIdentifiersList(): string[] {
    const values: string[] = [];
    for (;;) {
      const { tok, literal } = this.consume(true);
      if (tok === "identifier") {
        values.push(literal);
        const next = this.lookahead(true);
        if (next.tok === "comma") continue;
        if (next.tok === "closedPar") return values;
        throw new ParseError(`found '${next.literal}', expected: ',' or ')'`);
      }
      if (tok === "comma") {
        if (values.length === 0) values.push(""); // "(,"
        const next = this.lookahead(true).tok;
        if (next === "closedPar") {
          values.push(""); // ",)"
          return values;
        }
        if (next === "comma") values.push(""); // ",,"
        continue;
      }
      throw new ParseError(`found '${literal}', expected: ',', or identifier`);
    }
  }

  private parseExactValue(): string[] {
    const next = this.lookahead(true).tok;
    if (next === "eos" || next === "comma") return [""];
    const { tok, literal } = this.consume(true);
    if (tok === "identifier") return [literal];
    throw new ParseError(`found '${literal}', expected: identifier`);
  }
}

/** NewRequirement for the parser: the key was checked already, so only values can be wrong. */
function checked(
  key: string,
  operator: LabelOperator,
  values: string[],
  keyPath: string | null,
): LabelRequirement {
  const err = requirementErrors(key, operator, values, keyPath);
  if (err !== undefined) throw new ParseError(err);
  return { key, operator, values: Object.freeze(values) };
}

/** Parses the string form of a label selector (labels.Parse). Throws 400 BadRequest on bad syntax. */
export function parseLabelSelector(s: string): LabelSelector {
  try {
    return new RequirementsSelector(new Parser(lex(s)).parse());
  } catch (e) {
    if (e instanceof ParseError) throw badRequest(e.message);
    throw e;
  }
}

const OBJECT_OPERATORS: Readonly<Record<string, LabelOperator>> = {
  In: "in",
  NotIn: "notin",
  Exists: "exists",
  DoesNotExist: "!",
};

/**
 * metav1.LabelSelectorAsSelector: a null/undefined selector matches nothing, one with no matchLabels and
 * no matchExpressions matches everything. Bad keys, values or operators throw 400 BadRequest.
 */
export function labelSelectorFromObject(sel: LabelSelectorObject | undefined | null): LabelSelector {
  if (sel === null || sel === undefined) return nothingLabelSelector();
  const matchLabels = sel.matchLabels ?? {};
  const expressions = sel.matchExpressions ?? [];
  const labelKeys = Object.keys(matchLabels).sort(compareStrings);
  if (labelKeys.length + expressions.length === 0) return everythingLabelSelector();
  const requirements: LabelRequirement[] = [];
  const add = (key: string, operator: LabelOperator, values: string[] | null): void => {
    const err = requirementErrors(key, operator, values, "key");
    if (err !== undefined) throw badRequest(err);
    requirements.push({ key, operator, values: Object.freeze(values ?? []) });
  };
  for (const key of labelKeys) add(key, "=", [matchLabels[key] ?? ""]);
  for (const expr of expressions) {
    const operator = Object.hasOwn(OBJECT_OPERATORS, expr.operator)
      ? OBJECT_OPERATORS[expr.operator]
      : undefined;
    if (operator === undefined) {
      throw badRequest(`${JSON.stringify(expr.operator)} is not a valid label selector operator`);
    }
    add(expr.key, operator, expr.values && expr.values.length > 0 ? [...expr.values] : null);
  }
  return new RequirementsSelector(requirements);
}

/**
 * A stored object's selector field (`spec.selector` of a workload or budget) as a LabelSelector: a
 * missing or non-object selector selects nothing; undefined when it is malformed (which validation
 * refuses on write, so only a controller reading old data meets it).
 */
export function labelSelectorAt(value: unknown): LabelSelector | undefined {
  try {
    return labelSelectorFromObject(
      isJsonObject(value) ? (value as unknown as LabelSelectorObject) : undefined,
    );
  } catch {
    return undefined;
  }
}
