import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Two projects:
// - `workerd`: unit, API server and control-plane tests, inside workerd next to the real Durable
//   Objects of wrangler.toml.
// - `node`: tests that drive the playground from outside, as its users do (the real kubectl binary,
//   client libraries, a real browser), against one `npm start` server started by the global setup.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: { KUBEPLAY_TEST: "1" } },
          }),
        ],
        test: {
          name: "workerd",
          include: ["test/{unit,apiserver,control-plane,session}/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "node",
          environment: "node",
          include: ["test/node/**/*.test.ts"],
          globalSetup: ["test/node/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One playground server is shared; files run one after another to keep the 2 cores calm.
          fileParallelism: false,
        },
      },
    ],
  },
});
