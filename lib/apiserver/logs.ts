/**
 * The `log` subresource of pods (`GET /api/v1/namespaces/N/pods/P/log`), as the kubelet would
 * answer it for the simulated containers. A simulated container prints what its script says:
 * `echo` lines of its `command`/`args` (at the instants its `sleep`s put them, and a
 * `while true; do ...; done` loop again and again while it runs), the start-up lines of an nginx
 * image, the greeting of `hello-world`; any other image prints nothing, as many real ones do.
 *
 * Pure: the pod and the clock in, the lines or a Kubernetes error out. Streaming (`follow`) is the
 * cluster object's business: it asks again for lines newer than the last it sent.
 */
import { badRequest } from "../k8s/errors";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";

export interface LogOptions {
  container?: string;
  previous: boolean;
  timestamps: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  sinceTime?: number;
  limitBytes?: number;
  follow: boolean;
}

export interface LogLine {
  /** When the line was written (ms since the epoch). */
  at: number;
  text: string;
}

/** What a log request reads: which container instance, and the lines it wrote up to `now`. */
export interface LogRead {
  container: string;
  /** The instance's container ID: a follow stream ends when the running instance changes. */
  containerID: string;
  /** The instance still runs: a follow stream goes on. */
  running: boolean;
  lines: LogLine[];
}

/** At most this many lines are kept of one container instance (older ones are rotated away). */
export const MAX_LOG_LINES = 5000;

function obj(v: JsonValue | undefined): JsonObject {
  return isJsonObject(v) ? v : {};
}

function intParam(q: URLSearchParams, name: string, min: number): number | undefined {
  const raw = q.get(name);
  if (raw === null || raw === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw badRequest(
      `${name}: Invalid value: ${JSON.stringify(raw)}: must be ${min === 0 ? "non-negative" : "greater than 0"}`,
    );
  }
  return n;
}

/** PodLogOptions from the query string. */
export function parseLogOptions(q: URLSearchParams): LogOptions {
  const bool = (name: string) => q.get(name) === "true" || q.get(name) === "1";
  const sinceTimeRaw = q.get("sinceTime");
  const sinceTime = sinceTimeRaw ? Date.parse(sinceTimeRaw) : undefined;
  if (sinceTime !== undefined && Number.isNaN(sinceTime))
    throw badRequest(`sinceTime: Invalid value: ${JSON.stringify(sinceTimeRaw)}: must be an RFC3339 time`);
  const options: LogOptions = {
    container: q.get("container") || undefined,
    previous: bool("previous"),
    timestamps: bool("timestamps"),
    follow: bool("follow"),
    tailLines: intParam(q, "tailLines", 0),
    sinceSeconds: intParam(q, "sinceSeconds", 1),
    sinceTime,
    limitBytes: intParam(q, "limitBytes", 1),
  };
  if (options.sinceSeconds !== undefined && options.sinceTime !== undefined)
    throw badRequest("at most one of `sinceTime` or `sinceSeconds` may be specified");
  return options;
}

/** Reads a container's log: which container, which instance, which lines; errors as the kubelet's. */
export function readPodLog(pod: KubeObject, options: LogOptions, now: number): LogRead {
  const name = pod.metadata.name ?? "";
  const spec = obj(pod.spec);
  const containers = (Array.isArray(spec.containers) ? spec.containers : []).filter(isJsonObject);
  const inits = (Array.isArray(spec.initContainers) ? spec.initContainers : []).filter(isJsonObject);
  const names = containers.map((c) => String(c.name));
  let containerName = options.container;
  if (containerName === undefined) {
    if (names.length !== 1) {
      throw badRequest(
        `a container name must be specified for pod ${name}, choose one of: [${names.join(" ")}]`,
      );
    }
    containerName = names[0] ?? "";
  }
  const container = [...containers, ...inits].find((c) => c.name === containerName);
  if (!container) throw badRequest(`container ${containerName} is not valid for pod ${name}`);
  if (typeof spec.nodeName !== "string" || spec.nodeName === "")
    throw badRequest(`pod ${name} does not have a host assigned`);
  const status = obj(pod.status);
  const statuses = [
    ...(Array.isArray(status.containerStatuses) ? status.containerStatuses : []),
    ...(Array.isArray(status.initContainerStatuses) ? status.initContainerStatuses : []),
  ].filter(isJsonObject);
  const cs = statuses.find((s) => s.name === containerName);
  const state = obj(cs?.state);
  const last = obj(obj(cs?.lastState).terminated);
  let instance: JsonObject;
  let running = false;
  if (options.previous) {
    if (!last.startedAt && !last.containerID)
      throw badRequest(`previous terminated container "${containerName}" in pod "${name}" not found`);
    instance = last;
  } else if (isJsonObject(state.running)) {
    instance = state.running;
    running = true;
  } else if (isJsonObject(state.terminated)) {
    instance = state.terminated;
  } else if (last.startedAt || last.containerID) {
    // Waiting to restart (CrashLoopBackOff): the kubelet serves the instance that ended.
    instance = last;
  } else {
    const reason = String(obj(state.waiting).reason ?? "ContainerCreating");
    const why = reason === "ErrImagePull" || reason === "ImagePullBackOff" ? "image can't be pulled" : reason;
    throw badRequest(`container "${containerName}" in pod "${name}" is waiting to start: ${why}`);
  }
  const startedAt = Date.parse(String(instance.startedAt ?? ""));
  const start = Number.isNaN(startedAt) ? now : startedAt;
  const finishedAt = Date.parse(String(instance.finishedAt ?? ""));
  const ended = running ? undefined : Number.isNaN(finishedAt) ? start : finishedAt;
  let lines = containerOutput(pod, container, start, ended ?? now, ended !== undefined);
  const since =
    options.sinceTime ?? (options.sinceSeconds !== undefined ? now - options.sinceSeconds * 1000 : undefined);
  if (since !== undefined) lines = lines.filter((l) => l.at >= since);
  if (options.tailLines !== undefined) lines = options.tailLines === 0 ? [] : lines.slice(-options.tailLines);
  return {
    container: containerName,
    containerID: String(instance.containerID ?? ""),
    running,
    lines,
  };
}

/** RFC3339Nano as Go prints it: trailing zeros of the fraction dropped. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, "Z");
}

/** The text of some lines: one per line, with the kubelet's timestamp prefix when asked. */
export function formatLogLines(lines: LogLine[], timestamps: boolean): string {
  return lines.map((l) => (timestamps ? `${rfc3339Nano(l.at)} ${l.text}\n` : `${l.text}\n`)).join("");
}

/** Cuts a text at `limitBytes` bytes (the kubelet's `limitBytes`). */
export function limitText(text: string, limitBytes: number | undefined): string {
  if (limitBytes === undefined) return text;
  const bytes = new TextEncoder().encode(text);
  return bytes.length <= limitBytes ? text : new TextDecoder().decode(bytes.slice(0, limitBytes));
}

// ───────────────────────────── what a simulated container prints ─────────────────────────────

function strings(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}

function imageName(image: string): string {
  const noDigest = image.split("@")[0] ?? "";
  const lastSlash = noDigest.lastIndexOf("/");
  const colon = noDigest.indexOf(":", lastSlash + 1);
  const path = colon >= 0 ? noDigest.slice(0, colon) : noDigest;
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The lines a container instance started at `start` has written by `until`. */
function containerOutput(
  pod: KubeObject,
  container: JsonObject,
  start: number,
  until: number,
  ended: boolean,
): LogLine[] {
  const argv = [...strings(container.command), ...strings(container.args)];
  if (argv.length > 0) {
    const dashC = argv.indexOf("-c");
    const script = dashC >= 0 && dashC + 1 < argv.length ? argv.slice(dashC + 1).join(" ") : argv.join(" ");
    return runScript(script, pod, start, until, ended);
  }
  const image = imageName(String(container.image ?? ""));
  if (image === "nginx" || image.startsWith("nginx-")) return nginxLines(start);
  if (image === "hello-world") return HELLO.map((text) => ({ at: start, text }));
  return [];
}

const HELLO = [
  "",
  "Hello from Docker!",
  "This message shows that your installation appears to be working correctly.",
  "",
];

function nginxLines(start: number): LogLine[] {
  const d = new Date(start).toISOString();
  const stamp = `${d.slice(0, 10).replaceAll("-", "/")} ${d.slice(11, 19)}`;
  return [
    "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
    "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
    "/docker-entrypoint.sh: Configuration complete; ready for start up",
    `${stamp} [notice] 1#1: using the "epoll" event method`,
    `${stamp} [notice] 1#1: start worker processes`,
  ].map((text) => ({ at: start, text }));
}

type Statement = { kind: "echo"; text: string } | { kind: "sleep"; ms: number } | { kind: "exit" };

/** Splits a shell script into statements on `;`, `&&`, `||` and newlines outside quotes. */
function splitStatements(script: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = "";
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] ?? "";
    if (quote) {
      if (ch === quote) quote = "";
      cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
    } else if (ch === ";" || ch === "\n") {
      out.push(cur);
      cur = "";
    } else if ((ch === "&" || ch === "|") && script[i + 1] === ch) {
      out.push(cur);
      cur = "";
      i++;
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

/** Shell words with quotes removed (no expansion beyond `$HOSTNAME`/`$(hostname)`). */
function words(statement: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(statement); m; m = re.exec(statement)) {
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? m[3] ?? ""));
  }
  return out;
}

function sleepMs(word: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(word ?? "");
  if (!m) return word === "infinity" ? Number.POSITIVE_INFINITY : 0;
  return Number(m[1]) * ({ "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ""] ?? 1000);
}

function parseStatement(statement: string, pod: KubeObject): Statement | undefined {
  const w = words(statement);
  const cmd = (w[0] ?? "").slice((w[0] ?? "").lastIndexOf("/") + 1);
  if (cmd === "echo") {
    const args = w.slice(1).filter((a, i) => !(i === 0 && /^-[neE]+$/.test(a)));
    const host = pod.metadata.name ?? "";
    return {
      kind: "echo",
      text: args.join(" ").replaceAll("$(hostname)", host).replaceAll("$HOSTNAME", host),
    };
  }
  if (cmd === "sleep") return { kind: "sleep", ms: sleepMs(w[1]) };
  if (cmd === "exit") return { kind: "exit" };
  return undefined;
}

/** Runs a script's echo/sleep/exit statements and `while true; do ...; done` loops on a clock. */
function runScript(script: string, pod: KubeObject, start: number, until: number, ended: boolean): LogLine[] {
  const lines: LogLine[] = [];
  let t = start;
  const emit = (text: string) => {
    // An instance that ended printed everything it reached; a running one only what is due.
    const at = ended ? Math.min(t, until) : t;
    if (at <= until) lines.push({ at, text });
  };
  const parts = splitStatements(script);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const loop = /^(?:while\s+(?:true|:)|until\s+false)\s*(?:do\s+)?(.*)$/.exec(part);
    if (loop) {
      const body: Statement[] = [];
      const first = (loop[1] ?? "").replace(/^do\s+/, "");
      const raw = first ? [first] : [];
      for (i++; i < parts.length && parts[i] !== "done"; i++)
        raw.push((parts[i] ?? "").replace(/^do\s+/, ""));
      for (const r of raw) {
        const s = parseStatement(r, pod);
        if (s) body.push(s);
      }
      const period = body.reduce((sum, s) => sum + (s.kind === "sleep" ? s.ms : 0), 0);
      const echoes = body.filter((s) => s.kind === "echo").length;
      if (echoes === 0) return lines;
      // Without a sleep the loop floods its log at once: keep the newest lines.
      while (lines.length < MAX_LOG_LINES * 2 && t <= until) {
        for (const s of body) {
          if (s.kind === "echo") emit(s.text);
          else if (s.kind === "sleep") t += s.ms;
          else if (s.kind === "exit") return lines.slice(-MAX_LOG_LINES);
        }
        if (period === 0 && lines.length >= MAX_LOG_LINES) break;
      }
      return lines.slice(-MAX_LOG_LINES);
    }
    const s = parseStatement(part, pod);
    if (!s) continue;
    if (s.kind === "exit") break;
    if (s.kind === "sleep") t += s.ms;
    else emit(s.text);
    if (!ended && t > until) break;
  }
  return lines.slice(-MAX_LOG_LINES);
}
