/** `kubectl expose`: a Service selecting what a deployment, replica set, pod or service selects. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { KubectlError } from "../api";
import { type Command, type Ctx, DRY_RUN_FLAG, OUTPUT_FLAG, UsageError, VALIDATE_FLAG } from "../command";
import { objectPath } from "../resources";
import { createObject } from "./create";
import { resolveTargets } from "./shared";

export const exposeCommand: Command = {
  name: "expose",
  short:
    "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
  group: "Basic Commands (Beginner)",
  usage:
    "(-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
  examples:
    "# Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000\nkubectl expose deployment nginx --port=80 --target-port=8000",
  flags: [
    {
      name: "port",
      type: "string",
      usage:
        "The port that the service should serve on. Copied from the resource being exposed, if unspecified",
    },
    {
      name: "target-port",
      type: "string",
      usage:
        "Name or number for the port on the container that the service should direct traffic to. Optional.",
    },
    {
      name: "protocol",
      type: "string",
      usage: "The network protocol for the service to be created. Default is 'TCP'.",
    },
    { name: "name", type: "string", usage: "The name for the newly created object." },
    {
      name: "type",
      type: "string",
      usage:
        "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.",
    },
    {
      name: "selector",
      type: "string",
      usage:
        "A label selector to use for this service. Only equality-based selector requirements are supported.",
    },
    {
      name: "labels",
      short: "l",
      type: "string",
      usage: "Labels to apply to the service created by this call.",
    },
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    VALIDATE_FLAG,
  ],
  async run(ctx: Ctx) {
    const targets = await resolveTargets(ctx, ctx.args);
    const target = targets[0];
    if (target?.names.length !== 1 || targets.length > 1)
      throw new UsageError("You must provide one resource by argument (TYPE NAME or TYPE/NAME)");
    const r = target.resource;
    const name = target.names[0] as string;
    const source = await ctx.api.json(objectPath(r, ctx.namespace, name));
    const spec = objectAt(source.spec);
    let selector: JsonObject;
    let ports: { port: number; protocol: string; name?: string }[] = [];
    let labels: JsonObject = objectAt(objectAt(source.metadata).labels);
    if (r.kind === "Deployment" || r.kind === "ReplicaSet") {
      const sel = objectAt(spec.selector);
      if (Array.isArray(sel.matchExpressions) && sel.matchExpressions.length)
        throw new KubectlError(
          `couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map`,
        );
      selector = objectAt(sel.matchLabels);
      ports = containerPorts(objectAt(objectAt(spec.template).spec));
    } else if (r.kind === "Pod") {
      selector = labels;
      ports = containerPorts(spec);
    } else if (r.kind === "Service") {
      selector = objectAt(spec.selector);
      ports = (Array.isArray(spec.ports) ? spec.ports.filter(isJsonObject) : []).map((p) => ({
        port: Number(p.port),
        protocol: String(p.protocol ?? "TCP"),
      }));
    } else throw new KubectlError(`cannot expose a ${r.kind}`);
    if (Object.keys(selector).length === 0 && !ctx.flags.string("selector"))
      throw new KubectlError(`the ${r.resource} "${name}" has no labels to select: use --selector`);
    if (ctx.flags.string("selector")) {
      selector = {};
      for (const pair of ctx.flags.string("selector").split(",")) {
        const [k, v] = pair.split("=");
        if (k && v !== undefined) selector[k] = v;
      }
    }
    if (ctx.flags.string("labels")) {
      labels = {};
      for (const pair of ctx.flags.string("labels").split(",")) {
        const [k, v] = pair.split("=");
        if (k && v !== undefined) labels[k] = v;
      }
    }
    const portFlag = ctx.flags.string("port");
    if (portFlag) {
      if (!/^\d+$/.test(portFlag)) throw new KubectlError(`invalid port "${portFlag}"`);
      ports = [{ port: Number(portFlag), protocol: ctx.flags.string("protocol") || "TCP" }];
    }
    if (ports.length === 0) throw new KubectlError("couldn't find port via --port flag or introspection");
    const targetPort = ctx.flags.string("target-port");
    const servicePorts = ports.map((p, i) => {
      const entry: JsonObject = { port: p.port, protocol: ctx.flags.string("protocol") || p.protocol };
      if (ports.length > 1) entry.name = `port-${i + 1}`;
      entry.targetPort = targetPort ? (/^\d+$/.test(targetPort) ? Number(targetPort) : targetPort) : p.port;
      return entry;
    });
    const serviceSpec: JsonObject = { ports: servicePorts, selector };
    const type = ctx.flags.string("type");
    if (type) {
      const known = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"].find(
        (t) => t.toLowerCase() === type.toLowerCase(),
      );
      if (!known) throw new KubectlError(`invalid service type "${type}"`);
      serviceSpec.type = known;
    }
    const serviceName = ctx.flags.string("name") || name;
    const service: JsonObject = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { labels, name: serviceName },
      spec: serviceSpec,
    };
    const services = await ctx.resources.resolve("services");
    const write = ctx.out;
    // kubectl says "exposed" where create says "created".
    ctx.out = (text) => write(text.replace(/ created( \(.*\))?\n$/, " exposed$1\n"));
    try {
      await createObject(ctx, services, ctx.namespace, service);
    } finally {
      ctx.out = write;
    }
    return 0;
  },
};

function containerPorts(podSpec: JsonObject): { port: number; protocol: string }[] {
  const out: { port: number; protocol: string }[] = [];
  for (const c of Array.isArray(podSpec.containers) ? podSpec.containers.filter(isJsonObject) : []) {
    for (const p of Array.isArray(c.ports) ? c.ports.filter(isJsonObject) : []) {
      out.push({ port: Number(p.containerPort), protocol: String(p.protocol ?? "TCP") });
    }
  }
  return out;
}
