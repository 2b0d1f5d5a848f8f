/**
 * The playground's own verbs, beside Kubernetes' API, under `/clusters/NAME/kubeplay/`:
 *   GET    /nodes                  the node pool (the simulated machines)
 *   POST   /nodes                  add a node {name?, cpu?, memory?, pods?, zone?}
 *   DELETE /nodes/NAME             remove a node (its kubelet stops, its Node object goes)
 *   POST   /nodes/NAME/stop        stop a node's kubelet (heartbeats stop: NotReady, evictions)
 *   POST   /nodes/NAME/start       start it again
 *   POST   /faults/kill-container  {namespace?, pod, container?}: the container dies (exit 137)
 *   POST   /faults/crash           {component}: a control-plane component crashes and comes back;
 *                                   `apiserver` restarts this cluster object itself (sockets drop)
 *   GET    /components             which components run and are connected
 *   GET    /scheduler              the scheduler's counts and its own rate (pods per second deciding)
 *   GET    /scheduler/explain?namespace=N&pod=P   the scheduler's last decision for a pod (or null)
 */

import type { Registry } from "../apiserver/registry";
import type { ApiResponse } from "../apiserver/rest";
import { badRequest, notFound, toApiError } from "../k8s/errors";
import { kindByName } from "../k8s/kinds";
import { isJsonObject, type JsonValue } from "../k8s/object";
import { CONTROLLER_MANAGER, type ControlPlane, kubeletName, SCHEDULER } from "./components";
import type { ClusterInit } from "./init";
import { addNode, type NodeSpec } from "./node-pool";

/** What the scheduler answers about itself (its Durable Object's RPC methods). */
export interface SchedulerInfo {
  explain(namespace: string, name: string): Promise<unknown>;
  schedulingStats(): Promise<unknown>;
}

/** What a kubelet does when a fault is injected (its Durable Object's RPC method). */
export interface KubeletFaults {
  killContainer(namespace: string, pod: string, container?: string): Promise<string>;
}

export interface PlaygroundContext {
  init(): ClusterInit;
  saveNodes(nodes: NodeSpec[]): void;
  supervisor: ControlPlane;
  registry: Registry;
  scheduler(): SchedulerInfo;
  kubelet(node: string): KubeletFaults;
  /** Restarts the cluster object (its memory and sockets go; its storage stays), after answering. */
  restart(): void;
}

/** A request below `/kubeplay`, its body already parsed (undefined when there was none or no JSON). */
export interface PlaygroundRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

const NODES = kindByName("nodes")!;
const LEASES = kindByName("leases")!;
const PODS = kindByName("pods")!;

export async function playgroundRequest(
  ctx: PlaygroundContext,
  request: PlaygroundRequest,
): Promise<ApiResponse> {
  const { method, path } = request;
  try {
    const parts = path.split("/").filter(Boolean);
    if (parts[0] === "nodes") return nodes(ctx, method, parts.slice(1), request.body);
    if (parts[0] === "faults" && method === "POST") return await faults(ctx, parts[1] ?? "", request.body);
    if (parts[0] === "scheduler" && parts[1] === "explain" && method === "GET") {
      const namespace = request.query.get("namespace") || "default";
      const pod = request.query.get("pod") ?? "";
      if (!pod) throw badRequest("the pod query parameter is required");
      return ok({ decision: (await ctx.scheduler().explain(namespace, pod)) as JsonValue });
    }
    if (parts[0] === "scheduler" && method === "GET") {
      return ok((await ctx.scheduler().schedulingStats()) as JsonValue);
    }
    if (parts[0] === "components" && method === "GET") {
      return ok({
        wanted: ctx.supervisor.wanted(),
        connected: ctx.supervisor.connectedComponents(),
        asleep: ctx.supervisor.asleep,
      });
    }
    throw notFound({ group: "kubeplay", plural: "", kind: "" }, path);
  } catch (error) {
    const e = toApiError(error);
    return { code: e.code, body: e.status };
  }
}

function ok(body: JsonValue, code = 200): ApiResponse {
  return { code, body };
}

/** The body as a JSON object; no body reads as `{}`, as an unreadable one did over HTTP. */
function objectBody(body: unknown): Record<string, unknown> {
  const parsed = body === undefined ? {} : body;
  if (!isJsonObject(parsed)) throw badRequest("the body must be a JSON object");
  return parsed;
}

function nodes(ctx: PlaygroundContext, method: string, rest: string[], body: unknown): ApiResponse {
  const pool = ctx.init().nodes;
  if (rest.length === 0) {
    if (method === "GET") return ok({ nodes: pool as unknown as JsonValue });
    if (method === "POST") {
      const b = objectBody(body);
      const next = addNode(pool, {
        name: typeof b.name === "string" ? b.name : undefined,
        cpu: typeof b.cpu === "string" ? b.cpu : undefined,
        memory: typeof b.memory === "string" ? b.memory : undefined,
        pods: typeof b.pods === "number" ? b.pods : undefined,
        zone: typeof b.zone === "string" ? b.zone : undefined,
      });
      if (typeof next === "string") throw badRequest(next);
      ctx.saveNodes(next);
      const added = next[next.length - 1]!;
      ctx.supervisor.startOne(kubeletName(added.name));
      return ok(added as unknown as JsonValue, 201);
    }
  }
  const name = rest[0] ?? "";
  const node = pool.find((n) => n.name === name);
  if (!node) throw notFound(NODES, name);
  const component = kubeletName(name);
  if (rest.length === 1 && method === "DELETE") {
    ctx.saveNodes(pool.filter((n) => n.name !== name));
    ctx.supervisor.stopOne(component);
    for (const [info, ns] of [
      [LEASES, "kube-node-lease"],
      [NODES, ""],
    ] as const) {
      if (ctx.registry.find(info, ns, name)) ctx.registry.delete(info, ns, name);
    }
    return ok({ removed: name });
  }
  if (rest.length === 2 && method === "POST" && (rest[1] === "stop" || rest[1] === "start")) {
    const stopped = rest[1] === "stop";
    ctx.saveNodes(pool.map((n) => (n.name === name ? { ...n, stopped } : n)));
    if (stopped) ctx.supervisor.stopOne(component);
    else ctx.supervisor.startOne(component);
    return ok({ ...node, stopped } as unknown as JsonValue);
  }
  throw badRequest(`unsupported: ${method} nodes/${rest.join("/")}`);
}

async function faults(ctx: PlaygroundContext, fault: string, body: unknown): Promise<ApiResponse> {
  const b = objectBody(body);
  if (fault === "kill-container") {
    const namespace = typeof b.namespace === "string" ? b.namespace : "default";
    const podName = typeof b.pod === "string" ? b.pod : "";
    const pod = ctx.registry.find(PODS, namespace, podName);
    if (!pod) throw notFound(PODS, podName);
    const nodeName = isJsonObject(pod.spec) && typeof pod.spec.nodeName === "string" ? pod.spec.nodeName : "";
    if (!nodeName) throw badRequest(`pod ${podName} is not running on a node yet`);
    const kubelet = ctx.kubelet(nodeName);
    const container = typeof b.container === "string" ? b.container : undefined;
    const killed = await kubelet.killContainer(namespace, podName, container);
    return ok({ pod: podName, node: nodeName, container: killed });
  }
  if (fault === "crash") {
    const component = typeof b.component === "string" ? b.component : "";
    if (component === "apiserver") {
      ctx.restart();
      return ok({ crashed: component });
    }
    const known = [CONTROLLER_MANAGER, SCHEDULER, ...ctx.init().nodes.map((n) => kubeletName(n.name))];
    if (!known.includes(component)) {
      throw badRequest(
        `unknown component ${JSON.stringify(component)}; one of: apiserver, ${known.join(", ")}`,
      );
    }
    await ctx.supervisor
      .stub(component)
      .crash()
      .catch(() => {}); // the crash breaks the call itself
    return ok({ crashed: component });
  }
  throw badRequest(`unknown fault ${JSON.stringify(fault)}`);
}
