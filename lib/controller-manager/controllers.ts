/**
 * The controllers this controller-manager runs, in order (kube-controller-manager's
 * `NewControllerDescriptors`). A new controller is its module in lib/controllers plus one line here.
 */

import { deploymentController } from "../controllers/deployment";
import { disruptionController } from "../controllers/disruption";
import { endpointsController } from "../controllers/endpoints";
import { garbageCollector } from "../controllers/garbage-collector";
import { nodeLifecycleController } from "../controllers/node-lifecycle";
import { replicaSetController } from "../controllers/replicaset";
import type { ControllerModule } from "./controller";

export const CONTROLLERS: readonly ControllerModule[] = [
  deploymentController,
  replicaSetController,
  endpointsController,
  disruptionController,
  garbageCollector,
  nodeLifecycleController,
];
