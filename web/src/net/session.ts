/**
 * The session protocol (lib/session/protocol.ts) on the cluster socket: says hello on every
 * (re)connection and hands the session messages (welcome, presence, output, done, feed, flow,
 * error) to whoever listens. Watch and call messages on the same socket belong to ClusterClient.
 */
import type {
  FeedEntry,
  FlowStep,
  Participant,
  SessionClientMessage,
  SessionServerMessage,
} from "../../../lib/session/protocol";
import type { Identity } from "../identity";
import type { Connection } from "./connection";

export interface SessionHandlers {
  welcome(you: Participant, participants: Participant[], feed: FeedEntry[]): void;
  presence(participants: Participant[]): void;
  output(id: string, text: string, stream: "stdout" | "stderr"): void;
  done(id: string, exitCode: number): void;
  feed(entry: FeedEntry): void;
  flow(steps: FlowStep[]): void;
  error(message: string): void;
}

const SESSION_OPS = new Set(["welcome", "presence", "output", "done", "feed", "flow", "error"]);

export class Session {
  private readonly handlers: Partial<SessionHandlers>[] = [];
  you: Participant | undefined;
  participants: Participant[] = [];
  private lastView: Record<string, string> | undefined;

  constructor(
    private readonly connection: Connection,
    identity: Identity,
  ) {
    connection.onOpen(() => {
      this.send({ op: "hello", name: identity.name, color: identity.color });
      if (this.lastView) this.send({ op: "presence", view: this.lastView });
    });
    connection.onMessage((data) => this.receive(data));
  }

  on(handlers: Partial<SessionHandlers>): void {
    this.handlers.push(handlers);
  }

  /** Sends a message now, or throws when the socket is down (nothing is queued). */
  send(message: SessionClientMessage): void {
    this.connection.send(JSON.stringify(message));
  }

  trySend(message: SessionClientMessage): boolean {
    try {
      this.send(message);
      return true;
    } catch {
      return false;
    }
  }

  /** What I look at, for followers; re-sent after a reconnect. */
  setView(view: Record<string, string>): void {
    this.lastView = view;
    this.trySend({ op: "presence", view });
  }

  private receive(data: string): void {
    // Watch events and call results (most of the traffic) are ClusterClient's; skip them unparsed.
    if (data.startsWith('{"op":"event"') || data.startsWith('{"op":"result"')) return;
    let message: { op?: unknown; messages?: unknown };
    try {
      message = JSON.parse(data) as { op?: unknown };
    } catch {
      return;
    }
    if (message.op === "batch" && Array.isArray(message.messages)) {
      for (const m of message.messages) this.dispatch(m as SessionServerMessage);
      return;
    }
    this.dispatch(message as SessionServerMessage);
  }

  private dispatch(message: SessionServerMessage): void {
    if (typeof message !== "object" || message === null || !SESSION_OPS.has(message.op)) return;
    if (message.op === "welcome") {
      this.you = message.you;
      this.participants = message.participants;
    } else if (message.op === "presence") {
      this.participants = message.participants;
    }
    for (const h of this.handlers) {
      switch (message.op) {
        case "welcome":
          h.welcome?.(message.you, message.participants, message.feed);
          break;
        case "presence":
          h.presence?.(message.participants);
          break;
        case "output":
          h.output?.(message.id, message.text, message.stream);
          break;
        case "done":
          h.done?.(message.id, message.exitCode);
          break;
        case "feed":
          h.feed?.(message.entry);
          break;
        case "flow":
          h.flow?.(message.steps);
          break;
        case "error":
          h.error?.(message.message);
          break;
      }
    }
  }
}
