/**
 * Runs the playground's kubectl inside the cluster: its `fetch` is the cluster's own request
 * handling, called with the participant's identity and role (so a viewer's writes are refused by
 * the API server itself, and `?watch=true` streams), and its playground verbs are the cluster's
 * `/kubeplay/` endpoints, called the same way.
 */
import { isReadOnly } from "../../lib/apiserver/authorize";
import { isJsonObject } from "../../lib/k8s/object";
import { runKubectl } from "../../lib/kubectl";
import type { KubectlIO, PlaygroundVerbs } from "../../lib/kubectl/types";
import type { Caller } from "./access";
import type { CommandRun } from "./session-hub";
import { runTestCommand, TEST_PREFIX } from "./test-commands";

export interface KubectlHost {
  cluster(): string;
  /** The cluster's request handling below `/clusters/NAME`, for a known caller. */
  serve(request: Request, caller: Caller): Promise<Response>;
  /** What `flow` prints. */
  flow(): string;
  /** The command's first write is about to happen: the flow from here on is its flow. */
  commandWrites(): void;
  /** Under the test configuration: lines starting `kubeplay-test` run test commands. */
  testCommands?: boolean;
}

export function runCommand(host: KubectlHost, line: string, run: CommandRun): Promise<number> {
  let wrote = false;
  const request = (path: string, init: RequestInit = {}): Promise<Response> => {
    if (!wrote && !isReadOnly(init.method ?? "GET")) {
      wrote = true;
      host.commandWrites();
    }
    const signal = init.signal ? AbortSignal.any([init.signal, run.signal]) : run.signal;
    const url = `https://cluster.internal/clusters/${host.cluster()}${path.startsWith("/") ? "" : "/"}${path}`;
    return host.serve(new Request(url, { ...init, signal }), run.caller);
  };
  const io: KubectlIO = {
    fetch: request,
    write: (text, stream = "stdout") => run.write(text, stream),
    signal: run.signal,
    now: () => Date.now(),
    playground: playgroundVerbs(host, request),
    discoveryCacheKey: host.cluster(),
    ...(run.stdin !== undefined ? { stdin: run.stdin } : {}),
  };
  if (host.testCommands && line.trimStart().startsWith(TEST_PREFIX)) return runTestCommand(line, io);
  return runKubectl(line, io);
}

type Call = (path: string, init?: RequestInit) => Promise<Response>;

/** The playground verbs on the cluster's `/kubeplay/` endpoints; each answers what to print. */
export function playgroundVerbs(host: KubectlHost, call: Call): PlaygroundVerbs {
  const send = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const res = await call(`/kubeplay${path}`, {
      method,
      ...(body !== undefined
        ? { body: JSON.stringify(body), headers: { "content-type": "application/json" } }
        : {}),
    });
    const parsed: unknown = await res.json().catch(() => ({}));
    const answer = isJsonObject(parsed) ? (parsed as Record<string, unknown>) : {};
    if (!res.ok) {
      throw new Error(
        typeof answer.message === "string" ? answer.message : `${method} ${path}: ${res.status}`,
      );
    }
    return answer;
  };
  const nodePath = (name: string) => `/nodes/${encodeURIComponent(name)}`;
  return {
    async addNode(spec) {
      const node = await send("POST", "/nodes", spec);
      return `node/${String(node.name)} added (cpu ${String(node.cpu)}, memory ${String(node.memory)}, pods ${String(node.pods)})\n`;
    },
    async removeNode(name) {
      await send("DELETE", nodePath(name));
      return `node/${name} removed\n`;
    },
    async stopNode(name) {
      await send("POST", `${nodePath(name)}/stop`);
      return `node/${name} stopped (its kubelet no longer heartbeats)\n`;
    },
    async startNode(name) {
      await send("POST", `${nodePath(name)}/start`);
      return `node/${name} started\n`;
    },
    async killContainer(namespace, pod, container) {
      const killed = await send("POST", "/faults/kill-container", { namespace, pod, container });
      return `container ${String(killed.container)} of pod ${namespace}/${pod} killed (exit code 137)\n`;
    },
    async crashComponent(component) {
      await send("POST", "/faults/crash", { component });
      return `${component} crashed; the cluster starts it again\n`;
    },
    async setSpeed(speed) {
      await send("PATCH", "/settings", { speed });
      return `speed set to ${speed}\n`;
    },
    async reset() {
      const answer = await send("POST", "/reset");
      return `${typeof answer.message === "string" ? answer.message : "cluster reset"}\n`;
    },
    async flow() {
      return host.flow();
    },
  };
}
