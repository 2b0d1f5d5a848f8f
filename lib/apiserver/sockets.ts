/**
 * The cluster's WebSockets (hibernation API): accepting them, finding them again after the object
 * was evicted (attachment + watches table), and running what they send — watch, unwatch, call, or a
 * participant's session op — as the socket protocol says.
 */
import type { ClientMessage } from "../client/protocol";
import { badRequest, toApiError } from "../k8s/errors";
import type { JsonValue } from "../k8s/object";
import type { ControlPlane } from "../playground/components";
import type { ParticipantIdentity } from "../session/participants";
import type { Role } from "../session/protocol";
import { SESSION_OPS, type SessionHub } from "../session/session-hub";
import { type Caller, callerOf } from "./access";
import type { ApiRequest, ApiResponse } from "./rest";
import { parseSocketMessage, resultMessage, type SocketAttachment, SocketSink } from "./socket-protocol";
import type { WatchHub } from "./watch-hub";
import type { WatchTable } from "./watch-table";

export interface SocketsHost {
  hub: WatchHub;
  watches: WatchTable;
  sessions: SessionHub;
  components: ControlPlane;
  /** The Durable Object's `acceptWebSocket` (hibernatable). */
  accept(ws: WebSocket): void;
  /** One API call as `caller`. */
  call(request: ApiRequest, caller: Caller): ApiResponse;
  /** A participant is here: the cluster is in use. */
  touch(): void;
  /** A watch asked for bookmarks. */
  armBookmark(): void;
  /** What a component hears first: the cluster's settings. */
  settingsMessage(): string;
}

export class ClusterSockets {
  private readonly sinks = new Map<WebSocket, SocketSink>();

  constructor(private readonly host: SocketsHost) {}

  /** A new socket, for a component or a participant with a role. */
  accept(who: { component: string } | { role: Role }): Response {
    const pair = new WebSocketPair();
    const attachment: SocketAttachment = { socketId: crypto.randomUUID(), ...who };
    this.host.accept(pair[1]);
    pair[1].serializeAttachment(attachment);
    this.sinks.set(pair[1], new SocketSink(pair[1], attachment));
    if (attachment.component) {
      this.host.components.componentConnected(attachment.component, pair[1]);
      pair[1].send(this.host.settingsMessage());
    } else {
      this.host.touch();
    }
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /** After hibernation: the sockets are still open, their watches are in storage. */
  restore(sockets: readonly WebSocket[]): void {
    const live = new Set<string>();
    for (const socket of sockets) {
      const attachment = socket.deserializeAttachment() as SocketAttachment | null;
      if (!attachment) continue;
      live.add(attachment.socketId);
      const sink = new SocketSink(socket, attachment);
      this.sinks.set(socket, sink);
      if (attachment.component) this.host.components.componentConnected(attachment.component, socket);
      else this.host.sessions.restore(socket, attachment.role ?? "editor", attachment.participant);
      for (const { id, request } of this.host.watches.of(attachment.socketId))
        this.host.hub.restore(sink, id, request);
    }
    this.host.watches.keepOnly(live);
  }

  sinkOf(ws: WebSocket): SocketSink {
    let sink = this.sinks.get(ws);
    if (!sink) {
      const attachment = ws.deserializeAttachment() as SocketAttachment | null;
      sink = new SocketSink(ws, attachment ?? { socketId: crypto.randomUUID() });
      this.sinks.set(ws, sink);
    }
    return sink;
  }

  /** How many participants are connected. */
  participants(): number {
    let n = 0;
    for (const sink of this.sinks.values()) if (!sink.component) n++;
    return n;
  }

  /** A participant said hello: who it is goes into its attachment, and names its writes. */
  remember(ws: WebSocket, participant: ParticipantIdentity): void {
    const attachment = (ws.deserializeAttachment() as SocketAttachment | null) ?? {
      socketId: this.sinkOf(ws).socketId,
    };
    ws.serializeAttachment({ ...attachment, participant } satisfies SocketAttachment);
    this.sinkOf(ws).caller = callerOf(participant.role, `participant/${participant.name}`);
  }

  /** Sends a message to every component (settings changes). */
  toComponents(message: string): void {
    for (const sink of this.sinks.values()) {
      if (!sink.component) continue;
      try {
        sink.socket.send(message);
      } catch {
        // closing
      }
    }
  }

  /** Closes the participant sockets of a role (its link was revoked). */
  closeRole(role: Role): void {
    for (const sink of [...this.sinks.values()]) {
      if (sink.component || sink.caller.role !== role) continue;
      try {
        sink.socket.close(4001, "link revoked");
      } catch {
        // closed already
      }
      this.dropped(sink.socket);
    }
  }

  /** One message from a socket (after the liveness ping, which the Durable Object answers). */
  message(ws: WebSocket, message: string | ArrayBuffer): void {
    const sink = this.sinkOf(ws);
    if (!sink.component) {
      this.host.touch();
      if (!this.host.sessions.admit(ws)) return;
    }
    const messages = parseSocketMessage(message);
    if (!Array.isArray(messages)) {
      sink.sendRaw(resultMessage(null, messages.code, messages.status));
      return;
    }
    for (const m of messages) this.run(sink, m);
  }

  /** A socket closed or failed: its watches stop, its component or participant leaves. */
  dropped(ws: WebSocket): void {
    const sink = this.sinkOf(ws);
    if (sink.component) this.host.components.componentClosed(sink.component, ws);
    else this.host.sessions.closed(ws);
    this.host.hub.stopAll(sink);
    this.sinks.delete(ws);
    this.host.watches.removeSocket(sink.socketId);
  }

  private run(sink: SocketSink, parsed: ClientMessage): void {
    if (typeof parsed !== "object" || parsed === null) {
      sink.sendRaw(resultMessage(null, 400, badRequest("a message must be a JSON object").status));
      return;
    }
    if (!sink.component && SESSION_OPS.has(String(parsed.op)) && sink.caller.role !== "component") {
      this.host.sessions.handle(
        sink.socket,
        sink.socketId,
        sink.caller.role,
        parsed as unknown as Record<string, unknown>,
      );
      return;
    }
    switch (parsed.op) {
      case "watch": {
        const { op: _op, id, ...request } = parsed;
        if (typeof id !== "string" || id === "") {
          sink.sendRaw(resultMessage(null, 400, badRequest("a watch needs an id").status));
          return;
        }
        if (this.host.hub.start(sink, id, request)) {
          this.host.watches.save(sink.socketId, id, request);
          if (request.allowWatchBookmarks) this.host.armBookmark();
        }
        return;
      }
      case "unwatch":
        this.host.hub.stop(sink, parsed.id);
        this.host.watches.remove(sink.socketId, parsed.id);
        return;
      case "call": {
        const [path = "/", query = ""] = String(parsed.path).split("?", 2);
        let result: ApiResponse;
        try {
          result = this.host.call(
            {
              method: String(parsed.method ?? "GET"),
              path,
              query: new URLSearchParams(query),
              contentType: parsed.contentType,
              accept: parsed.accept,
              json: parsed.body,
            },
            sink.caller,
          );
        } catch (error) {
          const e = toApiError(error);
          result = { code: e.code, body: e.status };
        }
        sink.sendRaw(resultMessage(parsed.id ?? null, result.code, result.body));
        return;
      }
      default:
        sink.sendRaw(resultMessage(null, 400, badRequest("unknown op").status as JsonValue));
    }
  }
}
