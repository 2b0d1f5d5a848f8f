import type { Browser } from "playwright-core";

export interface WebConvergeFigures {
  pods: number;
  nodes: number;
  firstContentfulPaintMs: number;
  nodeCardsPaintedMs: number;
  convergedSeenByPageMs: number;
  frames: number;
  fps: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frameP99Ms: number;
  frameMaxMs: number;
  framesOver50Ms: number;
  longTasks: number;
  longTaskTotalMs: number;
  longTaskMaxMs: number;
  pageErrors: number;
}
export const CHROMIUM: string;
export function measureWebConverge(
  base: string,
  options?: { pods?: number; nodes?: number; browser?: Browser; timeoutMs?: number },
): Promise<WebConvergeFigures>;
export function bundleWeight(): Record<string, number>;
export function benchWeb(base: string, options?: { quick?: boolean; max?: number }): Promise<void>;
export function writeReport(path: string, data: unknown): void;
