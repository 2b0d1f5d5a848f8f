/** `kubectl top node|pod`: metrics.k8s.io, as the simulated kubelets report them. */
import { objectAt } from "../../k8s/json";
import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { milliValue, parseQuantity, value } from "../../k8s/quantity";
import { ApiStatusError, KubectlError } from "../api";
import { ALL_NAMESPACES_FLAG, type Command, type Ctx, SELECTOR_FLAG } from "../command";
import { tabulate } from "../output/tabwriter";

function milli(q: JsonValue | undefined): number {
  const parsed = parseQuantity(String(q ?? "0"));
  return parsed ? Number(milliValue(parsed)) : 0;
}

function bytes(q: JsonValue | undefined): number {
  const parsed = parseQuantity(String(q ?? "0"));
  return parsed ? Number(value(parsed)) : 0;
}

const cpu = (m: number) => `${Math.round(m)}m`;
const mem = (b: number) => `${Math.floor(b / (1024 * 1024))}Mi`;

async function metrics(ctx: Ctx, path: string, query: Record<string, string>): Promise<JsonObject[]> {
  try {
    const list = await ctx.api.json(`/apis/metrics.k8s.io/v1beta1${path}`, { query });
    return Array.isArray(list.items) ? list.items.filter(isJsonObject) : [];
  } catch (e) {
    if (e instanceof ApiStatusError && (e.code === 404 || e.code === 503))
      throw new KubectlError("Metrics API not available");
    throw e;
  }
}

const topNode: Command = {
  name: "node",
  aliases: ["nodes", "no"],
  short: "Display resource (CPU/memory) usage of nodes",
  usage: "[NAME | -l label] [options]",
  flags: [
    SELECTOR_FLAG,
    { name: "no-headers", type: "bool", usage: "If present, print output without headers" },
  ],
  async run(ctx) {
    const items = await metrics(ctx, "/nodes", { labelSelector: ctx.flags.string("selector") });
    const nodes = await ctx.api.json("/api/v1/nodes");
    const alloc = new Map<string, JsonObject>();
    for (const n of Array.isArray(nodes.items) ? nodes.items.filter(isJsonObject) : [])
      alloc.set(String(objectAt(n.metadata).name), objectAt(objectAt(n.status).allocatable));
    const wanted = ctx.args[0];
    const rows = items
      .filter((m) => !wanted || objectAt(m.metadata).name === wanted)
      .map((m) => {
        const name = String(objectAt(m.metadata).name);
        const usage = objectAt(m.usage);
        const a = alloc.get(name) ?? {};
        const c = milli(usage.cpu);
        const b = bytes(usage.memory);
        const cPct = milli(a.cpu) ? `${Math.round((c / milli(a.cpu)) * 100)}%` : "<unknown>";
        const bPct = bytes(a.memory) ? `${Math.round((b / bytes(a.memory)) * 100)}%` : "<unknown>";
        return [name, cpu(c), cPct, mem(b), bPct];
      });
    if (wanted && rows.length === 0)
      throw new KubectlError(`nodemetrics.metrics.k8s.io "${wanted}" not found`);
    const header = ["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"];
    ctx.out(tabulate(ctx.flags.bool("no-headers") ? rows : [header, ...rows]));
    return 0;
  },
};

const topPod: Command = {
  name: "pod",
  aliases: ["pods", "po"],
  short: "Display resource (CPU/memory) usage of pods",
  usage: "[NAME | -l label] [options]",
  flags: [
    SELECTOR_FLAG,
    ALL_NAMESPACES_FLAG,
    { name: "containers", type: "bool", usage: "If present, print usage of containers within a pod." },
    { name: "no-headers", type: "bool", usage: "If present, print output without headers." },
    {
      name: "sort-by",
      type: "string",
      usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.",
    },
  ],
  async run(ctx) {
    const all = ctx.flags.bool("all-namespaces");
    const path = all ? "/pods" : `/namespaces/${ctx.namespace}/pods`;
    let items = await metrics(ctx, path, { labelSelector: ctx.flags.string("selector") });
    const wanted = ctx.args[0];
    if (wanted) items = items.filter((m) => objectAt(m.metadata).name === wanted);
    const sum = (m: JsonObject, f: (q: JsonValue | undefined) => number, key: string) =>
      (Array.isArray(m.containers) ? m.containers.filter(isJsonObject) : []).reduce(
        (s, c) => s + f(objectAt(c.usage)[key]),
        0,
      );
    const sortBy = ctx.flags.string("sort-by");
    if (sortBy === "cpu") items.sort((a, b) => sum(b, milli, "cpu") - sum(a, milli, "cpu"));
    if (sortBy === "memory") items.sort((a, b) => sum(b, bytes, "memory") - sum(a, bytes, "memory"));
    if (items.length === 0) {
      if (wanted) throw new KubectlError(`podmetrics.metrics.k8s.io "${ctx.namespace}/${wanted}" not found`);
      ctx.err(all ? "No resources found\n" : `No resources found in ${ctx.namespace} namespace.\n`);
      return 0;
    }
    const rows: string[][] = [];
    for (const m of items) {
      const meta = objectAt(m.metadata);
      const prefix = all ? [String(meta.namespace)] : [];
      if (ctx.flags.bool("containers")) {
        for (const c of Array.isArray(m.containers) ? m.containers.filter(isJsonObject) : [])
          rows.push([
            ...prefix,
            String(meta.name),
            String(c.name),
            cpu(milli(objectAt(c.usage).cpu)),
            mem(bytes(objectAt(c.usage).memory)),
          ]);
      } else
        rows.push([...prefix, String(meta.name), cpu(sum(m, milli, "cpu")), mem(sum(m, bytes, "memory"))]);
    }
    const header = [
      ...(all ? ["NAMESPACE"] : []),
      "NAME",
      ...(ctx.flags.bool("containers") ? ["NAME"] : []),
      "CPU(cores)",
      "MEMORY(bytes)",
    ];
    if (ctx.flags.bool("containers")) header[all ? 1 : 0] = "POD";
    ctx.out(tabulate(ctx.flags.bool("no-headers") ? rows : [header, ...rows]));
    return 0;
  },
};

export const topCommand: Command = {
  name: "top",
  short: "Display resource (CPU/memory) usage",
  group: "Cluster Management Commands",
  usage: "[flags] [options]",
  long: "Display resource (CPU/memory) usage.\n\n The top command allows you to see the resource consumption for nodes or pods.",
  subcommands: [topNode, topPod],
};
