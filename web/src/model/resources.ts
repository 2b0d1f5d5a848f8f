/** CPU and memory: what a node offers and what its pods request, for the allocation bars. */
import type { KubeObject } from "../../../lib/k8s/object";
import { milliValue, parseQuantity, value } from "../../../lib/k8s/quantity";

export interface Amounts {
  /** millicores */
  cpu: number;
  /** bytes */
  memory: number;
  pods: number;
}

export function millicores(text: unknown): number {
  const q = typeof text === "string" ? parseQuantity(text) : null;
  return q ? Number(milliValue(q)) : 0;
}

export function bytes(text: unknown): number {
  const q = typeof text === "string" ? parseQuantity(text) : null;
  return q ? Number(value(q)) : 0;
}

type ResourceList = Record<string, string | undefined>;

export function allocatable(node: KubeObject): Amounts {
  const status = node.status as { allocatable?: ResourceList; capacity?: ResourceList } | undefined;
  const list = status?.allocatable ?? status?.capacity ?? {};
  return { cpu: millicores(list.cpu), memory: bytes(list.memory), pods: Number(list.pods ?? 0) };
}

/** A pod's requests, as the scheduler counts them: the sum over its containers. */
export function podRequests(pod: KubeObject): Amounts {
  const spec = pod.spec as { containers?: { resources?: { requests?: ResourceList } }[] } | undefined;
  const total: Amounts = { cpu: 0, memory: 0, pods: 1 };
  for (const c of spec?.containers ?? []) {
    total.cpu += millicores(c.resources?.requests?.cpu);
    total.memory += bytes(c.resources?.requests?.memory);
  }
  return total;
}

/** A pod that holds its node's resources: bound and not finished. */
export function holdsResources(pod: KubeObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return phase !== "Succeeded" && phase !== "Failed";
}

export function formatCpu(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(m % 1000 === 0 ? 0 : 1)}` : `${m}m`;
}

export function formatMemory(b: number): string {
  const units = ["B", "Ki", "Mi", "Gi", "Ti"];
  let i = 0;
  while (b >= 1024 && i < units.length - 1) {
    b /= 1024;
    i += 1;
  }
  return `${b.toFixed(b >= 10 || Number.isInteger(b) ? 0 : 1)}${units[i]}`;
}
