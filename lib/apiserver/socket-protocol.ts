/**
 * The cluster socket's server side: who a socket is (its attachment, which survives hibernation),
 * the socket as a watch sink (one Outbox per socket, shared with lib/client), parsing a client
 * message, and the `result` messages answering calls.
 */
import { Outbox } from "../client/outbox";
import { type ClientMessage, MAX_REQUEST_BYTES } from "../client/protocol";
import { ApiError, badRequest, requestEntityTooLarge } from "../k8s/errors";
import type { JsonValue } from "../k8s/object";
import type { ParticipantIdentity } from "../session/participants";
import type { Role } from "../session/protocol";
import { type Caller, callerOf, componentCaller } from "./access";
import type { WatchEventType } from "./watch";
import type { WatchSink } from "./watch-hub";

/** What a socket keeps in its attachment. */
export interface SocketAttachment {
  socketId: string;
  /** Set for control-plane components (`scheduler`, `kubelet/node-1`); unset for participants. */
  component?: string;
  /** A participant's role, from the token it connected with. */
  role?: Role;
  /** Who the participant is, once it said hello. */
  participant?: ParticipantIdentity;
}

/**
 * A cluster WebSocket as a watch sink. What it sends in one tick (events of a commit, results of a
 * batch) leaves as one message: `{"op":"batch","messages":[...]}` when there are several.
 */
export class SocketSink implements WatchSink {
  private readonly outbox: Outbox;
  /** Who calls through this socket; the revision of the last event it got, for `flow`. */
  caller: Caller;
  lastFlowRevision = 0;
  readonly socketId: string;
  readonly component: string | undefined;
  constructor(
    readonly socket: WebSocket,
    attachment: SocketAttachment,
  ) {
    this.outbox = new Outbox((frame) => socket.send(frame));
    this.socketId = attachment.socketId;
    this.component = attachment.component;
    this.caller = attachment.component
      ? componentCaller(attachment.component)
      : callerOf(attachment.role ?? "editor", `participant/${attachment.participant?.name ?? "anonymous"}`);
  }
  send(watchId: string, type: WatchEventType, objectJson: string): void {
    this.sendRaw(`{"op":"event","watch":${JSON.stringify(watchId)},"type":"${type}","object":${objectJson}}`);
  }
  sendRaw(message: string): void {
    this.outbox.post(message);
  }
}

/**
 * A socket message as the messages it carries (a batch runs in one event: its writes share one
 * storage flush), or the error to answer it with.
 */
export function parseSocketMessage(message: string | ArrayBuffer): ClientMessage[] | ApiError {
  const size = typeof message === "string" ? message.length : message.byteLength;
  let parsed: ClientMessage;
  try {
    if (size > MAX_REQUEST_BYTES) throw requestEntityTooLarge(MAX_REQUEST_BYTES);
    parsed = JSON.parse(
      typeof message === "string" ? message : new TextDecoder().decode(message),
    ) as ClientMessage;
    if (typeof parsed !== "object" || parsed === null) throw badRequest("a message must be a JSON object");
  } catch (error) {
    return error instanceof ApiError ? error : badRequest(`malformed message: ${String(error)}`);
  }
  return parsed.op === "batch" && Array.isArray(parsed.messages) ? parsed.messages : [parsed];
}

export function resultMessage(id: number | string | null, code: number, body: JsonValue): string {
  return `{"op":"result","id":${JSON.stringify(id)},"code":${code},"body":${JSON.stringify(body)}}`;
}
