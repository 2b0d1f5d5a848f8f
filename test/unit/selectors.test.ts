import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/k8s/errors";
import { checkSupportedFields, escapeFieldValue, parseFieldSelector } from "../../lib/k8s/selectors/fields";
import {
  labelKeyErrors,
  labelSelectorFromObject,
  labelSelectorFromSet,
  parseLabelSelector,
} from "../../lib/k8s/selectors/labels";

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("expected an ApiError");
}

const prod = { app: "web", env: "prod", tier: "frontend" };
const dev = { app: "web", env: "dev" };
const bare = { other: "x" };

describe("label selectors: string form", () => {
  it("empty selects everything", () => {
    const sel = parseLabelSelector("");
    expect(sel.isEverything()).toBe(true);
    expect(sel.isNothing()).toBe(false);
    expect(sel.matches(prod)).toBe(true);
    expect(sel.matches(undefined)).toBe(true);
    expect(sel.toString()).toBe("");
    expect(parseLabelSelector("   ").isEverything()).toBe(true);
  });

  it("= and == require the key with that value", () => {
    for (const s of ["env=prod", "env==prod"]) {
      const sel = parseLabelSelector(s);
      expect(sel.matches(prod)).toBe(true);
      expect(sel.matches(dev)).toBe(false);
      expect(sel.matches(bare)).toBe(false);
      expect(sel.matches(undefined)).toBe(false);
    }
    expect(parseLabelSelector("env==prod").toString()).toBe("env==prod");
    expect(parseLabelSelector("env=prod").requirements).toEqual([
      { key: "env", operator: "=", values: ["prod"] },
    ]);
  });

  it("!= matches other values and objects without the key", () => {
    const sel = parseLabelSelector("env!=prod");
    expect(sel.matches(prod)).toBe(false);
    expect(sel.matches(dev)).toBe(true);
    expect(sel.matches(bare)).toBe(true);
    expect(sel.matches(undefined)).toBe(true);
  });

  it("in and notin", () => {
    const inSel = parseLabelSelector("env in (prod,staging)");
    expect(inSel.matches(prod)).toBe(true);
    expect(inSel.matches(dev)).toBe(false);
    expect(inSel.matches(bare)).toBe(false);
    const notIn = parseLabelSelector("env notin (prod,staging)");
    expect(notIn.matches(prod)).toBe(false);
    expect(notIn.matches(dev)).toBe(true);
    expect(notIn.matches(bare)).toBe(true);
    expect(notIn.matches(undefined)).toBe(true);
    expect(inSel.requirements[0]?.values).toEqual(["prod", "staging"]);
  });

  it("exists and !key", () => {
    const exists = parseLabelSelector("tier");
    expect(exists.matches(prod)).toBe(true);
    expect(exists.matches(dev)).toBe(false);
    expect(exists.matches({ tier: "" })).toBe(true);
    const missing = parseLabelSelector("!tier");
    expect(missing.matches(prod)).toBe(false);
    expect(missing.matches(dev)).toBe(true);
    expect(missing.matches(undefined)).toBe(true);
    expect(missing.toString()).toBe("!tier");
    expect(exists.requirements[0]?.operator).toBe("exists");
    expect(missing.requirements[0]?.operator).toBe("!");
  });

  it("gt and lt compare integers", () => {
    expect(parseLabelSelector("replicas>2").matches({ replicas: "3" })).toBe(true);
    expect(parseLabelSelector("replicas>2").matches({ replicas: "2" })).toBe(false);
    expect(parseLabelSelector("replicas<2").matches({ replicas: "1" })).toBe(true);
    expect(parseLabelSelector("replicas<2").matches({ replicas: "x" })).toBe(false);
    expect(parseLabelSelector("replicas<2").matches({})).toBe(false);
    expect(apiError(() => parseLabelSelector("replicas>x")).message).toBe(
      "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer",
    );
  });

  it("comma is AND; whitespace is tolerated; requirements sorted by key", () => {
    const sel = parseLabelSelector("  tier , env in ( prod , dev ) ,app = web,!canary ");
    expect(sel.matches(prod)).toBe(true);
    expect(sel.matches(dev)).toBe(false); // no tier
    expect(sel.matches({ ...prod, canary: "true" })).toBe(false);
    expect(sel.requirements.map((r) => r.key)).toEqual(["app", "canary", "env", "tier"]);
    expect(sel.toString()).toBe("app=web,!canary,env in (dev,prod),tier");
  });

  it("values: empty values, keywords as values, prefixed keys", () => {
    expect(parseLabelSelector("a=").matches({ a: "" })).toBe(true);
    expect(parseLabelSelector("a=").matches({})).toBe(false);
    expect(parseLabelSelector("a in ()").requirements[0]?.values).toEqual([""]);
    expect(parseLabelSelector("x in (foo,,baz)").requirements[0]?.values).toEqual(["", "baz", "foo"]);
    expect(parseLabelSelector("a in (in,notin)").matches({ a: "notin" })).toBe(true);
    const prefixed = parseLabelSelector("app.kubernetes.io/name=nginx");
    expect(prefixed.matches({ "app.kubernetes.io/name": "nginx" })).toBe(true);
    expect(prefixed.toString()).toBe("app.kubernetes.io/name=nginx");
  });

  it("parse errors are 400 BadRequest with the parser's wording", () => {
    const cases: [string, string][] = [
      ["a b", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
      ["a in b", "unable to parse requirement: found 'b' expected: '('"],
      ["a in (b", "unable to parse requirement: found '', expected: ',' or ')'"],
      ["a=b,", "found '', expected: identifier after ','"],
      ["a=b c", "found 'c', expected: ',' or 'end of string'"],
      ["=a", "found '=', expected: !, identifier, or 'end of string'"],
      ["!", "unable to parse requirement: found '', expected: identifier"],
      ["a===b", "unable to parse requirement: found '=', expected: identifier"],
      ["!a=b", "found '=', expected: ',' or 'end of string'"],
      [",a", "found ',', expected: !, identifier, or 'end of string'"],
    ];
    for (const [input, message] of cases) {
      const err = apiError(() => parseLabelSelector(input));
      expect(err.code, input).toBe(400);
      expect(err.reason).toBe("BadRequest");
      expect(err.message, input).toBe(message);
    }
  });

  it("invalid keys and values are refused", () => {
    const key = apiError(() => parseLabelSelector("-bad=x"));
    expect(key.code).toBe(400);
    expect(key.message).toBe(
      "unable to parse requirement: <nil>: Invalid value: \"-bad\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    );
    const value = apiError(() => parseLabelSelector("app=a$b"));
    expect(value.message).toBe(
      "unable to parse requirement: values[0][app]: Invalid value: \"a$b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
    expect(apiError(() => parseLabelSelector(`a=${"x".repeat(64)}`)).message).toContain(
      "must be no more than 63 bytes",
    );
    expect(labelKeyErrors("Example.com/x")[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain/);
    expect(labelKeyErrors("a/b/c")[0]).toMatch(/^a valid label key must consist/);
    expect(labelKeyErrors("/x")).toEqual(["prefix part must be non-empty"]);
  });
});

describe("label selectors: object form", () => {
  it("null or undefined selects nothing; {} selects everything", () => {
    for (const sel of [labelSelectorFromObject(null), labelSelectorFromObject(undefined)]) {
      expect(sel.isNothing()).toBe(true);
      expect(sel.isEverything()).toBe(false);
      expect(sel.matches(prod)).toBe(false);
      expect(sel.matches({})).toBe(false);
    }
    for (const empty of [{}, { matchLabels: {} }, { matchLabels: {}, matchExpressions: [] }]) {
      const sel = labelSelectorFromObject(empty);
      expect(sel.isEverything()).toBe(true);
      expect(sel.isNothing()).toBe(false);
      expect(sel.matches(prod)).toBe(true);
      expect(sel.matches(undefined)).toBe(true);
    }
  });

  it("matchLabels and matchExpressions are ANDed", () => {
    const sel = labelSelectorFromObject({
      matchLabels: { app: "web" },
      matchExpressions: [
        { key: "env", operator: "In", values: ["prod", "dev"] },
        { key: "canary", operator: "DoesNotExist" },
        { key: "tier", operator: "Exists" },
        { key: "zone", operator: "NotIn", values: ["b"] },
      ],
    });
    expect(sel.matches(prod)).toBe(true);
    expect(sel.matches(dev)).toBe(false);
    expect(sel.matches({ ...prod, canary: "1" })).toBe(false);
    expect(sel.matches({ ...prod, zone: "b" })).toBe(false);
    expect(sel.toString()).toBe("app=web,!canary,env in (dev,prod),tier,zone notin (b)");
  });

  it("bad operators and values are refused", () => {
    expect(
      apiError(() => labelSelectorFromObject({ matchExpressions: [{ key: "a", operator: "Gt" }] })).message,
    ).toBe('"Gt" is not a valid label selector operator');
    expect(
      apiError(() => labelSelectorFromObject({ matchExpressions: [{ key: "a", operator: "In" }] })).message,
    ).toBe("values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty");
    expect(
      apiError(() =>
        labelSelectorFromObject({ matchExpressions: [{ key: "a", operator: "Exists", values: ["x"] }] }),
      ).message,
    ).toBe('values: Invalid value: []string{"x"}: values set must be empty for exists and does not exist');
    expect(apiError(() => labelSelectorFromObject({ matchLabels: { "bad key": "x" } })).message).toMatch(
      /^key: Invalid value: "bad key": name part must consist/,
    );
  });

  it("selector from a set", () => {
    const sel = labelSelectorFromSet({ b: "2", a: "1" });
    expect(sel.toString()).toBe("a=1,b=2");
    expect(sel.matches({ a: "1", b: "2", c: "3" })).toBe(true);
    expect(sel.matches({ a: "1" })).toBe(false);
    expect(labelSelectorFromSet(undefined).isEverything()).toBe(true);
  });
});

describe("field selectors", () => {
  it("=, == and != with absent fields as empty string", () => {
    const sel = parseFieldSelector("status.phase=Running,spec.nodeName!=node-1");
    expect(sel.matches({ "status.phase": "Running", "spec.nodeName": "node-2" })).toBe(true);
    expect(sel.matches({ "status.phase": "Running", "spec.nodeName": "node-1" })).toBe(false);
    expect(sel.matches({ "status.phase": "Running" })).toBe(true);
    expect(sel.matches({ "spec.nodeName": "node-2" })).toBe(false);
    expect(parseFieldSelector("spec.nodeName=").matches({})).toBe(true);
    expect(parseFieldSelector("spec.nodeName==a").requirements).toEqual([
      { field: "spec.nodeName", operator: "=", value: "a" },
    ]);
    expect(sel.toString()).toBe("spec.nodeName!=node-1,status.phase=Running");
  });

  it("empty selects everything", () => {
    const sel = parseFieldSelector("");
    expect(sel.isEverything()).toBe(true);
    expect(sel.matches({})).toBe(true);
    expect(parseFieldSelector(",").isEverything()).toBe(true);
    expect(parseFieldSelector("a=b").isEverything()).toBe(false);
  });

  it("exactValue", () => {
    const sel = parseFieldSelector("metadata.name=web,metadata.namespace!=kube-system");
    expect(sel.exactValue("metadata.name")).toBe("web");
    expect(sel.exactValue("metadata.namespace")).toBeUndefined();
    expect(sel.exactValue("spec.nodeName")).toBeUndefined();
  });

  it("backslash escapes in values", () => {
    const sel = parseFieldSelector("metadata.name=a\\,b\\=c\\\\d\\!e,spec.x=y");
    expect(sel.requirements).toEqual([
      { field: "metadata.name", operator: "=", value: "a,b=c\\d!e" },
      { field: "spec.x", operator: "=", value: "y" },
    ]);
    expect(sel.matches({ "metadata.name": "a,b=c\\d!e", "spec.x": "y" })).toBe(true);
    expect(sel.toString()).toBe("metadata.name=a\\,b\\=c\\\\d!e,spec.x=y");
    expect(escapeFieldValue("a,b=c\\")).toBe("a\\,b\\=c\\\\");
    expect(parseFieldSelector(sel.toString()).requirements).toEqual(sel.requirements);
  });

  it("syntax errors are 400 BadRequest", () => {
    const noOp = apiError(() => parseFieldSelector("metadata.name"));
    expect(noOp.code).toBe(400);
    expect(noOp.message).toBe("invalid selector: 'metadata.name'; can't understand 'metadata.name'");
    expect(apiError(() => parseFieldSelector("a=b\\x")).message).toBe(
      "invalid field selector: invalid escape sequence: \\x",
    );
    expect(apiError(() => parseFieldSelector("a=b\\")).message).toBe(
      "invalid field selector: invalid escape sequence: \\",
    );
    expect(apiError(() => parseFieldSelector("a=b=c")).message).toBe(
      "invalid field selector: unescaped character in value: 61",
    );
  });

  it("unsupported fields are refused with kube-apiserver's wording", () => {
    const podFields = ["metadata.name", "metadata.namespace", "spec.nodeName", "status.phase"];
    checkSupportedFields(parseFieldSelector("spec.nodeName=n1,status.phase!=Failed"), podFields, "Pod");
    const pod = apiError(() => checkSupportedFields(parseFieldSelector("spec.foo=1"), podFields, "Pod"));
    expect(pod.code).toBe(400);
    expect(pod.reason).toBe("BadRequest");
    expect(pod.message).toBe("field label not supported: spec.foo");
    const cm = apiError(() =>
      checkSupportedFields(
        parseFieldSelector("data.x=1"),
        ["metadata.name", "metadata.namespace"],
        "ConfigMap",
      ),
    );
    expect(cm.message).toBe(
      '"data.x" is not a known field selector: only "metadata.name", "metadata.namespace"',
    );
  });
});
