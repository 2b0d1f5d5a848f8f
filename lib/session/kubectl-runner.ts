/**
 * Runs the playground's kubectl inside the cluster: its `fetch` calls the API server directly
 * (`ApiServer.serveApi`, the same surface HTTP requests reach through the router) with the
 * participant's identity and role, so a viewer's writes are refused by the API server itself and
 * `?watch=true` streams; its playground verbs call the `/kubeplay/` endpoints the same way.
 */
import type { Caller } from "../apiserver/access";
import type { ApiCall } from "../apiserver/api-surface";
import { isReadOnly } from "../apiserver/authorize";
import { bodyWithinLimit } from "../apiserver/http";
import type { ApiResponse } from "../apiserver/rest";
import { isJsonObject } from "../k8s/object";
import { runKubectl } from "../kubectl";
import type { KubectlIO, PlaygroundVerbs } from "../kubectl/types";
import type { PlaygroundRequest } from "../playground/endpoints";
import type { CommandRun } from "./session-hub";
import { runTestCommand, TEST_PREFIX } from "./test-commands";

export interface KubectlHost {
  cluster(): string;
  /** The API server's surface below `/clusters/NAME`, for a known caller. */
  request(caller: Caller, call: ApiCall): Promise<Response>;
  /** The API server's `/kubeplay/` endpoints, for a known caller. */
  kubeplay(caller: Caller, request: PlaygroundRequest): Promise<ApiResponse>;
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
    return host.request(run.caller, apiCall(path, init, signal));
  };
  const io: KubectlIO = {
    fetch: request,
    write: (text, stream = "stdout") => run.write(text, stream),
    signal: run.signal,
    now: () => Date.now(),
    playground: playgroundVerbs(host, run.caller),
    discoveryCacheKey: host.cluster(),
    ...(run.stdin !== undefined ? { stdin: run.stdin } : {}),
  };
  if (host.testCommands && line.trimStart().startsWith(TEST_PREFIX)) return runTestCommand(line, io);
  return runKubectl(line, io);
}

/** kubectl's request (a path below the cluster with its query, and fetch's init) as an API call. */
function apiCall(pathAndQuery: string, init: RequestInit, signal: AbortSignal): ApiCall {
  const at = pathAndQuery.indexOf("?");
  const path = at < 0 ? pathAndQuery : pathAndQuery.slice(0, at);
  const headers = new Headers(init.headers);
  const header = (name: string) => headers.get(name) ?? undefined;
  const body = init.body;
  return {
    method: (init.method ?? "GET").toUpperCase(),
    path: path.startsWith("/") ? path : `/${path}`,
    query: new URLSearchParams(at < 0 ? "" : pathAndQuery.slice(at + 1)),
    accept: header("accept"),
    contentType: header("content-type"),
    ifNoneMatch: header("if-none-match"),
    body: async () => {
      if (body === undefined || body === null) return undefined;
      if (typeof body !== "string") throw new TypeError("kubectl sends its bodies as strings");
      return bodyWithinLimit(new TextEncoder().encode(body));
    },
    signal,
  };
}

/** The playground verbs on the API server's `/kubeplay/` endpoints; each answers what to print. */
export function playgroundVerbs(host: KubectlHost, caller: Caller): PlaygroundVerbs {
  const send = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const res = await host.kubeplay(caller, { method, path, query: new URLSearchParams(), body });
    const answer = isJsonObject(res.body) ? (res.body as Record<string, unknown>) : {};
    if (res.code < 200 || res.code > 299) {
      throw new Error(typeof answer.message === "string" ? answer.message : `${method} ${path}: ${res.code}`);
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
