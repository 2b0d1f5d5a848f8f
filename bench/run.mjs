// `npm run bench`: starts the playground as `npm start` does and runs each benchmark against it,
// printing one JSON line per figure. `npm run bench -- store` runs one; `--quick` runs fewer rounds.

import { benchConverge } from "./converge.mjs";
import { STORAGE, startPlayground } from "./server.mjs";
import { benchStore } from "./store.mjs";
import { benchWeb } from "./web.mjs";

const BENCHES = { store: benchStore, converge: benchConverge, web: benchWeb };
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const maxArg = args.find((a) => a.startsWith("--max="));
const max = maxArg ? Number(maxArg.slice("--max=".length)) : Number.POSITIVE_INFINITY;
const sizesArg = args.find((a) => a.startsWith("--sizes="));
const sizes = sizesArg ? sizesArg.slice("--sizes=".length).split(",").map(Number) : undefined;
const names = args.filter((a) => !a.startsWith("--"));
const selected = names.length ? names : Object.keys(BENCHES);

const server = await startPlayground({ storage: STORAGE });
try {
  for (const name of selected) {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`unknown benchmark ${name}; have ${Object.keys(BENCHES).join(", ")}`);
    await bench(server.base, { quick, max, sizes, cpuSeconds: server.cpuSeconds });
  }
} finally {
  server.stop();
}
