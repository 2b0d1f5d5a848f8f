// bench/converge: time from creating a Deployment to all its pods Running, as a watcher sees it,
// with zero simulated delays; and the scheduler's own rate (pods bound per second).
// Sizes: 3 pods on 3 nodes, 100 on 10, 1,000 on 100, 10,000 on 1,000 (`--max N` caps the pods).
import { report } from "./server.mjs";

function nodes(count) {
  return Array.from({ length: count }, (_, i) => ({
    name: `node-${i + 1}`,
    cpu: "8",
    memory: "32Gi",
    pods: 110,
    zone: `zone-${"abc"[i % 3]}`,
    podCIDR: `10.${244 + ((i + 1) >> 8)}.${(i + 1) & 255}.0/24`,
  }));
}

async function json(res) {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** A participant's socket watching pods and nodes; reconnects (resuming nothing: counts are sets). */
function watchPods(base, cluster, onEvent) {
  let ws;
  let closed = false;
  const open = () => {
    ws = new WebSocket(`${base.replace("http", "ws")}/clusters/${cluster}/ws`);
    ws.addEventListener("open", () => {
      ws.send(JSON.stringify({ op: "watch", id: "pods", resource: "pods", namespace: "default" }));
      ws.send(JSON.stringify({ op: "watch", id: "nodes", resource: "nodes" }));
    });
    ws.addEventListener("message", (e) => {
      const msg = JSON.parse(e.data);
      for (const m of msg.op === "batch" ? msg.messages : [msg]) onEvent(m);
    });
    ws.addEventListener("error", () => {});
    ws.addEventListener("close", () => {
      if (!closed) setTimeout(open, 500);
    });
  };
  open();
  return {
    close() {
      closed = true;
      ws.close();
    },
  };
}

async function converge(base, podCount, nodeCount, timeoutMs) {
  const cluster = `bench-converge-${podCount}-${Date.now().toString(36)}`;
  await json(
    await fetch(`${base}/clusters/${cluster}/kubeplay/init`, {
      method: "POST",
      body: JSON.stringify({ components: true, nodes: nodes(nodeCount), settings: { speed: 0 }, open: true }),
    }),
  );
  const running = new Set();
  const bound = new Map();
  const ready = new Set();
  let firstBind = 0;
  let lastBind = 0;
  const ws = watchPods(base, cluster, (msg) => {
    if (msg.op !== "event") return;
    const obj = msg.object;
    if (msg.watch === "nodes") {
      if (msg.type !== "DELETED") ready.add(obj.metadata.name);
      return;
    }
    const name = obj.metadata.name;
    if (obj.spec?.nodeName && !bound.has(name)) {
      const t = performance.now();
      bound.set(name, t);
      if (!firstBind) firstBind = t;
      lastBind = t;
    }
    if (msg.type !== "DELETED" && obj.status?.phase === "Running") running.add(name);
  });
  const registerStart = performance.now();
  const deadline = Date.now() + timeoutMs;
  while (ready.size < nodeCount && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const registerMs = performance.now() - registerStart;
  const t0 = performance.now();
  await json(
    await fetch(`${base}/clusters/${cluster}/apis/apps/v1/namespaces/default/deployments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "bench" },
        spec: {
          replicas: podCount,
          selector: { matchLabels: { app: "bench" } },
          template: {
            metadata: { labels: { app: "bench" } },
            spec: {
              containers: [
                { name: "app", image: "nginx", resources: { requests: { cpu: "10m", memory: "16Mi" } } },
              ],
            },
          },
        },
      }),
    }),
  );
  while (running.size < podCount && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - t0) / 1000;
  ws.close();
  const done = running.size >= podCount;
  report("converge", "deployment_to_all_running_s", {
    pods: podCount,
    nodes: nodeCount,
    seconds: done ? seconds : null,
    running: running.size,
    node_registration_s: registerMs / 1000,
    timed_out: !done,
  });
  const bindSeconds = (lastBind - firstBind) / 1000;
  const stats = await json(await fetch(`${base}/clusters/${cluster}/kubeplay/scheduler`));
  report("converge", "scheduler_pods_per_second", {
    pods: stats.scheduled,
    nodes: nodeCount,
    // The scheduler's own rate: pods placed per second spent filtering, scoring and choosing.
    deciding_pods_per_s: stats.podsPerSecond,
    // As a watcher sees the bindings land (only meaningful for the larger runs).
    observed_binds_per_s: bound.size >= 1000 && bindSeconds > 0 ? (bound.size - 1) / bindSeconds : null,
  });
}

export async function benchConverge(
  base,
  { quick = false, max = Number.POSITIVE_INFINITY, sizes: only } = {},
) {
  const sizes = [
    [3, 3],
    [100, 10],
    [1000, 100],
    [10000, 1000],
  ].filter(([pods]) => pods <= (quick ? 1000 : max) && (!only || only.includes(pods)));
  for (const [pods, nodeCount] of sizes)
    await converge(base, pods, nodeCount, pods >= 10000 ? 600_000 : 180_000);
}
