// Node's process and file plumbing for openapi-kubectl.test.ts, in plain JavaScript (the TypeScript
// project type-checks against the Workers runtime, without Node's types).
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** kubectl 1.32 (/usr/bin/kubectl) unless KUBECTL says otherwise. */
export const KUBECTL_132 = process.env.KUBECTL ?? "/usr/bin/kubectl";
/** Debian's kubectl 1.20, as scripts/fetch-kubectl.sh extracts it, unless KUBECTL_1_20 says otherwise. */
export const KUBECTL_120 = process.env.KUBECTL_1_20 ?? `${repoRoot}/.cache/kubectl-1.20/usr/bin/kubectl`;

/** Extracts kubectl 1.20 when it is missing (as .ci/run does); answers whether it is there. */
export function ensureKubectl120() {
  if (!existsSync(KUBECTL_120) && !process.env.KUBECTL_1_20) {
    try {
      execFileSync(`${repoRoot}/scripts/fetch-kubectl.sh`, { stdio: "ignore", timeout: 120_000 });
    } catch {
      // reported by the caller: the binary is missing
    }
  }
  return existsSync(KUBECTL_120);
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(path) {
  rmSync(path, { recursive: true, force: true });
}

export function writeFile(dir, name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs a binary without a kubeconfig, HOME in `home`; answers its exit code and output. */
export function run(bin, args, home) {
  return new Promise((done) => {
    execFile(
      bin,
      args,
      { env: { ...process.env, KUBECONFIG: "/nonexistent", HOME: home }, timeout: 45_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
