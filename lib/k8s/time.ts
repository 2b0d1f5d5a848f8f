/** Kubernetes' time formats: metav1.Time (RFC 3339, whole seconds) and MicroTime. */
import type { JsonValue } from "./object";

/** `2026-11-21T23:55:34Z`: a metav1.Time, truncated to the second. */
export function formatTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** `2026-11-21T23:55:34.123000Z`: a metav1.MicroTime (leases' renewTime, events' eventTime). */
export function formatMicroTime(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, "000Z");
}

/** Milliseconds since the epoch of an RFC 3339 time (any fraction of a second); undefined if absent or malformed. */
export function parseTime(v: JsonValue | undefined): number | undefined {
  if (typeof v !== "string" || v === "") return undefined;
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(v);
  const normalised = m ? `${m[1]}.${(m[2] ?? "").padEnd(3, "0").slice(0, 3)}${m[3]}` : v;
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? undefined : ms;
}
