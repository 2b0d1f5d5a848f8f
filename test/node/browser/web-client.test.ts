/**
 * The web client in real headless Chromium against the playground `npm start` runs: the landing
 * page, two participants on one cluster (terminal → pods Running → shared feed), a viewer, and a
 * reconnect after the cluster Durable Object restarts.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import {
  authHeaders,
  chipsOnNodes,
  createCluster,
  deployment,
  launch,
  openCluster,
  screenshot,
  terminalText,
  typeCommand,
  until,
} from "./helpers";

const base = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

test("the landing page creates a cluster, gives its links, and its page shows the nodes from watches", async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${base}/`);
  await page.waitForSelector("#create");
  await screenshot(page, "landing");
  const name = await page.inputValue("#new-name");
  expect(name).toMatch(/^[a-z]+-[a-z]+-\d+$/);
  await page.click("#create");
  await page.waitForSelector("#open-created", { timeout: 15_000 });
  const href = (await page.getAttribute("#open-created", "href")) ?? "";
  expect(new URL(href).pathname).toBe(`/c/${name}`);
  expect(await page.locator("table.links tr").count()).toBeGreaterThanOrEqual(1);
  await page.click("#open-created");
  const opened = Date.now();
  await page.waitForSelector(".node-card", { timeout: 20_000 });
  const paintMs = Date.now() - opened;
  console.log(`landing ${opened - started} ms; cluster page to the first node card: ${paintMs} ms`);
  await until(
    "three node cards",
    () => page.locator(".node-card").count(),
    (n) => n === 3,
  );
  await expect.poll(() => page.locator("#connection").textContent()).toContain("live");
  expect(await page.locator('.node-card[data-node="node-1"] .badge.ok').textContent()).toContain("Ready");
  await context.close();
});

test("two pages on one cluster: one types create deployment, the other sees three pods Running and the command in its feed", async () => {
  const { name, tokens } = await createCluster(base, "two");
  const ada = await openCluster(browser, base, name, tokens.owner, "Ada");
  const grace = await openCluster(browser, base, name, tokens.editor ?? tokens.owner, "Grace");
  await until(
    "Ada's prompt",
    () => terminalText(ada),
    (t) => t.includes("$ "),
  );
  await typeCommand(ada, "kubectl create deployment my-app --image=nginx --replicas=3");
  await until(
    "the command's answer in Ada's terminal",
    () => terminalText(ada),
    (t) => t.includes("deployment.apps/my-app created"),
  );
  await until(
    "three my-app pods Running on Grace's page",
    () => chipsOnNodes(grace, "my-app-", "Running"),
    (n) => n === 3,
    45_000,
  );
  await grace.click("#tab-feed");
  await until(
    "the command in Grace's feed",
    () => grace.locator("#panel-feed").textContent(),
    (t) => (t ?? "").includes("kubectl create deployment my-app --image=nginx --replicas=3"),
  );
  expect(await grace.locator("#panel-feed").textContent()).toContain("Ada");
  expect(await grace.locator(".avatars li").count()).toBe(2);
  await grace.click("#tab-workloads");
  await screenshot(grace, "two-participants");
  await screenshot(ada, "terminal");
  await ada.context().close();
  await grace.context().close();
});

test("a viewer page has no prompt and cannot run a mutating command", async () => {
  const { name, tokens } = await createCluster(base, "viewer");
  expect(tokens.viewer, "init answers a viewer link").toBeTruthy();
  const viewer = await openCluster(browser, base, name, tokens.viewer, "Vera");
  await until(
    "the viewer role",
    () => viewer.locator("#role").textContent(),
    (t) => (t ?? "").includes("viewer"),
  );
  expect(await viewer.locator(".viewer-note").isVisible()).toBe(true);
  await typeCommand(viewer, "kubectl create deployment sneaky --image=nginx");
  expect(await terminalText(viewer)).not.toContain("$ kubectl create");
  // Past the page: the same command sent on the viewer's socket is refused by the cluster.
  const refused = await viewer.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const k = (
          window as unknown as { kubeplay: { session: { on(h: object): void; send(m: object): void } } }
        ).kubeplay;
        k.session.on({
          done: (_id: string, code: number) => resolve(`exit ${code}`),
          error: (message: string) => resolve(`error ${message}`),
        });
        k.session.send({ op: "command", id: "sneak", command: "create deployment sneaky --image=nginx" });
        setTimeout(() => resolve("no answer"), 10_000);
      }),
  );
  expect(refused).not.toBe("exit 0");
  expect(refused).not.toBe("no answer");
  const res = await fetch(`${base}/clusters/${name}/apis/apps/v1/namespaces/default/deployments/sneaky`, {
    headers: authHeaders(tokens.owner),
  });
  expect(res.status).toBe(404);
  await screenshot(viewer, "viewer");
  await viewer.context().close();
});

test("after the cluster Durable Object restarts, the page reconnects, shows the same state and keeps following", async () => {
  const { name, tokens } = await createCluster(base, "restart");
  const headers = authHeaders(tokens.owner);
  const deployments = `${base}/clusters/${name}/apis/apps/v1/namespaces/default/deployments`;
  expect(
    (await fetch(deployments, { method: "POST", headers, body: JSON.stringify(deployment("steady", 3)) }))
      .status,
  ).toBe(201);
  const page = await openCluster(browser, base, name, tokens.owner, "Rita");
  await until(
    "three steady pods Running",
    () => chipsOnNodes(page, "steady-", "Running"),
    (n) => n === 3,
    45_000,
  );
  const before = await page
    .locator('.node-card .chip[data-pod^="default/steady-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-pod")).sort());

  const crash = await fetch(`${base}/clusters/${name}/kubeplay/faults/crash`, {
    method: "POST",
    headers,
    body: JSON.stringify({ component: "apiserver" }),
  });
  expect(crash.status).toBe(200);
  await until(
    "a reconnect of the page's socket",
    () =>
      page.evaluate(
        () =>
          (window as unknown as { kubeplay: { connection: { reconnects: number } } }).kubeplay.connection
            .reconnects,
      ),
    (n) => n >= 1,
  );
  await expect.poll(() => page.locator("#connection").textContent(), { timeout: 20_000 }).toContain("live");
  const after = await page
    .locator('.node-card .chip[data-pod^="default/steady-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-pod")).sort());
  expect(after).toEqual(before);
  expect(await chipsOnNodes(page, "steady-", "Running")).toBe(3);

  // The watches resumed: a change made after the restart reaches the page.
  const scale = await fetch(`${deployments}/steady`, {
    method: "PATCH",
    headers: { ...headers, "content-type": "application/merge-patch+json" },
    body: JSON.stringify({ spec: { replicas: 5 } }),
  });
  expect(scale.status).toBe(200);
  await until(
    "five steady pods Running",
    () => chipsOnNodes(page, "steady-", "Running"),
    (n) => n === 5,
    45_000,
  );
  await screenshot(page, "after-restart");
  await page.context().close();
});
