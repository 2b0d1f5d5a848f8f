/**
 * What a simulated container prints: the kubelet's container logs (`kubectl logs`), as data.
 *
 * A container's output is a list of lines, each at an instant after the container started:
 *  - Known server images print their usual start-up lines (`IMAGE_LOGS`: nginx, redis, httpd, ...).
 *  - A command/args script is played by a tiny shell (`playScript`): `echo`/`printf`, `date`,
 *    `hostname`, `sleep N` (moves the clock), `exit N` (stops), `for X in ...; do ...; done` and
 *    `while true; do ...; done` loops. So `sh -c 'while true; do date; sleep 5; done'` prints a
 *    line every five seconds, and `kubectl logs -f` shows them as they come.
 *  - Anything else prints nothing, as most containers do until they have something to say.
 * Lines are only ever those whose instant has come (and, for an exited container, before it exited).
 */

import { objectAt, objectsAt } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { parseImage } from "./images";

export interface LogLine {
  /** ms since the epoch. */
  time: number;
  text: string;
}

/** The most lines one container keeps (the kubelet rotates its log files). */
export const MAX_LOG_LINES = 10_000;

/** The instance of a container whose log is read: started at, and exited at (null: running). */
export interface ContainerRun {
  startedAt: number;
  finishedAt: number | null;
}

export interface LogSource {
  /** The pod's name: what `hostname` prints. */
  hostname: string;
  podIP: string;
  image: string;
  /** command and args, as the pod spec gives them. */
  command: string[];
  args: string[];
}

// ───────────────────────────── images ─────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `2026/12/04 22:15:42` (nginx's error log). */
function slashDate(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** `Fri Dec  4 22:15:42 UTC 2026` (busybox `date`). */
export function shellDate(t: number): string {
  const d = new Date(t);
  const day = String(d.getUTCDate()).padStart(2, " ");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

function version(tag: string | undefined, fallback: string): string {
  if (!tag || !/^\d+(\.\d+)*/.test(tag)) return fallback;
  const parts = (/^\d+(\.\d+)*/.exec(tag)?.[0] ?? fallback).split(".");
  while (parts.length < 3) parts.push("0");
  return parts.join(".");
}

interface ImageLog {
  image: string;
  lines: (source: LogSource, startedAt: number, tag: string | undefined) => string[];
}

/** The start-up lines of well-known server images (their stderr and stdout, as the runtime mixes them). */
export const IMAGE_LOGS: readonly ImageLog[] = [
  {
    image: "nginx",
    lines: (_s, t, tag) => [
      "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
      "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
      "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
      "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
      "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
      "/docker-entrypoint.sh: Configuration complete; ready for start up",
      `${slashDate(t)} [notice] 1#1: using the "epoll" event method`,
      `${slashDate(t)} [notice] 1#1: nginx/${version(tag, "1.27.3")}`,
      `${slashDate(t)} [notice] 1#1: OS: Linux 6.1.0-kubeplay`,
      `${slashDate(t)} [notice] 1#1: start worker processes`,
      `${slashDate(t)} [notice] 1#1: start worker process 29`,
    ],
  },
  {
    image: "redis",
    lines: (_s, t, tag) => {
      const d = new Date(t);
      const stamp = `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
      return [
        `1:C ${stamp} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${stamp} * Redis version=${version(tag, "7.4.1")}, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:M ${stamp} * Running mode=standalone, port=6379.`,
        `1:M ${stamp} * Server initialized`,
        `1:M ${stamp} * Ready to accept connections tcp`,
      ];
    },
  },
  {
    image: "httpd",
    lines: (s, t, tag) => {
      const d = new Date(t);
      const stamp = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000 ${d.getUTCFullYear()}`;
      const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${s.podIP || "127.0.0.1"}. Set the 'ServerName' directive globally to suppress this message`;
      return [
        fqdn,
        fqdn,
        `[${stamp}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${version(tag, "2.4.62")} (Unix) configured -- resuming normal operations`,
        `[${stamp}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'`,
      ];
    },
  },
  {
    image: "hello-world",
    lines: () => [
      "",
      "Hello from Docker!",
      "This message shows that your installation appears to be working correctly.",
      "",
    ],
  },
];

// ───────────────────────────── a tiny shell ─────────────────────────────

const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh"]);

/** The script a container runs: `sh -c SCRIPT`'s SCRIPT, or its command line words. */
export function scriptOf(command: readonly string[], args: readonly string[]): string {
  const words = [...command, ...args];
  const first = words[0] ?? "";
  const base = first.slice(first.lastIndexOf("/") + 1);
  if (SHELLS.has(base)) {
    const c = words.indexOf("-c");
    if (c >= 0) return words[c + 1] ?? "";
  }
  return words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`)).join(" ");
}

/** Splits a script into words and separators (`;`, `&&`, `||`, newline), honouring quotes. */
function tokenize(script: string): string[] {
  const out: string[] = [];
  let word = "";
  let has = false;
  const flush = () => {
    if (has) out.push(word);
    word = "";
    has = false;
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i] as string;
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      word += script.slice(i + 1, stop);
      has = true;
      i = stop;
    } else if (c === '"') {
      let j = i + 1;
      while (j < script.length && script[j] !== '"') {
        if (script[j] === "\\" && j + 1 < script.length) j++;
        word += script[j];
        j++;
      }
      has = true;
      i = j;
    } else if (c === "\\" && i + 1 < script.length) {
      word += script[++i];
      has = true;
    } else if (c === ";" || c === "\n") {
      flush();
      out.push(";");
    } else if ((c === "&" || c === "|") && script[i + 1] === c) {
      flush();
      out.push(";");
      i++;
    } else if (c === " " || c === "\t") flush();
    else {
      word += c;
      has = true;
    }
  }
  flush();
  return out;
}

type Statement =
  | { kind: "simple"; words: string[] }
  | { kind: "for"; variable: string; values: string[]; body: Statement[] }
  | { kind: "while"; forever: boolean; body: Statement[] };

/** Parses statements up to one of `stops` (a loop's `done`). */
function parse(tokens: string[], pos: { i: number }, stops: string[] = []): Statement[] {
  const out: Statement[] = [];
  while (pos.i < tokens.length) {
    const t = tokens[pos.i] as string;
    if (t === ";") {
      pos.i++;
      continue;
    }
    if (stops.includes(t)) return out;
    if (t === "for") {
      const variable = tokens[pos.i + 1] ?? "";
      pos.i += 2;
      const values: string[] = [];
      if (tokens[pos.i] === "in") {
        pos.i++;
        while (pos.i < tokens.length && tokens[pos.i] !== ";" && tokens[pos.i] !== "do")
          values.push(tokens[pos.i++] as string);
      }
      while (tokens[pos.i] === ";") pos.i++;
      if (tokens[pos.i] === "do") pos.i++;
      const body = parse(tokens, pos, ["done"]);
      pos.i++;
      out.push({ kind: "for", variable, values, body });
      continue;
    }
    if (t === "while" || t === "until") {
      pos.i++;
      const cond: string[] = [];
      while (pos.i < tokens.length && tokens[pos.i] !== ";" && tokens[pos.i] !== "do")
        cond.push(tokens[pos.i++] as string);
      while (tokens[pos.i] === ";") pos.i++;
      if (tokens[pos.i] === "do") pos.i++;
      const body = parse(tokens, pos, ["done"]);
      pos.i++;
      const truth = cond[0] === "true" || cond[0] === ":";
      out.push({ kind: "while", forever: t === "while" ? truth : cond[0] === "false", body });
      continue;
    }
    const words: string[] = [];
    while (pos.i < tokens.length && tokens[pos.i] !== ";" && !stops.includes(tokens[pos.i] as string)) {
      words.push(tokens[pos.i++] as string);
    }
    if (words.length) out.push({ kind: "simple", words });
  }
  return out;
}

function sleepMs(word: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(word ?? "");
  if (!m) return word === "infinity" ? Number.POSITIVE_INFINITY : 0;
  return Math.round(
    Number(m[1]) * ({ "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ""] ?? 1000),
  );
}

class Halt {}

/** Plays the script from `startedAt` until `until`, collecting what it prints. */
export function playScript(script: string, source: LogSource, startedAt: number, until: number): LogLine[] {
  const lines: LogLine[] = [];
  let clock = startedAt;
  const vars = new Map<string, string>([["HOSTNAME", source.hostname]]);
  const expand = (w: string): string =>
    w
      .replace(/\$\((date|hostname)\)|`(date|hostname)`/g, (_m, a?: string, b?: string) =>
        (a ?? b) === "date" ? shellDate(clock) : source.hostname,
      )
      .replace(/\$\{?(\w+)\}?/g, (_m, name: string) => vars.get(name) ?? "");
  let printed = 0;
  const print = (text: string) => {
    if (clock > until) throw new Halt();
    lines.push({ time: clock, text });
    printed++;
    // The kubelet keeps the newest lines only (amortised: trimmed in halves).
    if (lines.length >= 2 * MAX_LOG_LINES) lines.splice(0, lines.length - MAX_LOG_LINES);
  };
  const run = (statements: Statement[]): void => {
    for (const s of statements) {
      if (clock > until) throw new Halt();
      if (s.kind === "for") {
        for (const v of s.values) {
          vars.set(s.variable, expand(v));
          run(s.body);
        }
      } else if (s.kind === "while") {
        if (!s.forever) continue;
        for (let round = 0; ; round++) {
          const start = clock;
          const before = printed;
          run(s.body);
          if (clock !== start) continue;
          // A loop that neither sleeps nor prints spins silently; one that only prints goes as
          // fast as it can: a line per millisecond, until the log is as long as one can get.
          if (printed === before || round > MAX_LOG_LINES) throw new Halt();
          clock++;
        }
      } else {
        const [cmd = "", ...rest] = s.words;
        const base = cmd.slice(cmd.lastIndexOf("/") + 1);
        if (base === "echo") {
          const newline = rest[0] !== "-n";
          const text = (newline ? rest : rest.slice(1)).map(expand).join(" ");
          print(text);
        } else if (base === "printf") {
          const text = expand(rest[0] ?? "").replaceAll("%s", rest.slice(1).map(expand).join(" "));
          for (const line of text.replace(/\\n$/, "").split("\\n")) print(line);
        } else if (base === "date") print(shellDate(clock));
        else if (base === "hostname") print(source.hostname);
        else if (base === "sleep") clock += sleepMs(rest[0]);
        else if (base === "exit") throw new Halt();
        else if (/^\w+=/.test(cmd)) {
          const eq = cmd.indexOf("=");
          vars.set(cmd.slice(0, eq), expand(cmd.slice(eq + 1)));
        }
      }
    }
  };
  try {
    run(parse(tokenize(script), { i: 0 }));
  } catch (e) {
    if (!(e instanceof Halt)) throw e;
  }
  return lines.filter((l) => l.time <= until).slice(-MAX_LOG_LINES);
}

/** Everything one run of a container printed up to `now` (or up to its exit). */
export function containerOutput(source: LogSource, run: ContainerRun, now: number): LogLine[] {
  const until = run.finishedAt ?? now;
  if (source.command.length || source.args.length) {
    return playScript(scriptOf(source.command, source.args), source, run.startedAt, until);
  }
  const ref = parseImage(source.image);
  const known = IMAGE_LOGS.find((l) => l.image === ref?.name);
  if (!known) return [];
  return known.lines(source, run.startedAt, ref?.tag).map((text, i) => ({ time: run.startedAt + i, text }));
}

// ───────────────────────────── a pod's containers ─────────────────────────────

function strings(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}

/** The script a container runs: its command and args joined as `scriptOf` reads them. */
export function containerScript(container: JsonObject): string {
  return scriptOf(strings(container.command), strings(container.args));
}

/** Why a log can't be read, as the kubelet says it (a 400 BadRequest from the API server). */
export class LogUnavailable extends Error {}

/**
 * The lines of one container of a pod: the current run, or with `previous` the one before the last
 * restart. Throws LogUnavailable with the kubelet's words when there is nothing to read yet.
 */
export function podContainerLog(
  pod: KubeObject,
  container: string,
  previous: boolean,
  now: number,
): LogLine[] {
  const podName = pod.metadata.name ?? "";
  const specs = [
    ...objectsAt(objectAt(pod.spec).initContainers),
    ...objectsAt(objectAt(pod.spec).containers),
  ];
  const spec = specs.find((c) => c.name === container);
  if (!spec) throw new LogUnavailable(`container ${container} is not valid for pod ${podName}`);
  const statuses = [
    ...objectsAt(objectAt(pod.status).initContainerStatuses),
    ...objectsAt(objectAt(pod.status).containerStatuses),
  ];
  const status = statuses.find((s) => s.name === container);
  const source: LogSource = {
    hostname: podName,
    podIP: String(objectAt(pod.status).podIP ?? ""),
    image: String(spec.image ?? ""),
    command: strings(spec.command),
    args: strings(spec.args),
  };
  const time = (v: JsonValue | undefined) => (typeof v === "string" ? Date.parse(v) : Number.NaN);
  if (previous) {
    const last = objectAt(objectAt(status?.lastState).terminated);
    const startedAt = time(last.startedAt);
    if (Number.isNaN(startedAt))
      throw new LogUnavailable(`previous terminated container "${container}" in pod "${podName}" not found`);
    return containerOutput(source, { startedAt, finishedAt: time(last.finishedAt) || startedAt }, now);
  }
  const state = objectAt(status?.state);
  if (isJsonObject(state.running)) {
    const startedAt = time(state.running.startedAt);
    return containerOutput(
      source,
      { startedAt: Number.isNaN(startedAt) ? now : startedAt, finishedAt: null },
      now,
    );
  }
  if (isJsonObject(state.terminated)) {
    const startedAt = time(state.terminated.startedAt);
    const finishedAt = time(state.terminated.finishedAt);
    if (!Number.isNaN(startedAt))
      return containerOutput(
        source,
        { startedAt, finishedAt: Number.isNaN(finishedAt) ? startedAt : finishedAt },
        now,
      );
  }
  const waiting = objectAt(state.waiting);
  const reason = typeof waiting.reason === "string" ? waiting.reason : "ContainerCreating";
  // A container waiting to restart still has the log of its last run (CrashLoopBackOff).
  const last = objectAt(objectAt(status?.lastState).terminated);
  if (isJsonObject(state.waiting) && typeof last.startedAt === "string" && reason !== "ContainerCreating") {
    const startedAt = time(last.startedAt);
    return containerOutput(source, { startedAt, finishedAt: time(last.finishedAt) || startedAt }, now);
  }
  throw new LogUnavailable(`container "${container}" in pod "${podName}" is waiting to start: ${reason}`);
}

// ───────────────────────────── the log request ─────────────────────────────

/** PodLogOptions, as the query of `GET .../pods/NAME/log` gives them. */
export interface LogOptions {
  container?: string;
  follow: boolean;
  previous: boolean;
  timestamps: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  sinceTime?: number;
  limitBytes?: number;
}

/** RFC 3339 with nanoseconds, as the kubelet prefixes lines with `timestamps=true`. */
export function logTimestamp(t: number): string {
  const iso = new Date(t).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}

/** The lines of a log that the options select, as the text the kubelet sends. */
export function formatLog(lines: readonly LogLine[], options: LogOptions, now: number): string {
  let selected = lines;
  const since =
    options.sinceTime ?? (options.sinceSeconds !== undefined ? now - options.sinceSeconds * 1000 : undefined);
  if (since !== undefined) selected = selected.filter((l) => l.time >= since);
  if (options.tailLines !== undefined)
    selected = selected.slice(Math.max(0, selected.length - options.tailLines));
  let text = selected
    .map((l) => `${options.timestamps ? `${logTimestamp(l.time)} ` : ""}${l.text}\n`)
    .join("");
  if (options.limitBytes !== undefined) {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length > options.limitBytes)
      text = new TextDecoder().decode(bytes.slice(0, options.limitBytes));
  }
  return text;
}
