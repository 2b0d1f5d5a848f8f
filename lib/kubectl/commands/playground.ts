/** The playground's own verbs, beside kubectl's: nodes, faults, speed, reset, flow (through io.playground). */
import { KubectlError } from "../api";
import { type Command, type Ctx, UsageError } from "../command";
import type { PlaygroundVerbs } from "../types";

const GROUP = "Playground Commands";

function verbs(ctx: Ctx): PlaygroundVerbs {
  if (!ctx.io.playground)
    throw new KubectlError(
      `'${ctx.commandPath.replace(/^kubectl /, "")}' is a playground command, and this terminal does not offer playground commands`,
    );
  return ctx.io.playground;
}

async function print(ctx: Ctx, text: Promise<string>): Promise<number> {
  const t = await text;
  ctx.out(t.endsWith("\n") || t === "" ? t : `${t}\n`);
  return 0;
}

function oneArg(ctx: Ctx, what: string): string {
  const a = ctx.args[0];
  if (!a || ctx.args.length > 1) throw new UsageError(`exactly one ${what} is required`);
  return a;
}

const nodeAdd: Command = {
  name: "add",
  short: "Add a simulated node (a machine with a kubelet) to the cluster",
  usage: "[--name NAME] [--cpu 4] [--memory 8Gi] [--pods 110] [--zone ZONE]",
  flags: [
    { name: "name", type: "string", usage: "The node's name (default: the next free node-N)" },
    { name: "cpu", type: "string", usage: "The node's CPU capacity, e.g. 4 or 3500m" },
    { name: "memory", type: "string", usage: "The node's memory capacity, e.g. 8Gi" },
    { name: "pods", type: "int", default: 0, usage: "How many pods the node accepts" },
    { name: "zone", type: "string", usage: "The node's topology.kubernetes.io/zone label" },
  ],
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError(`unexpected arguments: ${ctx.args.join(" ")} (use --name)`);
    const spec: Parameters<PlaygroundVerbs["addNode"]>[0] = {};
    if (ctx.flags.string("name")) spec.name = ctx.flags.string("name");
    if (ctx.flags.string("cpu")) spec.cpu = ctx.flags.string("cpu");
    if (ctx.flags.string("memory")) spec.memory = ctx.flags.string("memory");
    if (ctx.flags.int("pods") > 0) spec.pods = ctx.flags.int("pods");
    if (ctx.flags.string("zone")) spec.zone = ctx.flags.string("zone");
    return print(ctx, verbs(ctx).addNode(spec));
  },
};

function nodeVerb(
  name: "remove" | "stop" | "start",
  short: string,
  call: (v: PlaygroundVerbs, n: string) => Promise<string>,
): Command {
  return {
    name,
    short,
    usage: "NAME",
    async run(ctx) {
      return print(ctx, call(verbs(ctx), oneArg(ctx, "node name").replace(/^nodes?\//, "")));
    },
  };
}

export const nodePlaygroundCommand: Command = {
  name: "node",
  short: "Add, remove, stop or start a simulated node (playground)",
  group: GROUP,
  usage: "add|remove|stop|start [NAME] [flags]",
  long: "Add, remove, stop or start the playground's simulated nodes. A stopped node's kubelet stops heart-beating: the node goes NotReady and its pods are evicted after a while.",
  examples: "node add --cpu 4 --memory 8Gi\nnode stop node-2\nnode start node-2\nnode remove node-3",
  subcommands: [
    nodeAdd,
    nodeVerb("remove", "Remove a node: its kubelet stops and its Node object is deleted", (v, n) =>
      v.removeNode(n),
    ),
    nodeVerb("stop", "Stop a node's kubelet (the machine fails)", (v, n) => v.stopNode(n)),
    nodeVerb("start", "Start a stopped node's kubelet again", (v, n) => v.startNode(n)),
  ],
};

const crashPod: Command = {
  name: "pod",
  short: "Kill a container of a pod (exit code 137); the kubelet restarts it per the restart policy",
  usage: "NAME [-c CONTAINER] [-n NAMESPACE]",
  flags: [
    { name: "container", short: "c", type: "string", usage: "The container to kill (default: the first)" },
  ],
  async run(ctx) {
    const pod = oneArg(ctx, "pod name").replace(/^pods?\//, "");
    return print(
      ctx,
      verbs(ctx).killContainer(ctx.namespace, pod, ctx.flags.string("container") || undefined),
    );
  },
};

const crashComponent: Command = {
  name: "component",
  short: "Crash a control-plane component; it comes back after a moment",
  usage: "scheduler|controller-manager|kubelet/NODE",
  async run(ctx) {
    const c = oneArg(ctx, "component");
    if (!/^(scheduler|controller-manager|kubelet\/[a-z0-9.-]+)$/.test(c))
      throw new KubectlError(`unknown component "${c}": use scheduler, controller-manager or kubelet/NODE`);
    return print(ctx, verbs(ctx).crashComponent(c));
  },
};

export const crashCommand: Command = {
  name: "crash",
  short: "Crash a pod's container or a control-plane component (playground)",
  group: GROUP,
  usage: "pod NAME [-c CONTAINER] | component scheduler|controller-manager|kubelet/NODE",
  examples: "crash pod web-7d4b9-abcde\ncrash component scheduler\ncrash component kubelet/node-1",
  subcommands: [crashPod, crashComponent],
};

export const speedCommand: Command = {
  name: "speed",
  short: "Set the simulation speed (1 = real time, 0 = as fast as possible) (playground)",
  group: GROUP,
  usage: "N",
  examples: "speed 1\nspeed 10\nspeed 0",
  async run(ctx) {
    const text = oneArg(ctx, "speed");
    const n = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(n))
      throw new KubectlError(`invalid speed "${text}": a number >= 0 is expected`);
    return print(ctx, verbs(ctx).setSpeed(n));
  },
};

export const resetCommand: Command = {
  name: "reset",
  short: "Reset the cluster to its initial state (playground)",
  group: GROUP,
  usage: "",
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError(`unexpected arguments: ${ctx.args.join(" ")}`);
    return print(ctx, verbs(ctx).reset());
  },
};

export const flowCommand: Command = {
  name: "flow",
  short: "Show what the control plane did for the last command, step by step (playground)",
  group: GROUP,
  usage: "",
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError(`unexpected arguments: ${ctx.args.join(" ")}`);
    return print(ctx, verbs(ctx).flow());
  },
};
