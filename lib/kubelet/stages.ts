/**
 * The simulated kubelet's pod lifecycle as DATA, after KWOK's stages: every step a real kubelet takes
 * with a pod (admit it, pull an image, create and start a container, see it exit, back off, restart,
 * stop it on deletion) is one entry of `POD_STAGES` — a selector over a small view of the pod (`when`),
 * a delay built from named `Timings` (`delay` names them, `due` computes the instant), and the status
 * it writes and the events it records (`next`). The engine (lifecycle.ts) only evaluates the table.
 *
 * Everything a stage needs to know is read back from the pod's own status (waiting reasons, startedAt,
 * restartCount, container IDs), so the engine is a pure function of (pod, node knowledge, now) and a
 * restarted kubelet resumes every pod where it was. Two encodings carry sub-second progress:
 *  - the admission instant is `PodScheduled.lastTransitionTime` (or the creation time) + `accept`;
 *  - a container ID starts with the 12-hex-digit millisecond instant its creation began (time-ordered,
 *    like a UUIDv7), so `Created`/`Started`/exit instants are exact across restarts.
 *
 * The rules for images (images.ts) and for what a container's process does (run-rules.ts) live
 * beside it.
 */
import type { JsonObject } from "../k8s/object";
import { formatTime } from "../k8s/time";
import { goDuration } from "../printers/duration";
import { type ContainerStatus, makeContainerID, podDisplay } from "./container-status";
import type { DelayKind, Timings } from "./context";
import { imageID, imageSizeBytes, invalidImageReason } from "./images";
import type { ContainerView, PodView, RestartPolicy } from "./pod-view";

// ───────────────────────────── stage outcomes ─────────────────────────────

export interface EventSpec {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
  /** Container events carry fieldPath spec.containers{name}. */
  container?: string;
}

export interface StageOutcome {
  /** Pod-level status fields to set (startTime, hostIP, hostIPs, podIP, podIPs). */
  pod?: JsonObject;
  /** Container statuses to replace (matched by name). */
  containers?: ContainerStatus[];
  events: EventSpec[];
  pulledImages?: string[];
  deletePod?: boolean;
}

interface StageBase {
  name: string;
  description: string;
  /** The named timings the delay is built from (documentation; `due` does the arithmetic). */
  delay: readonly DelayKind[];
}

export interface PodStage extends StageBase {
  scope: "pod";
  when: (pod: PodView) => boolean;
  /** The instant the stage fires, or null when it waits for something else. */
  due: (pod: PodView) => number | null;
  next: (pod: PodView, at: number) => StageOutcome;
}

export interface ContainerStage extends StageBase {
  scope: "container";
  when: (pod: PodView, c: ContainerView) => boolean;
  due: (pod: PodView, c: ContainerView) => number | null;
  next: (pod: PodView, c: ContainerView, at: number) => StageOutcome;
}

export type Stage = PodStage | ContainerStage;

// ───────────────────────────── helpers the stages share ─────────────────────────────

function imageKnownAtAdmission(c: ContainerView): boolean {
  return c.imagePresent && c.pullPolicy !== "Always";
}

function waiting(c: ContainerStatus, reason: string, message?: string): ContainerStatus {
  return {
    ...c,
    state: { waiting: message === undefined ? { reason } : { reason, message } },
    ready: false,
    started: false,
  };
}

function pulledMessage(c: ContainerView, ms: number): string {
  const d = goDuration(ms);
  const size = c.ref ? imageSizeBytes(c.ref) : 0;
  return `Successfully pulled image "${c.image}" in ${d} (${d} including waiting). Image size: ${size} bytes.`;
}

function alreadyPresent(c: ContainerView): string {
  return `Container image "${c.image}" already present on machine`;
}

/** How long the pull of this container's image takes now. */
function pullDuration(pod: PodView, c: ContainerView): number {
  return c.imagePresent ? pod.timings.pullCached : pod.timings.pull;
}

/** The image-pull back-off after the k-th failed pull (k from 0). */
function pullBackoff(t: Timings, k: number): number {
  if (t.pullBackoff <= 0) return 0;
  return Math.min(t.pullBackoff * 2 ** Math.min(k, 30), Math.max(t.pullBackoffMax, t.pullBackoff));
}

/**
 * The failed pulls of a bad image happen at F0 = admission + pull, then F(k+1) = F(k) + back-off(k).
 * Returns the index and instant of the latest failure at or before `t`, and the next one (null: never).
 */
export function pullFailureCycle(pod: PodView, t: number): { k: number; at: number; next: number | null } {
  const timings = pod.timings;
  let k = 0;
  let at = pod.acceptAt + timings.pull;
  for (;;) {
    const gap = pullBackoff(timings, k);
    if (gap <= 0) return { k, at, next: null };
    if (at + gap > t) return { k, at, next: at + gap };
    if (gap >= timings.pullBackoffMax) {
      // Steady state: jump straight to the cycle holding t.
      const n = Math.floor((t - at) / gap);
      return { k: k + n, at: at + n * gap, next: at + (n + 1) * gap };
    }
    at += gap;
    k++;
  }
}

function shouldRestart(policy: RestartPolicy, exitCode: number): boolean {
  return policy === "Always" || (policy === "OnFailure" && exitCode !== 0);
}

/** The crash-loop back-off before restarting a container whose `restartCount`-th instance exited. */
export function crashBackoff(t: Timings, restartCount: number, ranForMs: number): number {
  if (restartCount <= 0 || ranForMs >= t.backoffReset || t.crashBackoff <= 0) return 0;
  return Math.min(
    t.crashBackoff * 2 ** Math.min(restartCount - 1, 30),
    Math.max(t.crashBackoffMax, t.crashBackoff),
  );
}

function ranFor(c: ContainerView): number {
  const e = c.exit;
  if (!e) return 0;
  return (c.exitedAt ?? Date.parse(e.finishedAt)) - Date.parse(e.startedAt);
}

function backoffFor(pod: PodView, c: ContainerView): number {
  return crashBackoff(pod.timings, c.status.restartCount, ranFor(c));
}

function restartWanted(pod: PodView, c: ContainerView): boolean {
  return (
    !pod.deleting && !pod.terminal && c.exit !== null && shouldRestart(pod.restartPolicy, c.exit.exitCode)
  );
}

function crashLoopMessage(pod: PodView, c: ContainerView, backoff: number): string {
  return `back-off ${goDuration(backoff)} restarting failed container=${c.name} pod=${podDisplay(pod.pod)}`;
}

function pullEvents(c: ContainerView, knownAtStart: boolean, ms: number): EventSpec[] {
  if (knownAtStart)
    return [{ type: "Normal", reason: "Pulled", message: alreadyPresent(c), container: c.name }];
  return [{ type: "Normal", reason: "Pulled", message: pulledMessage(c, ms), container: c.name }];
}

function failedPullEvents(c: ContainerView, error: string): EventSpec[] {
  return [
    { type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name },
    {
      type: "Warning",
      reason: "Failed",
      message: `Failed to pull image "${c.image}": ${error}`,
      container: c.name,
    },
    { type: "Warning", reason: "Failed", message: "Error: ErrImagePull", container: c.name },
  ];
}

/** The container's first status, as the kubelet writes it when it admits the pod. */
function admittedStatus(c: ContainerView): { status: ContainerStatus; events: EventSpec[] } {
  const base: ContainerStatus = {
    name: c.name,
    state: { waiting: { reason: "ContainerCreating" } },
    lastState: {},
    ready: false,
    restartCount: 0,
    image: c.image,
    imageID: "",
    started: false,
  };
  const invalid = c.ref ? null : invalidImageReason(c.image);
  if (invalid !== null) {
    const message = `Failed to apply default image tag "${c.image}": couldn't parse image name "${c.image}": ${invalid}`;
    return {
      status: waiting(base, "InvalidImageName", message),
      events: [
        { type: "Warning", reason: "InspectFailed", message, container: c.name },
        { type: "Warning", reason: "Failed", message: "Error: InvalidImageName", container: c.name },
      ],
    };
  }
  if (c.pullPolicy === "Never" && !c.imagePresent) {
    const message = `Container image "${c.image}" is not present with pull policy of Never`;
    return {
      status: waiting(base, "ErrImageNeverPull", message),
      events: [
        { type: "Warning", reason: "ErrImageNeverPull", message, container: c.name },
        { type: "Warning", reason: "Failed", message: "Error: ErrImageNeverPull", container: c.name },
      ],
    };
  }
  if (imageKnownAtAdmission(c) && c.ref) {
    // The image is on the node: its ID is known at once and nothing is pulled.
    return { status: { ...base, imageID: imageID(c.ref) }, events: [] };
  }
  return {
    status: base,
    events: [{ type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name }],
  };
}

/**
 * The container once its image is ready: creation begins at `at`. Like the kubelet, the status shows
 * the container's ID and image ID only once the runtime has it: ID now, image ID when created.
 */
function creating(pod: PodView, c: ContainerView, at: number): ContainerStatus {
  return {
    ...waiting(c.status, "ContainerCreating"),
    imageID: "",
    containerID: makeContainerID(pod.pod, c.name, c.status.restartCount, at),
  };
}

// ───────────────────────────── the table ─────────────────────────────

export const POD_STAGES: readonly Stage[] = [
  {
    name: "pod-deleted",
    scope: "pod",
    description:
      "a deleted pod with no running container (never started, waiting, crash-looping, exited) is confirmed deleted at once",
    delay: [],
    when: (pod) => pod.deleting && pod.containers.every((c) => c.progress !== "running"),
    due: (pod) => pod.deleteAt,
    next: () => ({ events: [], deletePod: true }),
  },
  {
    name: "pod-accept",
    scope: "pod",
    description:
      "the kubelet admits a bound pod: sandbox and pod IP, startTime, conditions, containers waiting ContainerCreating; Pulling events",
    delay: ["accept"],
    when: (pod) => !pod.accepted && !pod.deleting,
    due: (pod) => pod.acceptAt,
    next: (pod, at) => {
      const containers: ContainerStatus[] = [];
      const events: EventSpec[] = [];
      for (const c of pod.containers) {
        const admitted = admittedStatus(c);
        containers.push(admitted.status);
        events.push(...admitted.events);
      }
      const spec = pod.pod.spec as JsonObject | undefined;
      const podIP = spec?.hostNetwork === true ? pod.node.hostIP : pod.node.podIP(pod.pod);
      const fields: JsonObject = {
        hostIP: pod.node.hostIP,
        hostIPs: [{ ip: pod.node.hostIP }],
        startTime: formatTime(at),
      };
      if (podIP) {
        fields.podIP = podIP;
        fields.podIPs = [{ ip: podIP }];
      }
      return { pod: fields, containers, events };
    },
  },
  {
    name: "pod-kill",
    scope: "pod",
    description: "a deleted pod's running containers get SIGTERM: Killing events, containers no longer ready",
    delay: [],
    when: (pod) => pod.deleting && pod.containers.some((c) => c.progress === "running" && c.status.ready),
    due: (pod) => pod.deleteAt,
    next: (pod) => ({
      containers: pod.containers
        .filter((c) => c.progress === "running")
        .map((c) => ({ ...c.status, ready: false })),
      events: pod.containers
        .filter((c) => c.progress === "running")
        .map((c) => ({
          type: "Normal" as const,
          reason: "Killing",
          message: `Stopping container ${c.name}`,
          container: c.name,
        })),
    }),
  },
  {
    name: "pod-stopped",
    scope: "pod",
    description:
      "the stopped containers of a deleted pod are terminated (never later than the grace period), then the pod is deleted",
    delay: ["stop"],
    when: (pod) => pod.deleting && pod.containers.some((c) => c.progress === "running" && !c.status.ready),
    due: (pod) => pod.deleteAt + Math.min(pod.timings.stop, pod.graceMs),
    next: (pod, at) => ({
      containers: pod.containers
        .filter((c) => c.progress === "running")
        .map((c) => ({
          ...c.status,
          state: {
            terminated: {
              containerID: c.status.containerID,
              exitCode: 0,
              finishedAt: formatTime(at),
              reason: "Completed",
              startedAt: c.status.state.running?.startedAt ?? formatTime(at),
            },
          },
          ready: false,
          started: false,
        })),
      events: [],
      deletePod: true,
    }),
  },
  {
    name: "image-pulled",
    scope: "container",
    description:
      'the image is on the node: Pulled ("Successfully pulled ..." or "already present"), container creation begins',
    delay: ["pull", "pullCached"],
    when: (pod, c) => !pod.deleting && c.progress === "pulling" && c.pullError === null,
    due: (pod, c) =>
      c.status.imageID ? pod.acceptAt + pod.timings.pullCached : pod.acceptAt + pullDuration(pod, c),
    next: (pod, c, at) => ({
      containers: [creating(pod, c, at)],
      events: pullEvents(c, c.status.imageID !== "", at - pod.acceptAt),
      pulledImages: c.ref ? [c.ref.full] : [],
    }),
  },
  {
    name: "image-pull-failed",
    scope: "container",
    description:
      "the image does not exist (or the registry is unreachable): Failed events, waiting ErrImagePull",
    delay: ["pull"],
    when: (pod, c) => !pod.deleting && c.progress === "pulling" && c.pullError !== null,
    due: (pod) => pod.acceptAt + pod.timings.pull,
    next: (_pod, c) => {
      const error = c.pullError ?? "";
      return {
        containers: [waiting(c.status, "ErrImagePull", error)],
        events: [
          {
            type: "Warning",
            reason: "Failed",
            message: `Failed to pull image "${c.image}": ${error}`,
            container: c.name,
          },
          { type: "Warning", reason: "Failed", message: "Error: ErrImagePull", container: c.name },
        ],
      };
    },
  },
  {
    name: "image-pull-backoff",
    scope: "container",
    description: "the next sync finds the pull backing off: BackOff event, waiting ImagePullBackOff",
    delay: ["resync"],
    when: (pod, c) => !pod.deleting && c.progress === "pullFailed",
    due: (pod) => {
      const cycle = pullFailureCycle(pod, pod.now);
      const at = cycle.at + pod.timings.resync;
      return cycle.next !== null && at >= cycle.next ? null : at;
    },
    next: (_pod, c) => {
      const error = c.status.state.waiting?.message ?? "";
      return {
        containers: [
          waiting(
            c.status,
            "ImagePullBackOff",
            `Back-off pulling image "${c.image}": ErrImagePull: ${error}`,
          ),
        ],
        events: [
          {
            type: "Normal",
            reason: "BackOff",
            message: `Back-off pulling image "${c.image}"`,
            container: c.name,
          },
          { type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff", container: c.name },
        ],
      };
    },
  },
  {
    name: "image-pull-retry",
    scope: "container",
    description:
      "the pull back-off (10s, 20s, ... 5m) expired: Pulling again — failing again, or now succeeding",
    delay: ["pullBackoff"],
    when: (pod, c) => !pod.deleting && (c.progress === "pullFailed" || c.progress === "pullBackOff"),
    due: (pod, c) => {
      const cycle = pullFailureCycle(pod, pod.now);
      // ImagePullBackOff shown although the failure of this cycle is already past: its retry was missed.
      if (c.progress === "pullBackOff" && cycle.k > 0 && pod.now < cycle.at + pod.timings.resync)
        return cycle.at;
      return cycle.next;
    },
    next: (pod, c, at) => {
      if (c.pullError !== null)
        return {
          containers: [waiting(c.status, "ErrImagePull", c.pullError)],
          events: failedPullEvents(c, c.pullError),
        };
      return {
        containers: [creating(pod, c, at)],
        events: [
          { type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name },
          ...pullEvents(c, false, pullDuration(pod, c)),
        ],
        pulledImages: c.ref ? [c.ref.full] : [],
      };
    },
  },
  {
    name: "image-appeared",
    scope: "container",
    description: "pullPolicy Never and the image has since arrived on the node: creation begins",
    delay: [],
    when: (pod, c) => !pod.deleting && c.progress === "neverPull" && c.imagePresent,
    due: (pod) => pod.now,
    next: (pod, c, at) => ({
      containers: [creating(pod, c, at)],
      events: pullEvents(c, true, 0),
    }),
  },
  {
    name: "container-created",
    scope: "container",
    description: "the container exists: Created event",
    delay: ["create"],
    when: (pod, c) => !pod.deleting && c.progress === "creating",
    due: (pod, c) => (c.createdAt ?? pod.acceptAt) + pod.timings.create,
    next: (_pod, c) => ({
      containers: [{ ...c.status, image: c.ref?.full ?? c.image, imageID: c.ref ? imageID(c.ref) : "" }],
      events: [
        { type: "Normal", reason: "Created", message: `Created container: ${c.name}`, container: c.name },
      ],
    }),
  },
  {
    name: "container-started",
    scope: "container",
    description: "the container runs: Started event, state running, ready and started",
    delay: ["create", "start"],
    when: (pod, c) => !pod.deleting && c.progress === "created",
    due: (pod, c) => (c.createdAt ?? pod.acceptAt) + pod.timings.create + pod.timings.start,
    next: (_pod, c, at) => ({
      containers: [
        { ...c.status, state: { running: { startedAt: formatTime(at) } }, ready: true, started: true },
      ],
      events: [
        { type: "Normal", reason: "Started", message: `Started container ${c.name}`, container: c.name },
      ],
    }),
  },
  {
    name: "container-exited",
    scope: "container",
    description: "the process ends (see RUN_RULES): state terminated, Completed (exit 0) or Error",
    delay: [],
    when: (pod, c) => !pod.deleting && c.progress === "running" && c.run.runsForMs !== null,
    due: (_pod, c) =>
      c.startedAt === null || c.run.runsForMs === null ? null : c.startedAt + c.run.runsForMs,
    next: (_pod, c, at) => ({
      containers: [
        {
          ...c.status,
          state: {
            terminated: {
              containerID: c.status.containerID,
              exitCode: c.run.exitCode,
              finishedAt: formatTime(at),
              reason: c.run.exitCode === 0 ? "Completed" : "Error",
              startedAt: c.status.state.running?.startedAt ?? formatTime(at),
            },
          },
          ready: false,
          started: false,
        },
      ],
      events: [],
    }),
  },
  {
    name: "container-crashloop",
    scope: "container",
    description: "the next sync finds the restart backing off: waiting CrashLoopBackOff, BackOff event",
    delay: ["resync"],
    when: (pod, c) =>
      c.progress === "exited" && restartWanted(pod, c) && backoffFor(pod, c) > pod.timings.resync,
    due: (pod, c) => (c.exitedAt === null ? null : c.exitedAt + pod.timings.resync),
    next: (pod, c) => {
      const backoff = backoffFor(pod, c);
      return {
        containers: [
          {
            ...waiting(c.status, "CrashLoopBackOff", crashLoopMessage(pod, c, backoff)),
            lastState: { terminated: c.exit ?? undefined },
          },
        ],
        events: [
          {
            type: "Warning",
            reason: "BackOff",
            message: `Back-off restarting failed container ${c.name} in pod ${podDisplay(pod.pod)}`,
            container: c.name,
          },
        ],
      };
    },
  },
  {
    name: "container-restarted",
    scope: "container",
    description:
      "after the back-off (none for the first restart, then 10s, 20s, ... 5m; reset after 10m of running) a new container runs: restartCount + 1, lastState.terminated",
    delay: ["crashBackoff", "pullCached", "create", "start"],
    when: (pod, c) => (c.progress === "exited" || c.progress === "crashLoop") && restartWanted(pod, c),
    due: (pod, c) => {
      if (c.exitedAt === null) return null;
      const t = pod.timings;
      // The image is on the node (the container ran): only the presence check, or a cached pull.
      return c.exitedAt + backoffFor(pod, c) + t.pullCached + t.create + t.start;
    },
    next: (pod, c, at) => {
      const t = pod.timings;
      const pull = t.pullCached;
      const restartCount = c.status.restartCount + 1;
      const createdAt = at - t.create - t.start;
      const pullEventsNow: EventSpec[] =
        c.pullPolicy === "Always"
          ? [
              { type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name },
              ...pullEvents(c, false, pull),
            ]
          : pullEvents(c, true, 0);
      return {
        containers: [
          {
            ...c.status,
            state: { running: { startedAt: formatTime(at) } },
            lastState: { terminated: c.exit ?? undefined },
            ready: true,
            started: true,
            restartCount,
            image: c.ref?.full ?? c.image,
            imageID: c.ref ? imageID(c.ref) : c.status.imageID,
            containerID: makeContainerID(pod.pod, c.name, restartCount, createdAt),
          },
        ],
        events: [
          ...pullEventsNow,
          { type: "Normal", reason: "Created", message: `Created container: ${c.name}`, container: c.name },
          { type: "Normal", reason: "Started", message: `Started container ${c.name}`, container: c.name },
        ],
        pulledImages: c.pullPolicy === "Always" && c.ref ? [c.ref.full] : [],
      };
    },
  },
];
