/**
 * Tab completion for the kubectl-like commands: commands, kinds, flags, and object names from the
 * page's live cache. Pure: give it the text before the cursor and a way to list names.
 */

export interface NameSource {
  /**
   * Names of the objects of a kind (`pods`, `nodes`, …) the page knows, in a namespace (`default`
   * unless the line says `-n NS`; `*` for `-A`).
   */
  names(resource: string, namespace?: string): string[];
}

export interface Completion {
  /** Where the word being completed starts in the text. */
  start: number;
  candidates: string[];
}

export const COMMANDS = [
  "annotate",
  "api-resources",
  "apply",
  "cluster-info",
  "cordon",
  "create",
  "delete",
  "describe",
  "drain",
  "edit",
  "explain",
  "expose",
  "flow",
  "get",
  "label",
  "logs",
  "patch",
  "rollout",
  "run",
  "scale",
  "set",
  "taint",
  "top",
  "uncordon",
  "version",
  "wait",
];

/** Every name of each kind the page watches, to the resource it lists. */
export const KINDS: Record<string, string> = {
  pods: "pods",
  pod: "pods",
  po: "pods",
  nodes: "nodes",
  node: "nodes",
  no: "nodes",
  services: "services",
  service: "services",
  svc: "services",
  deployments: "deployments",
  deployment: "deployments",
  deploy: "deployments",
  replicasets: "replicasets",
  replicaset: "replicasets",
  rs: "replicasets",
  endpoints: "endpoints",
  ep: "endpoints",
  namespaces: "namespaces",
  namespace: "namespaces",
  ns: "namespaces",
  events: "events",
  event: "events",
  ev: "events",
  configmaps: "configmaps",
  configmap: "configmaps",
  cm: "configmaps",
  leases: "leases",
  lease: "leases",
};

const KIND_WORDS = [
  "pods",
  "nodes",
  "services",
  "deployments",
  "replicasets",
  "endpoints",
  "namespaces",
  "events",
  "configmaps",
  "leases",
];

const GLOBAL_FLAGS = ["--namespace=", "-n", "--all-namespaces", "-A", "--help"];

const FLAGS: Record<string, string[]> = {
  get: ["-o", "--output=", "-w", "--watch", "-l", "--selector=", "--show-labels", "--field-selector="],
  describe: ["-l", "--selector="],
  delete: ["--grace-period=", "--force", "--now", "-l", "--selector=", "--all", "-f", "--cascade="],
  create: ["--image=", "--replicas=", "--port=", "--tcp=", "--dry-run=client", "-o", "-f"],
  apply: ["-f", "--dry-run=client", "-o"],
  scale: ["--replicas="],
  run: ["--image=", "--port=", "--labels=", "--restart=", "--dry-run=client", "-o"],
  expose: ["--port=", "--target-port=", "--type=", "--name="],
  rollout: ["--revision=", "--to-revision=", "-w", "--watch"],
  logs: ["-c", "--container=", "-f", "--follow", "--tail=", "--previous"],
  drain: ["--ignore-daemonsets", "--delete-emptydir-data", "--force", "--grace-period="],
  wait: ["--for=", "--timeout="],
  label: ["--overwrite", "-l", "--selector="],
  annotate: ["--overwrite"],
  edit: ["-o"],
};

const OUTPUTS = ["wide", "yaml", "json", "name", "jsonpath=", "custom-columns="];
const SUBCOMMANDS: Record<string, string[]> = {
  create: ["deployment", "service", "namespace", "configmap", "-f"],
  rollout: ["status", "history", "undo", "restart", "pause", "resume"],
  set: ["image", "resources"],
};

/** Commands whose first argument is an object of a known kind. */
const FIRST_ARG_KIND: Record<string, string> = {
  cordon: "nodes",
  uncordon: "nodes",
  drain: "nodes",
  taint: "nodes",
  logs: "pods",
};

export function complete(text: string, source: NameSource): Completion {
  const start = text.search(/\S*$/);
  const word = text.slice(start);
  const words = text.slice(0, start).trim().split(/\s+/).filter(Boolean);
  if (words[0] === "kubectl" || words[0] === "k") words.shift();
  const namespace = namespaceOf(words);
  const previous = words[words.length - 1];
  // Global flags may come before the command (`kubectl -n kube-system get pods`).
  while (words[0]?.startsWith("-") && words.length > 1) {
    const flag = words.shift();
    if (flag === "-n" || flag === "--namespace") words.shift();
  }
  const command = words[0]?.startsWith("-") ? undefined : words[0];
  const args = words
    .slice(1)
    .filter((w, i, all) => !w.startsWith("-") && all[i - 1] !== "-n" && all[i - 1] !== "--namespace");
  const match = (options: string[]) => ({
    start,
    candidates: [...new Set(options)].filter((o) => o.startsWith(word)).sort(),
  });

  if (previous === "-n" || previous === "--namespace") return match(source.names("namespaces"));
  if (!command) return match(COMMANDS);
  if (previous === "-o" || previous === "--output") return match(OUTPUTS);
  if (word.startsWith("--namespace=")) return prefixed("--namespace=", source.names("namespaces"));
  if (word.startsWith("-o") && word.length > 2 && !word.startsWith("-o=")) return match([]);
  if (word.startsWith("-")) return match([...(FLAGS[command] ?? []), ...GLOBAL_FLAGS]);

  const sub = SUBCOMMANDS[command];
  if (sub && args.length === 0) return match(sub);
  const kindPosition = command === "rollout" || command === "set" ? 1 : 0;
  if (command === "create" || command === "apply" || command === "run" || command === "flow")
    return match([]);
  const direct = FIRST_ARG_KIND[command];
  if (direct) return match(source.names(direct, namespace));
  if (args.length === kindPosition) {
    const slash = word.indexOf("/");
    if (slash > 0) {
      const resource = KINDS[word.slice(0, slash)];
      if (resource) return prefixed(word.slice(0, slash + 1), source.names(resource, namespace));
    }
    return match(command === "rollout" ? ["deployments"] : KIND_WORDS);
  }
  const resource = KINDS[args[kindPosition] ?? ""];
  if (resource) return match(source.names(resource, namespace));
  return match([]);

  function prefixed(prefix: string, names: string[]) {
    return {
      start,
      candidates: names
        .map((n) => prefix + n)
        .filter((n) => n.startsWith(word))
        .sort(),
    };
  }
}

/** The namespace a line names: `-n NS`, `--namespace NS`, `--namespace=NS`, `*` for `-A`. */
function namespaceOf(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (w === "-A" || w === "--all-namespaces") return "*";
    if ((w === "-n" || w === "--namespace") && words[i + 1]) return words[i + 1];
    if (w.startsWith("--namespace=")) return w.slice("--namespace=".length);
  }
  return undefined;
}

/** The longest text all candidates start with. */
export function commonPrefix(candidates: string[]): string {
  if (candidates.length === 0) return "";
  let prefix = candidates[0]!;
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Whether a command line could change the cluster (for the viewer note and offline refusal). */
export function isMutating(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words[0] === "kubectl" || words[0] === "k") words.shift();
  const verb = words[0] ?? "";
  if (verb === "rollout") return ["undo", "restart", "pause", "resume"].includes(words[1] ?? "");
  return ![
    "get",
    "describe",
    "logs",
    "explain",
    "api-resources",
    "cluster-info",
    "version",
    "top",
    "wait",
    "flow",
    "help",
    "",
  ].includes(verb);
}
