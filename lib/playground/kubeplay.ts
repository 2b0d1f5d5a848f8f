/**
 * The `/clusters/NAME/kubeplay/` endpoints as one entry, for HTTP and for the playground verbs of
 * the kubectl typed in the page alike: links and reset (owner only), flow, settings, then the node
 * pool, faults and component views of endpoints.ts. A viewer may read them, not change them.
 */
import type { AccessControl, Caller } from "../apiserver/access";
import { forbiddenVerb, isReadOnly } from "../apiserver/authorize";
import type { ApiResponse } from "../apiserver/rest";
import type { ClusterSettings } from "../apiserver/settings";
import { type ApiError, badRequest } from "../k8s/errors";
import type { JsonValue } from "../k8s/object";
import type { Role } from "../session/protocol";
import type { SessionHub } from "../session/session-hub";
import { type PlaygroundContext, type PlaygroundRequest, playgroundRequest } from "./endpoints";

export interface KubeplayHost {
  access: AccessControl;
  sessions: SessionHub;
  playground: PlaygroundContext;
  settings(): ClusterSettings;
  /** Merges an update into the settings; answers the refusal, if any. */
  updateSettings(update: unknown): string | undefined;
  /** Wipes the cluster (reset.ts) as `caller`; answers what to print. */
  reset(caller: Caller): string;
  /** Closes the participant sockets that joined with a revoked link. */
  closeSockets(role: Role): void;
  touch(): void;
}

/** A request below `/kubeplay` (`path` starts after it: `/nodes`, `/settings`). */
export async function kubeplayRequest(
  host: KubeplayHost,
  caller: Caller,
  request: PlaygroundRequest,
): Promise<ApiResponse> {
  const { method, path } = request;
  if (path === "/links") return links(host, caller, method, request.body);
  if (path === "/reset" && method === "POST") {
    if (!host.access.mayOwn(caller.role)) return refusal(forbiddenVerb(caller.user, "reset the cluster"));
    host.touch();
    return { code: 200, body: { reset: true, message: host.reset(caller) } };
  }
  if (path === "/flow" && method === "GET") {
    return {
      code: 200,
      body: { ...host.sessions.flow.last(), text: host.sessions.flowText() } as unknown as JsonValue,
    };
  }
  if (caller.role === "viewer" && !isReadOnly(method)) {
    return refusal(forbiddenVerb(caller.user, `${method} /kubeplay${path}`));
  }
  if (path === "/settings") {
    if (method === "PUT" || method === "PATCH") {
      const refused = host.updateSettings(request.body === undefined ? null : request.body);
      if (refused !== undefined) return refusal(badRequest(refused));
    }
    return { code: 200, body: host.settings() as unknown as JsonValue };
  }
  return playgroundRequest(host.playground, request);
}

/** `GET /kubeplay/links`: the tokens; `POST {"revoke":"editor"|"viewer"}` replaces one. Owner only. */
function links(host: KubeplayHost, caller: Caller, method: string, body: unknown): ApiResponse {
  const { access } = host;
  if (!access.mayOwn(caller.role)) return refusal(forbiddenVerb(caller.user, "manage links"));
  if (!access.hasTokens) {
    return refusal(badRequest("this cluster has no links: it was not created by POST /kubeplay/init"));
  }
  if (method === "GET") return { code: 200, body: { tokens: access.links() as unknown as JsonValue } };
  if (method !== "POST") return refusal(badRequest("use GET or POST"));
  const role = (body as { revoke?: unknown } | null | undefined)?.revoke;
  if (role !== "editor" && role !== "viewer") {
    return refusal(badRequest('the body must be {"revoke":"editor"} or {"revoke":"viewer"}'));
  }
  const tokens = access.revoke(role);
  // Sockets that joined with the old link leave now.
  host.closeSockets(role);
  return { code: 200, body: { tokens: tokens as unknown as JsonValue } };
}

function refusal(error: ApiError): ApiResponse {
  return { code: error.code, body: error.status };
}
