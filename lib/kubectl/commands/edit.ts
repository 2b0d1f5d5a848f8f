/**
 * `kubectl edit`: a terminal here has no editor. Without stdin it prints the object as YAML and says
 * how to finish (the web client's editor panel, or `edit ... -f -` with the edited text); with stdin
 * it replaces the object with the edited version (PUT), refused with a Conflict when the object
 * changed since the resourceVersion the edited text carries.
 */
import { objectAt } from "../../k8s/json";
import { KubectlError } from "../api";
import { type Command, type Ctx, FILENAME_FLAG, OUTPUT_FLAG, UsageError, VALIDATE_FLAG } from "../command";
import { toYaml } from "../output/yaml";
import { objectPath } from "../resources";
import { fieldValidation, manifestsFromFlags, objectRef, resolveTargets } from "./shared";

export const editCommand: Command = {
  name: "edit",
  short: "Edit a resource on the server",
  group: "Basic Commands (Intermediate)",
  long: "Edit a resource from the default editor.\n\n This terminal has no editor: `kubectl edit TYPE NAME` prints the object as YAML; edit it in the web client's editor panel, or send the edited YAML as stdin with `kubectl edit TYPE NAME -f -`. The object is replaced only if nobody changed it since (resourceVersion).",
  usage: "(RESOURCE/NAME | -f FILENAME) [options]",
  examples:
    "# Show the service named 'registry' for editing\nkubectl edit svc/registry\n\n# Replace it with the edited YAML given as stdin\nkubectl edit svc/registry -f -",
  flags: [FILENAME_FLAG, OUTPUT_FLAG, VALIDATE_FLAG],
  async run(ctx: Ctx) {
    const targets = await resolveTargets(ctx, ctx.args);
    const t = targets[0];
    if (t?.names.length !== 1 || targets.length > 1)
      throw new UsageError("edit needs exactly one resource: TYPE NAME or TYPE/NAME");
    const name = t.names[0] as string;
    const path = objectPath(t.resource, t.resource.namespaced ? ctx.namespace : "", name);
    if (ctx.flags.list("filename").length === 0) {
      const current = await ctx.api.json(path);
      ctx.out(toYaml(current));
      ctx.err(
        `\nThis terminal has no editor: edit ${objectRef(t.resource, name)} in the editor panel, or run 'kubectl edit ${t.resource.resource}/${name} -f -' with the edited YAML as stdin.\n`,
      );
      return 0;
    }
    const edited = manifestsFromFlags(ctx);
    if (edited.length !== 1) throw new KubectlError("the edited text must hold exactly one object");
    const object = edited[0] as (typeof edited)[number];
    const meta = objectAt(object.metadata);
    if (meta.name !== name)
      throw new KubectlError(
        `the edited object is named "${String(meta.name ?? "")}", not "${name}": the name cannot change`,
      );
    if (!meta.resourceVersion)
      throw new KubectlError(
        "the edited object has no metadata.resourceVersion: start from the text 'kubectl edit' printed",
      );
    const current = await ctx.api.json(path);
    const { metadata: _m, status: _s, ...restEdited } = object;
    const { metadata: _cm, status: _cs, ...restCurrent } = current;
    const sameMeta = JSON.stringify(meta) === JSON.stringify(current.metadata);
    if (sameMeta && JSON.stringify(restEdited) === JSON.stringify(restCurrent)) {
      ctx.out("Edit cancelled, no changes made.\n");
      return 0;
    }
    await ctx.api.json(path, {
      method: "PUT",
      body: object,
      query: { fieldValidation: fieldValidation(ctx) },
    });
    ctx.out(`${objectRef(t.resource, name)} edited\n`);
    return 0;
  },
};
