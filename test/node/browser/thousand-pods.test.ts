/**
 * 1,000 pods converging with the page open, in headless Chromium: every pod ends up a Running chip
 * on its node card, the page throws nothing, and the frame behaviour is measured from inside the
 * page (requestAnimationFrame intervals, long tasks) and reported — a figure, not a timed
 * assertion: the machine is shared. Written to test-results/web-perf.json for review.
 */
import { expect, inject, test } from "vitest";
import { bundleWeight, measureWebConverge, writeReport } from "../../../bench/web.mjs";

const base = inject("baseUrl");

test("1,000 pods converge on the page: all shown Running, frames and long tasks measured", async () => {
  const figures = await measureWebConverge(base, { pods: 1000, nodes: 10, timeoutMs: 240_000 });
  const weight = bundleWeight();
  console.log(JSON.stringify({ figures, weight }));
  writeReport("test-results/web-perf.json", { figures, weight });
  expect(figures.pageErrors).toBe(0);
  expect(figures.frames).toBeGreaterThan(0);
  // the bundle stays light: what the first paint needs is small, the terminal comes after
  expect(weight.firstPaintKiB).toBeLessThan(60);
}, 300_000);
