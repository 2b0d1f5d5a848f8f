/** What a command is (name, help, flags, run) and what it runs with. */
import type { Api } from "./api";
import type { FlagSpec, Flags } from "./parse/flags";
import type { Resources } from "./resources";
import type { ExitCode, KubectlIO } from "./types";

export interface Ctx {
  io: KubectlIO;
  api: Api;
  resources: Resources;
  flags: Flags;
  args: string[];
  /** `-n`, or `default`. */
  namespace: string;
  /** Whether `-n` was given. */
  namespaceGiven: boolean;
  /** `kubectl rollout status`: for usage errors. */
  commandPath: string;
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  aliases?: string[];
  /** One line for `kubectl help`. */
  short: string;
  /** `kubectl help` section; the playground's verbs go under "Playground Commands". */
  group?: string;
  usage: string;
  long?: string;
  examples?: string;
  flags?: FlagSpec[];
  subcommands?: Command[];
  /** Known by name (for suggestions) but not listed in help. */
  hidden?: boolean;
  run?(ctx: Ctx): Promise<ExitCode>;
}

/** A usage error: printed with `See 'kubectl X --help' for usage.` */
export class UsageError extends Error {}

export const NAMESPACE_FLAG: FlagSpec = {
  name: "namespace",
  short: "n",
  type: "string",
  usage: "If present, the namespace scope for this CLI request",
};

export const GLOBAL_FLAGS: FlagSpec[] = [
  NAMESPACE_FLAG,
  { name: "help", short: "h", type: "bool", usage: "help for this command" },
  {
    name: "request-timeout",
    type: "string",
    usage: "The length of time to wait before giving up on a single server request.",
    default: "0",
  },
  { name: "v", short: "v", type: "int", usage: "number for the log level verbosity", default: 0 },
];

export const OUTPUT_FLAG: FlagSpec = {
  name: "output",
  short: "o",
  type: "string",
  usage:
    "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide).",
};

/** `--validate`: what the server does with unknown fields (`?fieldValidation=`), strict by default. */
export const VALIDATE_FLAG: FlagSpec = {
  name: "validate",
  type: "string",
  usage:
    'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.',
  default: "strict",
  noOptDefault: "strict",
};

export const DRY_RUN_FLAG: FlagSpec = {
  name: "dry-run",
  type: "string",
  usage:
    'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
  default: "none",
  noOptDefault: "unchanged",
};

export const FILENAME_FLAG: FlagSpec = {
  name: "filename",
  short: "f",
  type: "stringSlice",
  usage: "Filename, directory, or URL to files; here only `-` (the text given as stdin) is supported.",
};

export const SELECTOR_FLAG: FlagSpec = {
  name: "selector",
  short: "l",
  type: "string",
  usage:
    "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
};

export const ALL_NAMESPACES_FLAG: FlagSpec = {
  name: "all-namespaces",
  short: "A",
  type: "bool",
  usage:
    "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.",
};
