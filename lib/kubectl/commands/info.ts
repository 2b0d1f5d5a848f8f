/** `version`, `api-resources`, `cluster-info`, `config view`. */
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { KubectlError } from "../api";
import { type Command, type Ctx, OUTPUT_FLAG, UsageError } from "../command";
import { tabulate } from "../output/tabwriter";
import { toJson, toYaml } from "../output/yaml";
import { apiVersion, qualified } from "../resources";

export const CLIENT_VERSION = {
  major: "1",
  minor: "32",
  gitVersion: "v1.32.4-kubeplay",
  platform: "js/workerd",
};

export const versionCommand: Command = {
  name: "version",
  short: "Print the client and server version information",
  usage: "[flags] [options]",
  examples: "# Print the client and server versions for the current context\nkubectl version",
  flags: [
    { name: "client", type: "bool", usage: "If true, shows client version only (no server required)." },
    OUTPUT_FLAG,
  ],
  async run(ctx: Ctx) {
    let server: JsonObject | undefined;
    if (!ctx.flags.bool("client")) {
      try {
        server = await ctx.api.json("/version");
      } catch {
        server = undefined;
      }
    }
    const output = ctx.flags.string("output");
    const data: JsonObject = { clientVersion: CLIENT_VERSION };
    if (server) data.serverVersion = server;
    if (output === "json") ctx.out(toJson(data));
    else if (output === "yaml") ctx.out(toYaml(data));
    else if (output) throw new KubectlError(`--output must be 'yaml' or 'json'`);
    else {
      ctx.out(`Client Version: ${CLIENT_VERSION.gitVersion}\n`);
      if (server) ctx.out(`Server Version: ${String(server.gitVersion ?? "unknown")}\n`);
      else if (!ctx.flags.bool("client")) ctx.err("error: the server did not answer GET /version\n");
    }
    return 0;
  },
};

export const apiResourcesCommand: Command = {
  name: "api-resources",
  short: "Print the supported API resources on the server",
  usage: "[flags] [options]",
  examples:
    "# Print the supported API resources\nkubectl api-resources\n\n# Print the supported API resources with more information\nkubectl api-resources -o wide",
  flags: [
    { name: "output", short: "o", type: "string", usage: "Output format. One of: (wide, name)." },
    {
      name: "namespaced",
      type: "bool",
      default: true,
      usage:
        "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.",
    },
    { name: "api-group", type: "string", usage: "Limit to resources in the specified API group." },
    {
      name: "no-headers",
      type: "bool",
      usage:
        "When using the default or custom-column output format, don't print headers (default print headers).",
    },
    {
      name: "sort-by",
      type: "string",
      usage:
        "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
    },
    { name: "verbs", type: "stringSlice", usage: "Limit to resources that support the specified verbs." },
  ],
  async run(ctx) {
    const output = ctx.flags.string("output");
    if (output && output !== "wide" && output !== "name")
      throw new KubectlError(`--output ${output} is not available`);
    const { resources, discovered } = await ctx.resources.all();
    if (!discovered)
      ctx.err("Warning: the server's discovery is not available; listing the kinds kubectl knows\n");
    let list = [...resources];
    if (ctx.flags.has("namespaced")) list = list.filter((r) => r.namespaced === ctx.flags.bool("namespaced"));
    if (ctx.flags.has("api-group")) list = list.filter((r) => r.group === ctx.flags.string("api-group"));
    const verbs = ctx.flags.list("verbs");
    if (verbs.length) list = list.filter((r) => verbs.every((v) => r.verbs.includes(v)));
    const sortBy = ctx.flags.string("sort-by");
    list.sort((a, b) =>
      sortBy === "kind"
        ? a.kind.localeCompare(b.kind)
        : sortBy === "name"
          ? a.resource.localeCompare(b.resource)
          : a.group.localeCompare(b.group) || a.resource.localeCompare(b.resource),
    );
    if (output === "name") {
      for (const r of list) ctx.out(`${qualified(r)}\n`);
      return 0;
    }
    const header = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
    if (output === "wide") header.push("VERBS", "CATEGORIES");
    const rows = list.map((r) => {
      const row = [r.resource, r.shortNames.join(","), apiVersion(r), String(r.namespaced), r.kind];
      if (output === "wide") row.push(`[${r.verbs.join(" ")}]`, r.categories.join(","));
      return row;
    });
    ctx.out(tabulate(ctx.flags.bool("no-headers") ? rows : [header, ...rows]));
    return 0;
  },
};

export const clusterInfoCommand: Command = {
  name: "cluster-info",
  short: "Display cluster information",
  group: "Cluster Management Commands",
  usage: "[flags] [options]",
  examples: "# Print the address of the control plane and cluster services\nkubectl cluster-info",
  async run(ctx) {
    if (ctx.args.length > 0) {
      if (ctx.args[0] === "dump")
        throw new KubectlError(
          "cluster-info dump is not available in the playground; use kubectl get and describe",
        );
      throw new UsageError(`unknown command "${ctx.args[0]}"`);
    }
    ctx.out(`Kubernetes control plane is running at ${ctx.io.serverUrl ?? "this playground's cluster"}\n\n`);
    ctx.out(
      "To further debug and diagnose cluster problems, use 'kubectl describe' and 'kubectl get events'.\n",
    );
    return 0;
  },
};

const configView: Command = {
  name: "view",
  short: "Display merged kubeconfig settings or a specified kubeconfig file",
  usage: "[flags] [options]",
  flags: [
    {
      name: "output",
      short: "o",
      type: "string",
      default: "yaml",
      usage: "Output format. One of: (json, yaml).",
    },
    {
      name: "minify",
      type: "bool",
      usage: "Remove all information not used by current-context from the output",
    },
    { name: "raw", type: "bool", usage: "Display raw byte data and sensitive data" },
  ],
  async run(ctx) {
    const cluster = ctx.io.clusterName ?? "kubeplay";
    const user = ctx.io.user ?? "kubeplay-user";
    const context: JsonObject = { cluster, user };
    if (ctx.namespaceGiven) context.namespace = ctx.namespace;
    const config: JsonObject = {
      apiVersion: "v1",
      clusters: [{ cluster: { server: ctx.io.serverUrl ?? `/clusters/${cluster}` }, name: cluster }],
      contexts: [{ context, name: cluster }],
      "current-context": cluster,
      kind: "Config",
      preferences: {},
      users: [{ name: user, user: {} }],
    };
    const output = ctx.flags.string("output");
    if (output === "json") ctx.out(toJson(config));
    else if (output === "yaml") ctx.out(toYaml(config));
    else
      throw new KubectlError(
        `unable to match a printer suitable for the output format "${output}", allowed formats are: json,yaml`,
      );
    return 0;
  },
};

export const configCommand: Command = {
  name: "config",
  short: "Modify kubeconfig files",
  usage: "SUBCOMMAND [options]",
  long: "Modify kubeconfig files. In the playground only `config view` is served: the terminal is already connected to this cluster.",
  subcommands: [configView],
};

export function isObject(v: unknown): v is JsonObject {
  return isJsonObject(v);
}
