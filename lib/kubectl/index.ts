/**
 * The playground's kubectl: one entry point that parses a command line (with or without a leading
 * `kubectl` or `k`) and runs it through the cluster's API. See types.ts for what it may touch.
 */
import type { ExitCode, KubectlIO } from "./types";

export type { ExitCode, KubectlIO, PlaygroundVerbs } from "./types";

/** Runs one command line; resolves with kubectl's exit code once it has printed everything. */
export async function runKubectl(line: string, io: KubectlIO): Promise<ExitCode> {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words[0] === "kubectl" || words[0] === "k") words.shift();
  const verb = words[0] ?? "";
  io.write(`error: unknown command "${verb}" for "kubectl"\n`, "stderr");
  return 1;
}
