/** `kubectl describe`: kubectl's describers, the Events section, and for pods the scheduler's reasons. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { ApiStatusError, errorText } from "../api";
import { ALL_NAMESPACES_FLAG, type Command, type Ctx, SELECTOR_FLAG, UsageError } from "../command";
import {
  describeConfigMap,
  describeDeployment,
  describeEndpoints,
  describeGeneric,
  describeNamespace,
  describeNode,
  describePod,
  describeReplicaSet,
  describeService,
} from "../describe/describers";
import { eventsFor, writeEvents } from "../describe/events";
import { schedulerDecision, writeScheduling } from "../describe/scheduling";
import type { DescribeWriter } from "../describe/writer";
import { collectionPath, objectPath, type ResourceInfo } from "../resources";
import { itemsOf, namespaceFor, resolveTargets } from "./shared";

export const describeCommand: Command = {
  name: "describe",
  short: "Show details of a specific resource or group of resources",
  group: "Troubleshooting and Debugging Commands",
  long: "Show details of a specific resource or group of resources.\n\n Print a detailed description of the selected resources, including related resources such as events or controllers. For pods, the playground adds the scheduler's last decision.",
  usage: "(-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]",
  examples:
    "# Describe a node\nkubectl describe nodes node-1\n\n# Describe a pod\nkubectl describe pods/nginx\n\n# Describe pods by label name=myLabel\nkubectl describe pods -l name=myLabel",
  flags: [
    SELECTOR_FLAG,
    ALL_NAMESPACES_FLAG,
    {
      name: "show-events",
      type: "bool",
      default: true,
      usage: "If true, display events related to the described object.",
    },
  ],
  async run(ctx: Ctx) {
    if (ctx.args.length === 0)
      throw new UsageError(
        'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
      );
    const all = ctx.flags.bool("all-namespaces");
    let first = true;
    let code = 0;
    for (const target of await resolveTargets(ctx, ctx.args)) {
      const r = target.resource;
      const objects: JsonObject[] = [];
      if (target.names.length === 0 || ctx.flags.string("selector")) {
        const list = await ctx.api.json(collectionPath(r, namespaceFor(ctx, r, all)), {
          query: { labelSelector: ctx.flags.string("selector") },
        });
        objects.push(...itemsOf(list, r));
        if (objects.length === 0) {
          ctx.err(
            r.namespaced && !all
              ? `No resources found in ${ctx.namespace} namespace.\n`
              : "No resources found\n",
          );
          continue;
        }
      } else {
        for (const name of target.names) {
          try {
            objects.push(await ctx.api.json(objectPath(r, r.namespaced ? ctx.namespace : "", name)));
          } catch (e) {
            // kubectl describes every object whose name starts with the given one when none has it exactly.
            if (e instanceof ApiStatusError && e.code === 404) {
              const list = await ctx.api.json(collectionPath(r, namespaceFor(ctx, r)));
              const prefixed = itemsOf(list, r).filter((o) =>
                String(isJsonObject(o.metadata) ? o.metadata.name : "").startsWith(name),
              );
              if (prefixed.length) {
                objects.push(...prefixed);
                continue;
              }
            }
            ctx.err(`${errorText(e)}\n`);
            code = 1;
          }
        }
      }
      for (const o of objects) {
        const text = await describeOne(ctx, r, o);
        ctx.out(first ? text : `\n\n${text}`);
        first = false;
      }
    }
    return code;
  },
};

async function describeOne(ctx: Ctx, r: ResourceInfo, o: JsonObject): Promise<string> {
  let w: DescribeWriter;
  const meta = objectAt(o.metadata);
  switch (r.kind) {
    case "Pod":
      w = describePod(o, ctx);
      writeScheduling(w, await schedulerDecision(ctx, String(meta.namespace ?? ""), String(meta.name ?? "")));
      break;
    case "Deployment":
      w = describeDeployment(o, ctx);
      break;
    case "ReplicaSet":
      w = describeReplicaSet(o, ctx);
      break;
    case "Service":
      w = describeService(o, ctx);
      break;
    case "Node": {
      const pods = await ctx.api
        .json("/api/v1/pods", {
          query: {
            fieldSelector: `spec.nodeName=${String(meta.name)},status.phase!=Succeeded,status.phase!=Failed`,
          },
        })
        .catch((): JsonObject => ({ items: [] }));
      const items: unknown[] = Array.isArray(pods.items) ? pods.items : [];
      w = describeNode(o, ctx, items.filter(isJsonObject));
      break;
    }
    case "Namespace":
      w = describeNamespace(o, ctx);
      break;
    case "ConfigMap":
      w = describeConfigMap(o, ctx);
      break;
    case "Endpoints":
      w = describeEndpoints(o, ctx);
      break;
    default:
      w = describeGeneric(o, ctx, r.namespaced);
  }
  if (ctx.flags.bool("show-events") && r.kind !== "Event")
    writeEvents(w, await eventsFor(ctx, o, r.kind), ctx.io.now());
  return w.toString();
}
