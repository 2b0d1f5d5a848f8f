/**
 * The container statuses the kubelet writes (core/v1 ContainerStatus and its states), the container
 * IDs it makes — time-ordered, so a restarted kubelet reads back when each container was created —
 * and format.Pod, the pod's name in the kubelet's messages.
 */
import type { KubeObject } from "../k8s/object";
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
