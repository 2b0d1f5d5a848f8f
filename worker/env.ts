import type { ClusterDurableObject } from "../durable-objects/cluster/cluster-object";
import type { ControllerManagerDurableObject } from "../durable-objects/controller-manager/controller-manager-object";
import type { KubeletDurableObject } from "../durable-objects/kubelet/kubelet-object";
import type { SchedulerDurableObject } from "../durable-objects/scheduler/scheduler-object";

/** The bindings of wrangler.toml, as the Worker and the Durable Objects see them. */
export interface Env {
  CLUSTER: DurableObjectNamespace<ClusterDurableObject>;
  CONTROLLER_MANAGER: DurableObjectNamespace<ControllerManagerDurableObject>;
  SCHEDULER: DurableObjectNamespace<SchedulerDurableObject>;
  KUBELET: DurableObjectNamespace<KubeletDurableObject>;
  ASSETS: Fetcher;
  /** Set by the test configuration only. */
  KUBEPLAY_TEST?: string;
}
