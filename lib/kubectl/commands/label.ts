/** `kubectl label` and `kubectl annotate`: `key=value`, `key-`, `--overwrite`, `-l`, `--all`. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { errorText, KubectlError } from "../api";
import { ALL_NAMESPACES_FLAG, type Command, type Ctx, SELECTOR_FLAG, UsageError } from "../command";
import { collectionPath, objectPath, type ResourceInfo } from "../resources";
import { itemsOf, nameOf, namespaceFor, objectRef, resolveTargets } from "./shared";

function metadataCommand(field: "labels" | "annotations"): Command {
  const verb = field === "labels" ? "label" : "annotate";
  const done = field === "labels" ? "labeled" : "annotated";
  return {
    name: verb,
    short: field === "labels" ? "Update the labels on a resource" : "Update the annotations on a resource",
    group: "Settings Commands",
    usage: `[--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]`,
    examples:
      field === "labels"
        ? "# Update pod 'foo' with the label 'unhealthy' and the value 'true'\nkubectl label pods foo unhealthy=true\n\n# Remove a label named 'bar' if it exists\nkubectl label pods foo bar-"
        : "# Update pod 'foo' with the annotation 'description' and the value 'my frontend'\nkubectl annotate pods foo description='my frontend'",
    flags: [
      {
        name: "overwrite",
        type: "bool",
        usage: `If true, allow ${field} to be overwritten, otherwise reject ${field} updates that overwrite existing ${field}.`,
      },
      {
        name: "all",
        type: "bool",
        usage: "Select all resources, in the namespace of the specified resource types",
      },
      SELECTOR_FLAG,
      ALL_NAMESPACES_FLAG,
      { name: "list", type: "bool", usage: `If true, display the ${field} for a given resource.` },
    ],
    async run(ctx: Ctx) {
      const resourceArgs = ctx.args.filter((a) => !a.includes("=") && !a.endsWith("-"));
      const changes = ctx.args.filter((a) => a.includes("=") || a.endsWith("-"));
      if (resourceArgs.length === 0)
        throw new KubectlError(
          "one or more resources must be specified as <resource> <name> or <resource>/<name>",
        );
      if (changes.length === 0 && !ctx.flags.bool("list"))
        throw new UsageError(
          `at least one ${field === "labels" ? "label" : "annotation"} update is required`,
        );
      const set: Record<string, string> = {};
      const remove: string[] = [];
      for (const c of changes) {
        if (c.endsWith("-") && !c.includes("=")) remove.push(c.slice(0, -1));
        else {
          const eq = c.indexOf("=");
          const key = c.slice(0, eq);
          if (!key)
            throw new KubectlError(`invalid ${field === "labels" ? "label" : "annotation"} spec: ${c}`);
          set[key] = c.slice(eq + 1);
        }
      }
      for (const k of remove)
        if (k in set)
          throw new KubectlError(
            `can not both modify and remove ${field === "labels" ? "a label" : "an annotation"} in the same command`,
          );
      const objects: { resource: ResourceInfo; namespace: string; name: string }[] = [];
      for (const target of await resolveTargets(ctx, resourceArgs)) {
        if (target.names.length === 0) {
          if (!ctx.flags.string("selector") && !ctx.flags.bool("all"))
            throw new KubectlError("resource(s) were provided, but no name was specified");
          const list = await ctx.api.json(
            collectionPath(
              target.resource,
              namespaceFor(ctx, target.resource, ctx.flags.bool("all-namespaces")),
            ),
            {
              query: { labelSelector: ctx.flags.string("selector") },
            },
          );
          for (const item of itemsOf(list, target.resource)) {
            const meta = objectAt(item.metadata);
            objects.push({
              resource: target.resource,
              namespace: String(meta.namespace ?? ""),
              name: nameOf(item),
            });
          }
        } else
          for (const name of target.names)
            objects.push({
              resource: target.resource,
              namespace: target.resource.namespaced ? ctx.namespace : "",
              name,
            });
      }
      let code = 0;
      for (const o of objects) {
        try {
          const path = objectPath(o.resource, o.namespace, o.name);
          const current = await ctx.api.json(path);
          const meta = objectAt(current.metadata);
          const existing = isJsonObject(meta[field]) ? (meta[field] as JsonObject) : {};
          if (ctx.flags.bool("list")) {
            for (const k of Object.keys(existing).sort()) ctx.out(`${k}=${String(existing[k])}\n`);
            continue;
          }
          const patch: JsonObject = {};
          for (const [k, v] of Object.entries(set)) {
            if (k in existing && existing[k] !== v && !ctx.flags.bool("overwrite"))
              throw new KubectlError(
                `'${k}' already has a value (${String(existing[k])}), and --overwrite is false`,
              );
            if (existing[k] !== v) patch[k] = v;
          }
          for (const k of remove) if (k in existing) patch[k] = null;
          for (const k of remove)
            if (!(k in existing))
              ctx.err(`${field === "labels" ? "label" : "annotation"} "${k}" not found.\n`);
          if (Object.keys(patch).length === 0) {
            ctx.out(`${objectRef(o.resource, o.name)} not ${done}\n`);
            continue;
          }
          await ctx.api.json(path, {
            method: "PATCH",
            body: { metadata: { [field]: patch } },
            contentType: "application/merge-patch+json",
          });
          // kubectl says "unlabeled" when the labels got fewer.
          const added = Object.entries(patch).filter(([k, v]) => v !== null && !(k in existing)).length;
          const removed = Object.values(patch).filter((v) => v === null).length;
          const message = field === "labels" && removed > added ? "unlabeled" : done;
          ctx.out(`${objectRef(o.resource, o.name)} ${message}\n`);
        } catch (e) {
          ctx.err(`${errorText(e)}\n`);
          code = 1;
        }
      }
      return code;
    },
  };
}

export const labelCommand = metadataCommand("labels");
export const annotateCommand = metadataCommand("annotations");
