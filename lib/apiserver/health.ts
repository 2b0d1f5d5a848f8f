/**
 * kube-apiserver's health endpoints below a cluster: `/livez`, `/readyz` and `/healthz` (and one
 * check each, `/livez/ping`), answering `ok` as text, or the list of checks with `?verbose`.
 * Client libraries probe them (@kubernetes/client-node's `Health`, `kubectl get --raw /readyz`).
 */

const ENDPOINTS = ["livez", "readyz", "healthz"] as const;
/** The checks this API server can vouch for: it answers, and its storage (SQLite) is its own. */
const CHECKS = ["ping", "etcd"] as const;

export interface HealthAnswer {
  code: number;
  text: string;
}

/** The answer for a health path (`/livez`, `/readyz/etcd`, ...), or undefined for other paths. */
export function healthCheck(path: string, query: URLSearchParams): HealthAnswer | undefined {
  const parts = path.split("/").filter((p) => p !== "");
  const endpoint = ENDPOINTS.find((e) => e === parts[0]);
  if (!endpoint || parts.length > 2) return undefined;
  const check = parts[1];
  if (check !== undefined) {
    if (!CHECKS.some((c) => c === check)) return { code: 404, text: "404 page not found\n" };
    return { code: 200, text: "ok" };
  }
  if (!query.has("verbose")) return { code: 200, text: "ok" };
  const lines = CHECKS.map((c) => `[+]${c} ok`);
  return { code: 200, text: `${lines.join("\n")}\n${endpoint} check passed\n` };
}
