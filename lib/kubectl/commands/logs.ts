/** `kubectl logs`: the pod's log subresource (served from the simulated kubelets); `-f` streams. */
import { objectAt } from "../../k8s/json";
import type { JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { ApiStatusError, KubectlError } from "../api";
import { type Command, type Ctx, SELECTOR_FLAG, UsageError } from "../command";
import { collectionPath, objectPath } from "../resources";
import { itemsOf, resolveTargets } from "./shared";

export const logsCommand: Command = {
  name: "logs",
  short: "Print the logs for a container in a pod",
  group: "Troubleshooting and Debugging Commands",
  usage: "[-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]",
  examples:
    "# Return snapshot logs from pod nginx with only one container\nkubectl logs nginx\n\n# Begin streaming the logs of the ruby container in pod web-1\nkubectl logs -f -c ruby web-1\n\n# Show logs from a container of a deployment's pod\nkubectl logs deployment/nginx",
  flags: [
    { name: "container", short: "c", type: "string", usage: "Print the logs of this container" },
    { name: "follow", short: "f", type: "bool", usage: "Specify if the logs should be streamed." },
    {
      name: "previous",
      short: "p",
      type: "bool",
      usage: "If true, print the logs for the previous instance of the container in a pod if it exists.",
    },
    {
      name: "tail",
      type: "int",
      default: -1,
      usage: "Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines.",
    },
    { name: "timestamps", type: "bool", usage: "Include timestamps on each line in the log output" },
    {
      name: "since",
      type: "string",
      usage: "Only return logs newer than a relative duration like 5s, 2m, or 3h.",
    },
    SELECTOR_FLAG,
    { name: "all-containers", type: "bool", usage: "Get all containers' logs in the pod(s)." },
  ],
  async run(ctx: Ctx) {
    const pods = await ctx.resources.resolve("pods");
    let podName: string;
    if (ctx.args.length === 0)
      throw new UsageError("expected POD or TYPE/NAME is a required argument for the logs command");
    const first = ctx.args[0] as string;
    if (first.includes("/")) {
      const [target] = await resolveTargets(ctx, [first]);
      if (!target) throw new UsageError("expected a resource");
      if (target.resource.kind === "Pod") podName = target.names[0] as string;
      else {
        const owner = await ctx.api.json(
          objectPath(target.resource, ctx.namespace, target.names[0] as string),
        );
        const selector = objectAt(objectAt(owner.spec).selector);
        const labels = objectAt(selector.matchLabels);
        const labelSelector = Object.keys(labels)
          .map((k) => `${k}=${String(labels[k])}`)
          .join(",");
        const list = await ctx.api.json(collectionPath(pods, ctx.namespace), { query: { labelSelector } });
        const items = itemsOf(list, pods);
        const chosen = items.find((p) => objectAt(p.status).phase === "Running") ?? items[0];
        if (!chosen) throw new KubectlError(`timed out waiting for the condition`);
        podName = String(objectAt(chosen.metadata).name);
        if (items.length > 1) ctx.err(`Found ${items.length} pods, using pod/${podName}\n`);
      }
    } else podName = first;
    const pod = await ctx.api.json(objectPath(pods, ctx.namespace, podName));
    const containers = (
      Array.isArray(objectAt(pod.spec).containers) ? (objectAt(pod.spec).containers as JsonValue[]) : []
    )
      .filter(isJsonObject)
      .map((c) => String(c.name));
    let container = ctx.flags.string("container") || ctx.args[1] || "";
    if (container && !containers.includes(container))
      throw new KubectlError(`container ${container} is not valid for pod ${podName}`);
    const chosen = ctx.flags.bool("all-containers") ? containers : [container || (containers[0] ?? "")];
    if (!container && containers.length > 1 && !ctx.flags.bool("all-containers"))
      ctx.err(`Defaulted container "${containers[0]}" out of: ${containers.join(", ")}\n`);
    for (const c of chosen) {
      container = c;
      const query: Record<string, string> = { container };
      if (ctx.flags.bool("follow")) query.follow = "true";
      if (ctx.flags.bool("previous")) query.previous = "true";
      if (ctx.flags.int("tail") >= 0) query.tailLines = String(ctx.flags.int("tail"));
      if (ctx.flags.bool("timestamps")) query.timestamps = "true";
      if (ctx.flags.string("since"))
        query.sinceSeconds = String(Math.floor(sinceSeconds(ctx.flags.string("since"))));
      const res = await ctx.api.raw(`${objectPath(pods, ctx.namespace, podName)}/log`, {
        query,
        accept: "*/*",
      });
      if (res.status !== 200) {
        const body: unknown = await res.json().catch(() => ({}));
        throw new ApiStatusError(
          res.status,
          isJsonObject(body) ? body : { message: `the server answered ${res.status}` },
        );
      }
      const reader = res.body?.getReader();
      if (!reader) continue;
      const onAbort = () => void reader.cancel().catch(() => undefined);
      ctx.io.signal.addEventListener("abort", onAbort, { once: true });
      const decoder = new TextDecoder();
      try {
        while (!ctx.io.signal.aborted) {
          const { done, value } = await reader.read();
          if (done) break;
          ctx.out(decoder.decode(value, { stream: true }));
        }
      } catch (e) {
        if (!ctx.io.signal.aborted) throw e;
      } finally {
        ctx.io.signal.removeEventListener("abort", onAbort);
      }
    }
    return 0;
  },
};

function sinceSeconds(text: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(text);
  if (!m)
    throw new KubectlError(`invalid argument "${text}" for "--since" flag: time: invalid duration "${text}"`);
  return Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[m[2] as "s" | "m" | "h"] ?? 1);
}
