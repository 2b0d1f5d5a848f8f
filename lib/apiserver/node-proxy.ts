/**
 * The API server's requests to the kubelets: `pods/NAME/log` (kubectl logs, `-f` streams) and the
 * metrics.k8s.io API (kubectl top), as kube-apiserver proxies to the kubelet and metrics-server
 * scrapes it. A simulated kubelet's containers are played from the pod status it wrote itself, so
 * the kubelet's log and usage models (lib/kubelet/logs.ts, usage.ts) are evaluated here on the
 * pod the API server holds; a node whose kubelet is stopped answers nothing, as a dead kubelet does.
 */

import { type ApiError, internalError, methodNotAllowed, notFound, toApiError } from "../k8s/errors";
import { kindByName } from "../k8s/kinds";
import type { KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { formatLog, type LogOptions } from "../kubelet/logs";
import { metricsRequest, parseMetricsPath } from "./metrics";
import { logContainer, parseLogOptions, podLogLines } from "./pod-logs";
import { parseApiPath } from "./rest";

export interface NodeProxyContext {
  get(resource: string, namespace: string, name: string): KubeObject | undefined;
  list(resource: string): KubeObject[];
  /** Whether the kubelet of a node runs (not stopped, not removed). */
  kubeletRunning(node: string): boolean;
  now(): number;
}

/** How often a followed log looks for new lines. */
const FOLLOW_EVERY_MS = 1000;

function errorResponse(e: ApiError): Response {
  return Response.json(e.status, { status: e.code });
}

/** Answers a request for the kubelets, or undefined when the path is not theirs. */
export function nodeProxyRequest(
  ctx: NodeProxyContext,
  method: string,
  path: string,
  query: URLSearchParams,
  signal?: AbortSignal,
): Response | undefined {
  const metrics = parseMetricsPath(path);
  const target = metrics ? undefined : parseApiPath(path);
  const isLog = target?.info.kind === "Pod" && target.subresource === "log" && target.name !== undefined;
  if (!metrics && !isLog) return undefined;
  if (method !== "GET")
    return errorResponse(methodNotAllowed(`the server does not allow this method on the requested resource`));
  try {
    if (metrics) {
      return Response.json(
        metricsRequest(
          metrics,
          query,
          { nodes: ctx.list("nodes"), pods: ctx.list("pods"), reachable: (n) => ctx.kubeletRunning(n) },
          ctx.now(),
        ),
      );
    }
    return podLog(ctx, target?.namespace ?? "default", target?.name ?? "", query, signal);
  } catch (e) {
    return errorResponse(toApiError(e));
  }
}

function podLog(
  ctx: NodeProxyContext,
  namespace: string,
  name: string,
  query: URLSearchParams,
  signal?: AbortSignal,
): Response {
  const options = parseLogOptions(query);
  const pod = ctx.get("pods", namespace, name);
  const pods = kindByName("pods");
  if (!pod || !pods) throw notFound(pods ?? { group: "", plural: "pods", kind: "Pod" }, name);
  const container = logContainer(pod, options);
  const node = isJsonObject(pod.spec) && typeof pod.spec.nodeName === "string" ? pod.spec.nodeName : "";
  const text = (body: string | ReadableStream) =>
    typeof body === "string"
      ? new Response(body, { headers: { "content-type": "text/plain" } })
      : // A followed log is never compressed: gzip would hold lines back until it fills a block.
        new Response(body, {
          headers: {
            "content-type": "text/plain",
            "cache-control": "no-cache, private, no-transform",
            "content-encoding": "identity",
          },
          encodeBody: "manual",
        });
  // A pod not on a node yet has no log at all (kube-apiserver answers an empty body).
  if (!node) return text("");
  if (!ctx.kubeletRunning(node)) {
    const hostIP = isJsonObject(pod.status) ? String(pod.status.hostIP ?? node) : node;
    throw internalError(
      `Get "https://${hostIP}:10250/containerLogs/${namespace}/${name}/${container}": dial tcp ${hostIP}:10250: connect: connection refused`,
    );
  }
  const now = ctx.now();
  const lines = podLogLines(pod, container, options, now);
  if (!options.follow) return text(formatLog(lines, options, now));
  return text(follow(ctx, pod, container, options, lines, now, signal));
}

/** `follow=true`: what is there, then each new line as its instant comes, until the container ends. */
function follow(
  ctx: NodeProxyContext,
  followed: KubeObject,
  container: string,
  options: LogOptions,
  first: ReturnType<typeof podLogLines>,
  now: number,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = first.length ? (first[first.length - 1]?.time ?? now) : Number.NEGATIVE_INFINITY;
  const namespace = followed.metadata.namespace ?? "default";
  const name = followed.metadata.name ?? "";
  const uid = followed.metadata.uid;
  let timer: ReturnType<typeof setInterval> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(formatLog(first, options, now)));
      const stop = () => {
        if (timer) clearInterval(timer);
        timer = undefined;
        try {
          controller.close();
        } catch {
          // already closed or cancelled
        }
      };
      signal?.addEventListener("abort", stop, { once: true });
      timer = setInterval(() => {
        const pod = ctx.get("pods", namespace, name);
        if (!pod || pod.metadata.uid !== uid) return stop();
        const at = ctx.now();
        let lines: ReturnType<typeof podLogLines>;
        try {
          lines = podLogLines(pod, container, { ...options, previous: false }, at);
        } catch {
          return stop();
        }
        const fresh = lines.filter((l) => l.time > sent);
        if (fresh.length) {
          sent = fresh[fresh.length - 1]?.time ?? sent;
          controller.enqueue(
            encoder.encode(
              formatLog(
                fresh,
                { ...options, tailLines: undefined, sinceSeconds: undefined, sinceTime: undefined },
                at,
              ),
            ),
          );
        }
        const statuses =
          isJsonObject(pod.status) && Array.isArray(pod.status.containerStatuses)
            ? pod.status.containerStatuses
            : [];
        const status = statuses.filter(isJsonObject).find((s) => s.name === container);
        const state = isJsonObject(status?.state) ? status.state : {};
        if (!isJsonObject(state.running) || pod.metadata.deletionTimestamp) stop();
      }, FOLLOW_EVERY_MS);
    },
    cancel() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  });
}
