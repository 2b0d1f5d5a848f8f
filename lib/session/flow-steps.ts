/**
 * Flow attribution: the API server's commits and watch deliveries as the steps participants see.
 * A write's author comes with its committed change (the caller of the API call that made it); a
 * change without one is the API server's own work (grace periods, namespace finalization).
 */
import type { Author, CommittedChange } from "../apiserver/change";
import { parseApiPath } from "../apiserver/rest";
import type { WatchEventType } from "../apiserver/watch";
import type { FlowStep } from "./protocol";

/** The author of an API call's commits: its caller's actor and the call's verb. */
export function authorOf(actor: string, method: string, path: string): Author {
  return { actor, verb: writeVerb(method, path) };
}

/** A committed change as a `write` step. */
export function writeStep(change: CommittedChange): FlowStep {
  return {
    revision: change.revision,
    kind: "write",
    from: change.author?.actor ?? "apiserver",
    to: "apiserver",
    verb: change.author?.verb ?? changeVerb(change.type),
    resource: change.resource.split(".")[0]!,
    ...(change.namespace ? { namespace: change.namespace } : {}),
    name: change.name,
    at: change.at,
  };
}

/** A watch event delivered to a component as a `watch` step. */
export function watchStep(
  component: string,
  type: WatchEventType,
  change: CommittedChange,
  at: number,
): FlowStep {
  return {
    revision: change.revision,
    kind: "watch",
    from: "apiserver",
    to: component,
    verb: type,
    resource: change.resource.split(".")[0]!,
    ...(change.namespace ? { namespace: change.namespace } : {}),
    name: change.name,
    at,
  };
}

/** The verb of a write in `flow`: create, update, patch, delete, bind, status, evict, scale. */
function writeVerb(method: string, path: string): string {
  const sub = parseApiPath(path)?.subresource;
  if (sub === "binding") return "bind";
  if (sub === "eviction") return "evict";
  if (sub === "status" || sub === "scale") return sub;
  const verbs: Record<string, string> = { POST: "create", PUT: "update", PATCH: "patch", DELETE: "delete" };
  const m = method.toUpperCase();
  return verbs[m] ?? m.toLowerCase();
}

function changeVerb(type: CommittedChange["type"]): string {
  return type === "ADDED" ? "create" : type === "DELETED" ? "delete" : "update";
}
