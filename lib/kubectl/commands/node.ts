/** Node maintenance: `cordon`, `uncordon`, `taint`, `drain` (evictions through policy/v1). */
import { objectAt } from "../../k8s/json";
import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { ApiStatusError, errorText, KubectlError } from "../api";
import { type Command, type Ctx, SELECTOR_FLAG, UsageError } from "../command";
import { collectionPath, objectPath, type ResourceInfo } from "../resources";
import { parseDuration } from "./rollout";
import { itemsOf, nameOf, sleep } from "./shared";

async function nodeNames(ctx: Ctx, nodes: ResourceInfo): Promise<string[]> {
  const selector = ctx.flags.string("selector");
  if (ctx.args.length === 0 && !selector) throw new UsageError("USAGE: cordon NODE [flags]");
  if (selector) {
    const list = await ctx.api.json(collectionPath(nodes), { query: { labelSelector: selector } });
    return itemsOf(list, nodes).map(nameOf);
  }
  return ctx.args.map((a) => a.replace(/^(node|nodes|no)\//, ""));
}

/** Sets spec.unschedulable; prints `node/x cordoned` or `already cordoned`. */
async function setUnschedulable(ctx: Ctx, nodes: ResourceInfo, name: string, on: boolean): Promise<void> {
  const path = objectPath(nodes, "", name);
  const node = await ctx.api.json(path);
  const verb = on ? "cordoned" : "uncordoned";
  if ((objectAt(node.spec).unschedulable === true) === on) {
    ctx.out(`node/${name} already ${verb}\n`);
    return;
  }
  await ctx.api.json(path, {
    method: "PATCH",
    body: { spec: { unschedulable: on ? true : null } },
    contentType: "application/strategic-merge-patch+json",
  });
  ctx.out(`node/${name} ${verb}\n`);
}

function cordonCommand(on: boolean): Command {
  const name = on ? "cordon" : "uncordon";
  return {
    name,
    short: on ? "Mark node as unschedulable" : "Mark node as schedulable",
    group: "Cluster Management Commands",
    usage: "NODE [options]",
    examples: `# Mark node "foo" as ${on ? "unschedulable" : "schedulable"}\nkubectl ${name} foo`,
    flags: [SELECTOR_FLAG],
    async run(ctx) {
      const nodes = await ctx.resources.resolve("nodes");
      let code = 0;
      for (const n of await nodeNames(ctx, nodes)) {
        try {
          await setUnschedulable(ctx, nodes, n, on);
        } catch (e) {
          ctx.err(`${errorText(e)}\n`);
          code = 1;
        }
      }
      return code;
    },
  };
}

export const cordonCommandSpec = cordonCommand(true);
export const uncordonCommandSpec = cordonCommand(false);

interface TaintChange {
  key: string;
  value?: string;
  effect?: string;
  remove: boolean;
}

const EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

export function parseTaint(spec: string): TaintChange {
  const remove = spec.endsWith("-");
  const body = remove ? spec.slice(0, -1) : spec;
  const colon = body.lastIndexOf(":");
  const keyValue = colon >= 0 ? body.slice(0, colon) : body;
  const effect = colon >= 0 ? body.slice(colon + 1) : undefined;
  const eq = keyValue.indexOf("=");
  const key = eq >= 0 ? keyValue.slice(0, eq) : keyValue;
  const value = eq >= 0 ? keyValue.slice(eq + 1) : undefined;
  if (!key) throw new KubectlError(`invalid taint spec: ${spec}`);
  if (effect !== undefined && !EFFECTS.includes(effect))
    throw new KubectlError(`invalid taint effect: ${effect}, unsupported taint effect`);
  if (!remove && effect === undefined)
    throw new KubectlError(`invalid taint spec: ${spec}, the effect is required`);
  return { key, value, effect, remove };
}

export const taintCommand: Command = {
  name: "taint",
  short: "Update the taints on one or more nodes",
  group: "Cluster Management Commands",
  usage: "NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]",
  examples:
    "# Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'\nkubectl taint nodes foo dedicated=special-user:NoSchedule\n\n# Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists\nkubectl taint nodes foo dedicated:NoSchedule-\n\n# Remove from node 'foo' all the taints with key 'dedicated'\nkubectl taint nodes foo dedicated-",
  flags: [
    {
      name: "overwrite",
      type: "bool",
      usage:
        "If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.",
    },
    SELECTOR_FLAG,
    { name: "all", type: "bool", usage: "Select all nodes in the cluster" },
  ],
  async run(ctx) {
    const nodes = await ctx.resources.resolve("nodes");
    const args = [...ctx.args];
    let names: string[] = [];
    if (args[0]?.includes("/")) names = [(args.shift() as string).replace(/^[^/]+\//, "")];
    else {
      const type = args.shift();
      if (!type) throw new UsageError("at least one taint update is required");
      const r = await ctx.resources.resolve(type);
      if (r.kind !== "Node")
        throw new KubectlError(`invalid resource type ${type}, only node types are supported`);
      if (!ctx.flags.bool("all") && !ctx.flags.string("selector")) {
        const n = args.shift();
        if (!n) throw new UsageError("at least one taint update is required");
        names = [n];
      }
    }
    if (ctx.flags.bool("all") || ctx.flags.string("selector")) {
      const list = await ctx.api.json(collectionPath(nodes), {
        query: { labelSelector: ctx.flags.string("selector") },
      });
      names = itemsOf(list, nodes).map(nameOf);
    }
    if (args.length === 0) throw new UsageError("at least one taint update is required");
    const changes = args.map(parseTaint);
    let code = 0;
    for (const name of names) {
      try {
        const path = objectPath(nodes, "", name);
        const node = await ctx.api.json(path);
        let taints = (
          Array.isArray(objectAt(node.spec).taints) ? (objectAt(node.spec).taints as JsonValue[]) : []
        ).filter(isJsonObject);
        let removed = false;
        let added = false;
        for (const c of changes) {
          if (c.remove) {
            const before = taints.length;
            taints = taints.filter(
              (t) => !(t.key === c.key && (c.effect === undefined || t.effect === c.effect)),
            );
            if (taints.length === before)
              throw new KubectlError(`taint "${c.key}${c.effect ? `:${c.effect}` : ""}" not found`);
            removed = true;
            continue;
          }
          const same = taints.find((t) => t.key === c.key && t.effect === c.effect);
          if (same && !ctx.flags.bool("overwrite"))
            throw new KubectlError(
              `node ${name} already has ${c.key} taint(s) with same effect(s) and --overwrite is false`,
            );
          const taint: JsonObject = { effect: c.effect ?? "", key: c.key };
          if (c.value) taint.value = c.value;
          taints = same ? taints.map((t) => (t === same ? taint : t)) : [...taints, taint];
          added = true;
        }
        await ctx.api.json(path, {
          method: "PATCH",
          body: { spec: { taints: taints.length ? taints : null } },
          contentType: "application/merge-patch+json",
        });
        ctx.out(`node/${name} ${added && removed ? "modified" : added ? "tainted" : "untainted"}\n`);
      } catch (e) {
        ctx.err(`${errorText(e)}\n`);
        code = 1;
      }
    }
    return code;
  },
};

function controllerOf(pod: JsonObject): JsonObject | undefined {
  const refs = objectAt(pod.metadata).ownerReferences;
  return Array.isArray(refs) ? refs.filter(isJsonObject).find((r) => r.controller === true) : undefined;
}

export const drainCommand: Command = {
  name: "drain",
  short: "Drain node in preparation for maintenance",
  group: "Cluster Management Commands",
  long: "Drain node in preparation for maintenance.\n\n The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports eviction; otherwise it deletes them.",
  usage: "NODE [options]",
  examples:
    '# Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it\nkubectl drain foo --force',
  flags: [
    {
      name: "force",
      type: "bool",
      usage: "Continue even if there are pods that do not declare a controller.",
    },
    { name: "ignore-daemonsets", type: "bool", usage: "Ignore DaemonSet-managed pods." },
    {
      name: "delete-emptydir-data",
      type: "bool",
      usage:
        "Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).",
    },
    {
      name: "grace-period",
      type: "int",
      default: -1,
      usage:
        "Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.",
    },
    {
      name: "timeout",
      type: "string",
      default: "0s",
      usage: "The length of time to wait before giving up, zero means infinite",
    },
    {
      name: "disable-eviction",
      type: "bool",
      usage: "Force drain to use delete, even if eviction is supported.",
    },
    { name: "pod-selector", type: "string", usage: "Label selector to filter pods on the node" },
    SELECTOR_FLAG,
  ],
  async run(ctx) {
    const nodes = await ctx.resources.resolve("nodes");
    const pods = await ctx.resources.resolve("pods");
    const names = await nodeNames(ctx, nodes);
    let code = 0;
    for (const node of names) {
      try {
        await setUnschedulable(ctx, nodes, node, true);
        await drainNode(ctx, pods, node);
      } catch (e) {
        ctx.err(`${errorText(e)}\n`);
        code = 1;
      }
    }
    return code;
  },
};

async function drainNode(ctx: Ctx, pods: ResourceInfo, node: string): Promise<void> {
  const list = await ctx.api.json(collectionPath(pods), {
    query: { fieldSelector: `spec.nodeName=${node}`, labelSelector: ctx.flags.string("pod-selector") },
  });
  const errors: string[] = [];
  const ignoredDaemonSets: string[] = [];
  const unmanaged: string[] = [];
  const victims: JsonObject[] = [];
  for (const pod of itemsOf(list, pods)) {
    const meta = objectAt(pod.metadata);
    const ref = `${String(meta.namespace)}/${String(meta.name)}`;
    const phase = objectAt(pod.status).phase;
    if (objectAt(meta.annotations)["kubernetes.io/config.mirror"]) continue;
    if (phase === "Succeeded" || phase === "Failed") {
      victims.push(pod);
      continue;
    }
    const controller = controllerOf(pod);
    if (controller?.kind === "DaemonSet") {
      if (ctx.flags.bool("ignore-daemonsets")) ignoredDaemonSets.push(ref);
      else errors.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${ref}`);
      continue;
    }
    if (!controller) {
      if (!ctx.flags.bool("force")) {
        errors.push(`cannot delete Pods that declare no controller (use --force to override): ${ref}`);
        continue;
      }
      unmanaged.push(ref);
    }
    const volumes = Array.isArray(objectAt(pod.spec).volumes)
      ? (objectAt(pod.spec).volumes as JsonValue[]).filter(isJsonObject)
      : [];
    if (volumes.some((v) => v.emptyDir !== undefined) && !ctx.flags.bool("delete-emptydir-data")) {
      errors.push(`cannot delete Pods with local storage (use --delete-emptydir-data to override): ${ref}`);
      continue;
    }
    victims.push(pod);
  }
  if (errors.length > 0) {
    throw new KubectlError(
      `unable to drain node "${node}" due to error: [${errors.join(", ")}], continuing command...\nThere are pending nodes to be drained:\n ${node}\n${errors.join("\n")}`,
    );
  }
  if (ignoredDaemonSets.length)
    ctx.err(`Warning: ignoring DaemonSet-managed Pods: ${ignoredDaemonSets.join(", ")}\n`);
  if (unmanaged.length)
    ctx.err(`Warning: deleting Pods that declare no controller: ${unmanaged.join(", ")}\n`);
  const grace = ctx.flags.int("grace-period");
  const evict = !ctx.flags.bool("disable-eviction");
  const timeout = parseDuration(ctx.flags.string("timeout"));
  const deadline = timeout > 0 ? ctx.io.now() + timeout : ctx.io.now() + 300_000;
  const waiting: { pod: JsonObject; uid: string }[] = [];
  for (const pod of victims) {
    const meta = objectAt(pod.metadata);
    const ns = String(meta.namespace ?? "");
    const name = String(meta.name ?? "");
    const deleteOptions: JsonObject = grace >= 0 ? { gracePeriodSeconds: grace } : {};
    ctx.out(`evicting pod ${ns}/${name}\n`);
    for (;;) {
      try {
        if (evict) {
          await ctx.api.json(`${objectPath(pods, ns, name)}/eviction`, {
            method: "POST",
            body: {
              apiVersion: "policy/v1",
              kind: "Eviction",
              metadata: { name, namespace: ns },
              deleteOptions,
            },
          });
        } else {
          await ctx.api.json(objectPath(pods, ns, name), { method: "DELETE", body: deleteOptions });
        }
        waiting.push({ pod, uid: String(meta.uid ?? "") });
        break;
      } catch (e) {
        if (e instanceof ApiStatusError && e.code === 404) break;
        if (
          e instanceof ApiStatusError &&
          e.code === 429 &&
          ctx.io.now() < deadline &&
          !ctx.io.signal.aborted
        ) {
          ctx.err(`error when evicting pods/"${name}" -n "${ns}" (will retry after 5s): ${e.message}\n`);
          await sleep(5000, ctx.io.signal);
          continue;
        }
        throw e;
      }
    }
  }
  // Wait until each evicted pod is gone (or replaced by a pod of a new uid), then report it.
  const pending = [...waiting];
  while (pending.length > 0 && !ctx.io.signal.aborted) {
    for (const w of [...pending]) {
      const meta = objectAt(w.pod.metadata);
      try {
        const current = await ctx.api.json(objectPath(pods, String(meta.namespace), String(meta.name)));
        if (objectAt(current.metadata).uid === w.uid) continue;
      } catch (e) {
        if (!(e instanceof ApiStatusError && e.code === 404)) throw e;
      }
      ctx.out(`pod/${String(meta.name)} evicted\n`);
      pending.splice(pending.indexOf(w), 1);
    }
    if (pending.length === 0) break;
    if (ctx.io.now() >= deadline)
      throw new KubectlError(
        `unable to drain node "${node}" due to error: drain did not complete within ${ctx.flags.string("timeout")}`,
      );
    await sleep(200, ctx.io.signal);
  }
  if (!ctx.io.signal.aborted) ctx.out(`node/${node} drained\n`);
}
