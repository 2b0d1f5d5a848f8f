/** `kubectl apply -f`: create, or three-way strategic merge patch keeping the last-applied annotation. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { ApiStatusError, errorText, KubectlError } from "../api";
import { threeWayPatch } from "../apply/three-way";
import {
  type Command,
  type Ctx,
  DRY_RUN_FLAG,
  FILENAME_FLAG,
  OUTPUT_FLAG,
  UsageError,
  VALIDATE_FLAG,
} from "../command";
import { createObject, withLastApplied } from "./create";
import {
  dryRun,
  dryRunSuffix,
  fieldValidation,
  type ManifestTarget,
  manifestsFromFlags,
  manifestTargets,
  nameRef,
  pathOf,
} from "./shared";

export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

export const applyCommand: Command = {
  name: "apply",
  short: "Apply a configuration to a resource by file name or stdin",
  group: "Advanced Commands",
  long: "Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. JSON and YAML formats are accepted; `-f -` reads the text pasted or uploaded.",
  usage: "(-f FILENAME | -k DIRECTORY) [options]",
  examples: "# Apply the configuration given as stdin\nkubectl apply -f -",
  flags: [
    FILENAME_FLAG,
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    VALIDATE_FLAG,
    { name: "server-side", type: "bool", usage: "If true, apply runs in the server instead of the client." },
  ],
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError(`Unexpected args: [${ctx.args.join(" ")}]`);
    if (ctx.flags.bool("server-side"))
      throw new KubectlError("--server-side is not supported by this playground; use client-side apply");
    const objects = manifestsFromFlags(ctx);
    if (objects.length === 0) throw new KubectlError("must specify one of -f and -k");
    const targets = await manifestTargets(ctx, objects);
    let code = 0;
    for (const t of targets) {
      try {
        await applyOne(ctx, t);
      } catch (e) {
        ctx.err(`${errorText(e)}\n`);
        code = 1;
      }
    }
    return code;
  },
};

async function applyOne(ctx: Ctx, t: ManifestTarget): Promise<void> {
  if (!t.name)
    throw new KubectlError("error when retrieving current configuration: resource name may not be empty");
  const modified = withLastApplied(t.object);
  const mode = dryRun(ctx);
  for (let attempt = 0; ; attempt++) {
    let current: JsonObject;
    try {
      current = await ctx.api.json(pathOf(t));
    } catch (e) {
      if (e instanceof ApiStatusError && e.code === 404) {
        await createObject(ctx, t.resource, t.namespace, modified);
        return;
      }
      throw e;
    }
    const meta = objectAt(current.metadata);
    const annotations = objectAt(meta.annotations);
    let original: JsonObject | undefined;
    try {
      const parsed: unknown = JSON.parse(String(annotations[LAST_APPLIED] ?? ""));
      original = isJsonObject(parsed) ? parsed : undefined;
    } catch {
      original = undefined;
    }
    if (!original)
      ctx.err(
        `Warning: resource ${t.resource.resource}/${t.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
      );
    const patch = threeWayPatch(original, modified, current, t.resource.kind);
    const ref = nameRef({ ...modified, metadata: { name: t.name } });
    if (Object.keys(patch).length === 0) {
      ctx.out(`${ref} unchanged${dryRunSuffix(mode)}\n`);
      return;
    }
    if (mode === "client") {
      ctx.out(`${ref} configured (dry run)\n`);
      return;
    }
    try {
      await ctx.api.json(pathOf(t), {
        method: "PATCH",
        body: patch,
        contentType: "application/strategic-merge-patch+json",
        query: { ...(mode === "server" ? { dryRun: "All" } : {}), fieldValidation: fieldValidation(ctx) },
      });
    } catch (e) {
      if (e instanceof ApiStatusError && e.code === 409 && attempt < 4) continue;
      throw e;
    }
    ctx.out(`${ref} configured${dryRunSuffix(mode)}\n`);
    return;
  }
}
