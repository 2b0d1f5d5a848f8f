/** Helpers for session tests: clusters with tokens, participants over real WebSockets. */
import { SELF } from "cloudflare:test";
import type { Role, SessionServerMessage } from "../../lib/session/protocol";
import { clusterName, waitFor } from "../helpers";

export const BASE = "http://kubeplay.test";

export interface TokenedCluster {
  name: string;
  tokens: Record<Role, string>;
}

/** A cluster created by init without `open`: requests need a token. */
export async function tokenedCluster(options: Record<string, unknown> = {}): Promise<TokenedCluster> {
  const name = clusterName("s");
  const res = await SELF.fetch(`${BASE}/clusters/${name}/kubeplay/init`, {
    method: "POST",
    body: JSON.stringify({ components: false, ...options }),
  });
  if (res.status !== 200) throw new Error(`init ${name}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { tokens: Record<Role, string> };
  return { name, tokens: body.tokens };
}

export interface Http {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of answers.
  body: any;
}

export async function request(
  cluster: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; query?: boolean } = {},
): Promise<Http> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  let url = `${BASE}/clusters/${cluster}${path}`;
  if (options.token && options.query) url += `${url.includes("?") ? "&" : "?"}token=${options.token}`;
  else if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await SELF.fetch(url, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body };
}

type Message = SessionServerMessage | { op: "result"; id: unknown; code: number; body: unknown };

/** A participant's socket: everything it receives, unbatched, in order. */
export class ParticipantSocket {
  readonly messages: Message[] = [];
  closed = false;
  closeCode: number | undefined;

  private constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (e) => {
      const m = JSON.parse(e.data as string) as Message | { op: "batch"; messages: Message[] };
      if (m.op === "batch") this.messages.push(...(m as { messages: Message[] }).messages);
      else this.messages.push(m as Message);
    });
    ws.addEventListener("close", (e) => {
      this.closed = true;
      this.closeCode = e.code;
    });
  }

  static async open(cluster: string, token?: string): Promise<ParticipantSocket> {
    const res = await SELF.fetch(`${BASE}/clusters/${cluster}/ws${token ? `?token=${token}` : ""}`, {
      headers: { Upgrade: "websocket" },
    });
    if (!res.webSocket) throw new Error(`no WebSocket: ${res.status} ${await res.text()}`);
    res.webSocket.accept();
    return new ParticipantSocket(res.webSocket);
  }

  /** Opens, says hello and waits for the welcome. */
  static async join(cluster: string, name: string, token?: string): Promise<ParticipantSocket> {
    const p = await ParticipantSocket.open(cluster, token);
    p.send({ op: "hello", name });
    await p.until(() => p.of("welcome").length === 1, `${name}'s welcome`);
    return p;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  of<Op extends Message["op"]>(op: Op): Extract<Message, { op: Op }>[] {
    return this.messages.filter((m): m is Extract<Message, { op: Op }> => m.op === op);
  }

  /** The participants of the last presence message. */
  present(): string[] {
    const last = this.of("presence").at(-1);
    return last ? last.participants.map((p) => p.name) : [];
  }

  async until(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    await waitFor(predicate, what, timeoutMs);
  }

  /** Runs a command and waits for its `done`; answers its exit code and output. */
  async run(id: string, command: string, stdin?: string): Promise<{ exitCode: number; output: string }> {
    this.send({ op: "command", id, command, ...(stdin !== undefined ? { stdin } : {}) });
    await this.until(() => this.of("done").some((d) => d.id === id), `done of ${id}`, 10_000);
    return {
      exitCode: this.of("done").find((d) => d.id === id)!.exitCode,
      output: this.of("output")
        .filter((o) => o.id === id)
        .map((o) => o.text)
        .join(""),
    };
  }

  close(): void {
    try {
      this.ws.close(1000, "bye");
    } catch {
      // closed
    }
  }
}
