/**
 * pflag-like flag parsing with kubectl's error texts: `--name=value`, `--name value`, `-n value`,
 * `-nvalue`, `-n=value`, grouped boolean shorthands (`-it`), `--` ending the flags, flags and
 * arguments interspersed.
 */

export type FlagType = "bool" | "string" | "int" | "stringArray" | "stringSlice";

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  usage: string;
  /** Shown in help; the value when the flag is absent. */
  default?: string | number | boolean;
  /** The value a string/int flag takes when given with no `=value` (e.g. `--dry-run` means client). */
  noOptDefault?: string;
}

export type FlagValue = string | number | boolean | string[];

export class FlagError extends Error {}

export interface ParsedFlags {
  values: Map<string, FlagValue>;
  /** Flags the user gave, by long name. */
  changed: Set<string>;
  args: string[];
  /** The arguments after `--`, also included at the end of `args`. */
  dashArgs: string[];
}

export function parseFlags(words: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const values = new Map<string, FlagValue>();
  const changed = new Set<string>();
  const args: string[] = [];
  const dashArgs: string[] = [];
  for (const s of specs) {
    if (s.default !== undefined) values.set(s.name, s.default);
    else if (s.type === "stringArray" || s.type === "stringSlice") values.set(s.name, []);
  }

  // pflag names a flag in errors as `-w, --watch` when it has a shorthand, however it was given.
  const set = (spec: FlagSpec, raw: string, _given: string) => {
    const shown = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
    const firstTime = !changed.has(spec.name);
    changed.add(spec.name);
    switch (spec.type) {
      case "bool": {
        const lower = raw.toLowerCase();
        if (["true", "1", "t"].includes(lower)) values.set(spec.name, true);
        else if (["false", "0", "f"].includes(lower)) values.set(spec.name, false);
        else
          throw new FlagError(
            `invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`,
          );
        return;
      }
      case "int": {
        if (!/^[+-]?\d+$/.test(raw))
          throw new FlagError(
            `invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`,
          );
        values.set(spec.name, Number.parseInt(raw, 10));
        return;
      }
      case "string":
        values.set(spec.name, raw);
        return;
      case "stringArray":
      case "stringSlice": {
        const prev = firstTime ? [] : (values.get(spec.name) as string[]);
        const add = spec.type === "stringSlice" ? raw.split(",").filter((p) => p !== "") : [raw];
        values.set(spec.name, [...prev, ...add]);
        return;
      }
    }
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === "--") {
      dashArgs.push(...words.slice(i + 1));
      args.push(...dashArgs);
      break;
    }
    if (w.startsWith("--") && w.length > 2) {
      const eq = w.indexOf("=");
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      const shown = `--${name}`;
      if (eq >= 0) set(spec, w.slice(eq + 1), shown);
      else if (spec.type === "bool") set(spec, "true", shown);
      else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault, shown);
      else if (i + 1 < words.length) set(spec, words[++i] as string, shown);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (w.startsWith("-") && w.length > 1) {
      // A run of shorthands: booleans may group, a value-taking one eats the rest or the next word.
      for (let j = 1; j < w.length; j++) {
        const c = w[j] as string;
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${w}`);
        const rest = w.slice(j + 1);
        const shown = `-${c}, --${spec.name}`;
        if (rest.startsWith("=")) {
          set(spec, rest.slice(1), shown);
          break;
        }
        if (spec.type === "bool") {
          set(spec, "true", shown);
          continue;
        }
        if (rest !== "") set(spec, rest, shown);
        else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault, shown);
        else if (i + 1 < words.length) set(spec, words[++i] as string, shown);
        else throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
        break;
      }
      continue;
    }
    args.push(w);
  }
  return { values, changed, args, dashArgs };
}

/** Typed reads of parsed flags. */
export class Flags {
  constructor(readonly parsed: ParsedFlags) {}
  string(name: string): string {
    const v = this.parsed.values.get(name);
    return typeof v === "string" ? v : v === undefined ? "" : String(v);
  }
  bool(name: string): boolean {
    return this.parsed.values.get(name) === true;
  }
  int(name: string): number {
    const v = this.parsed.values.get(name);
    return typeof v === "number" ? v : 0;
  }
  list(name: string): string[] {
    const v = this.parsed.values.get(name);
    return Array.isArray(v) ? v : [];
  }
  has(name: string): boolean {
    return this.parsed.changed.has(name);
  }
}
