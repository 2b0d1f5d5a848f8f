/** REST paths of the kinds, as clients build them. */
import type { KindInfo } from "../k8s/kinds";

function prefix(info: KindInfo): string {
  return info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
}

/** `/api/v1/namespaces/NS/pods`, `/api/v1/pods` (all namespaces), `/api/v1/nodes`. */
export function collectionPath(info: KindInfo, namespace?: string): string {
  if (info.namespaced && namespace)
    return `${prefix(info)}/namespaces/${encodeURIComponent(namespace)}/${info.plural}`;
  return `${prefix(info)}/${info.plural}`;
}

export function objectPath(
  info: KindInfo,
  namespace: string | undefined,
  name: string,
  subresource?: string,
): string {
  const base = `${collectionPath(info, info.namespaced ? (namespace ?? "default") : undefined)}/${encodeURIComponent(name)}`;
  return subresource ? `${base}/${subresource}` : base;
}

export function withQuery(
  path: string,
  query: Record<string, string | number | boolean | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
