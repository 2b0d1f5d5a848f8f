/** The command-line parser: tokenizer, pflag-like flags, cobra-like suggestions, and every command's flags. */
import { describe, expect, it } from "vitest";
import type { Command } from "../../../lib/kubectl/command";
import { GLOBAL_FLAGS } from "../../../lib/kubectl/command";
import { COMMANDS } from "../../../lib/kubectl/commands";
import { FlagError, parseFlags } from "../../../lib/kubectl/parse/flags";
import { suggestionsFor } from "../../../lib/kubectl/parse/suggest";
import { MAX_LINE_BYTES, tokenize } from "../../../lib/kubectl/parse/tokenize";
import { kubectl } from "../../kubectl-helpers";

const refuse = async (): Promise<Response> => {
  throw new Error("no request expected");
};

describe("tokenize", () => {
  it("splits on blanks and keeps quoted text whole", () => {
    expect(tokenize(`get  pods -l 'app in (a, b)' -o "jsonpath={.items[*].metadata.name}"`)).toEqual({
      ok: true,
      words: ["get", "pods", "-l", "app in (a, b)", "-o", "jsonpath={.items[*].metadata.name}"],
    });
  });
  it("handles escapes as a shell does", () => {
    expect(tokenize(`a\\ b "c \\"d\\" \\$e \\n" 'f\\g' h""i ''`)).toEqual({
      ok: true,
      words: ["a b", 'c "d" $e \\n', "f\\g", "hi", ""],
    });
  });
  it("refuses unbalanced quotes with a clear error", () => {
    expect(tokenize(`get pods -l 'app=web`)).toEqual({
      ok: false,
      error: "error: unterminated single-quoted string: add the closing '",
    });
    expect(tokenize(`patch x -p "{`)).toMatchObject({
      ok: false,
      error: expect.stringContaining("double-quoted"),
    });
    expect(tokenize("get pods \\")).toMatchObject({ ok: false });
  });
  it("refuses lines over 64 KiB before parsing", () => {
    const result = tokenize(`get ${"a".repeat(MAX_LINE_BYTES)}`);
    expect(result.ok).toBe(false);
    expect(tokenize("x".repeat(MAX_LINE_BYTES)).ok).toBe(true);
  });
});

describe("flags", () => {
  const specs = [
    { name: "namespace", short: "n", type: "string" as const, usage: "" },
    { name: "watch", short: "w", type: "bool" as const, usage: "" },
    { name: "all-namespaces", short: "A", type: "bool" as const, usage: "" },
    { name: "replicas", type: "int" as const, usage: "" },
    { name: "from-literal", type: "stringArray" as const, usage: "" },
    { name: "label-columns", short: "L", type: "stringSlice" as const, usage: "" },
    { name: "dry-run", type: "string" as const, usage: "", default: "none", noOptDefault: "unchanged" },
  ];
  it("reads every pflag form", () => {
    const p = parseFlags(
      [
        "pods",
        "-nkube-system",
        "--replicas=3",
        "-wA",
        "x",
        "--from-literal",
        "a=1",
        "--from-literal=b=2",
        "-L",
        "app,tier",
        "-L=zone",
        "--dry-run",
      ],
      specs,
    );
    expect(p.args).toEqual(["pods", "x"]);
    expect(p.values.get("namespace")).toBe("kube-system");
    expect(p.values.get("replicas")).toBe(3);
    expect(p.values.get("watch")).toBe(true);
    expect(p.values.get("all-namespaces")).toBe(true);
    expect(p.values.get("from-literal")).toEqual(["a=1", "b=2"]);
    expect(p.values.get("label-columns")).toEqual(["app", "tier", "zone"]);
    expect(p.values.get("dry-run")).toBe("unchanged");
    expect(parseFlags(["-n=dev", "--watch=false"], specs).values.get("watch")).toBe(false);
    expect(parseFlags(["-n=dev"], specs).values.get("namespace")).toBe("dev");
  });
  it("stops at --", () => {
    const p = parseFlags(["x", "--", "-n", "--foo"], specs);
    expect(p.args).toEqual(["x", "-n", "--foo"]);
    expect(p.dashArgs).toEqual(["-n", "--foo"]);
  });
  it("fails with pflag's messages", () => {
    const err = (words: string[]) => {
      try {
        parseFlags(words, specs);
      } catch (e) {
        expect(e).toBeInstanceOf(FlagError);
        return (e as Error).message;
      }
      return "no error";
    };
    expect(err(["--foo"])).toBe("unknown flag: --foo");
    expect(err(["-z"])).toBe("unknown shorthand flag: 'z' in -z");
    expect(err(["-wz"])).toBe("unknown shorthand flag: 'z' in -wz");
    expect(err(["-n"])).toBe("flag needs an argument: 'n' in -n");
    expect(err(["--namespace"])).toBe("flag needs an argument: --namespace");
    expect(err(["--replicas=x"])).toBe(
      'invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax',
    );
    expect(err(["--watch=maybe"])).toBe(
      'invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    );
  });
});

describe("suggestions", () => {
  it("offers commands within distance 2 or with the typed prefix, in registration order", () => {
    expect(suggestionsFor("gt", ["set", "get", "cp", "delete"])).toEqual(["set", "get", "cp"]);
    expect(suggestionsFor("delte", ["get", "delete"])).toEqual(["delete"]);
    expect(suggestionsFor("roll", ["rollout", "scale"])).toEqual(["rollout"]);
    expect(suggestionsFor("zzzzzz", ["get"])).toEqual([]);
  });
});

/** Every command and subcommand with its path. */
function allCommands(): { command: Command; path: string }[] {
  const out: { command: Command; path: string }[] = [];
  const walk = (c: Command, path: string) => {
    out.push({ command: c, path });
    for (const s of c.subcommands ?? []) walk(s, `${path} ${s.name}`);
  };
  for (const c of COMMANDS) walk(c, c.name);
  return out;
}

describe("every command and flag", () => {
  const commands = allCommands();
  it("covers kubectl's commands of issue 4 and the playground's verbs", () => {
    const paths = commands.map((c) => c.path);
    for (const p of [
      "get",
      "describe",
      "create",
      "create deployment",
      "create service clusterip",
      "create service nodeport",
      "create service loadbalancer",
      "create namespace",
      "create configmap",
      "apply",
      "run",
      "expose",
      "delete",
      "scale",
      "set image",
      "rollout status",
      "rollout history",
      "rollout undo",
      "rollout restart",
      "rollout pause",
      "rollout resume",
      "label",
      "annotate",
      "taint",
      "cordon",
      "uncordon",
      "drain",
      "patch",
      "edit",
      "logs",
      "top node",
      "top pod",
      "explain",
      "api-resources",
      "version",
      "cluster-info",
      "config view",
      "node add",
      "node remove",
      "node stop",
      "node start",
      "crash pod",
      "crash component",
      "speed",
      "reset",
      "flow",
    ])
      expect(paths).toContain(p);
  });
  for (const { command, path } of commands) {
    if (command.hidden) continue;
    it(`${path} --help prints its usage without a request`, async () => {
      const r = await kubectl("none", `kubectl ${path} --help`, { fetch: refuse });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage:\n  kubectl ${path} `);
      expect(r.requests).toEqual([]);
    });
    if (!command.run) continue;
    it(`${path}: unknown flags fail before any request`, async () => {
      const r = await kubectl("none", `kubectl ${path} --no-such-flag`, { fetch: refuse });
      expect(r.stderr).toBe(`Error: unknown flag: --no-such-flag\nSee 'kubectl ${path} --help' for usage.\n`);
      expect(r.code).toBe(1);
      expect(r.requests).toEqual([]);
    });
    for (const flag of [...(command.flags ?? []), ...GLOBAL_FLAGS]) {
      if (flag.name === "help") continue;
      it(`${path} --${flag.name} parses`, () => {
        const specs = [...(command.flags ?? []), ...GLOBAL_FLAGS];
        const word =
          flag.type === "bool"
            ? `--${flag.name}`
            : flag.type === "int"
              ? `--${flag.name}=2`
              : `--${flag.name}=x`;
        const parsed = parseFlags(["arg", word], specs);
        expect(parsed.changed.has(flag.name)).toBe(true);
        expect(parsed.args).toEqual(["arg"]);
        if (flag.short)
          expect(
            parseFlags([`-${flag.short}${flag.type === "bool" ? "" : "=2"}`], specs).changed.has(flag.name),
          ).toBe(true);
        if (flag.type !== "bool" && !flag.noOptDefault)
          expect(() => parseFlags([`--${flag.name}`], specs)).toThrow(
            `flag needs an argument: --${flag.name}`,
          );
      });
    }
  }
  it("accepts a leading kubectl or k, and global flags before the command", async () => {
    for (const line of [
      "kubectl version --client",
      "k version --client",
      "version --client",
      "-n dev version --client",
    ]) {
      const r = await kubectl("none", line, { fetch: refuse });
      expect(r.stdout).toContain("Client Version: v1.32.4");
      expect(r.code).toBe(0);
    }
  });
  it("help and help COMMAND", async () => {
    expect((await kubectl("none", "help", { fetch: refuse })).stdout).toContain("Playground Commands:");
    expect((await kubectl("none", "help scale", { fetch: refuse })).stdout).toContain(
      "Usage:\n  kubectl scale ",
    );
    expect((await kubectl("none", "", { fetch: refuse })).stdout).toContain("Basic Commands (Beginner):");
  });
  it("unknown subcommands of a command group", async () => {
    const r = await kubectl("none", "rollout foo", { fetch: refuse });
    expect(r.stderr).toBe("error: unknown command \"foo\"\nSee 'kubectl rollout -h' for help and examples\n");
    expect(r.code).toBe(1);
  });
  it("kubectl's commands the playground lacks say so", async () => {
    const r = await kubectl("none", "exec -it x -- sh", { fetch: refuse });
    expect(r.stderr).toContain('"kubectl exec" is not available in the playground');
    expect(r.code).toBe(1);
  });
});
