/** Per-cluster settings of the API server, kept in the cluster's storage and changed through the API. */
export interface ClusterSettings {
  /** How often watchers that asked for bookmarks get one, after a write (ms). */
  bookmarkIntervalMs: number;
  /** Change log kept: at least this many revisions... */
  historyRevisions: number;
  /** ...and at least this much time (ms). */
  historyAgeMs: number;
  /** How fast simulated time runs for kubelets: 1 is realistic-feeling, 0 makes every delay zero. */
  speed: number;
  /** A cluster with no participant and no change for this long (and converged) goes to sleep (ms). */
  idleMs: number;
  /** After this long without a heartbeat, a node goes NotReady/Unknown (ms). */
  nodeMonitorGracePeriodMs: number;
  /** Pods tolerate an unreachable or not-ready node this long before eviction (seconds). */
  defaultTolerationSeconds: number;
  /** How often kubelets renew their node Lease (ms). */
  heartbeatIntervalMs: number;
}

export const DEFAULT_SETTINGS: ClusterSettings = {
  bookmarkIntervalMs: 60_000,
  historyRevisions: 5000,
  historyAgeMs: 5 * 60_000,
  speed: 1,
  idleMs: 5 * 60_000,
  nodeMonitorGracePeriodMs: 20_000,
  defaultTolerationSeconds: 30,
  heartbeatIntervalMs: 5_000,
};

/** Merges a partial update into settings, refusing values that make no sense. */
export function mergeSettings(current: ClusterSettings, update: unknown): ClusterSettings | string {
  if (typeof update !== "object" || update === null || Array.isArray(update))
    return "settings must be a JSON object";
  const next = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (!(key in DEFAULT_SETTINGS)) return `unknown setting ${JSON.stringify(key)}`;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      return `${key} must be a non-negative number`;
    }
    next[key as keyof ClusterSettings] = value;
  }
  return next;
}
