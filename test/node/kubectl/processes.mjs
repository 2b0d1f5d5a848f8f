// Node's process and file plumbing for the kubectl tests, in plain JavaScript as bench/server.mjs
// (the TypeScript project type-checks against the Workers runtime, without Node's types).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export function fileExists(path) {
  return existsSync(path);
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFile(path, text) {
  writeFileSync(path, text);
}

export function runScript(path, timeoutMs) {
  execFileSync(path, { stdio: "ignore", timeout: timeoutMs });
}

export function runProcess(bin, args, env, options = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(bin, args, { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d.toString();
      options.onStdout?.(stdout);
    });
    child.stderr.on("data", (d) => {
      stderr += d.toString();
    });
    child.stdin.end(options.stdin ?? "");
    const hardStop = setTimeout(() => child.kill("SIGKILL"), options.hardTimeoutMs ?? 50_000);
    const softStop = options.killAfterMs
      ? setTimeout(() => child.kill("SIGINT"), options.killAfterMs)
      : undefined;
    options.signal?.addEventListener("abort", () => child.kill("SIGINT"), { once: true });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(hardStop);
      if (softStop) clearTimeout(softStop);
      resolveRun({ stdout, stderr, code: code ?? (signal ? 130 : -1) });
    });
  });
}

export const PATH = process.env.PATH ?? "/usr/bin:/bin";
