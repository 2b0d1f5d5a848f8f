/** Helpers shared by commands: resource arguments, object printing, selectors, manifests. */
import { objectAt } from "../../k8s/json";
import type { JsonObject, KubeObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { KubectlError } from "../api";
import { type Ctx, UsageError } from "../command";
import { customColumns } from "../output/custom-columns";
import { executeJsonPath } from "../output/jsonpath";
import { parseManifests, toJson, toYaml } from "../output/yaml";
import { kindPrefix, objectPath, type ResourceInfo } from "../resources";

export interface ResourceTarget {
  resource: ResourceInfo;
  /** Empty: every object of the resource (a list). */
  names: string[];
}

/** `TYPE NAME...`, `TYPE/NAME...`, `TYPE1,TYPE2`, `all`: what kubectl's resource builder accepts. */
export async function resolveTargets(ctx: Ctx, args: string[]): Promise<ResourceTarget[]> {
  if (args.length === 0) return [];
  const first = args[0] as string;
  if (first.includes("/")) {
    const out: ResourceTarget[] = [];
    for (const arg of args) {
      const slash = arg.indexOf("/");
      if (slash <= 0 || slash === arg.length - 1)
        throw new KubectlError(
          `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
        );
      const resource = await ctx.resources.resolve(arg.slice(0, slash));
      const existing = out.find((t) => t.resource === resource);
      if (existing) existing.names.push(arg.slice(slash + 1));
      else out.push({ resource, names: [arg.slice(slash + 1)] });
    }
    return out;
  }
  const names = args.slice(1);
  if (names.some((n) => n.includes("/")))
    throw new KubectlError(
      `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
    );
  const out: ResourceTarget[] = [];
  for (const word of first.split(",").filter(Boolean)) {
    if (word === "all") {
      const { resources } = await ctx.resources.all();
      for (const r of resources.filter((r) => r.categories.includes("all")))
        out.push({ resource: r, names: [...names] });
      continue;
    }
    out.push({ resource: await ctx.resources.resolve(word), names: [...names] });
  }
  return out;
}

/** Namespace for a request: `-A` lists all namespaces (none), cluster-scoped resources have none. */
export function namespaceFor(ctx: Ctx, r: ResourceInfo, allNamespaces = false): string | undefined {
  if (!r.namespaced || allNamespaces) return undefined;
  return ctx.namespace;
}

export function nameOf(obj: KubeObject | JsonObject): string {
  const meta = objectAt(obj.metadata);
  return typeof meta.name === "string" ? meta.name : "";
}

/** `deployment.apps/my-app`. */
export function objectRef(r: Pick<ResourceInfo, "group" | "kind">, name: string): string {
  return `${kindPrefix(r)}/${name}`;
}

/** Items of a list answer, with the apiVersion and kind kubectl fills in. */
export function itemsOf(list: JsonObject, r: ResourceInfo): JsonObject[] {
  const items = Array.isArray(list.items) ? list.items.filter(isJsonObject) : [];
  const apiVersion = r.group ? `${r.group}/${r.version}` : r.version;
  return items.map((item) => ({ apiVersion, kind: r.kind, ...item }));
}

export function asList(items: JsonObject[]): JsonObject {
  return { apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } };
}

export type OutputFormat =
  | { t: "table"; wide: boolean }
  | { t: "yaml" }
  | { t: "json" }
  | { t: "name" }
  | { t: "jsonpath"; template: string }
  | { t: "custom-columns"; spec: string };

export function outputFormat(
  text: string,
  allowed = ["json", "yaml", "name", "jsonpath", "custom-columns", "wide"],
): OutputFormat {
  const eq = text.indexOf("=");
  const name = eq < 0 ? text : text.slice(0, eq);
  const arg = eq < 0 ? "" : text.slice(eq + 1);
  const bad = () =>
    new KubectlError(
      `unable to match a printer suitable for the output format "${text}", allowed formats are: ${allowed.join(",")}`,
    );
  if (!allowed.includes(name) && !(name === "" && text === "")) throw bad();
  switch (name) {
    case "":
      return { t: "table", wide: false };
    case "wide":
      return { t: "table", wide: true };
    case "yaml":
      return { t: "yaml" };
    case "json":
      return { t: "json" };
    case "name":
      return { t: "name" };
    case "jsonpath":
      if (!arg) throw new KubectlError("template format specified but no template given");
      return { t: "jsonpath", template: arg };
    case "custom-columns":
      if (!arg) throw new KubectlError("custom-columns format specified but no custom columns given");
      return { t: "custom-columns", spec: arg };
  }
  throw bad();
}

/** Prints objects in a non-table format; a single object prints alone, several as a List. */
export function printObjects(ctx: Ctx, format: OutputFormat, objects: JsonObject[], single: boolean): void {
  const data = single && objects.length === 1 ? (objects[0] as JsonObject) : asList(objects);
  switch (format.t) {
    case "yaml":
      ctx.out(toYaml(data));
      return;
    case "json":
      ctx.out(toJson(data));
      return;
    case "name":
      for (const o of objects) ctx.out(`${nameRef(o)}\n`);
      return;
    case "jsonpath":
      ctx.out(executeJsonPath(format.template, data));
      return;
    case "custom-columns":
      ctx.out(customColumns(format.spec, objects, ctx.flags.bool("no-headers")));
      return;
    case "table":
      for (const o of objects) ctx.out(`${nameRef(o)}\n`);
  }
}

/** `deployment.apps/x` from an object's apiVersion and kind. */
export function nameRef(o: JsonObject): string {
  const apiVersion = typeof o.apiVersion === "string" ? o.apiVersion : "v1";
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const kind = String(o.kind ?? "").toLowerCase();
  return `${group ? `${kind}.${group}` : kind}/${nameOf(o)}`;
}

/** The objects of `-f -` (stdin); kubectl's error when there is none. */
export function manifestsFromFlags(ctx: Ctx): JsonObject[] {
  const files = ctx.flags.list("filename");
  if (files.length === 0) return [];
  const out: JsonObject[] = [];
  for (const f of files) {
    if (f !== "-")
      throw new KubectlError(
        `the path "${f}" does not exist (this kubectl has no file system: paste or upload the manifest and use -f -)`,
      );
    const text = ctx.io.stdin ?? "";
    if (text.trim() === "") throw new KubectlError("no objects passed to the command (stdin is empty)");
    for (const doc of parseManifests(text, "STDIN")) {
      if (!isJsonObject(doc)) throw new KubectlError("error validating data: the document is not an object");
      if (typeof doc.kind !== "string" || doc.kind === "")
        throw new KubectlError(`error validating data: kind not set`);
      if (typeof doc.apiVersion !== "string" || doc.apiVersion === "")
        throw new KubectlError(`error validating data: apiVersion not set`);
      out.push(doc);
    }
  }
  return out;
}

export interface ManifestTarget {
  resource: ResourceInfo;
  namespace: string;
  name: string;
  object: JsonObject;
}

export async function manifestTargets(ctx: Ctx, objects: JsonObject[]): Promise<ManifestTarget[]> {
  const out: ManifestTarget[] = [];
  for (const object of objects) {
    const resource = await ctx.resources.forKind(String(object.apiVersion), String(object.kind));
    const meta = objectAt(object.metadata);
    const ns = typeof meta.namespace === "string" && meta.namespace ? meta.namespace : ctx.namespace;
    if (
      resource.namespaced &&
      ctx.namespaceGiven &&
      typeof meta.namespace === "string" &&
      meta.namespace &&
      meta.namespace !== ctx.namespace
    )
      throw new KubectlError(
        `the namespace from the provided object "${meta.namespace}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${meta.namespace}' to perform this operation.`,
      );
    out.push({
      resource,
      namespace: resource.namespaced ? ns : "",
      name: typeof meta.name === "string" ? meta.name : "",
      object,
    });
  }
  return out;
}

export function pathOf(t: ManifestTarget): string {
  return objectPath(t.resource, t.namespace, t.name);
}

export function requireArgs(ctx: Ctx, count: number, message: string): void {
  if (ctx.args.length < count) throw new UsageError(message);
}

export function dryRun(ctx: Ctx): "none" | "client" | "server" {
  const v = ctx.flags.string("dry-run");
  if (v === "" || v === "none") return "none";
  if (v === "client" || v === "unchanged") return "client";
  if (v === "server") return "server";
  throw new KubectlError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}

/**
 * `?fieldValidation=` from `--validate` (kubectl 1.32 leaves the check to the server): Strict,
 * Warn or Ignore; undefined for commands without the flag.
 */
export function fieldValidation(ctx: Ctx): "Strict" | "Warn" | "Ignore" | undefined {
  const v = ctx.flags.string("validate").toLowerCase();
  if (v === "") return undefined;
  if (v === "strict" || v === "true") return "Strict";
  if (v === "warn") return "Warn";
  if (v === "ignore" || v === "false") return "Ignore";
  throw new KubectlError(
    `invalid - validate option "${ctx.flags.string("validate")}"; must be one of: strict (or true), warn, ignore (or false)`,
  );
}

export function dryRunSuffix(mode: "none" | "client" | "server"): string {
  return mode === "client" ? " (dry run)" : mode === "server" ? " (server dry run)" : "";
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });
}
