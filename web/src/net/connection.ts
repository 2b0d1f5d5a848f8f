/**
 * The page's one socket to its cluster: partysocket (reconnects with backoff after a network loss
 * or a restart of the cluster Durable Object) behind the Transport interface of lib/client, so the
 * shared ClusterClient and informers run on it unchanged. It never queues: a message sent while
 * the socket is down throws, and nothing is replayed after a reconnect behind the user's back.
 */
import ReconnectingWebSocket from "partysocket/ws";
import { PING, PONG, type Transport } from "../../../lib/client/transport";

/** `denied`: the cluster refused the socket (401: no token, or a revoked one); no more retries. */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline" | "denied";

const PING_MS = 5_000;
const SILENT_MS = 12_000;

export class Connection implements Transport {
  private readonly socket: ReconnectingWebSocket;
  private readonly openHandlers: (() => void)[] = [];
  private readonly messageHandlers: ((data: string) => void)[] = [];
  private readonly closeHandlers: (() => void)[] = [];
  private readonly stateHandlers: ((state: ConnectionState) => void)[] = [];
  private isOpen = false;
  private lastHeard = 0;
  private everOpened = false;
  state: ConnectionState = "connecting";
  /** How many times the socket came back after a loss. */
  reconnects = 0;
  /** Attempts that closed before opening (refused upgrades, a cluster that is not there). */
  failedAttempts = 0;
  private readonly failHandlers: ((attempts: number) => void)[] = [];

  constructor(url: string) {
    this.socket = new ReconnectingWebSocket(url, [], {
      maxEnqueuedMessages: 0, // never queue (and so never replay) a message sent while down
      minReconnectionDelay: 250 + Math.random() * 500,
      maxReconnectionDelay: 5_000,
      connectionTimeout: 5_000,
    });
    this.socket.addEventListener("open", () => this.opened());
    this.socket.addEventListener("close", () => this.closed());
    this.socket.addEventListener("message", (event) => this.received(event.data));
    setInterval(() => this.checkLiveness(), PING_MS);
    addEventListener("offline", () => this.setState("offline"));
    addEventListener("online", () => {
      if (!this.isOpen && this.state !== "denied") this.socket.reconnect();
    });
  }

  get open(): boolean {
    return this.isOpen;
  }

  send(data: string): void {
    if (!this.isOpen) throw new Error("not connected to the cluster");
    this.socket.send(data);
  }

  onOpen(handler: () => void): void {
    this.openHandlers.push(handler);
    if (this.isOpen) handler();
  }

  onMessage(handler: (data: string) => void): void {
    this.messageHandlers.push(handler);
  }

  onClose(handler: () => void): void {
    this.closeHandlers.push(handler);
  }

  onState(handler: (state: ConnectionState) => void): void {
    this.stateHandlers.push(handler);
    handler(this.state);
  }

  /** Called each time an attempt closes before it opened (e.g. to ask over HTTP why). */
  onFailedAttempt(handler: (attempts: number) => void): void {
    this.failHandlers.push(handler);
  }

  /** The cluster refused us for good (401): stop dialling and say so. */
  deny(): void {
    this.socket.close();
    this.setState("denied");
  }

  /** Drops the connection as a network failure would; partysocket dials again. */
  drop(): void {
    this.socket.reconnect(4000, "dropped");
  }

  close(): void {
    this.socket.close();
  }

  private opened(): void {
    this.isOpen = true;
    this.lastHeard = Date.now();
    if (this.everOpened) this.reconnects += 1;
    this.everOpened = true;
    this.setState("live");
    for (const h of this.openHandlers) h();
  }

  private closed(): void {
    if (!this.isOpen) {
      if (this.state === "denied") return;
      this.failedAttempts += 1;
      for (const h of this.failHandlers) h(this.failedAttempts);
      if (this.state === "live") this.setState("reconnecting");
      return;
    }
    this.isOpen = false;
    this.setState(navigator.onLine === false ? "offline" : "reconnecting");
    for (const h of this.closeHandlers) h();
  }

  private received(data: unknown): void {
    this.lastHeard = Date.now();
    if (typeof data !== "string") return;
    if (data === PONG) return;
    if (data === PING) {
      this.socket.send(PONG);
      return;
    }
    for (const h of this.messageHandlers) h(data);
  }

  /** A cluster object that vanished without closing the socket is noticed by its silence. */
  private checkLiveness(): void {
    if (!this.isOpen) return;
    if (Date.now() - this.lastHeard > SILENT_MS) {
      this.socket.reconnect(4001, "peer silent");
      return;
    }
    try {
      this.socket.send(PING);
    } catch {
      // closing: the close handler takes over
    }
  }

  private setState(state: ConnectionState): void {
    if (this.state === state || this.state === "denied") return;
    this.state = state;
    for (const h of this.stateHandlers) h(state);
  }
}
