/**
 * When each pod's next stage is due on this kubelet: the pod workers' timers of the real kubelet
 * (pkg/kubelet/pod_workers.go), kept as instants so one timer (and one Durable Object alarm) can
 * serve them all.
 */

/** A step never comes sooner than this after the last: at speed 0 a crash loop would spin. */
export const MIN_STEP_MS = 100;

export class DueTimes {
  private readonly at = new Map<string, number>();

  /** The pod's next stage is due at `at` (null: nothing more is due). */
  set(key: string, at: number | null): void {
    if (at === null) this.at.delete(key);
    else this.at.set(key, at);
  }

  /** After a step: as `set`, but no sooner than MIN_STEP_MS from `now`. */
  setAfterStep(key: string, at: number | null, now: number): void {
    this.set(key, at === null ? null : Math.max(at, now + MIN_STEP_MS));
  }

  delete(key: string): void {
    this.at.delete(key);
  }

  clear(): void {
    this.at.clear();
  }

  /** The earliest due instant, or undefined when nothing is due. */
  earliest(): number | undefined {
    let next = Number.POSITIVE_INFINITY;
    for (const at of this.at.values()) next = Math.min(next, at);
    return Number.isFinite(next) ? next : undefined;
  }

  /** The pods whose stage is due at `now`. */
  dueAt(now: number): string[] {
    const keys: string[] = [];
    for (const [key, at] of this.at) if (at <= now) keys.push(key);
    return keys;
  }
}
