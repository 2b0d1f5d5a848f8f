/**
 * A kubeconfig for a playground cluster (`GET /clusters/NAME/kubeconfig`): one cluster whose server
 * is the playground's address plus `/clusters/NAME`, one user (carrying the caller's token, if the
 * request had one), and one context joining them, made current. `kubectl --kubeconfig FILE ...`
 * then talks to the cluster without any flag.
 */
import { stringify } from "yaml";

export interface KubeconfigOptions {
  /** The cluster's name (also the context's and the user's). */
  cluster: string;
  /** The playground's origin as the client reached it, e.g. `http://127.0.0.1:8787`. */
  origin: string;
  /** The token the user presents (`Authorization: Bearer`), when the cluster has tokens. */
  token?: string;
  namespace?: string;
}

export function kubeconfigYaml(options: KubeconfigOptions): string {
  const name = options.cluster;
  const user = options.token ? { token: options.token } : {};
  const config = {
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name, cluster: { server: `${options.origin}/clusters/${name}` } }],
    contexts: [{ name, context: { cluster: name, user: name, namespace: options.namespace ?? "default" } }],
    "current-context": name,
    users: [{ name, user }],
    preferences: {},
  };
  return stringify(config);
}
