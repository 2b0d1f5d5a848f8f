/**
 * The session of a cluster: its participants (hello, welcome, presence), their commands (run with
 * kubectl inside the cluster, output streamed to the runner, then `done`, then a feed entry to
 * everyone), the shared feed (kept in SQLite so it outlives hibernation) and the `flow` of the
 * control plane sent to everyone in bounded batches.
 *
 * Participant sockets are the cluster's WebSockets without a component; who they are (id, name,
 * colour, role) lives in their attachment, so it survives hibernation. Typing and view do not.
 */

import type { Caller } from "../apiserver/access";
import { FeedRing, OutputCollector } from "./feed";
import { FlowRecorder, formatFlow } from "./flow";
import {
  COMMAND_BUDGET_MS,
  COMMAND_RATE,
  isLongRunning,
  MAX_COMMAND_BYTES,
  MESSAGE_RATE,
  RateLimiter,
  utf8Length,
  WATCH_BUDGET_MS,
} from "./limits";
import { identityOf, type ParticipantIdentity, ParticipantRegistry } from "./participants";
import type { FeedEntry, FlowStep, Participant, Role, SessionServerMessage } from "./protocol";

/** One command being run, as the runner (kubectl) sees its caller and terminal. */
export interface CommandRun {
  caller: Caller;
  stdin?: string;
  signal: AbortSignal;
  write(text: string, stream: "stdout" | "stderr"): void;
}

/** What the session needs of the cluster. */
export interface SessionHost {
  /** Sends on a socket, in order with the socket's watch events and call results. */
  send(ws: WebSocket, message: string): void;
  /** Keeps who a participant is in its socket's attachment. */
  remember(ws: WebSocket, participant: ParticipantIdentity): void;
  runKubectl(line: string, run: CommandRun): Promise<number>;
  sql: Pick<SqlStorage, "exec">;
}

/** The client ops this hub takes; others are the socket's watch/call protocol. */
export const SESSION_OPS = new Set(["hello", "command", "cancel", "presence"]);

/** Output an HTTP `kubectl` answer carries at most. */
const MAX_HTTP_OUTPUT = 4 * 1024 * 1024;
/** How often flow steps and presence changes go out. */
const FLOW_TICK_MS = 100;
const PRESENCE_TICK_MS = 20;
const API_COLOR = "#9e9e9e";

interface Member {
  participantId: string;
  role: Role;
}

interface Running {
  id: string;
  controller: AbortController;
}

export class SessionHub {
  private readonly participants = new ParticipantRegistry();
  private readonly members = new Map<WebSocket, Member>();
  private readonly running = new Map<string, Running>();
  private readonly commandRates = new Map<string, RateLimiter>();
  private readonly messageRates = new Map<WebSocket, { limiter: RateLimiter; warnedAt: number }>();
  private readonly feed: FeedRing;
  readonly flow = new FlowRecorder();
  private presenceTimer: ReturnType<typeof setTimeout> | undefined;
  private flowTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: SessionHost) {
    host.sql.exec("CREATE TABLE IF NOT EXISTS feed (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL)");
    const rows = host.sql
      .exec<{ entry: string }>("SELECT entry FROM feed ORDER BY seq DESC LIMIT 100")
      .toArray()
      .reverse();
    this.feed = new FeedRing(rows.map((r) => JSON.parse(r.entry) as FeedEntry));
  }

  /** A participant socket found again after hibernation. */
  restore(ws: WebSocket, role: Role, identity: ParticipantIdentity | undefined): void {
    if (!identity) return;
    this.participants.restore({ ...identity, role });
    this.members.set(ws, { participantId: identity.id, role });
  }

  /** Whether a participant socket may send one more message now (flood guard). */
  admit(ws: WebSocket, now = Date.now()): boolean {
    let rate = this.messageRates.get(ws);
    if (!rate) {
      rate = { limiter: new RateLimiter(MESSAGE_RATE, now), warnedAt: 0 };
      this.messageRates.set(ws, rate);
    }
    if (rate.limiter.take(now)) return true;
    if (now - rate.warnedAt > 1000) {
      rate.warnedAt = now;
      this.sendTo(ws, { op: "error", message: "too many messages: slow down" });
    }
    return false;
  }

  /** A session message from a participant socket (`socketId` names the participant). */
  handle(ws: WebSocket, socketId: string, role: Role, message: Record<string, unknown>): void {
    switch (message.op) {
      case "hello":
        this.hello(ws, socketId, role, message);
        return;
      case "presence": {
        const member = this.members.get(ws);
        if (!member) {
          this.sendTo(ws, { op: "error", message: "say hello first" });
          return;
        }
        if (this.participants.update(member.participantId, message)) this.presenceChanged();
        return;
      }
      case "command":
        void this.command(ws, message);
        return;
      case "cancel": {
        const member = this.members.get(ws);
        const running = member ? this.running.get(member.participantId) : undefined;
        if (running && (message.id === undefined || message.id === running.id)) {
          running.controller.abort(new Error("cancelled"));
        }
        return;
      }
    }
  }

  /** A participant socket closed: its command stops, and the others see it leave. */
  closed(ws: WebSocket): void {
    this.messageRates.delete(ws);
    const member = this.members.get(ws);
    if (!member) return;
    this.members.delete(ws);
    this.running.get(member.participantId)?.controller.abort(new Error("the socket closed"));
    this.commandRates.delete(member.participantId);
    if (this.participants.leave(member.participantId)) this.presenceChanged();
  }

  /** Runs a command for `POST /kubectl`: whole output in the answer, a feed entry for everyone. */
  async runHttp(
    line: string,
    stdin: string | undefined,
    caller: Caller,
    name: string,
  ): Promise<{ output: string; exitCode: number } | { refused: string; retryAfterSeconds?: number }> {
    const size = utf8Length(line);
    if (size > MAX_COMMAND_BYTES)
      return { refused: `the command line is too long (over ${MAX_COMMAND_BYTES} bytes)` };
    const key = `http/${name}`;
    const rate = this.rateOf(key);
    if (!rate.take(Date.now())) {
      return { refused: "too many commands: slow down", retryAfterSeconds: rate.retryAfterSeconds() };
    }
    const answer = new OutputCollector(MAX_HTTP_OUTPUT);
    const result = await this.execute(line, stdin, caller, new AbortController(), (text) =>
      answer.append(text),
    );
    this.publish({ id: key, name, color: API_COLOR }, line, result);
    return { output: answer.text(), exitCode: result.exitCode };
  }

  /** A step of the control plane: sent to participants in the next tick, kept for `flow`. */
  recordFlow(step: FlowStep): void {
    const live = this.members.size > 0;
    this.flow.record(step, live);
    if (this.flowTimer === undefined && live) {
      this.flowTimer = setTimeout(() => this.flushFlow(), FLOW_TICK_MS);
    }
  }

  /** What `flow` prints: the steps since the last command that wrote. */
  flowText(): string {
    const { steps, dropped } = this.flow.last();
    return formatFlow(steps, dropped);
  }

  get size(): number {
    return this.members.size;
  }

  // ---- messages ------------------------------------------------------------------------------

  private hello(ws: WebSocket, socketId: string, role: Role, message: Record<string, unknown>): void {
    const known = this.members.get(ws);
    if (known) this.participants.leave(known.participantId);
    const you = this.participants.join(socketId, role, message);
    this.members.set(ws, { participantId: you.id, role });
    this.host.remember(ws, identityOf(you));
    this.sendTo(ws, {
      op: "welcome",
      you,
      participants: this.participants.list(),
      feed: this.feed.list(),
    });
    this.presenceChanged();
  }

  private async command(ws: WebSocket, message: Record<string, unknown>): Promise<void> {
    const member = this.members.get(ws);
    const id = typeof message.id === "string" && message.id.length <= 128 ? message.id : undefined;
    const refuse = (why: string) => {
      this.sendTo(ws, { op: "error", message: why, ...(id !== undefined ? { id } : {}) });
      if (id !== undefined) this.sendTo(ws, { op: "done", id, exitCode: 1 });
    };
    if (id === undefined) return refuse("a command needs an id (a string of at most 128 characters)");
    if (!member) return refuse("say hello first");
    const line = message.command;
    if (typeof line !== "string") return refuse("a command needs a command line");
    if (utf8Length(line) > MAX_COMMAND_BYTES) {
      return refuse(`the command line is too long (over ${MAX_COMMAND_BYTES} bytes)`);
    }
    const stdin = message.stdin;
    if (stdin !== undefined && typeof stdin !== "string") return refuse("stdin must be a string");
    const pid = member.participantId;
    const running = this.running.get(pid);
    if (running) return refuse(`a command is already running (${running.id}): cancel it first`);
    const rate = this.rateOf(pid);
    if (!rate.take(Date.now())) {
      return refuse(`too many commands: wait ${rate.retryAfterSeconds()}s`);
    }
    const participant = this.participants.get(pid);
    if (!participant) return refuse("say hello first");
    const controller = new AbortController();
    this.running.set(pid, { id, controller });
    const caller: Caller = { role: member.role, user: member.role, actor: `participant/${participant.name}` };
    let result: { exitCode: number; output: string };
    try {
      result = await this.execute(line, stdin, caller, controller, (text, stream) =>
        this.sendTo(ws, { op: "output", id, text, stream }),
      );
    } finally {
      this.running.delete(pid);
    }
    this.sendTo(ws, { op: "done", id, exitCode: result.exitCode });
    this.publish(participant, line, result);
  }

  /** Runs one line with its time budget; what it prints goes to `out` and into the feed's copy. */
  private async execute(
    line: string,
    stdin: string | undefined,
    caller: Caller,
    controller: AbortController,
    out: (text: string, stream: "stdout" | "stderr") => void,
  ): Promise<{ exitCode: number; output: string; at: number }> {
    const at = Date.now();
    const kept = new OutputCollector();
    let finished = false;
    const write = (text: string, stream: "stdout" | "stderr") => {
      if (finished || typeof text !== "string" || text === "") return;
      kept.append(text);
      out(text, stream);
    };
    const budget = isLongRunning(line) ? WATCH_BUDGET_MS : COMMAND_BUDGET_MS;
    const timer = setTimeout(() => {
      write(`error: the command ran out of time (${Math.round(budget / 1000)}s)\n`, "stderr");
      controller.abort(new Error("timed out"));
    }, budget);
    let exitCode: number;
    try {
      exitCode = await this.host.runKubectl(line, {
        caller,
        ...(stdin !== undefined ? { stdin } : {}),
        signal: controller.signal,
        write,
      });
    } catch (error) {
      if (!controller.signal.aborted) {
        write(`error: ${error instanceof Error ? error.message : String(error)}\n`, "stderr");
      }
      exitCode = controller.signal.aborted ? 130 : 1;
    } finally {
      clearTimeout(timer);
      finished = true;
    }
    // A cancelled command ends with 130 (^C), also when it returned on its own once stopped (a watch).
    if (controller.signal.aborted) exitCode = 130;
    return { exitCode: Number.isInteger(exitCode) ? exitCode : 1, output: kept.text(), at };
  }

  /** A finished command into the feed: kept, stored, and sent to everyone. */
  private publish(
    who: Pick<Participant, "id" | "name" | "color">,
    line: string,
    result: { exitCode: number; output: string; at?: number },
  ): void {
    const entry = this.feed.add({
      participant: { id: who.id, name: who.name, color: who.color },
      command: line.length > 4096 ? `${line.slice(0, 4096)}…` : line,
      output: result.output,
      exitCode: result.exitCode,
      at: result.at ?? Date.now(),
    });
    this.host.sql.exec(
      "INSERT OR REPLACE INTO feed (seq, entry) VALUES (?, ?)",
      entry.seq,
      JSON.stringify(entry),
    );
    this.host.sql.exec("DELETE FROM feed WHERE seq <= ?", entry.seq - 100);
    this.broadcast({ op: "feed", entry });
  }

  private presenceChanged(): void {
    if (this.presenceTimer !== undefined) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = undefined;
      this.broadcast({ op: "presence", participants: this.participants.list() });
    }, PRESENCE_TICK_MS);
  }

  private flushFlow(): void {
    this.flowTimer = undefined;
    const steps = this.flow.take(Date.now());
    if (steps.length > 0) this.broadcast({ op: "flow", steps });
    if (this.flow.hasPending && this.members.size > 0) {
      this.flowTimer = setTimeout(() => this.flushFlow(), FLOW_TICK_MS);
    }
  }

  private rateOf(key: string): RateLimiter {
    let rate = this.commandRates.get(key);
    if (!rate) {
      rate = new RateLimiter(COMMAND_RATE, Date.now());
      this.commandRates.set(key, rate);
    }
    return rate;
  }

  private broadcast(message: SessionServerMessage): void {
    const text = JSON.stringify(message);
    for (const ws of this.members.keys()) this.host.send(ws, text);
  }

  private sendTo(ws: WebSocket, message: SessionServerMessage): void {
    this.host.send(ws, JSON.stringify(message));
  }
}
