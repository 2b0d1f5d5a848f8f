/**
 * The typed client of a cluster, over its WebSocket: API calls (the same REST paths as HTTP) and
 * watches. Written once, used by every component and by the browser. A call made while the socket
 * is down, or lost with it, fails; it is never replayed behind the caller's back.
 */
import { ApiError, type Status } from "../k8s/errors";
import type { KindInfo } from "../k8s/kinds";
import { kindByName } from "../k8s/kinds";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { Outbox } from "./outbox";
import { collectionPath, objectPath, withQuery } from "./paths";
import type { ClientMessage, EventMessage, ServerMessage, WatchRequest } from "./protocol";
import type { Transport } from "./transport";

export interface WatchHandle {
  readonly id: string;
  stop(): void;
}

interface PendingCall {
  resolve(result: { code: number; body: JsonValue }): void;
  reject(error: Error): void;
}

export interface KubeList<T extends KubeObject = KubeObject> {
  kind: string;
  apiVersion: string;
  metadata: { resourceVersion: string; continue?: string; remainingItemCount?: number };
  items: T[];
}

export class ConnectionLost extends Error {
  constructor() {
    super("the connection to the cluster was lost; the request may or may not have been applied");
  }
}

export class ClusterClient {
  private nextCall = 1;
  private nextWatch = 1;
  private readonly pending = new Map<string, PendingCall>();
  private readonly watches = new Map<string, (event: EventMessage) => void>();
  private readonly reconnectHandlers: (() => void)[] = [];
  /** Messages waiting for the end of the tick, to go out as one batch. */
  private readonly outbox: Outbox;

  constructor(readonly transport: Transport) {
    this.outbox = new Outbox((frame) => transport.send(frame));
    transport.onMessage((data) => this.receive(data));
    transport.onClose(() => {
      this.outbox.clear();
      for (const p of this.pending.values()) p.reject(new ConnectionLost());
      this.pending.clear();
      this.watches.clear();
    });
    transport.onOpen(() => {
      for (const h of this.reconnectHandlers) h();
    });
  }

  /** Runs `handler` on every (re)connection: informers re-establish their watches there. */
  onConnected(handler: () => void): void {
    this.reconnectHandlers.push(handler);
    if (this.transport.open) handler();
  }

  get connected(): boolean {
    return this.transport.open;
  }

  // ---- raw calls -----------------------------------------------------------------------------

  call(
    method: string,
    path: string,
    body?: JsonValue,
    contentType?: string,
  ): Promise<{ code: number; body: JsonValue }> {
    if (!this.transport.open) return Promise.reject(new ConnectionLost());
    const id = String(this.nextCall++);
    const message: ClientMessage = { op: "call", id, method, path, body, contentType };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post(JSON.stringify(message));
    });
  }

  /** Queues a message; everything queued in the same tick goes out as one batch. */
  private post(message: string): void {
    this.outbox.post(message);
  }

  /** A call that throws the API's Status as an ApiError when the answer is an error. */
  async request<T>(method: string, path: string, body?: JsonValue, contentType?: string): Promise<T> {
    const result = await this.call(method, path, body, contentType);
    if (result.code >= 400) throw new ApiError(result.body as unknown as Status);
    return result.body as T;
  }

  // ---- typed verbs ---------------------------------------------------------------------------

  list<T extends KubeObject = KubeObject>(
    kind: string,
    options: {
      namespace?: string;
      labelSelector?: string;
      fieldSelector?: string;
      limit?: number;
      continue?: string;
    } = {},
  ): Promise<KubeList<T>> {
    const info = kindOf(kind);
    const { namespace, ...query } = options;
    return this.request("GET", withQuery(collectionPath(info, namespace), query));
  }

  get<T extends KubeObject = KubeObject>(kind: string, name: string, namespace?: string): Promise<T> {
    return this.request("GET", objectPath(kindOf(kind), namespace, name));
  }

  create<T extends KubeObject = KubeObject>(obj: KubeObject | T, namespace?: string): Promise<T> {
    const info = kindOf(obj.kind);
    const ns = namespace ?? obj.metadata.namespace ?? "default";
    return this.request("POST", collectionPath(info, ns), obj as unknown as JsonValue);
  }

  update<T extends KubeObject = KubeObject>(obj: KubeObject | T, subresource?: "status"): Promise<T> {
    const info = kindOf(obj.kind);
    return this.request(
      "PUT",
      objectPath(info, obj.metadata.namespace, obj.metadata.name ?? "", subresource),
      obj as unknown as JsonValue,
    );
  }

  patch<T extends KubeObject = KubeObject>(
    kind: string,
    name: string,
    patch: JsonValue,
    options: {
      namespace?: string;
      type?: "merge" | "json" | "strategic";
      subresource?: "status" | "scale";
    } = {},
  ): Promise<T> {
    const type = options.type ?? "merge";
    const contentType = {
      merge: "application/merge-patch+json",
      json: "application/json-patch+json",
      strategic: "application/strategic-merge-patch+json",
    }[type];
    return this.request(
      "PATCH",
      objectPath(kindOf(kind), options.namespace, name, options.subresource),
      patch,
      contentType,
    );
  }

  delete<T extends KubeObject = KubeObject>(
    kind: string,
    name: string,
    options: { namespace?: string; gracePeriodSeconds?: number; propagationPolicy?: string } = {},
  ): Promise<T> {
    const { namespace, ...query } = options;
    return this.request("DELETE", withQuery(objectPath(kindOf(kind), namespace, name), query));
  }

  // ---- watches -------------------------------------------------------------------------------

  /** Starts a watch on this connection; events go to `handler` until stopped or disconnected. */
  watch(request: WatchRequest, handler: (event: EventMessage) => void): WatchHandle {
    const id = `w${this.nextWatch++}`;
    this.watches.set(id, handler);
    const message: ClientMessage = { op: "watch", id, ...request };
    this.post(JSON.stringify(message));
    return {
      id,
      stop: () => {
        if (!this.watches.delete(id)) return;
        if (this.transport.open)
          this.transport.send(JSON.stringify({ op: "unwatch", id } satisfies ClientMessage));
      },
    };
  }

  private receive(data: string): void {
    let message: ServerMessage;
    try {
      message = JSON.parse(data) as ServerMessage;
    } catch {
      return;
    }
    this.dispatch(message);
  }

  private dispatch(message: ServerMessage): void {
    if (message.op === "batch") {
      for (const m of message.messages) this.dispatch(m);
    } else if (message.op === "event") {
      this.watches.get(message.watch)?.(message);
    } else if (message.op === "result") {
      const id = String(message.id);
      const call = this.pending.get(id);
      if (!call) return;
      this.pending.delete(id);
      call.resolve({ code: message.code, body: message.body });
    }
  }
}

export function kindOf(name: string): KindInfo {
  const info = kindByName(name);
  if (!info) throw new Error(`unknown kind ${name}`);
  return info;
}

export type { JsonObject };
