import type { ClusterDurableObject } from "../durable-objects/cluster/cluster-object";

/** The bindings of wrangler.toml, as the Worker and the Durable Objects see them. */
export interface Env {
  CLUSTER: DurableObjectNamespace<ClusterDurableObject>;
  ASSETS: Fetcher;
  /** Set by the test configuration only. */
  KUBEPLAY_TEST?: string;
}
