/** `kubectl set image TYPE/NAME CONTAINER=IMAGE ...`: a strategic merge patch of the containers. */
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { errorText, KubectlError } from "../api";
import { type Command, type Ctx, UsageError } from "../command";
import { objectPath } from "../resources";
import { objectRef, resolveTargets } from "./shared";

/** Where an object keeps its pod spec: a pod's `spec`, a workload's `spec.template.spec`. */
export function podSpecPath(kind: string): string[] {
  return kind === "Pod" ? ["spec"] : ["spec", "template", "spec"];
}

function nest(path: string[], leaf: JsonObject): JsonObject {
  return path.reduceRight<JsonObject>((acc, key) => ({ [key]: acc }), leaf);
}

const setImage: Command = {
  name: "image",
  short: "Update the image of a pod template",
  usage:
    "(-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]",
  examples:
    "# Set a deployment's nginx container image to 'nginx:1.9.1'\nkubectl set image deployment/nginx nginx=nginx:1.9.1\n\n# Update all containers of a deployment\nkubectl set image deployment/nginx *=nginx:1.9.1",
  flags: [
    {
      name: "all",
      type: "bool",
      usage: "Select all resources, in the namespace of the specified resource types",
    },
  ],
  async run(ctx: Ctx) {
    const resourceArgs = ctx.args.filter((a) => !a.includes("="));
    const pairs = ctx.args.filter((a) => a.includes("="));
    if (resourceArgs.length === 0)
      throw new UsageError(
        "one or more resources must be specified as <resource> <name> or <resource>/<name>",
      );
    if (pairs.length === 0) throw new UsageError("at least one image update is required");
    const images = new Map<string, string>();
    for (const p of pairs) {
      const eq = p.indexOf("=");
      images.set(p.slice(0, eq), p.slice(eq + 1));
    }
    let code = 0;
    for (const target of await resolveTargets(ctx, resourceArgs)) {
      for (const name of target.names) {
        try {
          const path = objectPath(target.resource, ctx.namespace, name);
          const current = await ctx.api.json(path);
          let spec: unknown = current;
          for (const key of podSpecPath(target.resource.kind))
            spec = isJsonObject(spec) ? spec[key] : undefined;
          if (!isJsonObject(spec))
            throw new KubectlError(`${target.resource.resource} "${name}" has no pod template`);
          const containers = Array.isArray(spec.containers) ? spec.containers.filter(isJsonObject) : [];
          const changes: JsonObject[] = [];
          for (const [container, image] of images) {
            const hits = container === "*" ? containers : containers.filter((c) => c.name === container);
            if (hits.length === 0) throw new KubectlError(`unable to find container named "${container}"`);
            for (const c of hits) changes.push({ image, name: String(c.name) });
          }
          await ctx.api.json(path, {
            method: "PATCH",
            body: nest(podSpecPath(target.resource.kind), { containers: changes }),
            contentType: "application/strategic-merge-patch+json",
          });
          ctx.out(`${objectRef(target.resource, name)} image updated\n`);
        } catch (e) {
          ctx.err(`${errorText(e)}\n`);
          code = 1;
        }
      }
    }
    return code;
  },
};

export const setCommand: Command = {
  name: "set",
  short: "Set specific features on objects",
  group: "Basic Commands (Beginner)",
  usage: "SUBCOMMAND [options]",
  subcommands: [setImage],
};
