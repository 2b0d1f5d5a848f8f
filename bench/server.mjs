// Starts the playground the way `npm start` does (wrangler dev on workerd, offline) for a benchmark,
// on a free port, and stops it afterwards.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * Where the benchmarks' Durable Object storage lives: a RAM disk (/dev/shm) when there is one, so
 * that the figures measure the control plane rather than the machine's fsync latency (on a shared
 * VM a flush costs milliseconds and varies with the neighbours' I/O); `KUBEPLAY_BENCH_STORAGE=disk`
 * keeps it on disk.
 */
export const STORAGE =
  process.env.KUBEPLAY_BENCH_STORAGE !== "disk" && existsSync("/dev/shm") ? "tmpfs" : "disk";

/** `storage: "tmpfs"` puts the storage on the RAM disk (benchmarks); tests keep the default, disk. */
export async function startPlayground({ storage = "disk" } = {}) {
  const port = await freePort();
  // A fresh storage directory: no cluster of an earlier run wakes up beside this one.
  const state = mkdtempSync(join(storage === "tmpfs" ? "/dev/shm" : tmpdir(), "kubeplay-state-"));
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), KUBEPLAY_PERSIST_TO: state },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // The last 64 KiB of the server's output, for the error when it does not start.
  let log = "";
  const keep = (d) => {
    log = (log + d).slice(-65536);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`playground did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    cpuSeconds: () => runtimeCpuSeconds(child.pid),
    stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // gone
      }
      // Removed once the server is down, or at the latest when this process exits (a RAM disk
      // left behind by a 10,000-pod run holds over half a gigabyte).
      const remove = () => rmSync(state, { recursive: true, force: true });
      setTimeout(remove, 1000).unref();
      process.once("exit", remove);
    },
  };
}

/** The processes below `pid` (Linux /proc), children first. */
function descendants(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop();
    try {
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        for (const k of kids ? kids.split(/\s+/).map(Number) : []) {
          out.push(k);
          stack.push(k);
        }
      }
    } catch {
      // gone, or not Linux
    }
  }
  return out;
}

/**
 * CPU seconds (user + system) the workerd processes under `pid` have used so far, or null where
 * /proc is not there. On a machine shared with others, the CPU a convergence costs is a steadier
 * figure than its wall-clock time.
 */
function runtimeCpuSeconds(pid) {
  let ticks = 0;
  let found = false;
  for (const p of descendants(pid)) {
    try {
      if (readFileSync(`/proc/${p}/comm`, "utf8").trim() !== "workerd") continue;
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (clock ticks, 100 a second)
      found = true;
    } catch {
      // gone
    }
  }
  return found ? ticks / 100 : null;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function median(values) {
  return percentile(values, 50);
}

export function report(bench, figure, fields) {
  const rounded = {};
  for (const [k, v] of Object.entries(fields))
    rounded[k] = typeof v === "number" ? Math.round(v * 1000) / 1000 : v;
  console.log(JSON.stringify({ bench, figure, ...rounded }));
}

/** The Deployment the benchmarks create: nginx pods with small requests, labelled `app: NAME`. */
export function benchDeployment(name, replicas, container) {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            { name: container, image: "nginx", resources: { requests: { cpu: "10m", memory: "16Mi" } } },
          ],
        },
      },
    },
  };
}

/** A pool of `count` nodes of 8 CPUs and 32 GiB over three zones, each with its own pod CIDR. */
export function benchNodes(count) {
  return Array.from({ length: count }, (_, i) => ({
    name: `node-${i + 1}`,
    cpu: "8",
    memory: "32Gi",
    pods: 110,
    zone: `zone-${"abc"[i % 3]}`,
    podCIDR: `10.${244 + ((i + 1) >> 8)}.${(i + 1) & 255}.0/24`,
  }));
}
