/** `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`. */
import { parse as parseYaml } from "yaml";
import { isJsonObject } from "../../k8s/object";
import { errorText, KubectlError } from "../api";
import { type Command, type Ctx, OUTPUT_FLAG, UsageError } from "../command";
import { MAX_YAML_ALIASES } from "../output/yaml";
import { objectPath } from "../resources";
import { objectRef, outputFormat, printObjects, resolveTargets } from "./shared";

const CONTENT_TYPES: Record<string, string> = {
  strategic: "application/strategic-merge-patch+json",
  merge: "application/merge-patch+json",
  json: "application/json-patch+json",
};

export const patchCommand: Command = {
  name: "patch",
  short: "Update fields of a resource",
  group: "Advanced Commands",
  usage: "(-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
  examples:
    '# Partially update a node using a strategic merge patch, specifying the patch as JSON\nkubectl patch node k8s-node-1 -p \'{"spec":{"unschedulable":true}}\'\n\n# Update a container\'s image using a JSON patch with positional arrays\nkubectl patch pod valid-pod --type=\'json\' -p=\'[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]\'',
  flags: [
    {
      name: "patch",
      short: "p",
      type: "string",
      usage: "The patch to be applied to the resource JSON file.",
    },
    {
      name: "type",
      type: "string",
      default: "strategic",
      usage: "The type of patch being provided; one of [json merge strategic]",
    },
    {
      name: "subresource",
      type: "string",
      usage: "If specified, patch will operate on the subresource of the requested object.",
    },
    OUTPUT_FLAG,
  ],
  async run(ctx: Ctx) {
    const text = ctx.flags.string("patch");
    if (!text) throw new UsageError("must specify -p to patch");
    const type = ctx.flags.string("type");
    const contentType = CONTENT_TYPES[type];
    if (!contentType) throw new KubectlError(`--type must be one of [json merge strategic], not "${type}"`);
    let body: unknown;
    try {
      body = parseYaml(text, { maxAliasCount: MAX_YAML_ALIASES });
    } catch (e) {
      throw new KubectlError(`unable to parse "${text}": ${e instanceof Error ? e.message : String(e)}`);
    }
    if (type === "json" ? !Array.isArray(body) : !isJsonObject(body))
      throw new KubectlError(
        `unable to parse "${text}": ${type === "json" ? "a json patch must be a list of operations" : "the patch must be a JSON object"}`,
      );
    const targets = await resolveTargets(ctx, ctx.args);
    if (targets.length === 0 || targets.some((t) => t.names.length === 0))
      throw new UsageError(
        "one or more resources must be specified as <resource> <name> or <resource>/<name>",
      );
    let code = 0;
    const sub = ctx.flags.string("subresource");
    for (const t of targets) {
      for (const name of t.names) {
        try {
          const path =
            objectPath(t.resource, t.resource.namespaced ? ctx.namespace : "", name) + (sub ? `/${sub}` : "");
          const before = await ctx.api.json(path);
          const after = await ctx.api.json(path, { method: "PATCH", body, contentType });
          const output = ctx.flags.string("output");
          if (output) {
            printObjects(ctx, outputFormat(output), [after], true);
            continue;
          }
          const rv = (o: typeof before) =>
            isJsonObject(o.metadata) ? o.metadata.resourceVersion : undefined;
          ctx.out(
            `${objectRef(t.resource, name)} ${rv(before) === rv(after) ? "patched (no change)" : "patched"}\n`,
          );
        } catch (e) {
          ctx.err(`${errorText(e)}\n`);
          code = 1;
        }
      }
    }
    return code;
  },
};
