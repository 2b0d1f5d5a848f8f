import { describe, expect, it } from "vitest";
import { api } from "../helpers";
import { deployment, liveCluster, running, waitForRunning } from "./helpers";

const DEPLOYS = "/apis/apps/v1/namespaces/default/deployments";
const SERVICES = "/api/v1/namespaces/default/services";
const ENDPOINTS = "/api/v1/namespaces/default/endpoints";

interface EndpointsBody {
  subsets?: { addresses?: { ip: string; targetRef: { name: string } }[]; ports?: { port: number }[] }[];
}

/** Polls the Endpoints of `name` until `accept` holds; returns the last body seen. */
async function endpointsUntil(
  cluster: string,
  name: string,
  accept: (status: number, body: EndpointsBody) => boolean,
  what: string,
): Promise<EndpointsBody> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await api(cluster, "GET", `${ENDPOINTS}/${name}`);
    if (accept(res.status, res.body as EndpointsBody)) return res.body as EndpointsBody;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function readyIps(body: EndpointsBody): string[] {
  return (body.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.ip)).sort();
}

describe("Service endpoints", () => {
  it("follow the Service's ready pods as they come, scale down and go, and leave with the Service", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", DEPLOYS, deployment("web"));
    const service = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "web" },
      spec: { selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080 }] },
    };
    expect((await api(c.name, "POST", SERVICES, service)).status).toBe(201);
    const pods = await waitForRunning(c.pods, "web", 3);
    const ips = pods.map((p) => (p.status as { podIP: string }).podIP).sort();
    const full = await endpointsUntil(
      c.name,
      "web",
      (s, b) => s === 200 && readyIps(b).length === 3,
      "3 addresses",
    );
    expect(readyIps(full)).toEqual(ips);
    expect(full.subsets?.[0]?.ports).toEqual([{ port: 8080, protocol: "TCP" }]);

    await api(
      c.name,
      "PATCH",
      `${DEPLOYS}/web/scale`,
      { spec: { replicas: 1 } },
      "application/merge-patch+json",
    );
    await waitForRunning(c.pods, "web", 1);
    const [left] = running(c.pods, "web");
    const one = await endpointsUntil(
      c.name,
      "web",
      (s, b) => s === 200 && readyIps(b).length === 1,
      "1 address",
    );
    expect(one.subsets?.[0]?.addresses?.[0]?.targetRef.name).toBe(left?.metadata.name);

    expect((await api(c.name, "DELETE", `${SERVICES}/web`)).status).toBe(200);
    await endpointsUntil(c.name, "web", (s) => s === 404, "the Endpoints to go");
    c.close();
  });
});
