/**
 * The container statuses the kubelet writes (core/v1 ContainerStatus and its states), the container
 * IDs it makes — time-ordered, so a restarted kubelet reads back when each container was created —
 * and format.Pod, the pod's name in the kubelet's messages.
 */
import { stringAt } from "../k8s/json";
import { isJsonObject, type JsonObject, type JsonValue, type KubeObject } from "../k8s/object";
import { hexDigest } from "./images";

export interface WaitingState {
  reason: string;
  message?: string;
}
export interface TerminatedState {
  containerID?: string;
  exitCode: number;
  finishedAt: string;
  reason: string;
  startedAt: string;
  message?: string;
}
export interface ContainerState {
  waiting?: WaitingState;
  running?: { startedAt: string };
  terminated?: TerminatedState;
}
export interface ContainerStatus {
  name: string;
  state: ContainerState;
  lastState: ContainerState;
  ready: boolean;
  restartCount: number;
  image: string;
  imageID: string;
  containerID?: string;
  started: boolean;
}

/** format.Pod: name_namespace(uid). */
export function podDisplay(pod: KubeObject): string {
  return `${pod.metadata.name ?? ""}_${pod.metadata.namespace ?? "default"}(${pod.metadata.uid ?? ""})`;
}

/** A container ID whose first 12 hex digits are the millisecond its creation began. */
export function makeContainerID(
  pod: KubeObject,
  container: string,
  restartCount: number,
  createdAt: number,
): string {
  const time = Math.max(0, Math.floor(createdAt)).toString(16).padStart(12, "0").slice(-12);
  return `containerd://${time}${hexDigest(`${pod.metadata.uid ?? pod.metadata.name}/${container}/${restartCount}/${createdAt}`, 52)}`;
}

/** The creation instant encoded in a container ID made by `makeContainerID`, or null. */
export function containerCreatedAt(containerID: string | undefined): number | null {
  const m = containerID ? /^containerd:\/\/([0-9a-f]{12})[0-9a-f]{52}$/.exec(containerID) : null;
  if (!m) return null;
  const t = Number.parseInt(m[1] ?? "", 16);
  return Number.isFinite(t) && t > 0 ? t : null;
}

function readTerminated(v: JsonValue | undefined): TerminatedState | undefined {
  if (!isJsonObject(v)) return undefined;
  const t: TerminatedState = {
    exitCode: typeof v.exitCode === "number" ? v.exitCode : 0,
    finishedAt: stringAt(v.finishedAt),
    reason: stringAt(v.reason),
    startedAt: stringAt(v.startedAt),
  };
  const id = stringAt(v.containerID);
  if (id) t.containerID = id;
  const message = stringAt(v.message);
  if (message) t.message = message;
  return t;
}

function readState(v: JsonValue | undefined): ContainerState {
  if (!isJsonObject(v)) return {};
  if (isJsonObject(v.running)) return { running: { startedAt: stringAt(v.running.startedAt) } };
  const terminated = readTerminated(v.terminated);
  if (terminated) return { terminated };
  if (isJsonObject(v.waiting)) {
    const message = stringAt(v.waiting.message);
    return { waiting: { reason: stringAt(v.waiting.reason), ...(message ? { message } : {}) } };
  }
  return {};
}

/** A container status as the API returns it, read into its typed shape (null without a name). */
export function readContainerStatus(v: JsonValue): ContainerStatus | null {
  if (!isJsonObject(v) || typeof v.name !== "string") return null;
  const cs: ContainerStatus = {
    name: v.name,
    state: readState(v.state),
    lastState: readState(v.lastState),
    ready: v.ready === true,
    restartCount: typeof v.restartCount === "number" ? v.restartCount : 0,
    image: stringAt(v.image),
    imageID: stringAt(v.imageID),
    started: v.started === true,
  };
  const id = stringAt(v.containerID);
  if (id) cs.containerID = id;
  return cs;
}

function stateJson(s: ContainerState): JsonObject {
  if (s.running) return { running: { startedAt: s.running.startedAt } };
  if (s.terminated) {
    const t = s.terminated;
    const out: JsonObject = {};
    if (t.containerID) out.containerID = t.containerID;
    out.exitCode = t.exitCode;
    out.finishedAt = t.finishedAt;
    if (t.message) out.message = t.message;
    out.reason = t.reason;
    out.startedAt = t.startedAt;
    return { terminated: out };
  }
  if (s.waiting) {
    return {
      waiting: s.waiting.message
        ? { message: s.waiting.message, reason: s.waiting.reason }
        : { reason: s.waiting.reason },
    };
  }
  return {};
}

/** A container status as JSON, in the field order the API server serializes a v1.ContainerStatus. */
export function containerStatusJson(cs: ContainerStatus): JsonObject {
  const out: JsonObject = {
    name: cs.name,
    state: stateJson(cs.state),
    lastState: stateJson(cs.lastState),
    ready: cs.ready,
    restartCount: cs.restartCount,
    image: cs.image,
    imageID: cs.imageID,
  };
  if (cs.containerID) out.containerID = cs.containerID;
  out.started = cs.started;
  return out;
}
