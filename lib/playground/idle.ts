/**
 * Idle and sleep: when nobody is connected, nothing was requested for `idleMs` and the cluster has
 * converged, its components are put to sleep (they close their sockets and can be evicted); the
 * next activity wakes them. Asleep is kept in the meta table, so a restarted cluster stays asleep.
 */
import type { ClusterSettings } from "../apiserver/settings";
import type { ControlPlane } from "./components";

export interface IdleHost {
  components: ControlPlane;
  settings(): ClusterSettings;
  /** How many participants are connected now. */
  participants(): number;
  converged(): boolean;
  wakeAt(at: number): void;
  saveAsleep(asleep: boolean): void;
}

export class IdlePolicy {
  private lastActivity = Date.now();

  constructor(private readonly host: IdleHost) {}

  /** Activity by a participant or a request: the cluster is awake, and stays so a while longer. */
  touch(): void {
    this.lastActivity = Date.now();
    if (this.host.components.asleep) {
      this.host.components.wake();
      this.host.saveAsleep(false);
    }
    this.arm();
  }

  /** Asks to be woken when the cluster could be idle. */
  arm(): void {
    const { components } = this.host;
    if (components.enabled() && !components.asleep)
      this.host.wakeAt(this.lastActivity + this.host.settings().idleMs);
  }

  /** Puts the components to sleep when nobody is here, nothing changed for a while, and all settled. */
  check(now: number): void {
    const { components } = this.host;
    if (!components.enabled() || components.asleep) return;
    const idleMs = this.host.settings().idleMs;
    if (this.host.participants() > 0 || now - this.lastActivity < idleMs) {
      this.host.wakeAt(Math.max(now + 100, this.lastActivity + idleMs));
      return;
    }
    if (!this.host.converged()) {
      this.host.wakeAt(now + 250); // idle, but still settling
      return;
    }
    components.sleepAll();
    this.host.saveAsleep(true);
  }
}
