/**
 * Kubernetes' ControllerExpectations / UIDTrackingControllerExpectations (pkg/controller/controller_utils.go).
 *
 * A controller that creates or deletes pods records how many creations and deletions it expects to see
 * through its informer, and does not act again for that controller key until it has seen them all (or
 * the record is older than five minutes). A cache that lags behind the controller's own writes — an
 * event storm, a restart that replays a stale list — can then never make it create more pods than asked.
 *
 * Deletions are tracked by pod key (namespace/name), so a pod observed as deleted twice (first with a
 * deletionTimestamp, then gone) lowers the expectation once.
 */

/** ExpectationsTimeout: after this, a controller acts again even if its expectations were never seen. */
export const EXPECTATIONS_TIMEOUT_MS = 5 * 60 * 1000;

export interface ExpectationRecord {
  /** Creations still to be observed. */
  adds: number;
  /** Deletions still to be observed. */
  dels: number;
  /** When the expectations were set (ms since the epoch). */
  timestamp: number;
}

interface Entry extends ExpectationRecord {
  /** Pod keys whose deletion is awaited; undefined when deletions were not tracked by key. */
  deleteKeys?: Set<string>;
}

export class Expectations {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: () => number = () => Date.now()) {}

  /**
   * SetExpectations / ExpectCreations / ExpectDeletions: replaces the controller's expectations.
   * With `deleteKeys`, deletions are tracked per pod key and `dels` is their count.
   */
  expect(key: string, adds: number, dels: number, deleteKeys?: readonly string[], now?: number): void {
    const entry: Entry = { adds, dels, timestamp: now ?? this.clock() };
    if (deleteKeys !== undefined) {
      entry.deleteKeys = new Set(deleteKeys);
      entry.dels = entry.deleteKeys.size;
    }
    this.entries.set(key, entry);
  }

  /** CreationObserved: one expected pod was seen created (or its creation failed and will not be seen). */
  creationObserved(key: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.adds -= 1;
  }

  /**
   * DeletionObserved: a pod of the controller was seen deleted (or being deleted). With `podKey`, only
   * a pod whose deletion was expected counts, and only once.
   */
  deletionObserved(key: string, podKey?: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (podKey !== undefined && entry.deleteKeys !== undefined) {
      if (!entry.deleteKeys.delete(podKey)) return;
    }
    entry.dels -= 1;
  }

  /**
   * SatisfiedExpectations: true when nothing is expected for the key (never set, or forgotten), when
   * everything expected was observed, or when the expectations are older than five minutes.
   */
  satisfied(key: string, now?: number): boolean {
    const entry = this.entries.get(key);
    if (!entry) return true;
    if (entry.adds <= 0 && entry.dels <= 0) return true;
    return (now ?? this.clock()) - entry.timestamp > EXPECTATIONS_TIMEOUT_MS;
  }

  /** DeleteExpectations: the controller is gone (or starts over). */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** The outstanding expectations of a key, for inspection. */
  get(key: string): ExpectationRecord | undefined {
    const entry = this.entries.get(key);
    return entry ? { adds: entry.adds, dels: entry.dels, timestamp: entry.timestamp } : undefined;
  }
}
