/**
 * A cluster WebSocket that comes back: after a close it reconnects with exponential backoff and
 * jitter. Components in Durable Objects and tests use it with a `connect` function that opens the
 * socket through a Durable Object stub; the browser uses partysocket behind the same interface.
 */

export interface Transport {
  send(data: string): void;
  /** Whether `send` would go out now. */
  readonly open: boolean;
  onOpen(handler: () => void): void;
  onMessage(handler: (data: string) => void): void;
  onClose(handler: () => void): void;
  close(): void;
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** Sends a ping this often and drops a connection that stays silent for `deadAfterMs`. */
  pingMs?: number;
  deadAfterMs?: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  initialMs: 100,
  maxMs: 10_000,
  pingMs: 5_000,
  deadAfterMs: 15_000,
};

/** The liveness probe and its answer. */
export const PING = '{"op":"ping"}';
export const PONG = '{"op":"pong"}';

/** The minimal WebSocket surface used: the Workers WebSocket and the browser's both have it. */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "message", handler: (event: { data: unknown }) => void): void;
  addEventListener(type: "close" | "error", handler: () => void): void;
}

export class ReconnectingTransport implements Transport {
  private socket: SocketLike | undefined;
  private stopped = false;
  private attempt = 0;
  private readonly openHandlers: (() => void)[] = [];
  private readonly messageHandlers: ((data: string) => void)[] = [];
  private readonly closeHandlers: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pinger: ReturnType<typeof setInterval> | undefined;
  private lastHeard = 0;

  constructor(
    private readonly connect: () => Promise<SocketLike>,
    private readonly backoff: BackoffOptions = DEFAULT_BACKOFF,
  ) {}

  get open(): boolean {
    return this.socket !== undefined;
  }

  /** Opens the first connection; later ones follow by themselves. */
  start(): void {
    void this.dial();
  }

  private async dial(): Promise<void> {
    if (this.stopped) return;
    let socket: SocketLike;
    try {
      socket = await this.connect();
    } catch {
      this.retry();
      return;
    }
    if (this.stopped) {
      socket.close(1000, "stopped");
      return;
    }
    this.attempt = 0;
    this.socket = socket;
    let closed = false;
    const onGone = () => {
      if (closed) return;
      closed = true;
      if (this.socket === socket) this.socket = undefined;
      for (const h of this.closeHandlers) h();
      this.retry();
    };
    this.lastHeard = Date.now();
    socket.addEventListener("message", (event) => {
      this.lastHeard = Date.now();
      const data =
        typeof event.data === "string" ? event.data : new TextDecoder().decode(event.data as ArrayBuffer);
      if (data === PONG) return;
      for (const h of this.messageHandlers) h(data);
    });
    socket.addEventListener("close", onGone);
    socket.addEventListener("error", onGone);
    this.watchLiveness(socket, onGone);
    for (const h of this.openHandlers) h();
  }

  /** A peer that vanished without a close (a crashed server, a cut network) is noticed by silence. */
  private watchLiveness(socket: SocketLike, onGone: () => void): void {
    const { pingMs, deadAfterMs } = this.backoff;
    if (!pingMs || !deadAfterMs) return;
    if (this.pinger) clearInterval(this.pinger);
    this.pinger = setInterval(() => {
      if (this.socket !== socket) return;
      if (Date.now() - this.lastHeard > deadAfterMs) {
        clearInterval(this.pinger);
        this.pinger = undefined;
        try {
          socket.close(4001, "peer silent");
        } catch {
          // already broken
        }
        onGone();
        return;
      }
      try {
        socket.send(PING);
      } catch {
        onGone();
      }
    }, pingMs);
  }

  private retry(): void {
    if (this.stopped) return;
    const base = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** this.attempt);
    this.attempt += 1;
    const delay = base / 2 + Math.random() * (base / 2);
    this.timer = setTimeout(() => void this.dial(), delay);
  }

  send(data: string): void {
    if (!this.socket) throw new Error("the cluster socket is not connected");
    this.socket.send(data);
  }

  onOpen(handler: () => void): void {
    this.openHandlers.push(handler);
    if (this.socket) handler();
  }

  onMessage(handler: (data: string) => void): void {
    this.messageHandlers.push(handler);
  }

  onClose(handler: () => void): void {
    this.closeHandlers.push(handler);
  }

  /** Drops the current connection (as a network failure would); a new one follows. */
  drop(): void {
    this.socket?.close(4000, "dropped");
  }

  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.pinger) clearInterval(this.pinger);
    this.socket?.close(1000, "closed");
    this.socket = undefined;
  }
}
