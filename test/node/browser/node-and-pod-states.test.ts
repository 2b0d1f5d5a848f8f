/**
 * What the live view says about nodes and pods, in words and icons (never colour alone), as the
 * cluster changes underneath it: a cordoned node, a node whose kubelet stops (NotReady, then the
 * unreachable taints), a pod in CrashLoopBackOff, a pod that fits nowhere waiting in the queue,
 * and a pod that failed.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { authHeaders, createCluster, launch, openCluster, screenshot, typeCommand, until } from "./helpers";

const base = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

function pod(name: string, spec: Record<string, unknown>): string {
  return JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name }, spec });
}

test("cordon, NotReady and taints on the node cards; CrashLoopBackOff, Failed and the queue on the pods", async () => {
  const { name, tokens } = await createCluster(base, "states");
  const headers = authHeaders(tokens.owner);
  const cluster = `${base}/clusters/${name}`;
  expect(
    (
      await fetch(`${cluster}/kubeplay/settings`, {
        method: "PATCH",
        headers,
        // kubelets renew their lease every 5 s: 8 s without one is a node that stopped
        body: JSON.stringify({ nodeMonitorGracePeriodMs: 8000 }),
      })
    ).status,
  ).toBe(200);
  const page = await openCluster(browser, base, name, tokens.owner, "Stan");
  const card = (node: string) => page.locator(`.node-card[data-node="${node}"]`);

  await typeCommand(page, "kubectl cordon node-2");
  await until(
    "node-2 cordoned on its card",
    () => card("node-2").locator(".badges").textContent(),
    (t) => (t ?? "").includes("Cordoned (SchedulingDisabled)"),
  );
  expect(await card("node-2").getAttribute("class")).toContain("cordoned");

  const pods = `${cluster}/api/v1/namespaces/default/pods`;
  const post = (body: string) => fetch(pods, { method: "POST", headers, body });
  expect(
    (
      await post(
        pod("crashy", {
          nodeName: "node-1",
          containers: [{ name: "c", image: "busybox", command: ["sh", "-c", "exit 1"] }],
        }),
      )
    ).status,
  ).toBe(201);
  expect(
    (
      await post(
        pod("once", {
          nodeName: "node-1",
          restartPolicy: "Never",
          containers: [{ name: "c", image: "busybox", command: ["sh", "-c", "exit 3"] }],
        }),
      )
    ).status,
  ).toBe(201);
  expect(
    (
      await post(
        pod("huge", { containers: [{ name: "c", image: "nginx", resources: { requests: { cpu: "64" } } }] }),
      )
    ).status,
  ).toBe(201);
  const chip = (p: string) => page.locator(`.chip[data-pod="default/${p}"]`).first();
  await until(
    "crashy in CrashLoopBackOff on node-1",
    () => card("node-1").locator('.chip[data-pod="default/crashy"]').getAttribute("data-status"),
    (s) => s === "CrashLoopBackOff",
    45_000,
  );
  expect(await chip("crashy").textContent()).toContain("↻");
  await until(
    "once shown failed",
    () => chip("once").getAttribute("data-status"),
    (s) => s === "Error" || s === "Failed",
    45_000,
  );
  expect(await chip("once").getAttribute("class")).toContain("fam-failed");
  expect(await chip("once").textContent()).toContain("✕");
  await until(
    "huge waiting in the queue",
    () => page.locator('.queue .chip[data-pod="default/huge"]').count(),
    (n) => n === 1,
  );
  expect(await page.locator(".queue h3").textContent()).toContain("1");

  expect((await fetch(`${cluster}/kubeplay/nodes/node-3/stop`, { method: "POST", headers })).status).toBe(
    200,
  );
  await until(
    "node-3 NotReady (or Unknown) with the unreachable taint on its card",
    () => card("node-3").locator(".badges").textContent(),
    (t) => /NotReady|Unknown/.test(t ?? "") && (t ?? "").includes("node.kubernetes.io/unreachable"),
    45_000,
  );
  expect(await card("node-3").getAttribute("class")).toContain("not-ready");
  // the others still heartbeat: Ready, without taints
  expect(await card("node-1").locator(".badges").textContent()).toContain("Ready");
  expect(await card("node-1").locator(".badges").textContent()).not.toMatch(/NotReady|Unknown|Taint/);
  await screenshot(page, "node-and-pod-states");
  await fetch(`${cluster}/kubeplay/nodes/node-3/start`, { method: "POST", headers });
  await page.context().close();
});
