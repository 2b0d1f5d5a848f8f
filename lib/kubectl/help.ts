/** `kubectl help`, `kubectl X --help`: kubectl's layout, shortened texts. */
import type { Command } from "./command";
import type { FlagSpec } from "./parse/flags";

export const GROUP_ORDER = [
  "Basic Commands (Beginner)",
  "Basic Commands (Intermediate)",
  "Deploy Commands",
  "Cluster Management Commands",
  "Troubleshooting and Debugging Commands",
  "Advanced Commands",
  "Settings Commands",
  "Other Commands",
  "Playground Commands",
];

export function topLevelHelp(commands: readonly Command[]): string {
  let out = "kubectl controls the Kubernetes cluster manager.\n\n";
  out += " This is the playground's kubectl: it acts on this cluster through its Kubernetes API.\n\n";
  for (const group of GROUP_ORDER) {
    const members = commands.filter((c) => !c.hidden && (c.group ?? "Other Commands") === group);
    if (members.length === 0) continue;
    out += `${group}:\n`;
    for (const c of members) out += `  ${c.name.padEnd(15)} ${c.short}\n`;
    out += "\n";
  }
  out += "Usage:\n  kubectl [flags] [options]\n\n";
  out += 'Use "kubectl <command> --help" for more information about a given command.\n';
  return out;
}

function defaultText(f: FlagSpec): string {
  if (f.type === "bool") return String(f.default ?? false);
  if (f.type === "int") return String(f.default ?? 0);
  if (f.type === "stringArray" || f.type === "stringSlice") return "[]";
  return `'${String(f.default ?? "")}'`;
}

export function commandHelp(command: Command, path: string): string {
  let out = `${command.long ?? command.short}\n\n`;
  if (command.examples) out += `Examples:\n${command.examples.replace(/^/gm, "  ")}\n\n`;
  if (command.subcommands?.length) {
    out += "Available Commands:\n";
    for (const s of command.subcommands) out += `  ${s.name.padEnd(13)} ${s.short}\n`;
    out += "\n";
  }
  const flags = [...(command.flags ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  if (flags.length) {
    out += "Options:\n";
    for (const f of flags) {
      const short = f.short ? `-${f.short}, ` : "";
      out += `    ${short}--${f.name}=${defaultText(f)}:\n\t${f.usage}\n\n`;
    }
  }
  out += `Usage:\n  ${path} ${command.usage}\n\n`;
  if (command.subcommands?.length)
    out += `Use "${path} <command> --help" for more information about a given command.\n`;
  out += 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}
