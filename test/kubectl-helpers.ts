/** Runs the playground's kubectl against a cluster Durable Object (through SELF.fetch) or a fake API. */
import { SELF } from "cloudflare:test";
import { runKubectl } from "../lib/kubectl";
import type { KubectlIO, PlaygroundVerbs } from "../lib/kubectl/types";
import { initCluster } from "./helpers";

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The requests kubectl made: `METHOD path`. */
  requests: string[];
}

export interface RunOptions {
  stdin?: string;
  signal?: AbortSignal;
  now?: () => number;
  playground?: PlaygroundVerbs;
  /** Replaces the cluster: answers each request (for hand-made Tables and errors). */
  fetch?: (path: string, init?: RequestInit) => Promise<Response>;
}

export async function kubectl(
  cluster: string,
  line: string,
  options: RunOptions = {},
): Promise<KubectlResult> {
  if (!options.fetch) await initCluster(cluster);
  let stdout = "";
  let stderr = "";
  const requests: string[] = [];
  const io: KubectlIO = {
    fetch: (path, init) => {
      requests.push(`${init?.method ?? "GET"} ${path}`);
      if (options.fetch) return options.fetch(path, init);
      return SELF.fetch(`http://kubeplay.test/clusters/${cluster}${path}`, init);
    },
    write: (text, stream) => {
      if (stream === "stderr") stderr += text;
      else stdout += text;
    },
    stdin: options.stdin,
    signal: options.signal ?? new AbortController().signal,
    now: options.now ?? (() => Date.now()),
    playground: options.playground,
    // Discovery kept per cluster between commands, as the cluster's own kubectl runner keeps it.
    ...(options.fetch ? {} : { discoveryCacheKey: cluster }),
  };
  const code = await runKubectl(line, io);
  return { code, stdout, stderr, requests };
}

/** The writes among the requests (anything but GET). */
export function writes(result: KubectlResult): string[] {
  return result.requests.filter((r) => !r.startsWith("GET "));
}
