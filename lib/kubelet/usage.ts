/**
 * What a simulated container uses (the kubelet's resource metrics, read by `kubectl top` through
 * metrics.k8s.io), as data: each well-known image idles at its usual footprint, a script that loops
 * without sleeping keeps a core busy (up to its limit), and the annotations
 * `kubeplay.dev/cpu-usage` / `kubeplay.dev/memory-usage` (quantities) say it outright — the knob
 * for load in scenarios. Usage wobbles a little over time, the same for everyone who looks.
 */

import { objectAt, objectsAt, specOf } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { milliValue, parseQuantity, value } from "../k8s/quantity";
import { parseImage } from "./images";
import { containerScript } from "./logs";

export const CPU_USAGE_ANNOTATION = "kubeplay.dev/cpu-usage";
export const MEMORY_USAGE_ANNOTATION = "kubeplay.dev/memory-usage";

export interface Usage {
  /** CPU in millicores. */
  cpuMilli: number;
  /** Memory in bytes. */
  memoryBytes: number;
}

const Mi = 1024 * 1024;

/** Idle footprints of well-known images; anything else idles like a small process. */
export const IMAGE_USAGE: Readonly<Record<string, Usage>> = {
  nginx: { cpuMilli: 1, memoryBytes: 4 * Mi },
  redis: { cpuMilli: 3, memoryBytes: 9 * Mi },
  httpd: { cpuMilli: 1, memoryBytes: 11 * Mi },
  postgres: { cpuMilli: 4, memoryBytes: 38 * Mi },
  mysql: { cpuMilli: 6, memoryBytes: 360 * Mi },
  busybox: { cpuMilli: 0, memoryBytes: 0.3 * Mi },
  alpine: { cpuMilli: 0, memoryBytes: 0.5 * Mi },
};
const DEFAULT_USAGE: Usage = { cpuMilli: 1, memoryBytes: 6 * Mi };

/** What the node itself uses beside its pods (kubelet, runtime, system daemons). */
export const NODE_OVERHEAD: Usage = { cpuMilli: 45, memoryBytes: 420 * Mi };

function quantity(v: JsonValue | undefined, unit: "milli" | "bytes"): number | undefined {
  if (v === undefined || v === null) return undefined;
  const q = parseQuantity(String(v));
  if (!q) return undefined;
  return unit === "milli" ? Number(milliValue(q)) : Number(value(q));
}

/** A small, steady wobble in [0.85, 1.15] for one container, the same for every reader. */
function wobble(seed: string, now: number): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  const phase = ((h >>> 0) % 1000) / 1000;
  return 1 + 0.15 * Math.sin(2 * Math.PI * (now / 120_000 + phase));
}

/** A script whose loop has no `sleep`: a busy loop that keeps a core to itself. */
function busyLoop(script: string): boolean {
  return /\bwhile\s+(true|:)\b/.test(script) && !/\bsleep\b/.test(script);
}

/** The usage of one running container of a pod. */
export function containerUsage(pod: KubeObject, container: JsonObject, now: number): Usage {
  const annotations = pod.metadata.annotations ?? {};
  const containers = objectAt(pod.spec).containers;
  // A pod-wide load annotation is shared among its containers.
  const share = 1 / Math.max(1, Array.isArray(containers) ? containers.length : 1);
  const limits = objectAt(objectAt(container.resources).limits);
  const ref = parseImage(String(container.image ?? ""));
  const base = IMAGE_USAGE[ref?.name ?? ""] ?? DEFAULT_USAGE;
  const seed = `${pod.metadata.uid ?? pod.metadata.name}/${String(container.name)}`;
  const w = wobble(seed, now);
  let cpu = base.cpuMilli * w;
  let memory = base.memoryBytes * (0.95 + (w - 1) / 3);
  const script = containerScript(container);
  if (busyLoop(script)) cpu = 1000 * (0.97 + (w - 1) / 5);
  const cpuAsked = quantity(annotations[CPU_USAGE_ANNOTATION], "milli");
  const memoryAsked = quantity(annotations[MEMORY_USAGE_ANNOTATION], "bytes");
  if (cpuAsked !== undefined) cpu = cpuAsked * share * w;
  if (memoryAsked !== undefined) memory = memoryAsked * share;
  // The kernel holds a container to its limits: CPU is throttled (memory beyond it would be OOM-killed).
  const cpuLimit = quantity(limits.cpu, "milli");
  const memoryLimit = quantity(limits.memory, "bytes");
  if (cpuLimit !== undefined) cpu = Math.min(cpu, cpuLimit);
  if (memoryLimit !== undefined) memory = Math.min(memory, memoryLimit);
  return { cpuMilli: Math.max(0, cpu), memoryBytes: Math.max(0, Math.round(memory)) };
}

/** The running containers of a pod and their usage; empty for a pod that runs nothing. */
export function podUsage(pod: KubeObject, now: number): { name: string; usage: Usage }[] {
  const status = objectAt(pod.status);
  if (status.phase !== "Running" || pod.metadata.deletionTimestamp) return [];
  const running = new Set(
    objectsAt(status.containerStatuses)
      .filter((s) => isJsonObject(objectAt(s.state).running))
      .map((s) => String(s.name)),
  );
  return objectsAt(specOf(pod).containers)
    .filter((c) => running.has(String(c.name)))
    .map((c) => ({ name: String(c.name), usage: containerUsage(pod, c, now) }));
}

/** A node's usage: its overhead and its running pods. */
export function nodeUsage(pods: readonly KubeObject[], now: number): Usage {
  let cpuMilli = NODE_OVERHEAD.cpuMilli;
  let memoryBytes = NODE_OVERHEAD.memoryBytes;
  for (const pod of pods) {
    for (const c of podUsage(pod, now)) {
      cpuMilli += c.usage.cpuMilli;
      memoryBytes += c.usage.memoryBytes;
    }
  }
  return { cpuMilli, memoryBytes };
}
