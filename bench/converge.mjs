// bench/converge: time from creating a Deployment to all its pods Running, as a watcher sees it,
// with zero simulated delays; the time for the nodes to register and become Ready; and the
// scheduler's own rate (pods bound per second).
// Sizes: 3 pods on 3 nodes, 100 on 10, 1,000 on 100, 10,000 on 1,000 (`--max N` caps the pods).
//
// Every phase has a deadline, so a run always ends and always prints its JSON lines: a phase that
// did not finish says `timed_out: true` and how far it got. Progress goes to stderr every 5 s.
import { benchDeployment, benchNodes, report, STORAGE } from "./server.mjs";

/** Deadlines per phase: nodes Ready, then Deployment → all Running. */
function budgets(pods, nodeCount) {
  return {
    registerMs: Math.max(60_000, nodeCount * 120),
    convergeMs: Math.max(60_000, pods * 30),
  };
}

async function json(res) {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** fetch with a deadline: a request the cluster never answers fails instead of hanging the run. */
function request(url, init = {}, timeoutMs = 60_000) {
  return fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

/** The cluster's revision: how many writes it has committed. */
async function revision(C) {
  try {
    const list = await json(await request(`${C}/api/v1/namespaces/default/configmaps?limit=1`, {}, 30_000));
    return Number(list.metadata.resourceVersion);
  } catch {
    return null;
  }
}

const log = (...args) => console.error(`[converge ${new Date().toISOString().slice(11, 19)}]`, ...args);

/** A participant's socket watching pods and nodes; reconnects (resuming nothing: counts are sets). */
function watchPods(base, cluster, onEvent) {
  let ws;
  let closed = false;
  let drops = 0;
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
    ws.addEventListener("error", (e) => {
      if (!closed) log("watcher socket error:", e.message ?? e.error?.message ?? "");
    });
    ws.addEventListener("close", (e) => {
      if (closed) return;
      drops += 1;
      log(`watcher socket closed (${e.code} ${e.reason}); reconnecting`);
      setTimeout(open, 500);
    });
  };
  open();
  return {
    get drops() {
      return drops;
    },
    close() {
      closed = true;
      ws.close();
    },
  };
}

function isReady(node) {
  const conditions = node.status?.conditions ?? [];
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}

/**
 * Waits for `condition` until `deadline`, logging progress every 5 s. Gives up early when the
 * runtime is gone: its CPU counter going back means the workerd process died (and another, or
 * none, took its place), and nothing will converge any more.
 */
async function until(condition, deadline, progress, runtime) {
  let lastLog = Date.now();
  while (!condition() && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    if (Date.now() - lastLog >= 5000) {
      lastLog = Date.now();
      log(progress());
      if (runtime.crashed()) {
        log("the runtime (workerd) crashed: giving up on this phase");
        break;
      }
    }
  }
  return condition();
}

/** Watches the runtime's CPU counter: it only grows while the same workerd runs. */
function runtimeWatch(cpuSeconds) {
  let last = cpuSeconds();
  let crashed = false;
  return {
    crashed() {
      const now = cpuSeconds();
      if (last !== null && (now === null || now < last)) crashed = true;
      last = now;
      return crashed;
    },
  };
}

async function converge(base, podCount, nodeCount, cpuSeconds) {
  const { registerMs, convergeMs } = budgets(podCount, nodeCount);
  const cluster = `bench-converge-${podCount}-${Date.now().toString(36)}`;
  const C = `${base}/clusters/${cluster}`;
  const initAt = performance.now();
  const cpuAtInit = cpuSeconds();
  const runtime = runtimeWatch(cpuSeconds);
  await json(
    await request(`${C}/kubeplay/init`, {
      method: "POST",
      body: JSON.stringify({
        components: true,
        nodes: benchNodes(nodeCount),
        settings: { speed: 0 },
        open: true,
      }),
    }),
  );
  const seen = new Set();
  const running = new Set();
  const bound = new Map();
  const ready = new Set();
  const marks = { created: 0, bound: 0, running: 0 };
  let firstBind = 0;
  let lastBind = 0;
  const ws = watchPods(base, cluster, (msg) => {
    if (msg.op !== "event") return;
    const obj = msg.object;
    if (msg.watch === "nodes") {
      if (msg.type !== "DELETED" && isReady(obj)) ready.add(obj.metadata.name);
      else ready.delete(obj.metadata.name);
      return;
    }
    if (msg.type === "DELETED" || msg.type === "BOOKMARK" || msg.type === "ERROR") return;
    const name = obj.metadata.name;
    const t = performance.now();
    if (!seen.has(name)) {
      seen.add(name);
      if (seen.size === podCount) marks.created = t;
    }
    if (obj.spec?.nodeName && !bound.has(name)) {
      bound.set(name, t);
      if (!firstBind) firstBind = t;
      lastBind = t;
      if (bound.size === podCount) marks.bound = t;
    }
    if (obj.status?.phase === "Running" && !running.has(name)) {
      running.add(name);
      if (running.size === podCount) marks.running = t;
    }
  });

  // 1. The nodes register (each kubelet creates its Node and Lease) and report Ready.
  const allReady = await until(
    () => ready.size >= nodeCount,
    Date.now() + registerMs,
    () => `${podCount}/${nodeCount}: ${ready.size} of ${nodeCount} nodes Ready`,
    runtime,
  );
  const registerSeconds = (performance.now() - initAt) / 1000;
  const cpuAtDeployment = cpuSeconds();
  const cpuSince = (at, now = cpuSeconds()) =>
    at === null || now === null || now < at || runtime.crashed() ? null : now - at;
  report("converge", "nodes_ready_s", {
    pods: podCount,
    nodes: nodeCount,
    seconds: allReady ? registerSeconds : null,
    ready: ready.size,
    timed_out: !allReady,
    runtime_crashed: runtime.crashed(),
    // CPU seconds the runtime spent meanwhile: steadier than wall time on a shared machine.
    runtime_cpu_s: cpuSince(cpuAtInit, cpuAtDeployment),
    storage: STORAGE,
  });

  // 2. The Deployment, and every pod Running (on whatever nodes are Ready, should some be missing).
  const revisionBefore = await revision(C);
  const t0 = performance.now();
  let error = null;
  try {
    await json(
      await request(`${C}/apis/apps/v1/namespaces/default/deployments`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(benchDeployment("bench", podCount, "app")),
      }),
    );
  } catch (e) {
    error = String(e?.message ?? e);
  }
  const done =
    error === null &&
    (await until(
      () => running.size >= podCount,
      Date.now() + convergeMs,
      () =>
        `${podCount}/${nodeCount}: ${seen.size} created, ${bound.size} bound, ${running.size} Running after ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      runtime,
    ));
  const seconds = (performance.now() - t0) / 1000;
  const convergeCpu = cpuSince(cpuAtDeployment);
  const revisionAfter = await revision(C);
  const writes = revisionBefore === null || revisionAfter === null ? null : revisionAfter - revisionBefore;
  const since = (t) => (t ? (t - t0) / 1000 : null);
  report("converge", "deployment_to_all_running_s", {
    pods: podCount,
    nodes: nodeCount,
    seconds: done ? seconds : null,
    // Milestones as the watcher saw them: every pod created, bound, Running.
    all_created_s: since(marks.created),
    all_bound_s: since(marks.bound),
    created: seen.size,
    bound: bound.size,
    running: running.size,
    nodes_ready: ready.size,
    watcher_drops: ws.drops,
    runtime_cpu_s: convergeCpu,
    // Every write the cluster committed meanwhile (heartbeats included), and per pod.
    writes,
    writes_per_pod: writes === null ? null : writes / podCount,
    timed_out: error === null && !done,
    runtime_crashed: runtime.crashed(),
    storage: STORAGE,
    ...(error ? { error } : {}),
  });
  ws.close();

  const bindSeconds = (lastBind - firstBind) / 1000;
  try {
    const stats = await json(await request(`${C}/kubeplay/scheduler`, {}, 30_000));
    report("converge", "scheduler_pods_per_second", {
      pods: stats.scheduled,
      nodes: nodeCount,
      // The scheduler's own rate: pods placed per second spent filtering, scoring and choosing.
      deciding_pods_per_s: stats.podsPerSecond,
      // As a watcher sees the bindings land (only meaningful for the larger runs).
      observed_binds_per_s: bound.size >= 1000 && bindSeconds > 0 ? (bound.size - 1) / bindSeconds : null,
    });
  } catch (e) {
    report("converge", "scheduler_pods_per_second", { nodes: nodeCount, error: String(e?.message ?? e) });
  }
  // Let the cluster sleep at once, so that its kubelets' heartbeats do not weigh on the next size.
  await request(`${C}/kubeplay/settings`, { method: "PATCH", body: JSON.stringify({ idleMs: 0 }) }, 30_000)
    .then((r) => r.text())
    .catch(() => {});
}

export async function benchConverge(
  base,
  { quick = false, max = Number.POSITIVE_INFINITY, sizes: only, cpuSeconds = () => null } = {},
) {
  const sizes = [
    [3, 3],
    [100, 10],
    [1000, 100],
    [10000, 1000],
  ].filter(([pods]) => pods <= (quick ? 1000 : max) && (!only || only.includes(pods)));
  for (const [pods, nodeCount] of sizes) await converge(base, pods, nodeCount, cpuSeconds);
}
