import type { KubeObject } from "../k8s/object";

export type ChangeType = "ADDED" | "MODIFIED" | "DELETED";

/**
 * One entry of the change log: the revision that made it, the object after the change (for
 * DELETED, its last state stamped with the deleting revision) and the object before it.
 */
export interface Change {
  revision: number;
  type: ChangeType;
  /** Resource key, as `pods` or `deployments.apps`. */
  resource: string;
  namespace: string;
  name: string;
  object: KubeObject;
  prev: KubeObject | null;
  /** Commit time, milliseconds since the epoch. */
  at: number;
  /** Who wrote it and how, when the write came through an API call (not the server's own housekeeping). */
  author?: Author;
}

/** The writer of a commit, as `flow` names it: `participant/Ada` `create`, `scheduler` `bind`. */
export interface Author {
  actor: string;
  verb: string;
}

/** A committed change with its object already serialized, so fan-out serializes once. */
export interface CommittedChange extends Change {
  json: string;
}

/** A write to make, as the registry decides it; the store gives it a revision. */
export type Mutation =
  | { type: "put"; resource: string; object: KubeObject }
  | { type: "delete"; resource: string; namespace: string; name: string };
