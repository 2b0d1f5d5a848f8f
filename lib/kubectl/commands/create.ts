/** `kubectl create -f`, `create deployment|service|namespace|configmap`. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { errorText, KubectlError } from "../api";
import {
  type Command,
  type Ctx,
  DRY_RUN_FLAG,
  FILENAME_FLAG,
  OUTPUT_FLAG,
  UsageError,
  VALIDATE_FLAG,
} from "../command";
import { collectionPath, type ResourceInfo } from "../resources";
import {
  dryRun,
  dryRunSuffix,
  fieldValidation,
  manifestsFromFlags,
  manifestTargets,
  nameRef,
  outputFormat,
  printObjects,
} from "./shared";

const SAVE_CONFIG: import("../parse/flags").FlagSpec = {
  name: "save-config",
  type: "bool",
  usage: "If true, the configuration of current object will be saved in its annotation.",
};

/** POSTs an object (or prints it for `--dry-run=client`), then prints `kind/name created` or `-o`. */
export async function createObject(
  ctx: Ctx,
  resource: ResourceInfo,
  namespace: string,
  object: JsonObject,
): Promise<void> {
  const mode = dryRun(ctx);
  const output = ctx.flags.string("output");
  if (mode === "client") {
    const shown = forDryRunPrint(object);
    if (output) printObjects(ctx, outputFormat(output), [shown], true);
    else ctx.out(`${nameRef(object)} created (dry run)\n`);
    return;
  }
  const created = await ctx.api.json(collectionPath(resource, resource.namespaced ? namespace : undefined), {
    method: "POST",
    body: object,
    query: { ...(mode === "server" ? { dryRun: "All" } : {}), fieldValidation: fieldValidation(ctx) },
  });
  if (output) printObjects(ctx, outputFormat(output), [created], true);
  else
    ctx.out(
      `${nameRef({ ...created, apiVersion: object.apiVersion ?? created.apiVersion, kind: object.kind ?? created.kind })} created${dryRunSuffix(mode)}\n`,
    );
}

/** kubectl prints client-side objects with `creationTimestamp: null` and an empty status. */
function forDryRunPrint(object: JsonObject): JsonObject {
  const copy = structuredClone(object);
  copy.metadata = goMetadata(objectAt(copy.metadata));
  const spec = isJsonObject(copy.spec) ? copy.spec : undefined;
  const template = spec && isJsonObject(spec.template) ? spec.template : undefined;
  if (template) template.metadata = goMetadata(objectAt(template.metadata));
  if (copy.kind !== "ConfigMap") copy.status ??= copy.kind === "Service" ? { loadBalancer: {} } : {};
  const { kind = null, apiVersion = null, ...rest } = copy;
  return { kind, apiVersion, ...rest };
}

/** ObjectMeta's fields in Go's order (what `-o json` shows), with the `creationTimestamp: null` of an unsaved object. */
const META_ORDER = [
  "name",
  "generateName",
  "namespace",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
];

function goMetadata(meta: JsonObject): JsonObject {
  const withTime: JsonObject = { creationTimestamp: null, ...meta };
  const out: JsonObject = {};
  for (const k of META_ORDER) if (k in withTime) out[k] = withTime[k] ?? null;
  for (const k of Object.keys(withTime)) if (!(k in out)) out[k] = withTime[k] ?? null;
  return out;
}

async function createFromFiles(ctx: Ctx): Promise<number> {
  const objects = manifestsFromFlags(ctx);
  if (objects.length === 0) throw new KubectlError("must specify one of -f and -k");
  const targets = await manifestTargets(ctx, objects);
  let code = 0;
  for (const t of targets) {
    try {
      const object = ctx.flags.bool("save-config") ? withLastApplied(t.object) : t.object;
      await createObject(ctx, t.resource, t.namespace, object);
    } catch (e) {
      ctx.err(`${errorText(e)}\n`);
      code = 1;
    }
  }
  return code;
}

export function withLastApplied(object: JsonObject): JsonObject {
  const copy = structuredClone(object);
  const meta = objectAt(copy.metadata);
  const annotations = objectAt(meta.annotations);
  const config = structuredClone(object);
  if (isJsonObject(config.metadata) && isJsonObject(config.metadata.annotations)) {
    delete config.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"];
    if (Object.keys(config.metadata.annotations).length === 0) delete config.metadata.annotations;
  }
  annotations["kubectl.kubernetes.io/last-applied-configuration"] = `${JSON.stringify(config)}\n`;
  meta.annotations = annotations;
  copy.metadata = meta;
  return copy;
}

/** `nginx:1.25` → `nginx`; `registry/x/app@sha256:..` → `app`. */
export function containerNameFor(image: string): string {
  const last = image.split("/").pop() ?? image;
  return (
    last
      .split("@")[0]
      ?.split(":")[0]
      ?.toLowerCase()
      .replace(/[^a-z0-9-]/g, "-") || "app"
  );
}

function oneName(ctx: Ctx): string {
  if (ctx.args.length === 0) throw new UsageError("NAME is required");
  if (ctx.args.length > 1) throw new UsageError(`exactly one NAME is required, got ${ctx.args.length}`);
  return ctx.args[0] as string;
}

async function resource(ctx: Ctx, word: string): Promise<ResourceInfo> {
  return ctx.resources.resolve(word);
}

const createDeployment: Command = {
  name: "deployment",
  aliases: ["deploy"],
  short: "Create a deployment with the specified name",
  usage: "NAME --image=image -- [COMMAND] [args...] [options]",
  examples:
    "# Create a deployment named my-dep that runs the nginx image with 3 replicas\nkubectl create deployment my-dep --image=nginx --replicas=3",
  flags: [
    {
      name: "image",
      type: "stringSlice",
      usage: "Image names to run. A deployment can have multiple images set for multi-container pod.",
    },
    {
      name: "replicas",
      short: "r",
      type: "int",
      default: 1,
      usage: "Number of replicas to create. Default is 1.",
    },
    { name: "port", type: "int", default: -1, usage: "The containerPort that this deployment exposes." },
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    VALIDATE_FLAG,
  ],
  async run(ctx) {
    const images = ctx.flags.list("image");
    if (images.length === 0) throw new KubectlError('required flag(s) "image" not set');
    const name = oneName(ctx);
    const port = ctx.flags.int("port");
    const command = ctx.flags.parsed.dashArgs;
    const labels = { app: name };
    const containers = images.map((image, i) => {
      const c: JsonObject = { name: containerNameFor(image), image };
      if (i === 0 && command.length > 0) c.command = command;
      if (port >= 0) c.ports = [{ containerPort: port }];
      c.resources = {};
      return c;
    });
    const object: JsonObject = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { labels, name },
      spec: {
        replicas: ctx.flags.int("replicas"),
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers } },
        strategy: {},
      },
    };
    await createObject(ctx, await resource(ctx, "deployments.apps"), ctx.namespace, object);
    return 0;
  },
};

function serviceCommand(type: "ClusterIP" | "NodePort" | "LoadBalancer"): Command {
  const sub = type.toLowerCase();
  return {
    name: sub,
    short: `Create a ${type} service`,
    usage: `NAME [--tcp=<port>:<targetPort>] [options]`,
    examples: `# Create a new ${type} service named my-svc\nkubectl create service ${sub} my-svc --tcp=5678:8080`,
    flags: [
      { name: "tcp", type: "stringSlice", usage: "Port pairs can be specified as '<port>:<targetPort>'." },
      ...(type === "ClusterIP"
        ? [
            {
              name: "clusterip",
              type: "string" as const,
              usage:
                "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).",
            },
          ]
        : []),
      ...(type === "NodePort"
        ? [
            {
              name: "node-port",
              type: "int" as const,
              default: 0,
              usage: "Port used to expose the service on each node in a cluster.",
            },
          ]
        : []),
      OUTPUT_FLAG,
      DRY_RUN_FLAG,
      VALIDATE_FLAG,
    ],
    async run(ctx) {
      const name = oneName(ctx);
      const tcp = ctx.flags.list("tcp");
      if (tcp.length === 0 && ctx.flags.string("clusterip") !== "None")
        throw new KubectlError("at least one tcp port specifier must be provided");
      const ports = tcp.map((spec) => {
        const [p = "", t] = spec.split(":");
        const port = Number(p);
        if (!/^\d+$/.test(p) || port < 1 || port > 65535) throw new KubectlError(`invalid port "${p}"`);
        const target = t === undefined ? port : /^\d+$/.test(t) ? Number(t) : t;
        const entry: JsonObject = {
          name: t === undefined ? p : `${p}-${t}`,
          port,
          protocol: "TCP",
          targetPort: target,
        };
        if (type === "NodePort" && ctx.flags.int("node-port") > 0)
          entry.nodePort = ctx.flags.int("node-port");
        return entry;
      });
      const spec: JsonObject = { ports, selector: { app: name }, type };
      if (ctx.flags.has("clusterip")) spec.clusterIP = ctx.flags.string("clusterip");
      const object: JsonObject = {
        apiVersion: "v1",
        kind: "Service",
        metadata: { labels: { app: name }, name },
        spec,
      };
      await createObject(ctx, await resource(ctx, "services"), ctx.namespace, object);
      return 0;
    },
  };
}

const createService: Command = {
  name: "service",
  aliases: ["svc"],
  short: "Create a service using a specified subcommand",
  usage: "[flags] [options]",
  subcommands: [serviceCommand("ClusterIP"), serviceCommand("NodePort"), serviceCommand("LoadBalancer")],
};

const createNamespace: Command = {
  name: "namespace",
  aliases: ["ns"],
  short: "Create a namespace with the specified name",
  usage: "NAME [--dry-run=server|client|none] [options]",
  examples: "# Create a new namespace named my-namespace\nkubectl create namespace my-namespace",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, VALIDATE_FLAG],
  async run(ctx) {
    const name = oneName(ctx);
    const object: JsonObject = { apiVersion: "v1", kind: "Namespace", metadata: { name }, spec: {} };
    await createObject(ctx, await resource(ctx, "namespaces"), "", object);
    return 0;
  },
};

const createConfigMap: Command = {
  name: "configmap",
  aliases: ["cm"],
  short: "Create a config map from a local file, directory or literal value",
  usage: "NAME [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
  examples:
    "# Create a new config map named my-config with key1=config1 and key2=config2\nkubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2",
  flags: [
    {
      name: "from-literal",
      type: "stringArray",
      usage: "Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)",
    },
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    VALIDATE_FLAG,
  ],
  async run(ctx) {
    const name = oneName(ctx);
    const data: JsonObject = {};
    for (const lit of ctx.flags.list("from-literal")) {
      const eq = lit.indexOf("=");
      if (eq <= 0) throw new KubectlError(`invalid literal source ${lit}, expected key=value`);
      const key = lit.slice(0, eq);
      if (key in data)
        throw new KubectlError(
          `cannot add key ${key}, another key by that name already exists in Data for ConfigMap "${name}"`,
        );
      data[key] = lit.slice(eq + 1);
    }
    const object: JsonObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { name } };
    if (Object.keys(data).length > 0) object.data = data;
    await createObject(ctx, await resource(ctx, "configmaps"), ctx.namespace, object);
    return 0;
  },
};

export const createCommand: Command = {
  name: "create",
  short: "Create a resource from a file or from stdin",
  group: "Basic Commands (Beginner)",
  long: "Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted; here `-f -` reads the text pasted or uploaded as stdin.",
  usage: "-f FILENAME [options]",
  examples: "# Create a deployment from YAML given as stdin\nkubectl create -f -",
  flags: [FILENAME_FLAG, OUTPUT_FLAG, DRY_RUN_FLAG, VALIDATE_FLAG, SAVE_CONFIG],
  subcommands: [createDeployment, createService, createNamespace, createConfigMap],
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError(`Unexpected args: [${ctx.args.join(" ")}]`);
    return createFromFiles(ctx);
  },
};
