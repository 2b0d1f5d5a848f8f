/**
 * Who may do what through the API, with kube-apiserver's refusals: a request without a known token
 * on a cluster that has tokens is 401 Unauthorized; a viewer's write is 403 Forbidden, worded as
 * RBAC words it. Reads (get, list, watch) are allowed to every role.
 */
import { type ApiError, failure, qualifiedResource } from "../k8s/errors";
import { parseApiPath } from "./rest";

/** Methods that only read. */
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isReadOnly(method: string): boolean {
  return READS.has(method.toUpperCase());
}

/** The RBAC verb of a request: get, list, watch, create, update, patch, delete, deletecollection. */
export function requestVerb(method: string, path: string, query?: URLSearchParams): string {
  const named = parseApiPath(path)?.name !== undefined;
  switch (method.toUpperCase()) {
    case "GET":
    case "HEAD": {
      const watch = query?.get("watch");
      if (watch === "true" || watch === "1") return "watch";
      return named ? "get" : "list";
    }
    case "POST":
      return "create";
    case "PUT":
      return "update";
    case "PATCH":
      return "patch";
    case "DELETE":
      return named ? "delete" : "deletecollection";
    default:
      return method.toLowerCase();
  }
}

/** 403 Forbidden for `user` making this request, as kube-apiserver words it. */
export function forbiddenRequest(
  user: string,
  method: string,
  path: string,
  query?: URLSearchParams,
): ApiError {
  const verb = requestVerb(method, path, query);
  const target = parseApiPath(path);
  if (!target) {
    return failure(403, "Forbidden", `forbidden: User "${user}" cannot ${verb} path "${path}"`);
  }
  const { info, name, subresource, namespace } = target;
  const resource = subresource ? `${info.plural}/${subresource}` : info.plural;
  const what = name !== undefined ? `${qualifiedResource(info)} "${name}"` : qualifiedResource(info);
  const scope = namespace !== undefined ? `in the namespace "${namespace}"` : "at the cluster scope";
  const message = `${what} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${info.group}" ${scope}`;
  return failure(403, "Forbidden", message, {
    ...(name !== undefined ? { name } : {}),
    group: info.group,
    kind: info.plural,
  });
}

/** 401 Unauthorized: no token, or one that is not (or no longer) valid. */
export function unauthorized(): ApiError {
  return failure(401, "Unauthorized", "Unauthorized");
}

/** 403 Forbidden for a playground verb only the owner (or an editor) may use. */
export function forbiddenVerb(user: string, what: string): ApiError {
  return failure(403, "Forbidden", `forbidden: User "${user}" cannot ${what}`);
}
