/** Per-cluster settings of the API server, kept in the cluster's storage and changed through the API. */
export interface ClusterSettings {
  /** How often watchers that asked for bookmarks get one, after a write (ms). */
  bookmarkIntervalMs: number;
  /** Change log kept: at least this many revisions... */
  historyRevisions: number;
  /** ...and at least this much time (ms). */
  historyAgeMs: number;
}

export const DEFAULT_SETTINGS: ClusterSettings = {
  bookmarkIntervalMs: 60_000,
  historyRevisions: 5000,
  historyAgeMs: 5 * 60_000,
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
