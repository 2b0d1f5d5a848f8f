/**
 * Resuming after a loss, in headless Chromium: while the page is offline the cluster moves on far
 * enough to compact its history, so the page's watches come back to a 410 Expired, list again, and
 * the page ends up showing the cluster as it is — what was deleted meanwhile gone, what was created
 * there — without being reloaded.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { authHeaders, chipsOnNodes, createCluster, deployment, launch, openCluster, until } from "./helpers";

const base = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

test("offline while the history is compacted: the page re-lists after 410 and shows the cluster as it is", async () => {
  const { name, tokens } = await createCluster(base, "resume");
  const headers = authHeaders(tokens.owner);
  const cluster = `${base}/clusters/${name}`;
  const settings = await fetch(`${cluster}/kubeplay/settings`, {
    method: "PATCH",
    headers,
    body: JSON.stringify({ historyRevisions: 10, historyAgeMs: 0, speed: 0 }),
  });
  expect(settings.status).toBe(200);
  const deployments = `${cluster}/apis/apps/v1/namespaces/default/deployments`;
  expect(
    (await fetch(deployments, { method: "POST", headers, body: JSON.stringify(deployment("old", 2)) }))
      .status,
  ).toBe(201);
  const page = await openCluster(browser, base, name, tokens.owner, "Ravi");
  await until(
    "two old pods Running",
    () => chipsOnNodes(page, "old-", "Running"),
    (n) => n === 2,
    45_000,
  );

  await page.context().setOffline(true);
  await page.evaluate(() =>
    (window as unknown as { kubeplay: { connection: { drop(): void } } }).kubeplay.connection.drop(),
  );
  await new Promise((r) => setTimeout(r, 2000));
  expect(await page.locator("#connection").textContent()).not.toContain("live");

  // Meanwhile: old goes, new comes with enough writes to compact the change log past the page.
  expect((await fetch(`${deployments}/old`, { method: "DELETE", headers })).status).toBe(200);
  expect(
    (await fetch(deployments, { method: "POST", headers, body: JSON.stringify(deployment("new", 12)) }))
      .status,
  ).toBe(201);
  await until(
    "twelve new pods Running and no old pod, over HTTP",
    async () => {
      const res = await fetch(`${cluster}/api/v1/namespaces/default/pods`, { headers });
      const list = (await res.json()) as {
        items: { metadata: { name: string }; status?: { phase?: string } }[];
      };
      return {
        running: list.items.filter((p) => p.metadata.name.startsWith("new-") && p.status?.phase === "Running")
          .length,
        old: list.items.filter((p) => p.metadata.name.startsWith("old-")).length,
      };
    },
    (s) => s.running === 12 && s.old === 0,
    45_000,
  );
  // Past the page's revision: write on until the cluster compacts (every 100 writes or more).
  for (let i = 0; i < 120; i++) {
    await fetch(`${cluster}/api/v1/namespaces/default/configmaps`, {
      method: "POST",
      headers,
      body: JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `filler-${i}` } }),
    });
  }
  const relistsBefore = await page.evaluate(
    () => (window as unknown as { kubeplay: { model: { relists: number } } }).kubeplay.model.relists,
  );

  await page.context().setOffline(false);
  await expect.poll(() => page.locator("#connection").textContent(), { timeout: 20_000 }).toContain("live");
  await until(
    "the page showing twelve new pods Running and no old pod",
    async () => ({
      running: await chipsOnNodes(page, "new-", "Running"),
      old: await page
        .locator('.node-card .chip[data-pod^="default/old-"], .queue .chip[data-pod^="default/old-"]')
        .count(),
    }),
    (s) => s.running === 12 && s.old === 0,
    30_000,
  );
  const relists = await page.evaluate(
    () => (window as unknown as { kubeplay: { model: { relists: number } } }).kubeplay.model.relists,
  );
  expect(relists).toBeGreaterThan(relistsBefore);
  expect(await page.locator("#panel-workloads").textContent()).not.toContain("deployment/old");
  await page.context().close();
});
