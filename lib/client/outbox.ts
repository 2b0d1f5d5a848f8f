/**
 * The outbox of one end of a cluster socket: what is sent in one tick (a component's calls, the
 * events of a commit, the results of a batch) leaves at the end of the tick as one message,
 * `{"op":"batch","messages":[...]}` when there are several, cut into frames by `batchFrames`.
 * The client and the cluster's socket sinks both send through it.
 */
import { batchFrames } from "./protocol";

export class Outbox {
  private queued: string[] = [];

  /** `send` puts one frame on the socket; it may throw when the socket is closing. */
  constructor(private readonly send: (frame: string) => void) {}

  /** Queues a message; everything queued in the same tick goes out together. */
  post(message: string): void {
    this.queued.push(message);
    if (this.queued.length === 1) queueMicrotask(() => this.flush());
  }

  /** Forgets what is queued (the socket closed). */
  clear(): void {
    this.queued = [];
  }

  private flush(): void {
    const messages = this.queued;
    this.queued = [];
    // Frames stay well under the server's message limit.
    for (const frame of batchFrames(messages)) {
      try {
        this.send(frame);
      } catch {
        // The socket went away: its close handler cleans up (pending calls, watches).
      }
    }
  }
}
