/**
 * The control-plane components a cluster runs (the controller-manager, the scheduler, a kubelet
 * per node) and what the API server needs of whoever runs them: the Durable Object's supervisor
 * implements `ControlPlane` with env bindings; lib sees only this interface.
 */
import type { NodeSpec } from "./node-pool";

export const CONTROLLER_MANAGER = "controller-manager";
export const SCHEDULER = "scheduler";
export const kubeletName = (node: string) => `kubelet/${node}`;

/** A started component, as its Durable Object answers the supervisor. */
export interface ComponentStub {
  start(identity: { cluster: string; component: string; node?: NodeSpec; secret?: string }): Promise<void>;
  sleep(): Promise<void>;
  crash(): Promise<void>;
}

/** Starting, stopping and sleeping the components; connections are reported by the socket layer. */
export interface ControlPlane {
  /** Whether the cluster runs components at all (a bare API server when not). */
  enabled(): boolean;
  readonly asleep: boolean;
  wanted(): string[];
  isConnected(component: string): boolean;
  connectedComponents(): string[];
  componentConnected(component: string, socket: WebSocket): void;
  componentClosed(component: string, socket: WebSocket): void;
  stub(component: string): ComponentStub;
  ensureRunning(): void;
  startOne(component: string): void;
  stopOne(component: string): void;
  restart(component: string): void;
  sleepAll(): void;
  wake(): void;
}
