// bench/store: the cluster Durable Object as a store. Prints one JSON line per figure:
//  - sequential write latency p50/p99 (HTTP create of ~1 KB ConfigMaps, one at a time)
//  - writes/s with 16 concurrent writers of ~1 KB objects
//  - write-to-watch-delivery latency p50/p99 with 1, 10 and 100 watchers (WebSocket watches)
import { percentile, report } from "./server.mjs";

const PAYLOAD = "x".repeat(800); // with metadata, about 1 KB stored

function configMap(name, extra = {}) {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: { payload: PAYLOAD, ...extra } };
}

async function post(base, cluster, body) {
  const res = await fetch(`${base}/clusters/${cluster}/api/v1/namespaces/default/configmaps`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return res.json();
}

async function sequentialWrites(base, rounds) {
  const cluster = `bench-seq-${Date.now()}`;
  for (let i = 0; i < 20; i++) await post(base, cluster, configMap(`warm-${i}`));
  const latencies = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await post(base, cluster, configMap(`cm-${i}`));
    latencies.push(performance.now() - t0);
  }
  report("store", "sequential_write_latency_ms", {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    n: rounds,
  });
}

async function concurrentWrites(base, writers, perWriter) {
  const cluster = `bench-conc-${Date.now()}`;
  for (let i = 0; i < 20; i++) await post(base, cluster, configMap(`warm-${i}`));
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) await post(base, cluster, configMap(`w${w}-${i}`));
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  report("store", "concurrent_writes_per_second", {
    writers,
    writes: writers * perWriter,
    writes_per_s: (writers * perWriter) / seconds,
  });
}

function openWatch(base, cluster, onEvent) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${base.replace("http", "ws")}/clusters/${cluster}/ws`);
    ws.addEventListener("open", () => {
      ws.send(
        JSON.stringify({
          op: "watch",
          id: "w",
          resource: "configmaps",
          namespace: "default",
          resourceVersion: "0",
        }),
      );
      resolve(ws);
    });
    ws.addEventListener("message", (e) => {
      const msg = JSON.parse(e.data);
      for (const m of msg.op === "batch" ? msg.messages : [msg]) onEvent(m);
    });
    ws.addEventListener("error", reject);
  });
}

async function watchDelivery(base, watchers, rounds) {
  const cluster = `bench-watch-${watchers}-${Date.now()}`;
  await post(base, cluster, configMap("warm"));
  const sentAt = new Map();
  const latencies = [];
  let received = 0;
  const sockets = [];
  for (let i = 0; i < watchers; i++) {
    sockets.push(
      await openWatch(base, cluster, (msg) => {
        if (msg.op !== "event" || msg.type !== "ADDED") return;
        const t = sentAt.get(msg.object.metadata.name);
        if (t === undefined) return;
        latencies.push(performance.now() - t);
        received += 1;
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < rounds; i++) {
    const name = `cm-${i}`;
    const target = received + watchers;
    sentAt.set(name, performance.now());
    await post(base, cluster, configMap(name));
    const deadline = Date.now() + 10_000;
    while (received < target && Date.now() < deadline) await new Promise((r) => setImmediate(r));
  }
  for (const ws of sockets) ws.close();
  report("store", "write_to_watch_latency_ms", {
    watchers,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    deliveries: latencies.length,
    expected: watchers * rounds,
  });
}

export async function benchStore(base, { quick = false } = {}) {
  await sequentialWrites(base, quick ? 100 : 500);
  await concurrentWrites(base, 16, quick ? 20 : 100);
  for (const watchers of [1, 10, 100]) await watchDelivery(base, watchers, quick ? 30 : 100);
}
