/**
 * The cluster WebSocket protocol. One socket carries any number of watches and API calls.
 *
 * Client → server:
 *   {"op":"watch","id":"w1","resource":"pods","namespace":"default","labelSelector":"app=web",
 *    "fieldSelector":"spec.nodeName=node-1","resourceVersion":"42","allowWatchBookmarks":true}
 *   {"op":"unwatch","id":"w1"}
 *   {"op":"call","id":7,"method":"POST","path":"/api/v1/namespaces/default/pods","body":{...}}
 *   {"op":"call","id":8,"method":"GET","path":"/api/v1/pods","accept":"application/json;as=Table;v=v1;g=meta.k8s.io"}
 * Server → client:
 *   {"op":"event","watch":"w1","type":"ADDED","object":{...}}   (exactly a Kubernetes watch event)
 *   {"op":"result","id":7,"code":201,"body":{...}}               (the HTTP answer of the call)
 * Either side may wrap several messages in {"op":"batch","messages":[...]}: a batch of calls runs in
 * one event of the cluster, so its writes share one storage flush.
 */
import type { WatchEventType, WatchRequest } from "../apiserver/watch";
import type { JsonValue, KubeObject } from "../k8s/object";

export type { WatchEventType, WatchRequest };

export interface WatchMessage extends WatchRequest {
  op: "watch";
  id: string;
}

export interface UnwatchMessage {
  op: "unwatch";
  id: string;
}

export interface CallMessage {
  op: "call";
  id: number | string;
  method: string;
  /** A REST path below the cluster, with or without a query string. */
  path: string;
  body?: JsonValue;
  contentType?: string;
  /** An HTTP Accept header, e.g. `application/json;as=Table;v=v1;g=meta.k8s.io` for a Table. */
  accept?: string;
}

/** Several messages sent in one (a client coalesces what it sends in the same tick). */
export interface BatchMessage {
  op: "batch";
  messages: (WatchMessage | UnwatchMessage | CallMessage)[];
}

export type ClientMessage = WatchMessage | UnwatchMessage | CallMessage | BatchMessage;

export interface EventMessage {
  op: "event";
  watch: string;
  type: WatchEventType;
  object: KubeObject;
}

export interface ResultMessage {
  op: "result";
  id: number | string;
  code: number;
  body: JsonValue;
}

export interface ServerBatchMessage {
  op: "batch";
  messages: (EventMessage | ResultMessage)[];
}

export type ServerMessage = EventMessage | ResultMessage | ServerBatchMessage;

/** The largest request body the API server accepts: etcd's request limit, 1.5 MiB. */
export const MAX_REQUEST_BYTES = 1.5 * 1024 * 1024;

/** A batch of socket messages is cut before this many characters, either way. */
export const MAX_BATCH_BYTES = 512 * 1024;

/**
 * The frames that carry `messages` over a cluster socket: one message alone as it is, several as
 * `{"op":"batch","messages":[...]}` frames of at most MAX_BATCH_BYTES (a message larger than that
 * travels alone). Without the cut, the initial events of a watch over 10,000 pods would leave as
 * one frame of tens of megabytes, past what clients accept and past Workers' 1 MiB.
 */
export function batchFrames(messages: readonly string[], maxBytes = MAX_BATCH_BYTES): string[] {
  const frames: string[] = [];
  let chunk: string[] = [];
  let bytes = 0;
  const cut = () => {
    if (chunk.length === 0) return;
    frames.push(chunk.length === 1 ? (chunk[0] as string) : `{"op":"batch","messages":[${chunk.join(",")}]}`);
    chunk = [];
    bytes = 0;
  };
  for (const m of messages) {
    if (bytes + m.length > maxBytes) cut();
    chunk.push(m);
    bytes += m.length + 1;
  }
  cut();
  return frames;
}

/** The header with which a control-plane component proves its socket is the cluster's own. */
export const COMPONENT_SECRET_HEADER = "x-kubeplay-component-secret";
