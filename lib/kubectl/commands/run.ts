/** `kubectl run NAME --image=IMAGE`: one Pod labelled `run=NAME`. */
import type { JsonObject } from "../../k8s/object";
import { KubectlError } from "../api";
import { type Command, type Ctx, DRY_RUN_FLAG, OUTPUT_FLAG, UsageError, VALIDATE_FLAG } from "../command";
import { createObject } from "./create";

export const runCommand: Command = {
  name: "run",
  short: "Run a particular image on the cluster",
  group: "Basic Commands (Beginner)",
  usage:
    'NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]',
  examples:
    "# Start a nginx pod\nkubectl run nginx --image=nginx\n\n# Start a hazelcast pod and let the container expose port 5701\nkubectl run hazelcast --image=hazelcast/hazelcast --port=5701",
  flags: [
    { name: "image", type: "string", usage: "The image for the container to run." },
    { name: "port", type: "string", usage: "The port that this container exposes." },
    {
      name: "labels",
      short: "l",
      type: "string",
      usage: "Comma separated labels to apply to the pod(s). Will override previous values.",
    },
    { name: "env", type: "stringArray", usage: "Environment variables to set in the container." },
    {
      name: "restart",
      type: "string",
      default: "Always",
      usage: "The restart policy for this Pod.  Legal values [Always, OnFailure, Never].",
    },
    {
      name: "command",
      type: "bool",
      usage:
        "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.",
    },
    { name: "annotations", type: "stringArray", usage: "Annotations to apply to the pod." },
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    VALIDATE_FLAG,
  ],
  async run(ctx: Ctx) {
    const name = ctx.args[0];
    if (!name) throw new UsageError("NAME is required for run");
    const image = ctx.flags.string("image");
    if (!image) throw new KubectlError('required flag(s) "image" not set');
    const labels: JsonObject = {};
    const labelText = ctx.flags.string("labels");
    if (labelText) {
      for (const pair of labelText.split(",")) {
        const [k, v] = pair.split("=");
        if (!k || v === undefined) throw new KubectlError(`invalid label spec: ${pair}`);
        labels[k] = v;
      }
    } else labels.run = name;
    const container: JsonObject = { name, image };
    const extra = ctx.args.slice(1);
    if (extra.length > 0) container[ctx.flags.bool("command") ? "command" : "args"] = extra;
    const env = ctx.flags.list("env").map((e) => {
      const eq = e.indexOf("=");
      if (eq <= 0) throw new KubectlError(`invalid env: ${e}`);
      return { name: e.slice(0, eq), value: e.slice(eq + 1) };
    });
    if (env.length) container.env = env;
    const port = ctx.flags.string("port");
    if (port) {
      if (!/^\d+$/.test(port)) throw new KubectlError(`invalid port "${port}"`);
      container.ports = [{ containerPort: Number(port) }];
    }
    container.resources = {};
    const restart = ctx.flags.string("restart");
    if (!["Always", "OnFailure", "Never"].includes(restart))
      throw new KubectlError(`invalid restart policy: ${restart}`);
    const metadata: JsonObject = { labels, name };
    const annotations: JsonObject = {};
    for (const a of ctx.flags.list("annotations")) {
      const eq = a.indexOf("=");
      if (eq > 0) annotations[a.slice(0, eq)] = a.slice(eq + 1);
    }
    if (Object.keys(annotations).length) metadata.annotations = annotations;
    const pod: JsonObject = {
      apiVersion: "v1",
      kind: "Pod",
      metadata,
      spec: { containers: [container], restartPolicy: restart, dnsPolicy: "ClusterFirst" },
    };
    await createObject(ctx, await ctx.resources.resolve("pods"), ctx.namespace, pod);
    return 0;
  },
};
