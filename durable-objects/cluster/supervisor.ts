/**
 * The cluster's supervisor: starts the control-plane components (controller-manager, scheduler, a
 * kubelet per node of the pool), starts again any whose socket closed while it should run, and
 * puts them all to sleep when the cluster is idle — the next write wakes them, and they catch up
 * through the API before acting.
 */
import {
  CONTROLLER_MANAGER,
  type ComponentStub,
  type ControlPlane,
  kubeletName,
  SCHEDULER,
} from "../../lib/playground/components";
import type { NodeSpec } from "../../lib/playground/node-pool";
import type { Env } from "../../worker/env";

export { CONTROLLER_MANAGER, type ComponentStub, kubeletName, SCHEDULER };

/** How many components may be starting (not yet connected) at once. */
const START_WAVE = 50;
const START_TIMEOUT_MS = 30_000;

export class Supervisor implements ControlPlane {
  /** Components with an open socket to the cluster. */
  private readonly connected = new Map<string, WebSocket>();
  /** Started but not connected yet: a wave, kept small so a thousand kubelets don't start at once. */
  private readonly starting = new Map<string, number>();
  /** Waiting for a place in the wave, in order (a set: a thousand kubelets are looked up often). */
  private readonly waiting = new Set<string>();
  /** The pool by kubelet name, rebuilt when the pool changes. */
  private poolIndex: { pool: readonly NodeSpec[]; byComponent: Map<string, NodeSpec> } | undefined;
  asleep = false;

  constructor(
    private readonly env: Env,
    private readonly ctx: DurableObjectState,
    private readonly cluster: () => string,
    private readonly pool: () => readonly NodeSpec[],
    readonly enabled: () => boolean,
    /** What components prove themselves with when they connect (see access.ts). */
    private readonly secret: () => string = () => "",
  ) {}

  /** The components that should run now. */
  wanted(): string[] {
    if (!this.enabled()) return [];
    return [
      CONTROLLER_MANAGER,
      SCHEDULER,
      ...this.pool()
        .filter((n) => !n.stopped)
        .map((n) => kubeletName(n.name)),
    ];
  }

  /** Whether a component should run now: `wanted().includes(component)` without building the list. */
  isWanted(component: string): boolean {
    if (!this.enabled()) return false;
    if (component === CONTROLLER_MANAGER || component === SCHEDULER) return true;
    const node = this.nodeOf(component);
    return node !== undefined && !node.stopped;
  }

  private nodeOf(component: string): NodeSpec | undefined {
    const pool = this.pool();
    if (this.poolIndex?.pool !== pool) {
      this.poolIndex = { pool, byComponent: new Map(pool.map((n) => [kubeletName(n.name), n])) };
    }
    return this.poolIndex.byComponent.get(component);
  }

  stub(component: string): ComponentStub {
    const cluster = this.cluster();
    if (component === CONTROLLER_MANAGER)
      return this.env.CONTROLLER_MANAGER.getByName(cluster) as unknown as ComponentStub;
    if (component === SCHEDULER) return this.env.SCHEDULER.getByName(cluster) as unknown as ComponentStub;
    const node = component.slice("kubelet/".length);
    return this.env.KUBELET.getByName(`${cluster}/${node}`) as unknown as ComponentStub;
  }

  /** Starts every wanted component that has no socket open (idempotent). */
  ensureRunning(): void {
    if (this.asleep) return;
    for (const component of this.wanted()) {
      if (!this.connected.has(component)) this.startOne(component);
    }
  }

  startOne(component: string): void {
    const now = Date.now();
    // A start that never connected is tried again after a while.
    for (const [c, at] of this.starting) if (now - at > START_TIMEOUT_MS) this.starting.delete(c);
    if (this.starting.has(component) || this.waiting.has(component)) return;
    if (this.starting.size >= START_WAVE) {
      this.waiting.add(component);
      return;
    }
    this.starting.set(component, now);
    const node = component.startsWith("kubelet/") ? this.nodeOf(component) : undefined;
    const started = this.stub(component)
      .start({ cluster: this.cluster(), component, secret: this.secret(), ...(node ? { node } : {}) })
      .catch((error) => {
        console.error(`starting ${component} failed: ${String(error)}`);
        this.starting.delete(component);
        this.startNext();
      });
    this.ctx.waitUntil(started);
  }

  private startNext(): void {
    for (const next of this.waiting) {
      if (this.starting.size >= START_WAVE) break;
      this.waiting.delete(next);
      if (!this.connected.has(next) && this.isWanted(next)) this.startOne(next);
    }
  }

  componentConnected(component: string, socket: WebSocket): void {
    this.connected.set(component, socket);
    if (this.starting.delete(component)) this.startNext();
  }

  /** A component's socket closed: start it again unless it is not wanted (stopped node, sleep). */
  componentClosed(component: string, socket: WebSocket): void {
    if (this.connected.get(component) !== socket) return;
    this.connected.delete(component);
    if (!this.asleep && this.isWanted(component)) {
      setTimeout(() => {
        if (!this.asleep && !this.connected.has(component) && this.isWanted(component)) {
          this.startOne(component);
        }
      }, 100);
    }
  }

  isConnected(component: string): boolean {
    return this.connected.has(component);
  }

  connectedComponents(): string[] {
    return [...this.connected.keys()];
  }

  /** Tells every component to close its socket and rest. */
  sleepAll(): void {
    this.asleep = true;
    for (const socket of this.connected.values()) {
      try {
        socket.send('{"op":"sleep"}');
      } catch {
        // closing anyway
      }
    }
  }

  /** Stops one component for good (a removed or stopped node). */
  stopOne(component: string): void {
    const socket = this.connected.get(component);
    this.connected.delete(component);
    try {
      socket?.send('{"op":"sleep"}');
    } catch {
      // gone
    }
    this.ctx.waitUntil(
      this.stub(component)
        .sleep()
        .catch(() => {}),
    );
  }

  /** Crashes a running component on purpose: its socket closes and it is started again, fresh. */
  restart(component: string): void {
    this.ctx.waitUntil(
      this.stub(component)
        .crash()
        .catch(() => {}), // the crash breaks the call itself
    );
  }

  wake(): void {
    if (!this.asleep) return;
    this.asleep = false;
    this.ensureRunning();
  }
}
