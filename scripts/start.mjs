#!/usr/bin/env node
// `npm start`: the playground on http://127.0.0.1:8787 (PORT overrides), run by wrangler dev on the
// embedded workerd runtime, fully offline: no Request.cf download, no metrics, no update checks.
import { spawn } from "node:child_process";

const port = process.env.PORT ?? "8787";
const env = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_SEND_ERROR_REPORTS: "false",
  CLOUDFLARE_TELEMETRY_DISABLED: "1",
  NO_UPDATE_NOTIFIER: "1",
};
const args = [
  "wrangler",
  "dev",
  "--ip",
  "127.0.0.1",
  "--port",
  port,
  "--local",
  "--show-interactive-dev-session=false",
];
// Where the clusters' Durable Object storage lives (default: .wrangler/state); tests and benchmarks
// point it at a fresh directory so that they start from an empty playground.
if (process.env.KUBEPLAY_PERSIST_TO) args.push("--persist-to", process.env.KUBEPLAY_PERSIST_TO);
const child = spawn("npx", args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
