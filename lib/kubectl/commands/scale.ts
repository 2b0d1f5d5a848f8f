/** `kubectl scale`: PATCH the scale subresource with `{"spec":{"replicas":N}}`. */
import { errorText, KubectlError } from "../api";
import { type Command, type Ctx, SELECTOR_FLAG, UsageError } from "../command";
import { objectPath } from "../resources";
import { objectRef, resolveTargets } from "./shared";

export const scaleCommand: Command = {
  name: "scale",
  short: "Set a new size for a deployment, replica set, or replication controller",
  group: "Deploy Commands",
  usage:
    "[--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
  examples: "# Scale a deployment named 'my-app' to 3\nkubectl scale --replicas=3 deployment/my-app",
  flags: [
    { name: "replicas", type: "int", default: 0, usage: "The new desired number of replicas. Required." },
    {
      name: "current-replicas",
      type: "int",
      default: -1,
      usage:
        "Precondition for current size. Requires that the current size of the resource match this value in order to scale.",
    },
    SELECTOR_FLAG,
  ],
  async run(ctx: Ctx) {
    if (!ctx.flags.has("replicas")) throw new KubectlError('required flag(s) "replicas" not set');
    const replicas = ctx.flags.int("replicas");
    if (replicas < 0)
      throw new KubectlError(
        "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0",
      );
    if (ctx.args.length === 0)
      throw new UsageError("You must provide one or more resources by argument or filename.");
    let code = 0;
    for (const target of await resolveTargets(ctx, ctx.args)) {
      if (
        !["deployments", "replicasets", "statefulsets", "replicationcontrollers"].includes(
          target.resource.resource,
        )
      )
        throw new KubectlError(`cannot scale ${target.resource.resource}: no scale subresource`);
      if (target.names.length === 0)
        throw new UsageError("resource(s) were provided, but no name was specified");
      for (const name of target.names) {
        try {
          const path = `${objectPath(target.resource, ctx.namespace, name)}/scale`;
          const expected = ctx.flags.int("current-replicas");
          if (expected >= 0) {
            const scale = await ctx.api.json(path);
            const spec = scale.spec as { replicas?: number } | undefined;
            if ((spec?.replicas ?? 0) !== expected)
              throw new KubectlError(`Expected replicas to be ${expected}, was ${spec?.replicas ?? 0}`);
          }
          await ctx.api.json(path, {
            method: "PATCH",
            body: { spec: { replicas } },
            contentType: "application/merge-patch+json",
          });
          ctx.out(`${objectRef(target.resource, name)} scaled\n`);
        } catch (e) {
          ctx.err(`${errorText(e)}\n`);
          code = 1;
        }
      }
    }
    return code;
  },
};
