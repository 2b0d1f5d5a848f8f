/**
 * The cluster's HTTP routes (Hono), below `/clusters/NAME`. The prefix — and the token a kubeconfig
 * may carry in it (`/clusters/NAME/token/TOKEN/...`) — is parsed once, in `clusterRouter`; the
 * routes see the path below it. Order matters as in kube-apiserver's filter chain: init comes
 * before first use, sockets prove themselves, then every other request is authenticated once.
 */
import { Hono } from "hono";
import { ApiError, badRequest, requestEntityTooLarge, toApiError, tooManyRequests } from "../k8s/errors";
import { type ClusterInit, type InitBody, initOf } from "../playground/init";
import { MAX_COMMAND_BYTES } from "../session/limits";
import { tokenOf } from "../session/tokens";
import { type Caller, callerOf } from "./access";
import type { ApiServer } from "./api-server";
import { forbiddenVerb, unauthorized } from "./authorize";
import { jsonResponse, readBody, statusResponse } from "./http";
import { kubeconfigYaml, splitPathToken } from "./kubeconfig";

/** One request's place: the cluster it names, the path below it, its URL and token. */
interface Place {
  name: string | undefined;
  /** Below `/clusters/NAME` (and a path token): `/api/v1/pods`, `/ws`, `/kubeplay/init`. */
  path: string;
  /** The URL without a path token. */
  url: URL;
  /** The token in the path or the request (header or `?token=`). */
  token: string | undefined;
}

type Routes = { Bindings: Place; Variables: { caller: Caller } };

/** The router of one API server: a function from a request to its answer. */
export function clusterRouter(server: ApiServer): (request: Request) => Promise<Response> {
  const app = new Hono<Routes>({ getPath: (_request, options) => options?.env?.path ?? "/" });
  // What a route throws is answered as kube-apiserver answers it: a Status (500 InternalError unless
  // the error is an ApiError of its own), never a bare text page.
  app.onError((error) => statusResponse(toApiError(error)));

  app.post("/kubeplay/init", (c) => init(server, c.req.raw));
  app.use("*", async (_c, next) => {
    server.initialize();
    server.supervise();
    await next();
  });
  app.all("/ws", (c) => socket(server, c.req.raw, c.env));
  // Who asks: a token's role (401 for an unknown token, or none on a cluster with tokens).
  app.use("*", async (c, next) => {
    const role = server.access.roleOf(c.env.token);
    if (!role) return statusResponse(unauthorized());
    c.set("caller", callerOf(role, "kubectl"));
    await next();
  });
  app.post("/kubectl", (c) => kubectl(server, c.req.raw, c.env, c.get("caller")));
  app.get("/kubeconfig", (c) => kubeconfig(server, c.env));
  app.all("/kubeplay/*", async (c) => {
    const request = c.req.raw;
    const body: unknown = await request.json().catch(() => undefined);
    const path = c.env.path.slice("/kubeplay".length);
    const method = request.method;
    return jsonResponse(
      await server.kubeplay(c.get("caller"), { method, path, query: c.env.url.searchParams, body }),
    );
  });
  app.all("*", (c) => {
    const request = c.req.raw;
    const header = (name: string) => request.headers.get(name) ?? undefined;
    return server.serveApi(c.get("caller"), {
      method: request.method,
      path: c.env.path,
      query: c.env.url.searchParams,
      accept: header("accept"),
      contentType: header("content-type"),
      ifNoneMatch: header("if-none-match"),
      body: () => readBody(request),
      signal: request.signal,
    });
  });

  return async (request) => {
    const place = placeOf(request);
    if (place.name) server.named(place.name);
    return app.fetch(request, place);
  };
}

function placeOf(request: Request): Place {
  const inPath = splitPathToken(new URL(request.url));
  const url = inPath?.url ?? new URL(request.url);
  const match = /^\/clusters\/([^/]+)(\/.*)?$/.exec(url.pathname);
  return {
    name: match?.[1] ? decodeURIComponent(match[1]) : undefined,
    path: match?.[2] ?? "/",
    url,
    token: inPath?.token ?? tokenOf(request, url),
  };
}

/** `POST /kubeplay/init`: creates the cluster with options, before its first use. */
async function init(server: ApiServer, request: Request): Promise<Response> {
  // The body is read first, also when refused: an unread request body breaks the connection.
  const body = (await request.json().catch(() => ({}))) as InitBody;
  if (server.init) return jsonResponse({ code: 409, body: badRequest("the cluster exists already").status });
  if (body.settings !== undefined) {
    const refused = server.updateSettings(body.settings, false);
    if (refused !== undefined) return jsonResponse({ code: 400, body: badRequest(refused).status });
  }
  server.initialize(initOf(body));
  const tokens = server.access.issue(body.open === true);
  server.supervise();
  const created = server.init as ClusterInit | undefined; // set by initialize, which TS cannot see
  return Response.json({ ...created, name: server.name, open: body.open === true, tokens });
}

/** `/ws`: a component proves itself with the cluster's secret; a participant with a token. */
function socket(server: ApiServer, request: Request, place: Place): Response {
  const component = place.url.searchParams.get("component");
  let who: { component: string } | { role: NonNullable<ReturnType<typeof server.access.roleOf>> };
  if (component !== null) {
    if (!server.access.isComponentRequest(request)) {
      return statusResponse(forbiddenVerb("anonymous", "connect as a control-plane component"));
    }
    who = { component };
  } else {
    const role = server.access.roleOf(tokenOf(request, place.url));
    if (!role) return statusResponse(unauthorized());
    who = { role };
  }
  if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    return new Response("expected a WebSocket upgrade", { status: 426 });
  }
  return server.sockets.accept(who);
}

/** `GET /kubeconfig`: a kubeconfig for this cluster, with the token the request came with. */
function kubeconfig(server: ApiServer, place: Place): Response {
  const yaml = kubeconfigYaml({ cluster: server.name ?? "", origin: place.url.origin, token: place.token });
  return new Response(yaml, {
    headers: {
      "content-type": "application/yaml",
      "content-disposition": `attachment; filename="${server.name ?? "cluster"}.kubeconfig"`,
    },
  });
}

/** `POST /kubectl {"command","stdin"?}` → `{"output","exitCode"}`, recorded in the feed. */
async function kubectl(server: ApiServer, request: Request, place: Place, caller: Caller): Promise<Response> {
  server.idle.touch();
  let body: unknown;
  try {
    const bytes = await readBody(request);
    body = JSON.parse(bytes ? new TextDecoder().decode(bytes) : "");
  } catch (error) {
    return statusResponse(error instanceof ApiError ? error : badRequest("the body must be JSON"));
  }
  const command = (body as { command?: unknown } | null)?.command;
  const stdin = (body as { stdin?: unknown } | null)?.stdin;
  if (typeof command !== "string") return statusResponse(badRequest('the body needs "command": a string'));
  if (stdin !== undefined && typeof stdin !== "string")
    return statusResponse(badRequest('"stdin" must be a string'));
  const name = tokenOf(request, place.url) && server.access.hasTokens ? caller.user : "api";
  const result = await server.sessions.runHttp(command, stdin, caller, name);
  if ("refused" in result) {
    const e =
      result.retryAfterSeconds !== undefined
        ? tooManyRequests(result.refused, result.retryAfterSeconds)
        : requestEntityTooLarge(MAX_COMMAND_BYTES);
    return statusResponse(e);
  }
  return Response.json(result);
}
