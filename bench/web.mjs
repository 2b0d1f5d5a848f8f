// bench/web: the web client in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): first paint of a cluster's page, and how the page keeps up while 1,000 pods
// converge (zero simulated delays: the whole burst at once, the hardest case for the page).
// Frame timing comes from inside the page: requestAnimationFrame intervals and the long tasks a
// PerformanceObserver reports. Figures are measured and reported, never asserted on.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { benchDeployment, benchNodes, percentile, report } from "./server.mjs";

const assets = join(dirname(dirname(fileURLToPath(import.meta.url))), "web/public/assets");

export const CHROMIUM = "/usr/bin/chromium";

/** Installed before the page's own scripts: records frames, long tasks and paint times. */
function probe() {
  const w = window;
  const state = { frames: [], longTasks: [], recording: false, firstNodeCard: 0 };
  w.__kubeplayProbe = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (state.recording) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: false });
  } catch {
    // no long task API
  }
  let last = 0;
  const tick = (now) => {
    if (state.recording && last) state.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new MutationObserver((_m, observer) => {
    if (document.querySelector(".node-card")) {
      // the frame after the card is in the DOM is the one that paints it
      requestAnimationFrame(() => {
        state.firstNodeCard = performance.now();
      });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function json(res) {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * Opens a cluster's page, then creates a Deployment of `pods` replicas and waits until the page
 * shows them all Running on their nodes. Answers the figures.
 */
export async function measureWebConverge(
  base,
  { pods = 1000, nodes = 10, browser, timeoutMs = 240_000 } = {},
) {
  const own = !browser;
  const b =
    browser ?? (await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] }));
  const cluster = `bench-web-${pods}-${Date.now().toString(36)}`;
  await json(
    await fetch(`${base}/clusters/${cluster}/kubeplay/init`, {
      method: "POST",
      body: JSON.stringify({ nodes: benchNodes(nodes), settings: { speed: 0 }, open: true }),
    }),
  );
  const context = await b.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/c/${cluster}`);
    await page.waitForFunction(
      (n) => document.querySelectorAll(".node-card").length === n && window.__kubeplayProbe.firstNodeCard > 0,
      nodes,
      { timeout: 30_000 },
    );
    const paint = await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return { fcp: fcp ? fcp.startTime : Number.NaN, nodes: window.__kubeplayProbe.firstNodeCard };
    });
    // Let the terminal chunk load and the page settle before the burst.
    await page.waitForFunction(() => window.kubeplay?.shell, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__kubeplayProbe.recording = true;
    });
    const started = Date.now();
    await json(
      await fetch(`${base}/clusters/${cluster}/apis/apps/v1/namespaces/default/deployments`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(benchDeployment("burst", pods, "web")),
      }),
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('.node-card .chip[data-status="Running"]').length >= n,
      pods,
      { timeout: timeoutMs, polling: 250 },
    );
    const convergedMs = Date.now() - started;
    // One more second of the settled page, then stop recording.
    await page.waitForTimeout(1000);
    const probed = await page.evaluate(() => {
      const p = window.__kubeplayProbe;
      p.recording = false;
      return { frames: p.frames, longTasks: p.longTasks };
    });
    const frames = probed.frames;
    const long = probed.longTasks.map((t) => t.duration);
    const recordedMs = frames.reduce((a, b) => a + b, 0);
    return {
      pods,
      nodes,
      firstContentfulPaintMs: paint.fcp,
      nodeCardsPaintedMs: paint.nodes,
      convergedSeenByPageMs: convergedMs,
      frames: frames.length,
      fps: recordedMs ? (frames.length * 1000) / recordedMs : 0,
      frameP50Ms: percentile(frames, 50),
      frameP95Ms: percentile(frames, 95),
      frameP99Ms: percentile(frames, 99),
      frameMaxMs: frames.length ? Math.max(...frames) : 0,
      framesOver50Ms: frames.filter((f) => f > 50).length,
      longTasks: long.length,
      longTaskTotalMs: long.reduce((a, b) => a + b, 0),
      longTaskMaxMs: long.length ? Math.max(...long) : 0,
      pageErrors: errors.length,
    };
  } finally {
    await context.close();
    if (own) await b.close();
  }
}

/** Writes figures as JSON (e.g. under test-results/ for review), creating the folder. */
export function writeReport(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** What the built client weighs, gzipped (KiB): what the first paint needs, and the rest. */
export function bundleWeight() {
  const kib = (file) => gzipSync(readFileSync(join(assets, file))).length / 1024;
  const chunks = readdirSync(join(assets, "chunks")).filter((f) => f.endsWith(".js"));
  const terminal = chunks.filter((f) => f.startsWith("shell-")).reduce((a, f) => a + kib(`chunks/${f}`), 0);
  const yaml = chunks.filter((f) => f.startsWith("browser-")).reduce((a, f) => a + kib(`chunks/${f}`), 0);
  const all = chunks.reduce((a, f) => a + kib(`chunks/${f}`), 0) + kib("main.js") + kib("main.css");
  return {
    firstPaintKiB: kib("main.js") + kib("main.css"),
    mainJsKiB: kib("main.js"),
    mainCssKiB: kib("main.css"),
    terminalChunkKiB: terminal,
    yamlChunkKiB: yaml,
    totalKiB: all,
  };
}

export async function benchWeb(base, { quick, max } = {}) {
  report("bench/web", "bundle weight, gzip", bundleWeight());
  const pods = Math.min(quick ? 300 : 1000, max ?? Number.POSITIVE_INFINITY);
  const figures = await measureWebConverge(base, { pods, nodes: Math.max(3, Math.ceil(pods / 100)) });
  report("bench/web", "first paint of the cluster view", {
    firstContentfulPaintMs: figures.firstContentfulPaintMs,
    nodeCardsPaintedMs: figures.nodeCardsPaintedMs,
  });
  const { firstContentfulPaintMs: _f, nodeCardsPaintedMs: _n, ...converge } = figures;
  report("bench/web", `frames while ${pods} pods converge`, converge);
}
