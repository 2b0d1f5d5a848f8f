/**
 * The cluster's one alarm, shared by everything the API server does over time (bookmarks, grace
 * periods, terminating namespaces, the idle check): each asks to be woken at a time, and the alarm
 * is set to the earliest.
 */
export class AlarmClock {
  /** When the alarm is set for (null: not set); the Durable Object reads it back at start. */
  at: number | null = null;

  constructor(private readonly setAlarm: (at: number) => void) {}

  wakeAt(at: number): void {
    if (this.at !== null && this.at <= at) return;
    this.at = at;
    this.setAlarm(at);
  }

  /** The alarm fired: it is no longer set. */
  rang(): void {
    this.at = null;
  }
}
