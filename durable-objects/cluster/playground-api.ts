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

import type { Registry } from "../../lib/apiserver/registry";
import { badRequest, notFound, toApiError } from "../../lib/k8s/errors";
import { kindByName } from "../../lib/k8s/kinds";
import { isJsonObject } from "../../lib/k8s/object";
import { addNode, type NodeSpec } from "../../lib/playground/node-pool";
import type { Env } from "../../worker/env";
import type { ClusterInit } from "./cluster-object";
import type { Supervisor } from "./supervisor";
import { CONTROLLER_MANAGER, kubeletName, SCHEDULER } from "./supervisor";

export interface PlaygroundContext {
  init(): ClusterInit;
  saveNodes(nodes: NodeSpec[]): void;
  supervisor: Supervisor;
  registry: Registry;
  env: Env;
  cluster(): string;
  touch(): void;
  /** Restarts the cluster object (its memory and sockets go; its storage stays), after answering. */
  restart(): void;
}

const NODES = kindByName("nodes")!;
const LEASES = kindByName("leases")!;
const PODS = kindByName("pods")!;

export async function handlePlaygroundRequest(
  ctx: PlaygroundContext,
  request: Request,
  path: string,
): Promise<Response> {
  try {
    const parts = path.split("/").filter(Boolean);
    const method = request.method;
    if (parts[0] === "nodes") return await nodes(ctx, method, parts.slice(1), request);
    if (parts[0] === "faults" && method === "POST") return await faults(ctx, parts[1] ?? "", request);
    if (parts[0] === "scheduler" && parts[1] === "explain" && method === "GET") {
      const url = new URL(request.url);
      const scheduler = ctx.env.SCHEDULER.getByName(ctx.cluster()) as unknown as {
        explain(namespace: string, name: string): Promise<unknown>;
      };
      const namespace = url.searchParams.get("namespace") || "default";
      const pod = url.searchParams.get("pod") ?? "";
      if (!pod) throw badRequest("the pod query parameter is required");
      return Response.json({ decision: await scheduler.explain(namespace, pod) });
    }
    if (parts[0] === "scheduler" && method === "GET") {
      const scheduler = ctx.env.SCHEDULER.getByName(ctx.cluster()) as unknown as {
        schedulingStats(): Promise<unknown>;
      };
      return Response.json(await scheduler.schedulingStats());
    }
    if (parts[0] === "components" && method === "GET") {
      return Response.json({
        wanted: ctx.supervisor.wanted(),
        connected: ctx.supervisor.connectedComponents(),
        asleep: ctx.supervisor.asleep,
      });
    }
    throw notFound({ group: "kubeplay", plural: "", kind: "" }, path);
  } catch (error) {
    const e = toApiError(error);
    return Response.json(e.status, { status: e.code });
  }
}

async function body(request: Request): Promise<Record<string, unknown>> {
  const parsed: unknown = await request.json().catch(() => ({}));
  if (!isJsonObject(parsed)) throw badRequest("the body must be a JSON object");
  return parsed;
}

async function nodes(
  ctx: PlaygroundContext,
  method: string,
  rest: string[],
  request: Request,
): Promise<Response> {
  const pool = ctx.init().nodes;
  if (rest.length === 0) {
    if (method === "GET") return Response.json({ nodes: pool });
    if (method === "POST") {
      const b = await body(request);
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
      return Response.json(added, { status: 201 });
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
    return Response.json({ removed: name });
  }
  if (rest.length === 2 && method === "POST" && (rest[1] === "stop" || rest[1] === "start")) {
    const stopped = rest[1] === "stop";
    ctx.saveNodes(pool.map((n) => (n.name === name ? { ...n, stopped } : n)));
    if (stopped) ctx.supervisor.stopOne(component);
    else ctx.supervisor.startOne(component);
    return Response.json({ ...node, stopped });
  }
  throw badRequest(`unsupported: ${method} nodes/${rest.join("/")}`);
}

interface KubeletFaults {
  killContainer(namespace: string, pod: string, container?: string): Promise<string>;
}

async function faults(ctx: PlaygroundContext, fault: string, request: Request): Promise<Response> {
  const b = await body(request);
  if (fault === "kill-container") {
    const namespace = typeof b.namespace === "string" ? b.namespace : "default";
    const podName = typeof b.pod === "string" ? b.pod : "";
    const pod = ctx.registry.find(PODS, namespace, podName);
    if (!pod) throw notFound(PODS, podName);
    const nodeName = isJsonObject(pod.spec) && typeof pod.spec.nodeName === "string" ? pod.spec.nodeName : "";
    if (!nodeName) throw badRequest(`pod ${podName} is not running on a node yet`);
    const kubelet = ctx.env.KUBELET.getByName(`${ctx.cluster()}/${nodeName}`) as unknown as KubeletFaults;
    const container = typeof b.container === "string" ? b.container : undefined;
    const killed = await kubelet.killContainer(namespace, podName, container);
    return Response.json({ pod: podName, node: nodeName, container: killed });
  }
  if (fault === "crash") {
    const component = typeof b.component === "string" ? b.component : "";
    if (component === "apiserver") {
      ctx.restart();
      return Response.json({ crashed: component });
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
    return Response.json({ crashed: component });
  }
  throw badRequest(`unknown fault ${JSON.stringify(fault)}`);
}
