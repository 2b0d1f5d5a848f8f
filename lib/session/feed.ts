/**
 * The shared feed: who ran which command and what it printed. Output kept per entry is capped, with
 * a note when it was cut; the runner still sees everything as it is printed.
 */
import type { FeedEntry } from "./protocol";

/** Entries a newcomer gets in its welcome. */
export const FEED_KEEP = 100;
/** Output kept per feed entry. */
export const MAX_FEED_OUTPUT = 64 * 1024;

/** Collects a command's output up to a cap, remembering how much was dropped. */
export class OutputCollector {
  private parts: string[] = [];
  private kept = 0;
  private dropped = 0;

  constructor(private readonly cap = MAX_FEED_OUTPUT) {}

  append(text: string): void {
    if (this.dropped > 0) {
      this.dropped += text.length;
      return;
    }
    const room = this.cap - this.kept;
    if (text.length <= room) {
      this.parts.push(text);
      this.kept += text.length;
      return;
    }
    this.parts.push(text.slice(0, room));
    this.kept = this.cap;
    this.dropped += text.length - room;
  }

  get truncated(): boolean {
    return this.dropped > 0;
  }

  text(): string {
    const kept = this.parts.join("");
    if (this.dropped === 0) return kept;
    const sep = kept.endsWith("\n") ? "" : "\n";
    return `${kept}${sep}[output truncated: ${this.dropped} more characters not kept in the feed]\n`;
  }
}

/** The last entries, oldest first, with their sequence numbers. */
export class FeedRing {
  private entries: FeedEntry[] = [];
  private nextSeq = 1;

  constructor(
    initial: readonly FeedEntry[] = [],
    private readonly keep = FEED_KEEP,
  ) {
    this.entries = initial.slice(-keep);
    const last = this.entries[this.entries.length - 1];
    if (last) this.nextSeq = last.seq + 1;
  }

  add(entry: Omit<FeedEntry, "seq">): FeedEntry {
    const full: FeedEntry = { seq: this.nextSeq++, ...entry };
    this.entries.push(full);
    if (this.entries.length > this.keep) this.entries.splice(0, this.entries.length - this.keep);
    return full;
  }

  list(): FeedEntry[] {
    return [...this.entries];
  }
}
