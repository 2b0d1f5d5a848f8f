import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api } from "../helpers";
import { deployment, liveCluster, waitForRunning } from "./helpers";

const PODS = "/api/v1/namespaces/default/pods";

async function kubectl(cluster: string, command: string): Promise<{ output: string; exitCode: number }> {
  const res = await SELF.fetch(`http://kubeplay.test/clusters/${cluster}/kubectl`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ command }),
  });
  return (await res.json()) as { output: string; exitCode: number };
}

describe("the API server's requests to the kubelets", () => {
  it("serves container logs (tail, timestamps, follow) and refuses what a kubelet refuses", async () => {
    const c = await liveCluster();
    const ticker = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "ticker", labels: { app: "ticker" } },
      spec: {
        containers: [
          {
            name: "main",
            image: "busybox",
            command: ["sh", "-c", "echo started; while true; do echo tick; sleep 1; done"],
          },
        ],
      },
    };
    expect((await api(c.name, "POST", PODS, ticker)).status).toBe(201);
    await waitForRunning(c.pods, "ticker", 1);

    const log = await api(c.name, "GET", `${PODS}/ticker/log`);
    expect(log.status).toBe(200);
    expect(String(log.body).split("\n")[0]).toBe("started");
    const tail = await api(c.name, "GET", `${PODS}/ticker/log?tailLines=1&timestamps=true`);
    expect(String(tail.body)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z (started|tick)\n$/);
    expect((await api(c.name, "GET", `${PODS}/ticker/log?container=nope`)).body.message).toBe(
      "container nope is not valid for pod ticker",
    );
    expect((await api(c.name, "GET", `${PODS}/ticker/log?previous=true`)).body.message).toBe(
      'previous terminated container "main" in pod "ticker" not found',
    );
    expect((await api(c.name, "GET", `${PODS}/ghost/log`)).status).toBe(404);

    // follow: the lines already there, then new ones as the container prints them.
    const res = await SELF.fetch(
      `http://kubeplay.test/clusters/${c.name}${PODS}/ticker/log?follow=true&tailLines=0`,
    );
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    await reader.cancel();
    expect(new TextDecoder().decode(first.value)).toMatch(/tick\n/);
    c.close();
  });

  it("serves metrics.k8s.io for kubectl top, and a stopped node's kubelet answers neither logs nor metrics", async () => {
    const c = await liveCluster();
    await api(c.name, "POST", "/apis/apps/v1/namespaces/default/deployments", deployment("web", "nginx", 3));
    const pods = await waitForRunning(c.pods, "web", 3);

    const discovery = await api(c.name, "GET", "/apis/metrics.k8s.io/v1beta1");
    expect(discovery.body.resources.map((r: { name: string }) => r.name)).toEqual(["nodes", "pods"]);
    const nodes = await api(c.name, "GET", "/apis/metrics.k8s.io/v1beta1/nodes");
    expect(nodes.body.items.map((m: { metadata: { name: string } }) => m.metadata.name).sort()).toEqual([
      "node-1",
      "node-2",
      "node-3",
    ]);
    const podMetrics = await api(c.name, "GET", "/apis/metrics.k8s.io/v1beta1/namespaces/default/pods");
    expect(podMetrics.body.items).toHaveLength(3);

    const top = await kubectl(c.name, "top pods");
    expect(top.exitCode).toBe(0);
    expect(top.output.split("\n")[0]).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)$/);
    const logs = await kubectl(c.name, "logs deployment/web --tail=1");
    expect(logs.exitCode).toBe(0);
    expect(logs.output).toContain("start worker process");

    const victim = pods[0]!;
    const node = (victim.spec as { nodeName: string }).nodeName;
    expect((await api(c.name, "POST", `/kubeplay/nodes/${node}/stop`)).status).toBe(200);
    const refused = await api(c.name, "GET", `${PODS}/${victim.metadata.name}/log`);
    expect(refused.status).toBe(500);
    expect(refused.body.message).toMatch(/dial tcp [\d.]+:10250: connect: connection refused$/);
    const after = await api(c.name, "GET", "/apis/metrics.k8s.io/v1beta1/nodes");
    expect(after.body.items.map((m: { metadata: { name: string } }) => m.metadata.name)).not.toContain(node);
    c.close();
  });
});
