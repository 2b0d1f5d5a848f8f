/**
 * A kubeconfig for a playground cluster (`GET /clusters/NAME/kubeconfig`): one cluster whose server
 * is the playground's address plus `/clusters/NAME`, one user (carrying the caller's token, if the
 * request had one), and one context joining them, made current. `kubectl --kubeconfig FILE ...`
 * then talks to the cluster without any flag.
 *
 * kubectl sends a user's credentials only over TLS (clientcmd leaves them out for an `http://`
 * server, `--token` included). A hosted playground is https; for a local one (`wrangler dev`,
 * http) the token also travels in the server's path, `/clusters/NAME/token/TOKEN`, which the
 * cluster reads as it reads `Authorization: Bearer TOKEN`.
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
  const insecure = options.origin.startsWith("http:");
  const tokenPath = options.token && insecure ? `/token/${encodeURIComponent(options.token)}` : "";
  const config = {
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name, cluster: { server: `${options.origin}/clusters/${name}${tokenPath}` } }],
    contexts: [{ name, context: { cluster: name, user: name, namespace: options.namespace ?? "default" } }],
    "current-context": name,
    users: [{ name, user }],
    preferences: {},
  };
  return stringify(config);
}

/**
 * `/clusters/NAME/token/TOKEN/rest...` → the token and the URL without it (`/clusters/NAME/rest...`);
 * undefined when the path carries no token.
 */
export function splitPathToken(url: URL): { token: string; url: URL } | undefined {
  const m = /^(\/clusters\/[^/]+)\/token\/([^/]+)(\/.*)?$/.exec(url.pathname);
  if (!m) return undefined;
  const rest = new URL(url.href);
  rest.pathname = `${m[1]}${m[3] ?? ""}`;
  return { token: decodeURIComponent(m[2] ?? ""), url: rest };
}
