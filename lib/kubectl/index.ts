/**
 * The playground's kubectl: one entry point that parses a command line (with or without a leading
 * `kubectl` or `k`) and runs it through the cluster's API. See types.ts for what it may touch.
 */
import { Api, errorText } from "./api";
import { type Command, type Ctx, GLOBAL_FLAGS, UsageError } from "./command";
import { COMMANDS } from "./commands";
import { commandHelp, topLevelHelp } from "./help";
import { FlagError, Flags, parseFlags } from "./parse/flags";
import { suggestionsFor } from "./parse/suggest";
import { tokenize } from "./parse/tokenize";
import { Resources } from "./resources";
import type { ExitCode, KubectlIO } from "./types";

export type { ExitCode, KubectlIO, PlaygroundVerbs } from "./types";

/** Global flags that take a value: skipped when looking for the command word. */
const VALUE_GLOBALS = new Set(["-n", "--namespace", "--request-timeout", "-v"]);

interface Found {
  command: Command;
  path: string;
  /** The words left for the command's flags and arguments. */
  rest: string[];
}

function findCommand(words: string[]): Found | { unknown: string } | { help: true } {
  const rest = [...words];
  const skipped: string[] = [];
  while (rest.length > 0 && (rest[0] as string).startsWith("-")) {
    const w = rest.shift() as string;
    skipped.push(w);
    if (VALUE_GLOBALS.has(w) && rest.length > 0) skipped.push(rest.shift() as string);
  }
  const word = rest.shift();
  if (word === undefined || word === "help") {
    if (word === "help" && rest.length > 0) {
      const inner = findCommand(rest);
      if ("command" in inner) return { ...inner, rest: ["--help"] };
      return inner;
    }
    return { help: true };
  }
  const top = COMMANDS.find((c) => c.name === word || c.aliases?.includes(word));
  if (!top) return { unknown: word };
  let command: Command = top;
  let path = `kubectl ${command.name}`;
  // A subcommand is the first non-flag word after the command, when the command has them (nested too).
  while (command.subcommands?.length) {
    const idx = rest.findIndex((w) => !w.startsWith("-"));
    const subWord = idx >= 0 ? (rest[idx] as string) : "";
    const sub: Command | undefined = command.subcommands.find(
      (s) => s.name === subWord || s.aliases?.includes(subWord),
    );
    if (!sub) break;
    rest.splice(idx, 1);
    command = sub;
    path = `${path} ${sub.name}`;
  }
  return { command, path, rest: [...skipped, ...rest] };
}

/** Runs one command line; resolves with kubectl's exit code once it has printed everything. */
export async function runKubectl(line: string, io: KubectlIO): Promise<ExitCode> {
  const out = (text: string) => io.write(text, "stdout");
  const err = (text: string) => io.write(text, "stderr");
  const tokens = tokenize(line);
  if (!tokens.ok) {
    err(`${tokens.error}\n`);
    return 1;
  }
  const words = tokens.words;
  if (words[0] === "kubectl" || words[0] === "k") words.shift();
  const found = findCommand(words);
  if ("help" in found) {
    out(topLevelHelp(COMMANDS));
    return 0;
  }
  if ("unknown" in found) {
    const suggestions = suggestionsFor(
      found.unknown,
      COMMANDS.map((c) => c.name),
    );
    let text = `Error: unknown command "${found.unknown}" for "kubectl"\n`;
    if (suggestions.length) text += `\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join("")}`;
    err(`${text}\n`);
    return 1;
  }
  const { command, path, rest } = found;
  let flags: Flags;
  try {
    // kubectl's commands the playground lacks take any flags: they only say why they are not here.
    flags = new Flags(parseFlags(command.hidden ? [] : rest, [...(command.flags ?? []), ...GLOBAL_FLAGS]));
  } catch (e) {
    if (e instanceof FlagError) {
      err(`Error: ${e.message}\nSee '${path} --help' for usage.\n`);
      return 1;
    }
    throw e;
  }
  if (flags.bool("help") || !command.run) {
    if (!command.run && flags.parsed.args.length > 0 && command.subcommands?.length) {
      err(`error: unknown command "${flags.parsed.args[0]}"\nSee '${path} -h' for help and examples\n`);
      return 1;
    }
    out(commandHelp(command, path));
    return 0;
  }
  const api = new Api(io);
  const ctx: Ctx = {
    io,
    api,
    resources: new Resources(api, io.discoveryCacheKey, () => io.now()),
    flags,
    args: flags.parsed.args,
    namespace: flags.string("namespace") || "default",
    namespaceGiven: flags.has("namespace"),
    commandPath: path,
    out,
    err,
  };
  try {
    return await command.run(ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`error: ${e.message}\nSee '${path} -h' for help and examples\n`);
      return 1;
    }
    if (io.signal.aborted) return 0;
    const text = errorText(e);
    if (text) err(`${text}\n`);
    return 1;
  }
}
