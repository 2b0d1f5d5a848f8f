/**
 * Content negotiation for server-side printing: whether an `Accept` header asks for a
 * `meta.k8s.io` Table (`application/json;as=Table;v=v1;g=meta.k8s.io`, also v1beta1), and which.
 * Media types are tried in order, like kube-apiserver's negotiation (q-values are not weighed).
 */

export interface MediaType {
  type: string;
  params: Record<string, string>;
}

/** Splits an Accept header into media types with lower-cased parameters. */
export function parseAccept(accept: string | undefined): MediaType[] {
  if (!accept) return [];
  return accept
    .split(",")
    .map((part) => {
      const [type = "", ...rest] = part.split(";").map((s) => s.trim());
      const params: Record<string, string> = {};
      for (const p of rest) {
        const eq = p.indexOf("=");
        if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim();
      }
      return { type: type.toLowerCase(), params };
    })
    .filter((m) => m.type !== "");
}

function isJsonLike(type: string): boolean {
  return type === "application/json" || type === "application/*" || type === "*/*";
}

/**
 * The Table version asked for (`v1` or `v1beta1`), or undefined for a plain object. The first
 * media type the server can serve wins: a Table, or plain JSON (protobuf is skipped, as it is not
 * served here; the client's JSON alternative follows it).
 */
export function tableVersionOf(accept: string | undefined): "v1" | "v1beta1" | undefined {
  for (const m of parseAccept(accept)) {
    if (!isJsonLike(m.type) && m.type !== "application/yaml") continue;
    if (m.params.as === undefined) return undefined;
    if (
      m.params.as === "Table" &&
      m.params.g === "meta.k8s.io" &&
      (m.params.v === "v1" || m.params.v === "v1beta1")
    ) {
      return m.params.v;
    }
  }
  return undefined;
}
