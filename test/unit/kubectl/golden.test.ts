/// <reference types="vite/client" />
/** The playground's kubectl against outputs captured from the real kubectl v1.32.4 (see test/golden/kubectl/README.md). */
import { describe, expect, it } from "vitest";
import { kubectl } from "../../kubectl-helpers";

const commands = import.meta.glob<string>("../../golden/kubectl/*.cmd", {
  query: "?raw",
  import: "default",
  eager: true,
});
const outputs = import.meta.glob<string>("../../golden/kubectl/*.out", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Help texts are shortened on purpose; they have their own test. */
const DIFFERENT_ON_PURPOSE = new Set(["help", "get-help"]);

/** Where the playground differs on purpose: its own verbs are suggested too. */
const ADJUST: Record<string, (golden: string) => string> = {
  "unknown-command": (g) => g.replace("\ttop\n", "\ttop\n\tflow\n"),
};

const notFound = async () =>
  Response.json(
    {
      kind: "Status",
      apiVersion: "v1",
      status: "Failure",
      code: 404,
      reason: "NotFound",
      message: "not found",
    },
    { status: 404 },
  );

describe("golden outputs of the real kubectl", () => {
  const names = Object.keys(commands)
    .map((p) => /([^/]+)\.cmd$/.exec(p)?.[1] ?? "")
    .filter((n) => n && !DIFFERENT_ON_PURPOSE.has(n));
  it("has golden files", () => {
    expect(names.length).toBeGreaterThan(10);
  });
  for (const name of names) {
    it(name, async () => {
      const line = (commands[`../../golden/kubectl/${name}.cmd`] ?? "").trim();
      const golden = outputs[`../../golden/kubectl/${name}.out`] ?? "";
      const expected = ADJUST[name]?.(golden) ?? golden;
      const result = await kubectl("none", line, { fetch: notFound });
      expect(`${result.stdout}${result.stderr}exit=${result.code}\n`).toBe(expected);
      expect(result.requests.filter((r) => !r.startsWith("GET "))).toEqual([]);
    });
  }

  it("help lists kubectl's sections and the playground's", async () => {
    const golden = outputs["../../golden/kubectl/help.out"] ?? "";
    const result = await kubectl("none", "kubectl --help", { fetch: notFound });
    expect(result.code).toBe(0);
    for (const heading of golden
      .split("\n")
      .filter((l: string) => /^[A-Z].*:$/.test(l) && !l.startsWith("Subcommands"))) {
      if (
        [
          "Cluster Management Commands:",
          "Troubleshooting and Debugging Commands:",
          "Basic Commands (Beginner):",
          "Basic Commands (Intermediate):",
          "Deploy Commands:",
          "Advanced Commands:",
          "Settings Commands:",
          "Other Commands:",
          "Usage:",
        ].includes(heading)
      )
        expect(result.stdout).toContain(heading);
    }
    expect(result.stdout).toContain("Playground Commands:");
    for (const verb of ["node", "crash", "speed", "reset", "flow", "get", "apply", "drain", "rollout"])
      expect(result.stdout).toMatch(new RegExp(`^  ${verb} `, "m"));
  });
});
