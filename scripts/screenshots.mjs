#!/usr/bin/env node
// Retakes the web client's screenshots in docs/images/ (docs/web-client.md shows them), in
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) at 1280x800.
//
//   node scripts/screenshots.mjs                 starts a playground (as npm start does) for the run
//   BASE=http://127.0.0.1:8787 node scripts/screenshots.mjs   uses a running one
//
// It creates a cluster from the landing page, fills it with a scene (a Deployment with a Service,
// a pod that crashes, a pod too big for any node, a cordoned node), then photographs each view.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPlayground } from "../bench/server.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, "docs/images");
const viewport = { width: 1280, height: 800 };
mkdirSync(out, { recursive: true });

const server = process.env.BASE ? undefined : await startPlayground();
const base = process.env.BASE ?? server.base;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox"],
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const shot = async (page, name, options = {}) => {
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, ...options });
  console.log(`docs/images/${name}.png`);
};
const as = (name, color) => (context) =>
  context.addInitScript(
    (identity) => localStorage.setItem("kubeplay.identity", identity),
    JSON.stringify({ name, color }),
  );

async function typeLine(page, line) {
  await page.click("#terminal .xterm");
  await page.keyboard.type(line, { delay: 8 });
  await page.keyboard.press("Enter");
}

async function terminalHas(page, text, timeout = 30_000) {
  await page.waitForFunction(
    (t) => {
      const buffer = window.kubeplay?.shell?.term.buffer.active;
      if (!buffer) return false;
      let all = "";
      for (let i = 0; i < buffer.length; i++) all += `${buffer.getLine(i)?.translateToString(true) ?? ""}\n`;
      return all.includes(t);
    },
    text,
    { timeout },
  );
}

try {
  // ---- landing: create a cluster, its three links --------------------------------------------
  const owner = await browser.newContext({ viewport });
  await as("Ada", "#e91e63")(owner);
  const page = await owner.newPage();
  await page.goto(`${base}/`);
  const name = `demo-${Date.now().toString(36).slice(-5)}`;
  await page.fill("#new-name", name);
  await page.click("#create");
  await page.waitForSelector("#open-created", { timeout: 20_000 });
  await shot(page, "landing");
  const links = Object.fromEntries(
    await page
      .locator("table.links tr")
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute("data-role"), r.querySelector("a")?.href ?? ""]),
      ),
  );

  // ---- the scene -----------------------------------------------------------------------------
  await page.click("#open-created");
  await page.waitForSelector(".node-card", { timeout: 20_000 });
  await page.waitForFunction(() => window.kubeplay?.shell);
  const grace = await browser.newContext({ viewport });
  await as("Grace", "#009688")(grace);
  const gracePage = await grace.newPage();
  await gracePage.goto(links.editor);
  await gracePage.waitForSelector(".node-card", { timeout: 20_000 });

  const apply = async (yaml) => {
    await page.fill("#editor", yaml.join("\n"));
    await page.click("#editor-apply");
  };
  await apply([
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: web",
    "spec:",
    "  replicas: 5",
    "  selector:",
    "    matchLabels: {app: web}",
    "  template:",
    "    metadata:",
    "      labels: {app: web}",
    "    spec:",
    "      containers:",
    "      - name: nginx",
    "        image: nginx",
    "        resources:",
    "          requests: {cpu: 150m, memory: 256Mi}",
  ]);
  await terminalHas(page, "deployment.apps/web created");
  await typeLine(page, "kubectl expose deployment web --port=80");
  await terminalHas(page, "service/web exposed");
  await typeLine(gracePage, "kubectl run crashy --image=busybox --restart=Always -- sh -c 'exit 1'");
  await typeLine(page, "kubectl cordon node-3");
  await terminalHas(page, "node/node-3 cordoned");
  await apply([
    "apiVersion: v1",
    "kind: Pod",
    "metadata:",
    "  name: too-big",
    "spec:",
    "  containers:",
    "  - name: app",
    "    image: nginx",
    "    resources:",
    "      requests: {cpu: '4', memory: 1Gi}",
  ]);
  await terminalHas(page, "pod/too-big created");
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.node-card .chip[data-pod^="default/web-"][data-status="Running"]')
        .length === 5,
    null,
    { timeout: 60_000 },
  );
  await sleep(6000); // crashy reaches CrashLoopBackOff
  await typeLine(page, "kubectl get pods");
  await terminalHas(page, "too-big");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "cluster");

  // ---- the terminal ---------------------------------------------------------------------------
  await page.locator(".area-term").screenshot({ path: join(out, "terminal.png") });
  console.log("docs/images/terminal.png");

  // ---- the control plane at work: a scale, its messages in flight ------------------------------
  await page.click(".flow-details summary");
  await typeLine(page, "kubectl scale deployment web --replicas=7");
  await sleep(650);
  await page.locator(".area-cp").screenshot({ path: join(out, "control-plane.png") });
  console.log("docs/images/control-plane.png");

  // ---- a pod's story --------------------------------------------------------------------------
  await sleep(3000);
  await page.locator('.node-card .chip[data-pod^="default/web-"]').first().click();
  await page.waitForSelector("dialog.pod-story[open] table.explain", { timeout: 10_000 });
  await sleep(500);
  await shot(page, "pod-story");
  await page.keyboard.press("Escape");

  // ---- the side panels: workloads, services, feed -----------------------------------------------
  await gracePage.click("#tab-feed");
  await sleep(500);
  await gracePage.locator(".area-side").screenshot({ path: join(out, "feed.png") });
  console.log("docs/images/feed.png");
  await page.click("#tab-services");
  await sleep(500);
  await page.locator(".area-side").screenshot({ path: join(out, "services.png") });
  console.log("docs/images/services.png");

  // ---- viewer mode ---------------------------------------------------------------------------
  const viewer = await browser.newContext({ viewport });
  await as("Vera", "#3f51b5")(viewer);
  const viewerPage = await viewer.newPage();
  await viewerPage.goto(links.viewer);
  await viewerPage.waitForSelector(".viewer-note:not([hidden])", { timeout: 20_000 });
  await sleep(1500);
  await shot(viewerPage, "viewer");

  // ---- a narrow window -----------------------------------------------------------------------
  const narrow = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await as("Nina", "#ff9800")(narrow);
  const narrowPage = await narrow.newPage();
  await narrowPage.goto(links.editor);
  await narrowPage.waitForSelector(".node-card .chip", { timeout: 20_000 });
  await sleep(1500);
  await shot(narrowPage, "narrow");
} finally {
  await browser.close();
  server?.stop();
}
