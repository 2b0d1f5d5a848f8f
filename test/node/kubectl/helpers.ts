/**
 * The real kubectl binaries against the playground started by the global setup: v1.32 at
 * /usr/bin/kubectl, Debian's 1.20 and a current 1.35, extracted by scripts/fetch-kubectl.sh into
 * .cache/ (run here when one is missing). Each run gets no kubeconfig (`KUBECONFIG=/nonexistent`), the cluster's
 * URL as `--server`, and a discovery cache private to this test run.
 */
import { expect } from "vitest";
import { fileExists, PATH, repoRoot, runProcess, runScript, tempDir } from "./processes.mjs";

export interface Kubectl {
  /** "1.35", "1.32" or "1.20". */
  version: string;
  bin: string;
}

export const KUBECTL_132: Kubectl = { version: "1.32", bin: "/usr/bin/kubectl" };
export const KUBECTL_120: Kubectl = {
  version: "1.20",
  bin: `${repoRoot}/.cache/kubectl-1.20/usr/bin/kubectl`,
};
export const KUBECTL_135: Kubectl = { version: "1.35", bin: `${repoRoot}/.cache/kubectl-1.35/kubectl` };
export const KUBECTLS: readonly Kubectl[] = [KUBECTL_135, KUBECTL_132, KUBECTL_120];

/** Makes sure the extracted kubectls are there (scripts/fetch-kubectl.sh, as .ci/run does). */
export function ensureKubectls(): void {
  if (!KUBECTLS.every((k) => fileExists(k.bin))) runScript(`${repoRoot}/scripts/fetch-kubectl.sh`, 180_000);
  for (const k of KUBECTLS) expect(fileExists(k.bin), `${k.bin} (kubectl ${k.version})`).toBe(true);
}

/** One discovery cache directory per test run (per process), never ~/.kube/cache. */
const CACHE = tempDir("kubeplay-kubectl-cache-");

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
  /** stdout then stderr, as a terminal shows them. */
  out: string;
}

export interface RunOptions {
  token?: string;
  /** Stops the command (SIGINT, as Ctrl-C) after this many milliseconds. */
  killAfterMs?: number;
  stdin?: string;
  /** Another --server than the cluster's URL. */
  server?: string;
  /** Instead of --server: a kubeconfig file. */
  kubeconfig?: string;
  /** Stops the command (SIGINT) when aborted. */
  signal?: AbortSignal;
  /** Called with stdout as it grows (for watches). */
  onStdout?: (soFar: string) => void;
}

/** kubectl 1.20 warns about the missing kubeconfig on every run: not part of any output. */
function dropConfigWarning(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/loader\.go:\d+\] Config not found/.test(line))
    .join("\n");
}

export class ClusterKubectl {
  constructor(
    readonly kubectl: Kubectl,
    readonly base: string,
    readonly cluster: string,
    readonly token?: string,
  ) {}

  get server(): string {
    return `${this.base}/clusters/${this.cluster}`;
  }

  /** Runs `kubectl ARGS` against the cluster. */
  async run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    const token = options.token ?? this.token;
    const connection = options.kubeconfig
      ? ["--kubeconfig", options.kubeconfig]
      : ["--server", options.server ?? this.server, ...(token ? ["--token", token] : [])];
    const full = [...connection, "--cache-dir", `${CACHE}/${this.kubectl.version}`, ...args];
    const env = { PATH, HOME: CACHE, KUBECONFIG: "/nonexistent" };
    const r = await runProcess(this.kubectl.bin, full, env, options);
    const stderr = dropConfigWarning(r.stderr);
    return { stdout: r.stdout, stderr, code: r.code, out: r.stdout + stderr };
  }

  /** Runs and expects exit code 0; answers stdout. */
  async ok(...args: string[]): Promise<string> {
    const r = await this.run(args);
    expect(r.code, `kubectl ${this.kubectl.version} ${args.join(" ")}\n${r.out}`).toBe(0);
    return r.stdout;
  }

  /** Runs and expects a failure; answers stderr. */
  async fails(...args: string[]): Promise<string> {
    const r = await this.run(args);
    expect(r.code, `kubectl ${this.kubectl.version} ${args.join(" ")} should fail\n${r.out}`).not.toBe(0);
    return r.stderr;
  }

  /** The object as JSON (`get -o json`). */
  async json<T = Record<string, unknown>>(...args: string[]): Promise<T> {
    return JSON.parse(await this.ok("get", ...args, "-o", "json")) as T;
  }
}

export interface CreatedCluster {
  name: string;
  tokens: { owner: string; editor: string; viewer: string };
}

/** A new cluster: instant simulated lifecycle (`speed: 0`), open unless `open: false`. */
export async function createCluster(
  base: string,
  prefix: string,
  init: Record<string, unknown> = {},
): Promise<CreatedCluster> {
  const name = `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const res = await fetch(`${base}/clusters/${name}/kubeplay/init`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ open: true, settings: { speed: 0 }, ...init }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as CreatedCluster;
  // The kubelets register their nodes on their own.
  const nodes = Array.isArray(init.nodes) ? init.nodes.length : 3;
  const token = body.tokens.owner;
  await eventually(async () => {
    const list = await fetch(`${base}/clusters/${name}/api/v1/nodes`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const items = ((await list.json()) as { items?: unknown[] }).items ?? [];
    expect(items.length).toBe(nodes);
  }, 20_000);
  return body;
}

/** Retries an assertion until it holds or the time is up. */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

/** The lines of a Table, each split into its columns (runs of 2+ spaces, kubectl's tabwriter). */
export function tableRows(text: string): string[][] {
  return text
    .trimEnd()
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.trim().split(/\s{2,}/));
}

/** The header of a Table printed by kubectl. */
export function headerOf(text: string): string[] {
  return tableRows(text)[0] ?? [];
}
