/**
 * The controller-manager Durable Object (one per cluster): kube-controller-manager's process. It is
 * plumbing only: the controllers are modules in lib/controllers, listed in
 * lib/controller-manager/controllers.ts and run by lib/controller-manager/manager.ts over shared
 * informers this object opens on its cluster socket. It forwards its lifecycle (start, synced,
 * sleep) to the manager; like every component, it acts only through the API server.
 */

import type { Action } from "../../lib/client/actions";
import { CONTROLLERS } from "../../lib/controller-manager/controllers";
import { ControllerManager } from "../../lib/controller-manager/manager";
import { ComponentObject } from "../components/component-object";

export class ControllerManagerDurableObject extends ComponentObject {
  private manager: ControllerManager | undefined;

  protected onStart(): void {
    this.manager = new ControllerManager(CONTROLLERS, {
      informer: (options) => this.informer(options),
      worker: (reconcile, onResult) => this.newWorker(reconcile, onResult),
      settings: () => this.settings,
    });
  }

  protected override onSynced(): void {
    this.manager?.synced();
  }

  protected override async onSleep(): Promise<void> {
    this.manager?.stop();
    this.manager = undefined;
  }

  /** Every key lives in a controller's own queue; this object's queue stays empty. */
  protected reconcile(): Action[] {
    return [];
  }
}
