/**
 * metrics.k8s.io/v1beta1, as metrics-server serves it from the kubelets' resource metrics: NodeMetrics
 * and PodMetrics for `kubectl top`. The usage itself is the simulated kubelet's (lib/kubelet/usage.ts);
 * here are the paths, the objects and their lists. A node whose kubelet does not answer (stopped)
 * has no metrics, nor do its pods, as when metrics-server cannot scrape a node.
 */

import { notFound } from "../k8s/errors";
import { objectAt } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { parseFieldSelector } from "../k8s/selectors/fields";
import { parseLabelSelector } from "../k8s/selectors/labels";
import { formatTime } from "../k8s/time";
import { nodeUsage, podUsage, type Usage } from "../kubelet/usage";

export const METRICS_GROUP = "metrics.k8s.io";
export const METRICS_VERSION = "v1beta1";
const API_VERSION = `${METRICS_GROUP}/${METRICS_VERSION}`;
/** How often the kubelets' metrics are scraped; the `window` the usage is averaged over. */
const NODE_WINDOW = "20.032s";
const POD_WINDOW = "15.021s";

/** The APIResourceList entries of metrics.k8s.io/v1beta1. */
export const METRICS_RESOURCES: JsonObject[] = [
  { name: "nodes", singularName: "", namespaced: false, kind: "NodeMetrics", verbs: ["get", "list"] },
  { name: "pods", singularName: "", namespaced: true, kind: "PodMetrics", verbs: ["get", "list"] },
];

export interface MetricsTarget {
  resource: "nodes" | "pods";
  namespace?: string;
  name?: string;
}

/** `/apis/metrics.k8s.io/v1beta1/{nodes[/N] | pods | namespaces/NS/pods[/P]}`; undefined otherwise. */
export function parseMetricsPath(path: string): MetricsTarget | undefined {
  const prefix = `/apis/${API_VERSION}/`;
  if (!path.startsWith(prefix)) return undefined;
  const parts = path.slice(prefix.length).split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "nodes" && parts.length <= 2) return { resource: "nodes", name: parts[1] };
  if (parts[0] === "pods" && parts.length === 1) return { resource: "pods" };
  if (parts[0] === "namespaces" && parts[2] === "pods" && parts.length <= 4)
    return { resource: "pods", namespace: parts[1], name: parts[3] };
  return undefined;
}

/** CPU as metrics-server writes it: nanocores. */
function cpuQuantity(milli: number): string {
  return `${Math.round(milli * 1_000_000)}n`;
}

/** Memory as metrics-server writes it: KiB. */
function memoryQuantity(bytes: number): string {
  return `${Math.round(bytes / 1024)}Ki`;
}

function usageOf(u: Usage): JsonObject {
  return { cpu: cpuQuantity(u.cpuMilli), memory: memoryQuantity(u.memoryBytes) };
}

/** The scrape's timestamp: metrics are a few seconds old when read, to the second. */
function scrapedAt(now: number): string {
  return formatTime(Math.floor(now / 1000) * 1000 - 5000);
}

export function nodeMetrics(node: KubeObject, pods: readonly KubeObject[], now: number): JsonObject {
  return {
    kind: "NodeMetrics",
    apiVersion: API_VERSION,
    metadata: {
      name: node.metadata.name ?? "",
      creationTimestamp: formatTime(now),
      ...(node.metadata.labels ? { labels: node.metadata.labels } : {}),
    },
    timestamp: scrapedAt(now),
    window: NODE_WINDOW,
    usage: usageOf(nodeUsage(pods, now)),
  };
}

/** A pod's metrics, or undefined when none of its containers runs. */
export function podMetrics(pod: KubeObject, now: number): JsonObject | undefined {
  const containers = podUsage(pod, now);
  if (containers.length === 0) return undefined;
  return {
    kind: "PodMetrics",
    apiVersion: API_VERSION,
    metadata: {
      name: pod.metadata.name ?? "",
      namespace: pod.metadata.namespace ?? "",
      creationTimestamp: formatTime(now),
      ...(pod.metadata.labels ? { labels: pod.metadata.labels } : {}),
    },
    timestamp: scrapedAt(now),
    window: POD_WINDOW,
    containers: containers.map((c) => ({ name: c.name, usage: usageOf(c.usage) })),
  };
}

/** What the metrics API sees of the cluster: nodes whose kubelets answer, and pods. */
export interface MetricsSource {
  nodes: readonly KubeObject[];
  pods: readonly KubeObject[];
  /** Whether a node's kubelet answers scrapes. */
  reachable(node: string): boolean;
}

function nodeNameOf(pod: KubeObject): string {
  const spec = pod.spec;
  return isJsonObject(spec) && typeof spec.nodeName === "string" ? spec.nodeName : "";
}

function matching(items: JsonObject[], query: URLSearchParams): JsonValue[] {
  const labels = parseLabelSelector(query.get("labelSelector") ?? "");
  const fields = parseFieldSelector(query.get("fieldSelector") ?? "");
  return items.filter((m) => {
    const meta = objectAt(m.metadata);
    const l = isJsonObject(meta.labels) ? (meta.labels as Record<string, string>) : undefined;
    const f = {
      "metadata.name": String(meta.name ?? ""),
      "metadata.namespace": String(meta.namespace ?? ""),
    };
    return labels.matches(l) && fields.matches(f);
  });
}

/** GET on a metrics path: one object, or a list filtered by label and field selectors. */
export function metricsRequest(
  target: MetricsTarget,
  query: URLSearchParams,
  source: MetricsSource,
  now: number,
): JsonObject {
  const podsByNode = new Map<string, KubeObject[]>();
  for (const pod of source.pods) {
    const node = nodeNameOf(pod);
    if (!node || !source.reachable(node)) continue;
    const list = podsByNode.get(node);
    if (list) list.push(pod);
    else podsByNode.set(node, [pod]);
  }
  let kind: "NodeMetrics" | "PodMetrics";
  let all: JsonObject[];
  if (target.resource === "nodes") {
    kind = "NodeMetrics";
    all = source.nodes
      .filter((n) => source.reachable(n.metadata.name ?? ""))
      .map((n) => nodeMetrics(n, podsByNode.get(n.metadata.name ?? "") ?? [], now));
  } else {
    kind = "PodMetrics";
    all = [...podsByNode.values()]
      .flat()
      .filter((p) => !target.namespace || p.metadata.namespace === target.namespace)
      .map((p) => podMetrics(p, now))
      .filter((m): m is JsonObject => m !== undefined)
      .sort((a, b) => {
        const ma = a.metadata as JsonObject;
        const mb = b.metadata as JsonObject;
        return `${ma.namespace}/${ma.name}`.localeCompare(`${mb.namespace}/${mb.name}`);
      });
  }
  if (target.name) {
    const found = all.find((m) => (m.metadata as JsonObject).name === target.name);
    if (!found) throw notFound({ group: METRICS_GROUP, plural: kind.toLowerCase(), kind }, target.name);
    return found;
  }
  return { kind: `${kind}List`, apiVersion: API_VERSION, metadata: {}, items: matching(all, query) };
}
