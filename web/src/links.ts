/** A cluster's links (owner, editor, viewer), remembered by the browser that created it. */

export interface ClusterLinks {
  owner?: string;
  editor?: string;
  viewer?: string;
}

export function clusterUrl(name: string, token?: string): string {
  const url = new URL(`/c/${encodeURIComponent(name)}`, location.origin);
  if (token) url.searchParams.set("token", token);
  return url.toString();
}

export function saveTokens(name: string, tokens: ClusterLinks): void {
  localStorage.setItem(`kubeplay.tokens.${name}`, JSON.stringify(tokens));
  rememberCluster(name);
}

export function savedTokens(name: string): ClusterLinks {
  try {
    return JSON.parse(localStorage.getItem(`kubeplay.tokens.${name}`) ?? "{}") as ClusterLinks;
  } catch {
    return {};
  }
}

export function rememberCluster(name: string): void {
  const recent = recentClusters().filter((n) => n !== name);
  recent.unshift(name);
  localStorage.setItem("kubeplay.recent", JSON.stringify(recent.slice(0, 8)));
}

export function recentClusters(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem("kubeplay.recent") ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}

/** The three links as rows: role, URL. Without tokens (a cluster without init), one open link. */
export function linkRows(name: string, tokens: ClusterLinks): { role: string; url: string }[] {
  const rows = (["owner", "editor", "viewer"] as const)
    .filter((role) => tokens[role])
    .map((role) => ({ role, url: clusterUrl(name, tokens[role]) }));
  return rows.length ? rows : [{ role: "anyone (no tokens on this cluster)", url: clusterUrl(name) }];
}
