/**
 * The scheduler's last decision per pod (which nodes were filtered out and why, the scores), kept
 * for the playground's `explain`: the newest 2,000, the oldest forgotten first.
 */
import type { ScheduleResult } from "./schedule";

const DECISIONS_KEPT = 2000;

export class Decisions {
  private readonly byPod = new Map<string, ScheduleResult>();

  constructor(private readonly kept = DECISIONS_KEPT) {}

  /** Keeps the decision for a pod (namespace/name), forgetting the oldest beyond the limit. */
  remember(key: string, result: ScheduleResult): void {
    this.byPod.delete(key);
    this.byPod.set(key, result);
    if (this.byPod.size > this.kept) {
      const oldest = this.byPod.keys().next().value;
      if (oldest !== undefined) this.byPod.delete(oldest);
    }
  }

  get(key: string): ScheduleResult | undefined {
    return this.byPod.get(key);
  }
}
