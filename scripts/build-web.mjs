#!/usr/bin/env node
// Builds the web client: web/src/main.ts (TypeScript, CSS) bundled by esbuild into web/public/assets/.
// wrangler runs it before `wrangler dev` (npm start) and `wrangler deploy` ([build] in wrangler.toml).
// `--watch` rebuilds on change. Prints what the bundle weighs, gzipped.
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = `${root}/web/public/assets`;

/**
 * The browser's ClusterClient reads lib/k8s/kinds.ts for paths (plural, group, scope), and that
 * table also names the API server's defaulting and validation functions, which the page never
 * calls. They stay out of the bundle: imported from kinds.ts, each such module becomes stubs of
 * its exported functions (answering "no causes"). About a third of main.js.
 */
const serverOnly = {
  name: "server-only-kind-functions",
  setup(b) {
    b.onResolve({ filter: /^\.\/(validation|defaults)\// }, (args) => {
      if (!args.importer.endsWith("lib/k8s/kinds.ts")) return undefined;
      return { path: resolve(dirname(args.importer), `${args.path}.ts`), namespace: "server-only" };
    });
    b.onLoad({ filter: /.*/, namespace: "server-only" }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const names = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
      return {
        contents: names.map((n) => `export function ${n}() { return []; }`).join("\n"),
        loader: "js",
      };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ["web/src/main.ts"],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  target: "es2022",
  minify: process.env.MINIFY !== "0",
  sourcemap: "linked",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  legalComments: "none",
  plugins: [serverOnly],
  logLevel: "warning",
});

let total = 0;
const lines = [];
for (const file of Object.keys(result.metafile.outputs)) {
  if (file.endsWith(".map")) continue;
  const gz = gzipSync(await readFile(`${root}/${file}`)).length;
  total += gz;
  lines.push(`  ${relative("web/public", file).padEnd(40)} ${(gz / 1024).toFixed(1)} KiB gzip`);
}
console.log(`web client built into web/public/assets (${(total / 1024).toFixed(1)} KiB gzip in all)`);
for (const line of lines) console.log(line);
