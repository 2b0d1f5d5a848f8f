/**
 * `GET /api/v1/namespaces/NS/pods/NAME/log`: the API server's half of `kubectl logs` — PodLogOptions
 * from the query, the container chosen as kube-apiserver chooses it (LogLocation), and the
 * kubelet's answer (lib/kubelet/logs.ts) cut to the options.
 */

import { badRequest, cause, invalid } from "../k8s/errors";
import { objectAt } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { type LogLine, type LogOptions, LogUnavailable, podContainerLog } from "../kubelet/logs";

const LOG_OPTIONS = { group: "", plural: "", kind: "PodLogOptions" };

function intParam(query: URLSearchParams, name: string, min: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!/^-?\d+$/.test(raw)) throw badRequest(`strconv.ParseInt: parsing "${raw}": invalid syntax`);
  const n = Number(raw);
  if (n < min) {
    const message = min === 0 ? "must be greater than or equal to 0" : `must be greater than ${min - 1}`;
    throw invalid(LOG_OPTIONS, "", [cause.invalid(name, n, message)]);
  }
  return n;
}

function boolParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  return raw === "true" || raw === "1";
}

/** PodLogOptions from a query; 400/422 as kube-apiserver answers bad ones. */
export function parseLogOptions(query: URLSearchParams): LogOptions {
  const sinceTimeRaw = query.get("sinceTime");
  const sinceTime = sinceTimeRaw ? Date.parse(sinceTimeRaw) : undefined;
  if (sinceTime !== undefined && Number.isNaN(sinceTime))
    throw badRequest(
      `parsing time "${sinceTimeRaw}" as "2006-01-02T15:04:05Z07:00": cannot parse "${sinceTimeRaw}" as "2006"`,
    );
  const options: LogOptions = {
    follow: boolParam(query, "follow"),
    previous: boolParam(query, "previous"),
    timestamps: boolParam(query, "timestamps"),
  };
  const container = query.get("container");
  if (container) options.container = container;
  const tailLines = intParam(query, "tailLines", 0);
  if (tailLines !== undefined) options.tailLines = tailLines;
  const sinceSeconds = intParam(query, "sinceSeconds", 1);
  if (sinceSeconds !== undefined) options.sinceSeconds = sinceSeconds;
  const limitBytes = intParam(query, "limitBytes", 1);
  if (limitBytes !== undefined) options.limitBytes = limitBytes;
  if (sinceTime !== undefined) options.sinceTime = sinceTime;
  if (options.sinceSeconds !== undefined && options.sinceTime !== undefined)
    throw invalid(LOG_OPTIONS, "", [
      cause.forbidden("", "at most one of `sinceTime` or `sinceSeconds` may be specified"),
    ]);
  return options;
}

function names(list: JsonValue | undefined): string[] {
  return Array.isArray(list) ? list.filter(isJsonObject).map((c) => String(c.name)) : [];
}

/**
 * The container a log request reads: the one named, the pod's only container, or the one the
 * `kubectl.kubernetes.io/default-container` annotation names; else 400 with the choices.
 */
export function logContainer(pod: KubeObject, options: LogOptions): string {
  const spec = objectAt(pod.spec) as JsonObject;
  const containers = names(spec.containers);
  const init = names(spec.initContainers);
  const name = pod.metadata.name ?? "";
  if (options.container) {
    if (![...containers, ...init].includes(options.container))
      throw badRequest(`container ${options.container} is not valid for pod ${name}`);
    return options.container;
  }
  if (containers.length === 1) return containers[0] as string;
  const annotated = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
  if (annotated && containers.includes(annotated)) return annotated;
  const choices = `choose one of: [${containers.join(" ")}]${init.length ? ` or one of the init containers: [${init.join(" ")}]` : ""}`;
  throw badRequest(`a container name must be specified for pod ${name}, ${choices}`);
}

/** The lines of the chosen container, or 400 with the kubelet's words when it has none yet. */
export function podLogLines(pod: KubeObject, container: string, options: LogOptions, now: number): LogLine[] {
  try {
    return podContainerLog(pod, container, options.previous, now);
  } catch (e) {
    if (e instanceof LogUnavailable) throw badRequest(e.message);
    throw e;
  }
}
