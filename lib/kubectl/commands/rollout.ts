/** `kubectl rollout status|history|undo|restart|pause|resume` for deployments. */
import { objectAt } from "../../k8s/json";
import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { formatTime } from "../../k8s/time";
import { parseGoDuration } from "../../printers/duration";
import { KubectlError } from "../api";
import { type Command, type Ctx, UsageError } from "../command";
import { tabulate } from "../output/tabwriter";
import { collectionPath, objectPath, type ResourceInfo } from "../resources";
import { objectRef, resolveTargets, sleep } from "./shared";

async function oneDeployment(ctx: Ctx): Promise<{ resource: ResourceInfo; name: string }> {
  if (ctx.args.length === 0) throw new UsageError("required resource not specified");
  const targets = await resolveTargets(ctx, ctx.args);
  const t = targets[0];
  if (!t || t.names.length === 0) throw new UsageError("required resource not specified");
  if (t.resource.kind !== "Deployment")
    throw new KubectlError(
      `no ${ctx.commandPath.split(" ").pop()}er found for ${t.resource.resource}: only deployments are supported here`,
    );
  return { resource: t.resource, name: t.names[0] as string };
}

/** kubectl's DeploymentStatusViewer: the message and whether the rollout is done. */
export function deploymentStatus(d: JsonObject): { message: string; done: boolean; failed?: boolean } {
  const meta = objectAt(d.metadata);
  const spec = objectAt(d.spec);
  const status = objectAt(d.status);
  const name = String(meta.name ?? "");
  if (Number(meta.generation ?? 0) <= Number(status.observedGeneration ?? -1)) {
    const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isJsonObject) : [];
    const progressing = conditions.find((c) => c.type === "Progressing");
    if (progressing?.reason === "ProgressDeadlineExceeded")
      return { message: `deployment "${name}" exceeded its progress deadline`, done: false, failed: true };
    const replicas = Number(spec.replicas ?? 1);
    const updated = Number(status.updatedReplicas ?? 0);
    const total = Number(status.replicas ?? 0);
    const available = Number(status.availableReplicas ?? 0);
    if (updated < replicas)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`,
        done: false,
      };
    if (total > updated)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...\n`,
        done: false,
      };
    if (available < updated)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`,
        done: false,
      };
    return { message: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { message: "Waiting for deployment spec update to be observed...\n", done: false };
}

const status: Command = {
  name: "status",
  short: "Show the status of the rollout",
  usage: "(TYPE NAME | TYPE/NAME) [flags] [options]",
  examples: "# Watch the rollout status of a deployment\nkubectl rollout status deployment/nginx",
  flags: [
    {
      name: "watch",
      short: "w",
      type: "bool",
      default: true,
      usage: "Watch the status of the rollout until it's done.",
    },
    {
      name: "timeout",
      type: "string",
      default: "0s",
      usage: "The length of time to wait before ending watch, zero means never.",
    },
  ],
  async run(ctx) {
    const { resource, name } = await oneDeployment(ctx);
    const timeout = parseDuration(ctx.flags.string("timeout"));
    const deadline = timeout > 0 ? ctx.io.now() + timeout : Number.POSITIVE_INFINITY;
    let last = "";
    while (!ctx.io.signal.aborted) {
      const d = await ctx.api.json(objectPath(resource, ctx.namespace, name));
      const s = deploymentStatus(d);
      if (s.failed) throw new KubectlError(s.message);
      if (s.message !== last) ctx.out(s.message);
      last = s.message;
      if (s.done || !ctx.flags.bool("watch")) return 0;
      if (ctx.io.now() >= deadline) throw new KubectlError("timed out waiting for the condition");
      await sleep(250, ctx.io.signal);
    }
    return 0;
  },
};

/** A `--timeout` value in ms: a Go duration (`90s`, `1m30s`), or a bare number of seconds. */
export function parseDuration(text: string): number {
  const bare = /^\d+$/.test(text.trim()) ? Number(text.trim()) * 1000 : null;
  const ms = bare ?? parseGoDuration(text);
  if (ms === null) throw new KubectlError(`invalid duration "${text}"`);
  return ms;
}

const REVISION = "deployment.kubernetes.io/revision";

async function ownedReplicaSets(ctx: Ctx, deployment: JsonObject): Promise<JsonObject[]> {
  const rs = await ctx.resources.resolve("replicasets.apps");
  const list = await ctx.api.json(collectionPath(rs, ctx.namespace));
  const uid = objectAt(deployment.metadata).uid;
  return (Array.isArray(list.items) ? list.items.filter(isJsonObject) : []).filter((r) => {
    const refs = objectAt(r.metadata).ownerReferences;
    return (
      Array.isArray(refs) &&
      refs.some((ref) => isJsonObject(ref) && ref.uid === uid && ref.controller === true)
    );
  });
}

function revisionOf(o: JsonObject): number {
  return Number(objectAt(objectAt(o.metadata).annotations)[REVISION] ?? 0);
}

const history: Command = {
  name: "history",
  short: "View rollout history",
  usage: "(TYPE NAME | TYPE/NAME) [flags] [options]",
  examples: "# View the rollout history of a deployment\nkubectl rollout history deployment/abc",
  flags: [
    {
      name: "revision",
      type: "int",
      default: 0,
      usage: "See the details, including podTemplate of the revision specified",
    },
  ],
  async run(ctx) {
    const { resource, name } = await oneDeployment(ctx);
    const d = await ctx.api.json(objectPath(resource, ctx.namespace, name));
    const sets = (await ownedReplicaSets(ctx, d))
      .filter((r) => revisionOf(r) > 0)
      .sort((a, b) => revisionOf(a) - revisionOf(b));
    const wanted = ctx.flags.int("revision");
    if (wanted > 0) {
      const hit = sets.find((r) => revisionOf(r) === wanted);
      if (!hit) throw new KubectlError(`unable to find the specified revision`);
      const template = objectAt(objectAt(hit.spec).template);
      const containers = Array.isArray(objectAt(template.spec).containers)
        ? (objectAt(template.spec).containers as JsonValue[]).filter(isJsonObject)
        : [];
      const labels = objectAt(objectAt(template.metadata).labels);
      let out = `${objectRef(resource, name)} with revision #${wanted}\nPod Template:\n`;
      out += `  Labels:\t${Object.keys(labels)
        .sort()
        .map((k) => `${k}=${String(labels[k])}`)
        .join("\n\t")}\n  Containers:\n`;
      for (const c of containers) out += `   ${String(c.name)}:\n    Image:\t${String(c.image)}\n`;
      ctx.out(`${out}\n`);
      return 0;
    }
    const rows = [["REVISION", "CHANGE-CAUSE"]];
    for (const r of sets)
      rows.push([
        String(revisionOf(r)),
        String(objectAt(objectAt(r.metadata).annotations)["kubernetes.io/change-cause"] ?? "<none>"),
      ]);
    ctx.out(`${objectRef(resource, name)} \n${tabulate(rows)}\n`);
    return 0;
  },
};

const undo: Command = {
  name: "undo",
  short: "Undo a previous rollout",
  usage: "(TYPE NAME | TYPE/NAME) [flags] [options]",
  examples:
    "# Roll back to the previous deployment\nkubectl rollout undo deployment/abc\n\n# Roll back to revision 3\nkubectl rollout undo deployment/abc --to-revision=3",
  flags: [
    {
      name: "to-revision",
      type: "int",
      default: 0,
      usage: "The revision to rollback to. Default to 0 (last revision).",
    },
  ],
  async run(ctx) {
    const { resource, name } = await oneDeployment(ctx);
    const path = objectPath(resource, ctx.namespace, name);
    const d = await ctx.api.json(path);
    if (objectAt(d.spec).paused === true)
      throw new KubectlError(
        `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again`,
      );
    const sets = (await ownedReplicaSets(ctx, d)).sort((a, b) => revisionOf(b) - revisionOf(a));
    const to = ctx.flags.int("to-revision");
    const current = revisionOf(d) || revisionOf(sets[0] ?? {});
    const target =
      to > 0
        ? sets.find((r) => revisionOf(r) === to)
        : sets.find((r) => revisionOf(r) > 0 && revisionOf(r) !== current);
    if (!target) {
      if (to > 0) throw new KubectlError(`unable to find specified revision ${to} in history`);
      throw new KubectlError(`no rollout history found for deployment "${name}"`);
    }
    const template = structuredClone(objectAt(objectAt(target.spec).template));
    const labels = objectAt(objectAt(template.metadata).labels);
    delete labels["pod-template-hash"];
    if (JSON.stringify(template) === JSON.stringify(objectAt(objectAt(d.spec).template))) {
      ctx.out(
        `${objectRef(resource, name)} skipped rollback (current template already matches revision ${revisionOf(target)})\n`,
      );
      return 0;
    }
    await ctx.api.json(path, {
      method: "PATCH",
      body: [{ op: "replace", path: "/spec/template", value: template }],
      contentType: "application/json-patch+json",
    });
    ctx.out(`${objectRef(resource, name)} rolled back\n`);
    return 0;
  },
};

function patchCommand(nameWord: "restart" | "pause" | "resume", short: string): Command {
  return {
    name: nameWord,
    short,
    usage: "RESOURCE [flags] [options]",
    examples: `kubectl rollout ${nameWord} deployment/nginx`,
    async run(ctx) {
      const { resource, name } = await oneDeployment(ctx);
      const path = objectPath(resource, ctx.namespace, name);
      const d = await ctx.api.json(path);
      const paused = objectAt(d.spec).paused === true;
      let body: JsonObject;
      if (nameWord === "restart") {
        if (paused)
          throw new KubectlError(
            `deployments.apps "${name}" can't restart paused deployment (run rollout resume first)`,
          );
        body = {
          spec: {
            template: {
              metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": formatTime(ctx.io.now()) } },
            },
          },
        };
      } else {
        if (nameWord === "pause" && paused)
          throw new KubectlError(`deployments.apps "${name}" is already paused`);
        if (nameWord === "resume" && !paused)
          throw new KubectlError(`deployments.apps "${name}" is not paused`);
        body = { spec: { paused: nameWord === "pause" ? true : null } };
      }
      await ctx.api.json(path, {
        method: "PATCH",
        body,
        contentType: "application/strategic-merge-patch+json",
      });
      const done = { restart: "restarted", pause: "paused", resume: "resumed" }[nameWord];
      ctx.out(`${objectRef(resource, name)} ${done}\n`);
      return 0;
    },
  };
}

export const rolloutCommand: Command = {
  name: "rollout",
  short: "Manage the rollout of a resource",
  group: "Deploy Commands",
  long: "Manage the rollout of one or many resources.\n\n Valid resource types include:\n\n  *  deployments",
  usage: "SUBCOMMAND [options]",
  examples:
    "# Rollback to the previous deployment\nkubectl rollout undo deployment/abc\n\n# Check the rollout status of a deployment\nkubectl rollout status deployment/abc",
  subcommands: [
    history,
    patchCommand("pause", "Mark the provided resource as paused"),
    patchCommand("restart", "Restart a resource"),
    patchCommand("resume", "Resume a paused resource"),
    status,
    undo,
  ],
};
