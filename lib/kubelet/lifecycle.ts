/**
 * The engine over the stage table (stages.ts): a pure function of (pod, node knowledge, now).
 *
 * `planPod` says when the next stage of a pod fires; `advancePod` applies, in time order, every stage
 * due at `now` — each stage at its own due instant, so timestamps do not depend on when the kubelet's
 * alarm ran — and returns one status write (the full new status, for the status subresource), the
 * events to record, and whether to confirm the pod's deletion. After each stage the pod-level fields a
 * kubelet derives (phase, conditions) are recomputed as `generateAPIPodStatus` does.
 *
 * A stage fires at most once per container per step: with zero timings a crash-looping container
 * restarts once per step, and `dueAt <= now` tells the runtime to step again (it should pace that).
 */
import type { EventRecord } from "../client/actions";
import { arrayAt, objectsAt, specOf, statusOf, stringAt } from "../k8s/json";
import { deepCopy, type JsonObject, jsonEqual, type KubeObject } from "../k8s/object";
import { podNodeName } from "../k8s/pod";
import { formatTime, parseTime } from "../k8s/time";
import {
  type ContainerStatus,
  containerCreatedAt,
  containerStatusJson,
  readContainerStatus,
} from "./container-status";
import { DEFAULT_TIMINGS, type NodeContext } from "./context";
import { type PullPolicy, parseImage, pullError } from "./images";
import type { ContainerProgress, ContainerView, PodView, RestartPolicy } from "./pod-view";
import { runOutcome } from "./run-rules";
import { POD_STAGES, type Stage, type StageOutcome } from "./stages";

export interface PodPlan {
  /** When the next stage fires (may be <= now: step at once); null = nothing until the pod changes. */
  dueAt: number | null;
  stage?: string;
}

export interface PodStep {
  /** The full new status to write via the status subresource; absent when nothing changed. */
  status?: JsonObject;
  events: EventRecord[];
  /** Confirm the deletion: DELETE with gracePeriodSeconds 0 (after writing `status`, if any). */
  deletePod?: boolean;
  /** Images now on the node (normalized references), for the runtime's image list. */
  pulledImages?: string[];
  dueAt: number | null;
  /** The stages applied, in order (`name` or `name:container`). */
  stages: string[];
}

// ───────────────────────────── reading the pod ─────────────────────────────

function containerSpecs(pod: KubeObject): JsonObject[] {
  return objectsAt(specOf(pod).containers);
}

function pullPolicyOf(spec: JsonObject, image: string): PullPolicy {
  const p = spec.imagePullPolicy;
  if (p === "Always" || p === "IfNotPresent" || p === "Never") return p;
  const ref = parseImage(image);
  return !ref || ref.tag === "latest" || (!ref.tag && !ref.digest) ? "Always" : "IfNotPresent";
}

function restartPolicyOf(pod: KubeObject): RestartPolicy {
  const p = specOf(pod).restartPolicy;
  return p === "OnFailure" || p === "Never" ? p : "Always";
}

function progressOf(cs: ContainerStatus): ContainerProgress {
  if (cs.state.running) return "running";
  if (cs.state.terminated) return "exited";
  const reason = cs.state.waiting?.reason ?? "";
  switch (reason) {
    case "CrashLoopBackOff":
      return "crashLoop";
    case "ErrImagePull":
      return "pullFailed";
    case "ImagePullBackOff":
      return "pullBackOff";
    case "ErrImageNeverPull":
      return "neverPull";
    case "InvalidImageName":
      return "invalidImage";
  }
  if (cs.lastState.terminated && !cs.containerID) return "crashLoop";
  if (!cs.containerID) return "pulling";
  return cs.imageID ? "created" : "creating";
}

/** A whole-second timestamp made exact by a derived instant that falls within the same second. */
function refine(seconds: number, derived: number | null): number | null {
  if (derived !== null && (Number.isNaN(seconds) || Math.floor(derived / 1000) * 1000 === seconds))
    return derived;
  return Number.isNaN(seconds) ? null : seconds;
}

function conditionTime(status: JsonObject, type: string): number {
  const condition = objectsAt(status.conditions).find((c) => c.type === type);
  return parseTime(condition?.lastTransitionTime) ?? Number.NaN;
}

/** The working state of one step: the pod's status and its containers' statuses. */
interface Working {
  pod: KubeObject;
  node: NodeContext;
  now: number;
  status: JsonObject;
  containers: Map<string, ContainerStatus>;
  images: Set<string>;
}

function startWorking(pod: KubeObject, node: NodeContext, now: number): Working {
  const status = deepCopy(statusOf(pod));
  const containers = new Map<string, ContainerStatus>();
  for (const v of arrayAt(status.containerStatuses)) {
    const cs = readContainerStatus(v);
    if (cs) containers.set(cs.name, cs);
  }
  return { pod, node, now, status, containers, images: new Set(node.images) };
}

function buildView(w: Working): PodView {
  const { pod, node, status } = w;
  const t = node.timings;
  const accepted = typeof status.startTime === "string";
  let anchor = conditionTime(status, "PodScheduled");
  if (Number.isNaN(anchor)) anchor = parseTime(pod.metadata.creationTimestamp) ?? Number.NaN;
  const acceptAt = Number.isNaN(anchor) ? w.now : anchor + t.accept;
  const deleting = typeof pod.metadata.deletionTimestamp === "string";
  const graceMs = Math.max(0, (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000);
  const deleteTs = parseTime(pod.metadata.deletionTimestamp) ?? Number.NaN;
  const deleteAt = Number.isNaN(deleteTs) ? w.now : deleteTs - graceMs;
  const phase = typeof status.phase === "string" ? status.phase : "Pending";
  const containers: ContainerView[] = [];
  for (const spec of containerSpecs(pod)) {
    const name = stringAt(spec.name);
    const image = stringAt(spec.image);
    const ref = parseImage(image);
    const cs: ContainerStatus = w.containers.get(name) ?? {
      name,
      state: { waiting: { reason: "ContainerCreating" } },
      lastState: {},
      ready: false,
      restartCount: 0,
      image,
      imageID: "",
      started: false,
    };
    const progress = progressOf(cs);
    const words = [spec.command, spec.args].flatMap((v) =>
      Array.isArray(v) ? v.filter((x) => typeof x === "string") : [],
    );
    const run = runOutcome({ pod, container: spec, ref, script: words.join(" ") });
    const createdAt = containerCreatedAt(cs.containerID);
    const exit =
      progress === "exited"
        ? (cs.state.terminated ?? null)
        : progress === "crashLoop"
          ? (cs.lastState.terminated ?? null)
          : null;
    let startedAt: number | null = null;
    let exitedAt: number | null = null;
    const launch = (created: number | null) => (created === null ? null : created + t.create + t.start);
    if (progress === "running") {
      startedAt = refine(parseTime(cs.state.running?.startedAt) ?? Number.NaN, launch(createdAt));
    } else if (exit) {
      startedAt = refine(
        parseTime(exit.startedAt) ?? Number.NaN,
        launch(containerCreatedAt(exit.containerID)),
      );
      const derived =
        startedAt !== null && run.runsForMs !== null && exit.exitCode === run.exitCode
          ? startedAt + run.runsForMs
          : null;
      exitedAt = refine(parseTime(exit.finishedAt) ?? Number.NaN, derived);
    }
    containers.push({
      name,
      spec,
      image,
      ref,
      pullPolicy: pullPolicyOf(spec, image),
      status: cs,
      progress,
      imagePresent: ref !== null && (w.images.has(ref.full) || w.images.has(image)),
      pullError: ref ? pullError(ref, image, node.faults) : null,
      createdAt,
      startedAt,
      exitedAt,
      exit,
      run,
    });
  }
  return {
    pod,
    node,
    timings: t,
    now: w.now,
    accepted,
    acceptAt,
    deleting,
    deleteAt,
    graceMs,
    phase,
    terminal: phase === "Succeeded" || phase === "Failed",
    restartPolicy: restartPolicyOf(pod),
    containers,
  };
}

// ───────────────────────────── what the kubelet derives: phase, conditions ─────────────────────────────

/** The kubelet's getPhase (pkg/kubelet/kubelet_pods.go), for regular containers. */
function podPhase(view: PodView, statuses: Map<string, ContainerStatus>, podIsTerminal: boolean): string {
  let unknown = 0;
  let running = 0;
  let waitingCount = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of view.containers) {
    const cs = statuses.get(c.name);
    if (!cs) {
      unknown++;
      continue;
    }
    if (cs.state.running) running++;
    else if (cs.state.terminated) {
      stopped++;
      if (cs.state.terminated.exitCode === 0) succeeded++;
    } else if (cs.state.waiting) {
      if (cs.lastState.terminated) stopped++;
      else waitingCount++;
    } else unknown++;
  }
  if (waitingCount > 0) return "Pending";
  if (running > 0 && unknown === 0) return "Running";
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? "Succeeded" : "Failed";
    if (view.restartPolicy === "Always") return "Running";
    if (stopped === succeeded) return "Succeeded";
    if (view.restartPolicy === "Never") return "Failed";
    return "Running";
  }
  return "Pending";
}

const CONDITION_ORDER = [
  "PodReadyToStartContainers",
  "Initialized",
  "Ready",
  "ContainersReady",
  "PodScheduled",
];

function condition(
  previous: JsonObject | undefined,
  type: string,
  status: "True" | "False",
  at: number,
  reason?: string,
  message?: string,
): JsonObject {
  const keep = previous && previous.status === status && typeof previous.lastTransitionTime === "string";
  const out: JsonObject = {
    type,
    status,
    lastProbeTime: null,
    lastTransitionTime: keep ? (previous.lastTransitionTime as string) : formatTime(at),
  };
  if (reason) out.reason = reason;
  if (message) out.message = message;
  return out;
}

/** Phase and conditions, recomputed after every stage (the kubelet's generateAPIPodStatus). */
function derivePodStatus(w: Working, at: number): void {
  const view = buildView(w);
  if (!view.accepted) return;
  const podIsTerminal =
    view.deleting && view.containers.every((c) => !w.containers.get(c.name)?.state.running);
  const phase = view.terminal ? view.phase : podPhase(view, w.containers, podIsTerminal);
  w.status.phase = phase;
  const previous = new Map<string, JsonObject>();
  const others: JsonObject[] = [];
  for (const c of objectsAt(w.status.conditions)) {
    if (typeof c.type !== "string") continue;
    if (CONDITION_ORDER.includes(c.type)) previous.set(c.type, c);
    else others.push(c);
  }
  const unready: string[] = [];
  const unknown: string[] = [];
  for (const c of view.containers) {
    const cs = w.containers.get(c.name);
    if (!cs) unknown.push(c.name);
    else if (!cs.ready) unready.push(c.name);
  }
  let ready: ["True" | "False", string?, string?];
  if (phase === "Succeeded" && unknown.length === 0) ready = ["False", "PodCompleted"];
  else if (phase === "Failed") ready = ["False", "PodFailed"];
  else {
    const messages: string[] = [];
    if (unknown.length) messages.push(`containers with unknown status: [${unknown.join(" ")}]`);
    if (unready.length) messages.push(`containers with unready status: [${unready.join(" ")}]`);
    ready = messages.length ? ["False", "ContainersNotReady", messages.join(", ")] : ["True"];
  }
  const terminal = phase === "Succeeded" || phase === "Failed";
  const conditions: JsonObject[] = [
    condition(
      previous.get("PodReadyToStartContainers"),
      "PodReadyToStartContainers",
      terminal ? "False" : "True",
      at,
    ),
    condition(previous.get("Initialized"), "Initialized", "True", at),
    condition(previous.get("Ready"), "Ready", ready[0], at, ready[1], ready[2]),
    condition(previous.get("ContainersReady"), "ContainersReady", ready[0], at, ready[1], ready[2]),
    // Pods created with spec.nodeName were never bound: the kubelet adds PodScheduled, dated so that
    // the admission anchor (PodScheduled time + accept) stays where it was.
    previous.get("PodScheduled") ??
      condition(undefined, "PodScheduled", "True", view.acceptAt - view.timings.accept),
  ];
  w.status.conditions = [...conditions, ...others];
}

/** The status as the API server serializes a v1.PodStatus (known fields in order, others kept). */
function statusJson(w: Working, view: PodView): JsonObject {
  const s = w.status;
  const out: JsonObject = {};
  const order = [
    "observedGeneration",
    "phase",
    "conditions",
    "message",
    "reason",
    "nominatedNodeName",
    "hostIP",
    "hostIPs",
    "podIP",
    "podIPs",
    "startTime",
    "initContainerStatuses",
  ];
  for (const key of order) if (s[key] !== undefined) out[key] = s[key];
  if (w.containers.size > 0 || s.containerStatuses !== undefined) {
    const statuses = view.containers
      .map((c) => w.containers.get(c.name))
      .filter((cs): cs is ContainerStatus => cs !== undefined)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    out.containerStatuses = statuses.map(containerStatusJson);
  }
  for (const [key, value] of Object.entries(s)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

// ───────────────────────────── the engine ─────────────────────────────

interface Candidate {
  stage: Stage;
  container?: ContainerView;
  due: number;
  key: string;
}

function candidates(view: PodView): Candidate[] {
  const out: Candidate[] = [];
  for (const stage of POD_STAGES) {
    if (stage.scope === "pod") {
      if (!stage.when(view)) continue;
      const due = stage.due(view);
      if (due !== null && Number.isFinite(due)) out.push({ stage, due, key: stage.name });
    } else {
      for (const c of view.containers) {
        if (!stage.when(view, c)) continue;
        const due = stage.due(view, c);
        if (due !== null && Number.isFinite(due))
          out.push({ stage, container: c, due, key: `${stage.name}:${c.name}` });
      }
    }
  }
  return out;
}

/** The earliest candidate (table order, then container order, on ties), skipping `fired`. */
function earliest(view: PodView, fired: ReadonlySet<string>): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates(view)) {
    if (fired.has(c.key)) continue;
    if (!best || c.due < best.due) best = c;
  }
  return best;
}

function ownsPod(pod: KubeObject, node: NodeContext): boolean {
  return podNodeName(pod) === node.nodeName;
}

/** When the next stage of this pod fires, without applying anything. */
export function planPod(pod: KubeObject, node: NodeContext, now: number): PodPlan {
  if (!ownsPod(pod, node)) return { dueAt: null };
  const next = earliest(buildView(startWorking(pod, node, now)), new Set());
  return next ? { dueAt: next.due, stage: next.key } : { dueAt: null };
}

function toEvent(pod: KubeObject, node: NodeContext, e: StageOutcome["events"][number]): EventRecord {
  const record: EventRecord = {
    regarding: pod,
    type: e.type,
    reason: e.reason,
    message: e.message,
    component: "kubelet",
    host: node.nodeName,
  };
  if (e.container !== undefined) record.fieldPath = `spec.containers{${e.container}}`;
  return record;
}

function applyOutcome(w: Working, outcome: StageOutcome): void {
  if (outcome.pod) Object.assign(w.status, outcome.pod);
  for (const cs of outcome.containers ?? []) w.containers.set(cs.name, cs);
  for (const image of outcome.pulledImages ?? []) w.images.add(image);
}

function finish(pod: KubeObject, w: Working, changed: boolean): JsonObject | undefined {
  if (!changed) return undefined;
  const status = statusJson(w, buildView(w));
  return jsonEqual(status, pod.status ?? {}) ? undefined : status;
}

/** Applies every stage of the pod due at `now`, in time order. */
export function advancePod(pod: KubeObject, node: NodeContext, now: number): PodStep {
  if (!ownsPod(pod, node)) return { events: [], dueAt: null, stages: [] };
  const w = startWorking(pod, node, now);
  const fired = new Set<string>();
  const events: EventRecord[] = [];
  const pulled: string[] = [];
  const stages: string[] = [];
  let deletePod = false;
  let cursor = Number.NEGATIVE_INFINITY;
  for (let guard = 0; guard < 1000; guard++) {
    const view = buildView(w);
    const next = earliest(view, fired);
    if (!next || next.due > now) break;
    const at = Math.max(next.due, cursor);
    cursor = at;
    fired.add(next.key);
    stages.push(next.key);
    const outcome =
      next.stage.scope === "pod"
        ? next.stage.next(view, at)
        : next.container
          ? next.stage.next(view, next.container, at)
          : { events: [] };
    applyOutcome(w, outcome);
    for (const e of outcome.events) events.push(toEvent(pod, node, e));
    for (const image of outcome.pulledImages ?? []) if (!pulled.includes(image)) pulled.push(image);
    derivePodStatus(w, at);
    if (outcome.deletePod) {
      deletePod = true;
      break;
    }
  }
  const step: PodStep = { events, dueAt: null, stages };
  const status = finish(pod, w, stages.length > 0);
  if (status) step.status = status;
  if (pulled.length) step.pulledImages = pulled;
  if (deletePod) step.deletePod = true;
  else {
    const upcoming = earliest(buildView(w), new Set());
    step.dueAt = upcoming ? upcoming.due : null;
  }
  return step;
}

/**
 * Fault injection: the container's process dies now — exit code 137, reason `Error` (killed) or
 * `OOMKilled`. The restart policy then applies as for any exit. Pass `node` to get the next due time;
 * without it `dueAt` is `now` (re-plan the pod).
 */
export function killContainer(
  pod: KubeObject,
  container: string,
  now: number,
  reason: "Error" | "OOMKilled" = "Error",
  node?: NodeContext,
): PodStep {
  const ctx: NodeContext = node ?? {
    nodeName: podNodeName(pod),
    hostIP: "",
    podIP: () => "",
    images: new Set(),
    timings: DEFAULT_TIMINGS,
  };
  const w = startWorking(pod, ctx, now);
  const cs = w.containers.get(container);
  if (!cs?.state.running) {
    return { events: [], dueAt: node ? planPod(pod, node, now).dueAt : now, stages: [] };
  }
  w.containers.set(container, {
    ...cs,
    state: {
      terminated: {
        containerID: cs.containerID,
        exitCode: 137,
        finishedAt: formatTime(now),
        reason,
        startedAt: cs.state.running.startedAt,
      },
    },
    ready: false,
    started: false,
  });
  derivePodStatus(w, now);
  const status = finish(pod, w, true);
  const step: PodStep = { events: [], dueAt: now, stages: [`kill:${container}`] };
  if (status) {
    step.status = status;
    if (node) step.dueAt = planPod({ ...pod, status }, node, now).dueAt;
  }
  return step;
}
