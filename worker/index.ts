/**
 * The Worker: routes each cluster's API and WebSocket to its cluster Durable Object, and serves the
 * web client from the assets binding (files under web/ are matched before the Worker runs).
 */
import { Hono } from "hono";
import { drainBody } from "../lib/apiserver/drain";
import { badRequest } from "../lib/k8s/errors";
import { isDns1123Label } from "../lib/k8s/validation/names";
import type { Env } from "./env";

export { ClusterDurableObject } from "../durable-objects/cluster/cluster-object";
export { ControllerManagerDurableObject } from "../durable-objects/controller-manager/controller-manager-object";
export { KubeletDurableObject } from "../durable-objects/kubelet/kubelet-object";
export { SchedulerDurableObject } from "../durable-objects/scheduler/scheduler-object";

export const app = new Hono<{ Bindings: Env }>();

app.get("/healthz", (c) => c.text("ok"));

/** Everything under /clusters/NAME goes to that cluster's Durable Object, created on first use. */
app.all("/clusters/:cluster/*", (c) => toCluster(c.env, c.req.param("cluster"), c.req.raw));
app.all("/clusters/:cluster", (c) => toCluster(c.env, c.req.param("cluster"), c.req.raw));

/** A cluster's page (`/c/NAME?token=...`, a shareable link) is the web client's single page. */
app.get("/c/:cluster", (c) => c.env.ASSETS.fetch(new URL("/", c.req.url)));

app.notFound((c) => c.env.ASSETS.fetch(c.req.raw));

async function toCluster(env: Env, cluster: string, request: Request): Promise<Response> {
  const problems = isDns1123Label(cluster);
  if (problems.length > 0) {
    const status = badRequest(
      `invalid cluster name ${JSON.stringify(cluster)}: ${problems.join("; ")}`,
    ).status;
    await drainBody(request);
    return Response.json(status, { status: 400 });
  }
  return env.CLUSTER.getByName(cluster).fetch(request);
}

export default app;
