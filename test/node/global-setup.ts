/**
 * Starts the playground once for the `node` test project, the way the README says (`npm start`,
 * wrangler dev on workerd, offline), on a free port. Tests read its address with
 * `inject("baseUrl")`.
 */
import type { TestProject } from "vitest/node";
import { startPlayground } from "../../bench/server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const playground = await startPlayground();
  project.provide("baseUrl", playground.base);
  return () => playground.stop();
}
