/**
 * The cluster Durable Object: one per cluster, the API server and etcd in one. It supplies the
 * plumbing — the SQLite store (object-store.ts), the hibernatable sockets, the alarm and the
 * supervisor that starts the components (supervisor.ts) — and delegates every request, socket
 * message and alarm to the API server object (lib/apiserver/api-server.ts).
 */
import { DurableObject } from "cloudflare:workers";
import { ApiServer } from "../../lib/apiserver/api-server";
import { drainBody } from "../../lib/apiserver/drain";
import { PING, PONG } from "../../lib/client/transport";
import type { KubeletFaults, SchedulerInfo } from "../../lib/playground/endpoints";
import type { Env } from "../../worker/env";
import { ObjectStore } from "./object-store";
import { Supervisor } from "./supervisor";

export type { ClusterInit } from "../../lib/playground/init";

export class ClusterDurableObject extends DurableObject<Env> {
  readonly supervisor: Supervisor;
  private readonly server: ApiServer;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const store = new ObjectStore(ctx.storage.sql, (fn) => ctx.storage.transactionSync(fn));
    // The supervisor asks the API server (created next) for the cluster's name, pool and secret.
    this.supervisor = new Supervisor(
      env,
      ctx,
      () => this.server?.name ?? "",
      () => this.server?.nodes() ?? [],
      () => this.server?.init?.components === true,
      () => this.server.access.componentSecret(),
    );
    this.supervisor.asleep = store.getMeta("asleep") === "true";
    this.server = new ApiServer({
      store,
      sql: ctx.storage.sql,
      components: this.supervisor,
      acceptWebSocket: (ws) => ctx.acceptWebSocket(ws),
      webSockets: () => ctx.getWebSockets(),
      setAlarm: (at) => void ctx.storage.setAlarm(at),
      scheduler: () => env.SCHEDULER.getByName(this.server.name ?? "") as unknown as SchedulerInfo,
      kubelet: (node) =>
        env.KUBELET.getByName(`${this.server.name ?? ""}/${node}`) as unknown as KubeletFaults,
      restart: () => {
        setTimeout(() => ctx.abort("restarted on purpose (playground fault)"), 50);
      },
      testCommands: env.KUBEPLAY_TEST === "1",
    });
    ctx.blockConcurrencyWhile(async () => {
      this.server.alarm.at = await ctx.storage.getAlarm();
    });
  }

  override async fetch(request: Request): Promise<Response> {
    const response = await this.server.fetch(request);
    await drainBody(request); // what a refusal left unread
    return response;
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    // Liveness: answered by this object itself (not a runtime auto-response), so a client whose
    // socket outlived the object it was talking to notices the silence and reconnects.
    if (message === PING) {
      ws.send(PONG);
      return;
    }
    this.server.sockets.message(ws, message);
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    this.server.sockets.dropped(ws);
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, "closed");
    } catch {
      // already closed
    }
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    this.server.sockets.dropped(ws);
  }

  override async alarm(): Promise<void> {
    this.server.rang();
  }
}
