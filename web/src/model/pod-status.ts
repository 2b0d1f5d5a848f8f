/**
 * A pod's status as `kubectl get pods` prints it (STATUS column), and the family it belongs to for
 * the page: each family has a colour AND an icon and a label, so status never rests on colour alone.
 */
import type { KubeObject } from "../../../lib/k8s/object";

export type StatusFamily = "pending" | "creating" | "running" | "terminating" | "crash" | "failed" | "done";

export interface PodStatus {
  /** What kubectl prints: Pending, ContainerCreating, Running, Terminating, CrashLoopBackOff, … */
  label: string;
  family: StatusFamily;
  ready: number;
  total: number;
  restarts: number;
}

/** The icon of each family: distinct shapes, readable without colour. */
export const STATUS_ICONS: Record<StatusFamily, string> = {
  pending: "◌",
  creating: "◐",
  running: "●",
  terminating: "◍",
  crash: "↻",
  failed: "✕",
  done: "✓",
};

interface ContainerState {
  waiting?: { reason?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; signal?: number };
}
interface ContainerStatus {
  ready?: boolean;
  restartCount?: number;
  state?: ContainerState;
}
interface PodShape {
  spec?: { nodeName?: string; containers?: unknown[] };
  status?: { phase?: string; reason?: string; containerStatuses?: ContainerStatus[] };
}

export function podStatus(pod: KubeObject): PodStatus {
  const { spec, status } = pod as unknown as PodShape;
  const statuses = status?.containerStatuses ?? [];
  const total = spec?.containers?.length ?? statuses.length;
  let ready = 0;
  let restarts = 0;
  let label = status?.reason || status?.phase || "Pending";
  let running = false;
  for (const cs of [...statuses].reverse()) {
    restarts += cs.restartCount ?? 0;
    if (cs.ready && cs.state?.running) ready += 1;
    const waiting = cs.state?.waiting?.reason;
    const terminated = cs.state?.terminated;
    if (waiting) label = waiting;
    else if (terminated?.reason) label = terminated.reason;
    else if (terminated)
      label = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
    else if (cs.state?.running) running = true;
  }
  if (label === "Completed" && running) label = "Running";
  if (pod.metadata.deletionTimestamp) label = status?.reason === "NodeLost" ? "Unknown" : "Terminating";
  return { label, family: familyOf(label, spec?.nodeName), ready, total, restarts };
}

export function familyOf(label: string, nodeName?: string): StatusFamily {
  switch (label) {
    case "Running":
      return "running";
    case "Terminating":
    case "Unknown":
      return "terminating";
    case "ContainerCreating":
    case "PodInitializing":
      return "creating";
    case "Pending":
      return nodeName ? "creating" : "pending";
    case "Completed":
    case "Succeeded":
      return "done";
    case "Failed":
    case "Evicted":
    case "Error":
    case "OOMKilled":
    case "ContainerStatusUnknown":
      return "failed";
    default:
      return label.startsWith("ExitCode:") || label.startsWith("Signal:") ? "failed" : "crash";
  }
}
