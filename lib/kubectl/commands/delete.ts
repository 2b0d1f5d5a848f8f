/** `kubectl delete`: names, `-l`, `--all`, `-f`; `--grace-period`, `--now`, `--force`, `--wait`. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { ApiStatusError, errorText, KubectlError } from "../api";
import {
  ALL_NAMESPACES_FLAG,
  type Command,
  type Ctx,
  FILENAME_FLAG,
  SELECTOR_FLAG,
  UsageError,
} from "../command";
import { collectionPath, kindPrefix, objectPath, type ResourceInfo } from "../resources";
import {
  itemsOf,
  manifestsFromFlags,
  manifestTargets,
  nameOf,
  namespaceFor,
  resolveTargets,
  sleep,
} from "./shared";

interface Victim {
  resource: ResourceInfo;
  namespace: string;
  name: string;
}

export const deleteCommand: Command = {
  name: "delete",
  short: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
  group: "Basic Commands (Intermediate)",
  usage: "([-f FILENAME] | TYPE [(NAME | -l label | --all)]) [options]",
  examples:
    "# Delete a pod with minimal delay\nkubectl delete pod foo --now\n\n# Delete pods and services with label name=myLabel\nkubectl delete pods,services -l name=myLabel\n\n# Delete all pods\nkubectl delete pods --all",
  flags: [
    FILENAME_FLAG,
    SELECTOR_FLAG,
    ALL_NAMESPACES_FLAG,
    {
      name: "all",
      type: "bool",
      usage: "Delete all resources, in the namespace of the specified resource types.",
    },
    {
      name: "grace-period",
      type: "int",
      default: -1,
      usage:
        "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown.",
    },
    {
      name: "now",
      type: "bool",
      usage: "If true, resources are signaled for immediate shutdown (same as --grace-period=1).",
    },
    {
      name: "force",
      type: "bool",
      usage: "If true, immediately remove resources from API and bypass graceful deletion.",
    },
    {
      name: "wait",
      type: "bool",
      default: true,
      usage: "If true, wait for resources to be gone before returning. This waits for finalizers.",
    },
    { name: "ignore-not-found", type: "bool", usage: 'Treat "resource not found" as a successful delete.' },
    { name: "field-selector", type: "string", usage: "Selector (field query) to filter on." },
    {
      name: "cascade",
      type: "string",
      default: "background",
      usage: 'Must be "background", "orphan", or "foreground".',
    },
  ],
  run: runDelete,
};

async function runDelete(ctx: Ctx): Promise<number> {
  const victims: Victim[] = [];
  let code = 0;
  const selector = ctx.flags.string("selector");
  const all = ctx.flags.bool("all");
  const allNs = ctx.flags.bool("all-namespaces");
  let grace = ctx.flags.int("grace-period");
  if (ctx.flags.bool("now")) {
    if (grace !== -1) throw new KubectlError("--now and --grace-period cannot be specified together");
    grace = 1;
  }
  if (ctx.flags.bool("force") && grace === -1) grace = 0;
  if (ctx.flags.list("filename").length > 0) {
    if (ctx.args.length > 0) throw new UsageError(`Unexpected args: [${ctx.args.join(" ")}]`);
    for (const t of await manifestTargets(ctx, manifestsFromFlags(ctx)))
      victims.push({ resource: t.resource, namespace: t.namespace, name: t.name });
  } else {
    if (ctx.args.length === 0)
      throw new UsageError(
        "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
      );
    const targets = await resolveTargets(ctx, ctx.args);
    for (const target of targets) {
      if (target.names.length > 0) {
        if (selector || all) throw new KubectlError("name cannot be provided when a selector is specified");
        for (const name of target.names)
          victims.push({
            resource: target.resource,
            namespace: target.resource.namespaced ? ctx.namespace : "",
            name,
          });
        continue;
      }
      if (!selector && !all && !ctx.flags.string("field-selector"))
        throw new KubectlError("resource(s) were provided, but no name was specified");
      const list = await ctx.api.json(
        collectionPath(target.resource, namespaceFor(ctx, target.resource, allNs)),
        {
          query: { labelSelector: selector, fieldSelector: ctx.flags.string("field-selector") },
        },
      );
      for (const item of itemsOf(list, target.resource)) {
        const meta = objectAt(item.metadata);
        victims.push({
          resource: target.resource,
          namespace: String(meta.namespace ?? ""),
          name: nameOf(item),
        });
      }
    }
    if (victims.length === 0) {
      const namespaced = targets.some((t) => t.resource.namespaced);
      ctx.err(
        namespaced && !allNs ? `No resources found in ${ctx.namespace} namespace.\n` : "No resources found\n",
      );
      return 0;
    }
  }
  if (ctx.flags.bool("force") && grace === 0)
    ctx.err(
      "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n",
    );
  const cascade = ctx.flags.string("cascade");
  const propagation =
    cascade === "orphan" ? "Orphan" : cascade === "foreground" ? "Foreground" : "Background";
  const deleted: { victim: Victim; uid: string }[] = [];
  for (const v of victims) {
    const body: JsonObject = { kind: "DeleteOptions", apiVersion: "v1", propagationPolicy: propagation };
    if (grace >= 0) body.gracePeriodSeconds = grace;
    try {
      const answer = await ctx.api.json(objectPath(v.resource, v.namespace, v.name), {
        method: "DELETE",
        body,
      });
      const meta = objectAt(answer.metadata);
      ctx.out(`${kindPrefix(v.resource)} "${v.name}" deleted\n`);
      deleted.push({ victim: v, uid: String(meta.uid ?? "") });
    } catch (e) {
      if (e instanceof ApiStatusError && e.code === 404 && ctx.flags.bool("ignore-not-found")) continue;
      ctx.err(`${errorText(e)}\n`);
      code = 1;
    }
  }
  if (ctx.flags.bool("wait") && !(ctx.flags.bool("force") && grace === 0)) await waitGone(ctx, deleted);
  return code;
}

/** Polls until each deleted object is gone (or was replaced by a new one of the same name). */
export async function waitGone(
  ctx: Ctx,
  deleted: { victim: Victim; uid: string }[],
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = ctx.io.now() + timeoutMs;
  const pending = [...deleted];
  while (pending.length > 0 && !ctx.io.signal.aborted && ctx.io.now() < deadline) {
    const still: typeof pending = [];
    for (const d of pending) {
      try {
        const obj = await ctx.api.json(objectPath(d.victim.resource, d.victim.namespace, d.victim.name));
        const meta = objectAt(obj.metadata);
        if (!d.uid || meta.uid === d.uid) still.push(d);
      } catch (e) {
        if (!(e instanceof ApiStatusError && e.code === 404)) throw e;
      }
    }
    pending.splice(0, pending.length, ...still);
    if (pending.length > 0) await sleep(200, ctx.io.signal);
  }
}
