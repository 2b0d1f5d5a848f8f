// What openapi-kubectl.test.ts needs beyond the kubectl tests' process plumbing
// (kubectl/processes.mjs): the binaries' paths (overridable), files in a temporary directory, and
// a run without a kubeconfig. Plain JavaScript: the TypeScript project has no Node types.
import { rmSync } from "node:fs";
import { join } from "node:path";
import {
  fileExists,
  repoRoot,
  runProcess,
  runScript,
  tempDir,
  writeFile as writeFileAt,
} from "./kubectl/processes.mjs";

export { repoRoot, tempDir };

/** kubectl 1.32 (/usr/bin/kubectl) unless KUBECTL says otherwise. */
export const KUBECTL_132 = process.env.KUBECTL ?? "/usr/bin/kubectl";
/** Debian's kubectl 1.20, as scripts/fetch-kubectl.sh extracts it, unless KUBECTL_1_20 says otherwise. */
export const KUBECTL_120 = process.env.KUBECTL_1_20 ?? `${repoRoot}/.cache/kubectl-1.20/usr/bin/kubectl`;

/** Extracts kubectl 1.20 when it is missing (as .ci/run does); answers whether it is there. */
export function ensureKubectl120() {
  if (!fileExists(KUBECTL_120) && !process.env.KUBECTL_1_20) {
    try {
      runScript(`${repoRoot}/scripts/fetch-kubectl.sh`, 180_000);
    } catch {
      // reported by the caller: the binary is missing
    }
  }
  return fileExists(KUBECTL_120);
}

export function removeDir(path) {
  rmSync(path, { recursive: true, force: true });
}

export function writeFile(dir, name, text) {
  const path = join(dir, name);
  writeFileAt(path, text);
  return path;
}

/** Runs a binary without a kubeconfig, HOME in `home`; answers its exit code and output. */
export function run(bin, args, home) {
  return runProcess(
    bin,
    args,
    { ...process.env, KUBECONFIG: "/nonexistent", HOME: home },
    { hardTimeoutMs: 45_000 },
  );
}
