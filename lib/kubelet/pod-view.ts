/**
 * The view of a pod the stage table selects on (stages.ts): each container's progress, image and
 * run outcome, and the pod's admission, deletion and restart policy, all read back from the pod's
 * own status by the engine (lifecycle.ts).
 */
import type { JsonObject, KubeObject } from "../k8s/object";
import type { ContainerStatus, TerminatedState } from "./container-status";
import type { NodeContext, Timings } from "./context";
import type { ImageRef, PullPolicy } from "./images";
import type { RunOutcome } from "./run-rules";

export type RestartPolicy = "Always" | "OnFailure" | "Never";

/** Where a container is in its lifecycle, read from its status. */
export type ContainerProgress =
  /** Waiting ContainerCreating, no container yet: the image is being pulled (or checked). */
  | "pulling"
  /** The last pull failed (waiting ErrImagePull). */
  | "pullFailed"
  /** Backing off before the next pull (waiting ImagePullBackOff). */
  | "pullBackOff"
  /** pullPolicy Never and the image is absent (waiting ErrImageNeverPull). */
  | "neverPull"
  /** Not a valid image reference (waiting InvalidImageName): nothing more happens. */
  | "invalidImage"
  /** The container is being created: its ID exists, its image ID is not shown yet. */
  | "creating"
  /** Created, being started: image ID shown, status.image is the normalized reference. */
  | "created"
  | "running"
  /** Terminated (state.terminated). */
  | "exited"
  /** Waiting CrashLoopBackOff with lastState.terminated. */
  | "crashLoop";

export interface ContainerView {
  readonly name: string;
  readonly spec: JsonObject;
  /** spec image, as written. */
  readonly image: string;
  readonly ref: ImageRef | null;
  readonly pullPolicy: PullPolicy;
  readonly status: ContainerStatus;
  readonly progress: ContainerProgress;
  /** The node has the image (or pulled it earlier in this step). */
  readonly imagePresent: boolean;
  /** Why a pull of the image fails, or null when it succeeds. */
  readonly pullError: string | null;
  /** When this container instance's creation began (from its ID), or null. */
  readonly createdAt: number | null;
  /** When the running (or last terminated) instance started, exact when the ID allows. */
  readonly startedAt: number | null;
  /** When the current terminated instance (state or, in CrashLoopBackOff, lastState) finished. */
  readonly exitedAt: number | null;
  /** The current terminated instance's record (state.terminated, or lastState.terminated in back-off). */
  readonly exit: TerminatedState | null;
  /** What this container's process does once started. */
  readonly run: RunOutcome;
}

export interface PodView {
  readonly pod: KubeObject;
  readonly node: NodeContext;
  readonly timings: Timings;
  /** The step's time. */
  readonly now: number;
  /** The kubelet has admitted the pod (status.startTime is set). */
  readonly accepted: boolean;
  /** When the pod is (or was) admitted: PodScheduled time (or creation) + accept. */
  readonly acceptAt: number;
  readonly deleting: boolean;
  /** When the deletion was requested (deletionTimestamp − grace period). */
  readonly deleteAt: number;
  readonly graceMs: number;
  readonly phase: string;
  /** Succeeded or Failed: nothing runs again. */
  readonly terminal: boolean;
  readonly restartPolicy: RestartPolicy;
  readonly containers: readonly ContainerView[];
}
