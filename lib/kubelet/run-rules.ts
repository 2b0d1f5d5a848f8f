/**
 * What a started container's process does, by rules read from the pod (the first that decides wins):
 * the annotations `kubeplay.dev/exit-after` (a Go duration) and `kubeplay.dev/exit-code`; a
 * command/args script with `exit N` (exit with N), `sleep N` (run N seconds, summed), `while true` /
 * `sleep infinity` / `tail -f` (run forever); shell-like images (busybox, alpine, hello-world, ...)
 * exit 0 at once unless interactive (stdin); everything else (servers) runs until stopped. Program
 * durations are not scaled by cluster speed.
 */
import type { JsonObject, KubeObject } from "../k8s/object";
import { parseGoDuration } from "../printers/duration";
import type { ImageRef } from "./images";

/** What a started container does: exit with `exitCode` after `runsForMs`, or run forever (null). */
export interface RunOutcome {
  runsForMs: number | null;
  exitCode: number;
  /** The rule that decided it (for documentation and tests). */
  rule: string;
}

export interface RunRuleInput {
  pod: KubeObject;
  container: JsonObject;
  ref: ImageRef | null;
  /** command and args joined by spaces ("" when neither is set). */
  script: string;
}

export interface RunRule {
  name: string;
  description: string;
  decide: (input: RunRuleInput) => RunOutcome | null;
}

export const EXIT_AFTER_ANNOTATION = "kubeplay.dev/exit-after";
export const EXIT_CODE_ANNOTATION = "kubeplay.dev/exit-code";

/** Images whose default process is a shell or a one-shot program: without stdin they end at once. */
export const ONE_SHOT_IMAGES: readonly string[] = [
  "busybox",
  "alpine",
  "hello-world",
  "ubuntu",
  "debian",
  "fedora",
  "centos",
  "rockylinux",
  "bash",
  "perl",
  "curl",
];

/** busybox/coreutils `sleep` operands: 10, 1.5, 10s, 2m, 1h, 1d; Infinity for `infinity`. */
function sleepOperand(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (word === "infinity" || word === "inf") return Number.POSITIVE_INFINITY;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(word);
  if (!m) return null;
  const mult = { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ""] ?? 1000;
  return Math.round(Number(m[1]) * mult);
}

function baseName(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

/** Reads a shell script for the few commands that decide how long it runs and how it ends. */
function readScript(script: string): RunOutcome | null {
  const words = script.match(/[^\s;&|()'"`]+/g) ?? [];
  let sleeps = 0;
  let marked = false;
  for (let i = 0; i < words.length; i++) {
    const w = baseName(words[i] ?? "");
    const next = words[i + 1];
    if ((w === "while" && (next === "true" || next === ":")) || (w === "until" && next === "false")) {
      return { runsForMs: null, exitCode: 0, rule: "script-forever" };
    }
    if (w === "tail" && (next === "-f" || next === "-F"))
      return { runsForMs: null, exitCode: 0, rule: "script-forever" };
    if (w === "sleep") {
      const ms = sleepOperand(next);
      if (ms === null) continue;
      if (ms === Number.POSITIVE_INFINITY) return { runsForMs: null, exitCode: 0, rule: "script-forever" };
      sleeps += ms;
      marked = true;
      i++;
      continue;
    }
    if (w === "exit") {
      const code = next !== undefined && /^\d+$/.test(next) ? Number(next) & 255 : 0;
      return { runsForMs: sleeps, exitCode: code, rule: "script-exit" };
    }
  }
  const last = baseName(words[words.length - 1] ?? "");
  if (last === "false") return { runsForMs: sleeps, exitCode: 1, rule: "script-exit" };
  if (last === "true") return { runsForMs: sleeps, exitCode: 0, rule: "script-exit" };
  return marked ? { runsForMs: sleeps, exitCode: 0, rule: "script-sleep" } : null;
}

function isOneShotImage(ref: ImageRef | null): boolean {
  return ref !== null && ONE_SHOT_IMAGES.includes(ref.name);
}

/** The rules, in order; the first that decides wins. */
export const RUN_RULES: readonly RunRule[] = [
  {
    name: "annotation",
    description: `the pod annotations ${EXIT_AFTER_ANNOTATION} (a Go duration, default 0s) and ${EXIT_CODE_ANNOTATION} (default 0)`,
    decide: ({ pod }) => {
      const a = pod.metadata.annotations ?? {};
      const after = a[EXIT_AFTER_ANNOTATION];
      const code = a[EXIT_CODE_ANNOTATION];
      if (after === undefined && code === undefined) return null;
      const ms = after === undefined ? 0 : parseGoDuration(after);
      const exitCode = code === undefined ? 0 : Number.parseInt(code, 10);
      if (ms === null || Number.isNaN(exitCode)) return null;
      return { runsForMs: ms, exitCode: exitCode & 255, rule: "annotation" };
    },
  },
  {
    name: "script",
    description:
      "command/args: `exit N`, `sleep N` (summed), `while true`/`sleep infinity`/`tail -f` (forever), a final `true`/`false`",
    decide: ({ script }) => (script ? readScript(script) : null),
  },
  {
    name: "interactive",
    description: "a container with stdin open (kubectl run -it) keeps its shell running",
    decide: ({ container }) =>
      container.stdin === true ? { runsForMs: null, exitCode: 0, rule: "interactive" } : null,
  },
  {
    name: "one-shot-image",
    description: `images ${ONE_SHOT_IMAGES.join(", ")} end at once with exit code 0`,
    decide: ({ ref }) => (isOneShotImage(ref) ? { runsForMs: 0, exitCode: 0, rule: "one-shot-image" } : null),
  },
  {
    name: "server",
    description: "anything else runs until it is stopped",
    decide: () => ({ runsForMs: null, exitCode: 0, rule: "server" }),
  },
];

export function runOutcome(input: RunRuleInput): RunOutcome {
  for (const rule of RUN_RULES) {
    const out = rule.decide(input);
    if (out) return out;
  }
  return { runsForMs: null, exitCode: 0, rule: "server" };
}
