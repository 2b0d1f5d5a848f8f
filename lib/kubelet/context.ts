/**
 * What the simulated kubelet knows when it plays a pod: its node (name, IP, the images it holds,
 * faults injected by the playground) and the named delays of each stage, scaled by the cluster's
 * speed. The stage table (stages.ts) reads them; the Durable Object builds them.
 */
import type { KubeObject } from "../k8s/object";

/** Milliseconds of each simulated delay, at speed 1. `scaleTimings` (below) scales them all. */
export interface Timings {
  /** Bound pod → the kubelet admits it (sandbox, pod IP, first status), after the PodScheduled time. */
  accept: number;
  /** Pulling an image the node does not have. */
  pull: number;
  /** An image the node already has: the presence check, or an `Always` pull of cached layers. */
  pullCached: number;
  /** Creating a container (CRI CreateContainer). */
  create: number;
  /** Starting a created container (CRI StartContainer). */
  start: number;
  /** Stopping the containers of a deleted pod (never longer than its grace period). */
  stop: number;
  /** The pod worker's next sync after a failure: ErrImagePull → ImagePullBackOff, Error → CrashLoopBackOff. */
  resync: number;
  /** Crash-loop back-off: first delay (after the immediate first restart), doubling up to the max. */
  crashBackoff: number;
  crashBackoffMax: number;
  /** Image pull back-off: first delay, doubling up to the max. */
  pullBackoff: number;
  pullBackoffMax: number;
  /** A container that ran at least this long restarts at once (the back-off entry expired). */
  backoffReset: number;
}

export type DelayKind = keyof Timings;

/** Playground-scaled delays at speed 1: quick, but each stage is visible. */
export const DEFAULT_TIMINGS: Timings = {
  accept: 1000,
  pull: 2000,
  pullCached: 100,
  create: 300,
  start: 300,
  stop: 1000,
  resync: 1000,
  crashBackoff: 10_000,
  crashBackoffMax: 300_000,
  pullBackoff: 10_000,
  pullBackoffMax: 300_000,
  backoffReset: 600_000,
};

/** Every delay divided by `speed`; speed 0 (or less) makes them all zero. */
export function scaleTimings(t: Timings, speed: number): Timings {
  const out = { ...t };
  for (const key of Object.keys(out) as (keyof Timings)[]) {
    out[key] = speed > 0 && Number.isFinite(speed) ? Math.round(t[key] / speed) : 0;
  }
  return out;
}

export interface NodeFaults {
  /** Images (as written, or normalized) whose pulls fail as if the registry were unreachable. */
  pullFailures?: ReadonlySet<string>;
}

export interface NodeContext {
  nodeName: string;
  /** The node's InternalIP (status.hostIP). */
  hostIP: string;
  /** The pod's IP, given by the runtime (see pod-ip.ts); called once, when the pod is admitted. */
  podIP: (pod: KubeObject) => string;
  /** Images pulled on this node, normalized (`docker.io/library/nginx:latest`) or as written. */
  images: ReadonlySet<string>;
  timings: Timings;
  faults?: NodeFaults;
}
