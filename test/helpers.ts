/** Test helpers: talk to a cluster as clients do, over HTTP and WebSocket, inside workerd. */
import { SELF } from "cloudflare:test";
import { ClusterClient } from "../lib/client/cluster-client";
import type { ServerMessage } from "../lib/client/protocol";
import { ReconnectingTransport, type SocketLike } from "../lib/client/transport";
import type { JsonValue, KubeObject } from "../lib/k8s/object";

let counter = 0;
const initialized = new Set<string>();

/** A fresh cluster name per test, so tests never share state: a bare API server (no components). */
export function clusterName(prefix = "t"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/**
 * Creates a cluster with options before its first use; by default a bare API server. Open (requests
 * without a token are editors) unless `options.open` is false: tests of tokens ask for that.
 */
export async function initCluster(cluster: string, options: Record<string, unknown> = { components: false }) {
  if (initialized.has(cluster)) return;
  initialized.add(cluster);
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${cluster}/kubeplay/init`, {
    method: "POST",
    body: JSON.stringify({ open: true, ...options }),
  });
  if (res.status !== 200) throw new Error(`init ${cluster}: ${res.status} ${await res.text()}`);
}

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  body: T;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of API answers.
export type AnyBody = any;

export async function api(
  cluster: string,
  method: string,
  path: string,
  body?: unknown,
  contentType = "application/json",
): Promise<HttpResult<AnyBody>> {
  await initCluster(cluster);
  const init: RequestInit = { method, headers: {} };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] = contentType;
  }
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${cluster}${path}`, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed };
}

export function pod(
  name: string,
  labels: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, labels },
    spec: { containers: [{ name: "app", image: "nginx" }], ...(extra as Record<string, JsonValue>) },
  };
}

export function configMap(
  name: string,
  data: Record<string, string> = {},
  labels: Record<string, string> = {},
): KubeObject {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, labels }, data };
}

export async function openSocket(cluster: string): Promise<WebSocket> {
  await initCluster(cluster);
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${cluster}/ws`, {
    headers: { Upgrade: "websocket" },
  });
  const ws = res.webSocket;
  if (!ws) throw new Error(`no WebSocket: ${res.status}`);
  ws.accept();
  return ws;
}

/** A raw socket that records every message, with a way to wait for a condition on them. */
export class SocketRecorder {
  readonly messages: Exclude<ServerMessage, { op: "batch" }>[] = [];
  closed = false;
  private constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (e) => {
      const message = JSON.parse(e.data as string) as ServerMessage;
      if (message.op === "batch") this.messages.push(...message.messages);
      else this.messages.push(message);
    });
    ws.addEventListener("close", () => {
      this.closed = true;
    });
  }
  static async open(cluster: string): Promise<SocketRecorder> {
    return new SocketRecorder(await openSocket(cluster));
  }
  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }
  events(watch: string): Extract<ServerMessage, { op: "event" }>[] {
    return this.messages.filter(
      (m): m is Extract<ServerMessage, { op: "event" }> => m.op === "event" && m.watch === watch,
    );
  }
  async until(predicate: () => boolean, what = "condition", timeoutMs = 5000): Promise<void> {
    await waitFor(predicate, what, timeoutMs);
  }
  close(): void {
    try {
      this.ws.close(1000, "done");
    } catch {
      // closed
    }
  }
}

export async function waitFor(predicate: () => boolean, what = "condition", timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A typed client over a reconnecting socket, as components use it. */
export function connectClient(cluster: string): {
  client: ClusterClient;
  transport: ReconnectingTransport;
  /** While offline, connection attempts fail as they would without a network. */
  setOnline(online: boolean): void;
} {
  let online = true;
  const transport = new ReconnectingTransport(
    async () => {
      if (!online) throw new Error("offline");
      return (await openSocket(cluster)) as unknown as SocketLike;
    },
    { initialMs: 20, maxMs: 200, pingMs: 100, deadAfterMs: 500 },
  );
  const client = new ClusterClient(transport);
  transport.start();
  return { client, transport, setOnline: (value) => (online = value) };
}
