/**
 * The simulated kubelet's pod lifecycle as DATA, after KWOK's stages: every step a real kubelet takes
 * with a pod (admit it, pull an image, create and start a container, see it exit, back off, restart,
 * stop it on deletion) is one entry of `POD_STAGES` — a selector over a small view of the pod (`when`),
 * a delay built from named `Timings` (`delay` names them, `due` computes the instant), and the status
 * it writes and the events it records (`next`). The engine (lifecycle.ts) only evaluates the table.
 *
 * Everything a stage needs to know is read back from the pod's own status (waiting reasons, startedAt,
 * restartCount, container IDs), so the engine is a pure function of (pod, node knowledge, now) and a
 * restarted kubelet resumes every pod where it was. Two encodings carry sub-second progress:
 *  - the admission instant is `PodScheduled.lastTransitionTime` (or the creation time) + `accept`;
 *  - a container ID starts with the 12-hex-digit millisecond instant its creation began (time-ordered,
 *    like a UUIDv7), so `Created`/`Started`/exit instants are exact across restarts.
 *
 * Rules a user can rely on (documented here once):
 *  - Images that do not exist: a `:doesnotexist` tag, or a registry host `invalid.example` (or any
 *    `*.invalid.example`) → ErrImagePull / ImagePullBackOff. A reference that is not a valid image name
 *    (upper case, bad characters) → InvalidImageName. Runtime fault `pullFailures` makes any image fail.
 *  - What a container's process does — see `RUN_RULES`: the annotations `kubeplay.dev/exit-after`
 *    (a Go duration) and `kubeplay.dev/exit-code`; a command/args script with `exit N` (exit with N),
 *    `sleep N` (run N seconds, summed), `while true` / `sleep infinity` / `tail -f` (run forever);
 *    shell-like images (busybox, alpine, hello-world, ...) exit 0 at once unless interactive (stdin);
 *    everything else (servers) runs until stopped. Program durations are not scaled by cluster speed.
 */
import type { JsonObject, KubeObject } from "../k8s/object";

// ───────────────────────────── timings ─────────────────────────────

/** Milliseconds of each simulated delay, at speed 1. `scaleTimings` (lifecycle.ts) scales them all. */
export interface Timings {
  /** Bound pod → the kubelet admits it (sandbox, pod IP, first status), after the PodScheduled time. */
  accept: number;
  /** Pulling an image the node does not have. */
  pull: number;
  /** An image the node already has: the presence check, or an `Always` pull of cached layers. */
  pullCached: number;
  /** Creating a container (CRI CreateContainer). */
  create: number;
  /** Starting a created container (CRI StartContainer). */
  start: number;
  /** Stopping the containers of a deleted pod (never longer than its grace period). */
  stop: number;
  /** The pod worker's next sync after a failure: ErrImagePull → ImagePullBackOff, Error → CrashLoopBackOff. */
  resync: number;
  /** Crash-loop back-off: first delay (after the immediate first restart), doubling up to the max. */
  crashBackoff: number;
  crashBackoffMax: number;
  /** Image pull back-off: first delay, doubling up to the max. */
  pullBackoff: number;
  pullBackoffMax: number;
  /** A container that ran at least this long restarts at once (the back-off entry expired). */
  backoffReset: number;
}

export type DelayKind = keyof Timings;

// ───────────────────────────── node knowledge ─────────────────────────────

export interface NodeFaults {
  /** Images (as written, or normalized) whose pulls fail as if the registry were unreachable. */
  pullFailures?: ReadonlySet<string>;
}

export interface NodeContext {
  nodeName: string;
  /** The node's InternalIP (status.hostIP). */
  hostIP: string;
  /** The pod's IP, given by the runtime (see pod-ip.ts); called once, when the pod is admitted. */
  podIP: (pod: KubeObject) => string;
  /** Images pulled on this node, normalized (`docker.io/library/nginx:latest`) or as written. */
  images: ReadonlySet<string>;
  timings: Timings;
  faults?: NodeFaults;
}

// ───────────────────────────── container status shapes ─────────────────────────────

export interface WaitingState {
  reason: string;
  message?: string;
}
export interface TerminatedState {
  containerID?: string;
  exitCode: number;
  finishedAt: string;
  reason: string;
  startedAt: string;
  message?: string;
}
export interface ContainerState {
  waiting?: WaitingState;
  running?: { startedAt: string };
  terminated?: TerminatedState;
}
export interface ContainerStatus {
  name: string;
  state: ContainerState;
  lastState: ContainerState;
  ready: boolean;
  restartCount: number;
  image: string;
  imageID: string;
  containerID?: string;
  started: boolean;
}

// ───────────────────────────── images ─────────────────────────────

export type PullPolicy = "Always" | "IfNotPresent" | "Never";

export interface ImageRef {
  /** Registry host (docker.io by default). */
  domain: string;
  /** Repository path (library/nginx). */
  path: string;
  /** Tag ("" when the reference names a digest only). */
  tag: string;
  /** `sha256:...` when the reference names one. */
  digest: string;
  /** The normalized reference the runtime reports as `status.image`: docker.io/library/nginx:latest. */
  full: string;
  /** domain/path. */
  repository: string;
  /** The last path component: nginx. */
  name: string;
}

const DOMAIN_COMPONENT =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Why a reference is not a valid image name (the runtime's wording), or null when it is valid. */
export function invalidImageReason(image: string): string | null {
  if (image === "") return "invalid reference format";
  return parseImage(image)
    ? null
    : image.toLowerCase() !== image
      ? "invalid reference format: repository name must be lowercase"
      : "invalid reference format";
}

/** Parses an image reference as containerd normalizes it; null for an invalid reference. */
export function parseImage(image: string): ImageRef | null {
  let rest = image;
  let digest = "";
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return null;
  }
  let tag = "";
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return null;
  }
  const parts = rest.split("/");
  let domain = "docker.io";
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    domain = first;
    parts.shift();
    if (!DOMAIN_COMPONENT.test(domain)) return null;
  }
  if (domain === "index.docker.io") domain = "docker.io";
  if (parts.length === 0 || !parts.every((p) => PATH_COMPONENT.test(p))) return null;
  if (domain === "docker.io" && parts.length === 1) parts.unshift("library");
  if (!tag && !digest) tag = "latest";
  const path = parts.join("/");
  const repository = `${domain}/${path}`;
  const full = digest
    ? tag
      ? `${repository}:${tag}@${digest}`
      : `${repository}@${digest}`
    : `${repository}:${tag}`;
  return { domain, path, tag, digest, full, repository, name: parts[parts.length - 1] ?? path };
}

/** A deterministic 32-bit mix (FNV-1a then a murmur finalizer), seeded. */
function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `length` lowercase hex digits derived deterministically from `s`. */
export function hexDigest(s: string, length = 64): string {
  let out = "";
  for (let i = 0; out.length < length; i++)
    out += hash32(s, Math.imul(i + 1, 0x9e3779b9))
      .toString(16)
      .padStart(8, "0");
  return out.slice(0, length);
}

/** `status.imageID`: the repository and a digest (the reference's own, or one derived from its name). */
export function imageID(ref: ImageRef): string {
  return `${ref.repository}@${ref.digest || `sha256:${hexDigest(`image:${ref.repository}:${ref.tag}`)}`}`;
}

/** Uncompressed sizes of well-known images (bytes); others get a stable size from their name. */
const IMAGE_SIZES: Record<string, number> = {
  nginx: 72_195_292,
  busybox: 2_155_571,
  alpine: 3_652_536,
  "hello-world": 9_218,
  redis: 45_071_563,
  postgres: 158_519_808,
  mysql: 171_432_915,
  httpd: 58_102_211,
  ubuntu: 29_754_422,
  debian: 48_494_272,
  python: 380_201_344,
  node: 398_110_771,
  perl: 331_906_105,
  pause: 320_368,
};

export function imageSizeBytes(ref: ImageRef): number {
  return IMAGE_SIZES[ref.name] ?? 10_000_000 + (hash32(ref.full, 7) % 190_000_000);
}

/** The rule for images that cannot be pulled, or null when the image exists. */
export function pullError(ref: ImageRef, raw: string, faults: NodeFaults | undefined): string | null {
  const shown = ref.full;
  if (faults?.pullFailures?.has(raw) || faults?.pullFailures?.has(ref.full)) {
    const host = ref.domain === "docker.io" ? "registry-1.docker.io" : ref.domain;
    return (
      `rpc error: code = Unavailable desc = failed to pull and unpack image "${shown}": failed to resolve reference ` +
      `"${shown}": failed to do request: Head "https://${host}/v2/${ref.path}/manifests/${ref.tag || ref.digest}": ` +
      `dial tcp ${host}:443: connect: connection refused`
    );
  }
  if (
    ref.domain === "invalid.example" ||
    ref.domain.endsWith(".invalid.example") ||
    ref.domain.startsWith("invalid.example:")
  ) {
    return (
      `rpc error: code = Unknown desc = failed to pull and unpack image "${shown}": failed to resolve reference ` +
      `"${shown}": failed to do request: Head "https://${ref.domain}/v2/${ref.path}/manifests/${ref.tag || ref.digest}": ` +
      `dial tcp: lookup ${ref.domain.replace(/:\d+$/, "")}: no such host`
    );
  }
  if (ref.tag === "doesnotexist") {
    return (
      `rpc error: code = NotFound desc = failed to pull and unpack image "${shown}": failed to resolve reference ` +
      `"${shown}": ${shown}: not found`
    );
  }
  return null;
}

// ───────────────────────────── what a container's process does ─────────────────────────────

/** What a started container does: exit with `exitCode` after `runsForMs`, or run forever (null). */
export interface RunOutcome {
  runsForMs: number | null;
  exitCode: number;
  /** The rule that decided it (for documentation and tests). */
  rule: string;
}

export interface RunRuleInput {
  pod: KubeObject;
  container: JsonObject;
  ref: ImageRef | null;
  /** command and args joined by spaces ("" when neither is set). */
  script: string;
}

export interface RunRule {
  name: string;
  description: string;
  decide: (input: RunRuleInput) => RunOutcome | null;
}

export const EXIT_AFTER_ANNOTATION = "kubeplay.dev/exit-after";
export const EXIT_CODE_ANNOTATION = "kubeplay.dev/exit-code";

/** Images whose default process is a shell or a one-shot program: without stdin they end at once. */
export const ONE_SHOT_IMAGES: readonly string[] = [
  "busybox",
  "alpine",
  "hello-world",
  "ubuntu",
  "debian",
  "fedora",
  "centos",
  "rockylinux",
  "bash",
  "perl",
  "curl",
];

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Parses a Go duration ("10s", "1m30s", "500ms"); null when malformed. */
export function parseGoDuration(text: string): number | null {
  const s = text.trim();
  if (s === "0") return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return null;
    total += Number(m[1]) * (UNIT_MS[m[2] ?? "s"] ?? 0);
    pos = re.lastIndex;
  }
  return pos === 0 ? null : Math.round(total);
}

/** busybox/coreutils `sleep` operands: 10, 1.5, 10s, 2m, 1h, 1d; Infinity for `infinity`. */
function sleepOperand(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (word === "infinity" || word === "inf") return Number.POSITIVE_INFINITY;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(word);
  if (!m) return null;
  const mult = { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ""] ?? 1000;
  return Math.round(Number(m[1]) * mult);
}

function baseName(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

/** Reads a shell script for the few commands that decide how long it runs and how it ends. */
function readScript(script: string): RunOutcome | null {
  const words = script.match(/[^\s;&|()'"`]+/g) ?? [];
  let sleeps = 0;
  let marked = false;
  for (let i = 0; i < words.length; i++) {
    const w = baseName(words[i] ?? "");
    const next = words[i + 1];
    if ((w === "while" && (next === "true" || next === ":")) || (w === "until" && next === "false")) {
      return { runsForMs: null, exitCode: 0, rule: "script-forever" };
    }
    if (w === "tail" && (next === "-f" || next === "-F"))
      return { runsForMs: null, exitCode: 0, rule: "script-forever" };
    if (w === "sleep") {
      const ms = sleepOperand(next);
      if (ms === null) continue;
      if (ms === Number.POSITIVE_INFINITY) return { runsForMs: null, exitCode: 0, rule: "script-forever" };
      sleeps += ms;
      marked = true;
      i++;
      continue;
    }
    if (w === "exit") {
      const code = next !== undefined && /^\d+$/.test(next) ? Number(next) & 255 : 0;
      return { runsForMs: sleeps, exitCode: code, rule: "script-exit" };
    }
  }
  const last = baseName(words[words.length - 1] ?? "");
  if (last === "false") return { runsForMs: sleeps, exitCode: 1, rule: "script-exit" };
  if (last === "true") return { runsForMs: sleeps, exitCode: 0, rule: "script-exit" };
  return marked ? { runsForMs: sleeps, exitCode: 0, rule: "script-sleep" } : null;
}

function isOneShotImage(ref: ImageRef | null): boolean {
  return ref !== null && ONE_SHOT_IMAGES.includes(ref.name);
}

/** The rules, in order; the first that decides wins. */
export const RUN_RULES: readonly RunRule[] = [
  {
    name: "annotation",
    description: `the pod annotations ${EXIT_AFTER_ANNOTATION} (a Go duration, default 0s) and ${EXIT_CODE_ANNOTATION} (default 0)`,
    decide: ({ pod }) => {
      const a = pod.metadata.annotations ?? {};
      const after = a[EXIT_AFTER_ANNOTATION];
      const code = a[EXIT_CODE_ANNOTATION];
      if (after === undefined && code === undefined) return null;
      const ms = after === undefined ? 0 : parseGoDuration(after);
      const exitCode = code === undefined ? 0 : Number.parseInt(code, 10);
      if (ms === null || Number.isNaN(exitCode)) return null;
      return { runsForMs: ms, exitCode: exitCode & 255, rule: "annotation" };
    },
  },
  {
    name: "script",
    description:
      "command/args: `exit N`, `sleep N` (summed), `while true`/`sleep infinity`/`tail -f` (forever), a final `true`/`false`",
    decide: ({ script }) => (script ? readScript(script) : null),
  },
  {
    name: "interactive",
    description: "a container with stdin open (kubectl run -it) keeps its shell running",
    decide: ({ container }) =>
      container.stdin === true ? { runsForMs: null, exitCode: 0, rule: "interactive" } : null,
  },
  {
    name: "one-shot-image",
    description: `images ${ONE_SHOT_IMAGES.join(", ")} end at once with exit code 0`,
    decide: ({ ref }) => (isOneShotImage(ref) ? { runsForMs: 0, exitCode: 0, rule: "one-shot-image" } : null),
  },
  {
    name: "server",
    description: "anything else runs until it is stopped",
    decide: () => ({ runsForMs: null, exitCode: 0, rule: "server" }),
  },
];

export function runOutcome(input: RunRuleInput): RunOutcome {
  for (const rule of RUN_RULES) {
    const out = rule.decide(input);
    if (out) return out;
  }
  return { runsForMs: null, exitCode: 0, rule: "server" };
}

// ───────────────────────────── formatting ─────────────────────────────

/** Go's time.Duration.String() of a whole number of milliseconds: 2.1s, 100ms, 5m0s, 1h0m0s. */
export function goDuration(ms: number): string {
  ms = Math.max(0, Math.round(ms));
  if (ms === 0) return "0s";
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const rest = ms % 60_000;
  const secs = `${Math.floor(rest / 1000)}${
    rest % 1000
      ? `.${String(rest % 1000)
          .padStart(3, "0")
          .replace(/0+$/, "")}`
      : ""
  }s`;
  if (h > 0) return `${h}h${m}m${secs}`;
  if (m > 0) return `${m}m${secs}`;
  return secs;
}

/** A metav1.Time: RFC 3339 in UTC, whole seconds. */
import { formatTime as timestamp } from "../k8s/time";

export { timestamp };

/** format.Pod: name_namespace(uid). */
export function podDisplay(pod: KubeObject): string {
  return `${pod.metadata.name ?? ""}_${pod.metadata.namespace ?? "default"}(${pod.metadata.uid ?? ""})`;
}

/** A container ID whose first 12 hex digits are the millisecond its creation began. */
export function makeContainerID(
  pod: KubeObject,
  container: string,
  restartCount: number,
  createdAt: number,
): string {
  const time = Math.max(0, Math.floor(createdAt)).toString(16).padStart(12, "0").slice(-12);
  return `containerd://${time}${hexDigest(`${pod.metadata.uid ?? pod.metadata.name}/${container}/${restartCount}/${createdAt}`, 52)}`;
}

/** The creation instant encoded in a container ID made by `makeContainerID`, or null. */
export function containerCreatedAt(containerID: string | undefined): number | null {
  const m = containerID ? /^containerd:\/\/([0-9a-f]{12})[0-9a-f]{52}$/.exec(containerID) : null;
  if (!m) return null;
  const t = Number.parseInt(m[1] ?? "", 16);
  return Number.isFinite(t) && t > 0 ? t : null;
}

// ───────────────────────────── the view stages select on ─────────────────────────────

export type RestartPolicy = "Always" | "OnFailure" | "Never";

/** Where a container is in its lifecycle, read from its status. */
export type ContainerProgress =
  /** Waiting ContainerCreating, no container yet: the image is being pulled (or checked). */
  | "pulling"
  /** The last pull failed (waiting ErrImagePull). */
  | "pullFailed"
  /** Backing off before the next pull (waiting ImagePullBackOff). */
  | "pullBackOff"
  /** pullPolicy Never and the image is absent (waiting ErrImageNeverPull). */
  | "neverPull"
  /** Not a valid image reference (waiting InvalidImageName): nothing more happens. */
  | "invalidImage"
  /** The container is being created: its ID exists, its image ID is not shown yet. */
  | "creating"
  /** Created, being started: image ID shown, status.image is the normalized reference. */
  | "created"
  | "running"
  /** Terminated (state.terminated). */
  | "exited"
  /** Waiting CrashLoopBackOff with lastState.terminated. */
  | "crashLoop";

export interface ContainerView {
  readonly name: string;
  readonly spec: JsonObject;
  /** spec image, as written. */
  readonly image: string;
  readonly ref: ImageRef | null;
  readonly pullPolicy: PullPolicy;
  readonly status: ContainerStatus;
  readonly progress: ContainerProgress;
  /** The node has the image (or pulled it earlier in this step). */
  readonly imagePresent: boolean;
  /** Why a pull of the image fails, or null when it succeeds. */
  readonly pullError: string | null;
  /** When this container instance's creation began (from its ID), or null. */
  readonly createdAt: number | null;
  /** When the running (or last terminated) instance started, exact when the ID allows. */
  readonly startedAt: number | null;
  /** When the current terminated instance (state or, in CrashLoopBackOff, lastState) finished. */
  readonly exitedAt: number | null;
  /** The current terminated instance's record (state.terminated, or lastState.terminated in back-off). */
  readonly exit: TerminatedState | null;
  /** What this container's process does once started. */
  readonly run: RunOutcome;
}

export interface PodView {
  readonly pod: KubeObject;
  readonly node: NodeContext;
  readonly timings: Timings;
  /** The step's time. */
  readonly now: number;
  /** The kubelet has admitted the pod (status.startTime is set). */
  readonly accepted: boolean;
  /** When the pod is (or was) admitted: PodScheduled time (or creation) + accept. */
  readonly acceptAt: number;
  readonly deleting: boolean;
  /** When the deletion was requested (deletionTimestamp − grace period). */
  readonly deleteAt: number;
  readonly graceMs: number;
  readonly phase: string;
  /** Succeeded or Failed: nothing runs again. */
  readonly terminal: boolean;
  readonly restartPolicy: RestartPolicy;
  readonly containers: readonly ContainerView[];
}

// ───────────────────────────── stage outcomes ─────────────────────────────

export interface EventSpec {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
  /** Container events carry fieldPath spec.containers{name}. */
  container?: string;
}

export interface StageOutcome {
  /** Pod-level status fields to set (startTime, hostIP, hostIPs, podIP, podIPs). */
  pod?: JsonObject;
  /** Container statuses to replace (matched by name). */
  containers?: ContainerStatus[];
  events: EventSpec[];
  pulledImages?: string[];
  deletePod?: boolean;
}

interface StageBase {
  name: string;
  description: string;
  /** The named timings the delay is built from (documentation; `due` does the arithmetic). */
  delay: readonly DelayKind[];
}

export interface PodStage extends StageBase {
  scope: "pod";
  when: (pod: PodView) => boolean;
  /** The instant the stage fires, or null when it waits for something else. */
  due: (pod: PodView) => number | null;
  next: (pod: PodView, at: number) => StageOutcome;
}

export interface ContainerStage extends StageBase {
  scope: "container";
  when: (pod: PodView, c: ContainerView) => boolean;
  due: (pod: PodView, c: ContainerView) => number | null;
  next: (pod: PodView, c: ContainerView, at: number) => StageOutcome;
}

export type Stage = PodStage | ContainerStage;

// ───────────────────────────── helpers the stages share ─────────────────────────────

function imageKnownAtAdmission(c: ContainerView): boolean {
  return c.imagePresent && c.pullPolicy !== "Always";
}

function waiting(c: ContainerStatus, reason: string, message?: string): ContainerStatus {
  return {
    ...c,
    state: { waiting: message === undefined ? { reason } : { reason, message } },
    ready: false,
    started: false,
  };
}

function pulledMessage(c: ContainerView, ms: number): string {
  const d = goDuration(ms);
  const size = c.ref ? imageSizeBytes(c.ref) : 0;
  return `Successfully pulled image "${c.image}" in ${d} (${d} including waiting). Image size: ${size} bytes.`;
}

function alreadyPresent(c: ContainerView): string {
  return `Container image "${c.image}" already present on machine`;
}

/** How long the pull of this container's image takes now. */
function pullDuration(pod: PodView, c: ContainerView): number {
  return c.imagePresent ? pod.timings.pullCached : pod.timings.pull;
}

/** The image-pull back-off after the k-th failed pull (k from 0). */
function pullBackoff(t: Timings, k: number): number {
  if (t.pullBackoff <= 0) return 0;
  return Math.min(t.pullBackoff * 2 ** Math.min(k, 30), Math.max(t.pullBackoffMax, t.pullBackoff));
}

/**
 * The failed pulls of a bad image happen at F0 = admission + pull, then F(k+1) = F(k) + back-off(k).
 * Returns the index and instant of the latest failure at or before `t`, and the next one (null: never).
 */
export function pullFailureCycle(pod: PodView, t: number): { k: number; at: number; next: number | null } {
  const timings = pod.timings;
  let k = 0;
  let at = pod.acceptAt + timings.pull;
  for (;;) {
    const gap = pullBackoff(timings, k);
    if (gap <= 0) return { k, at, next: null };
    if (at + gap > t) return { k, at, next: at + gap };
    if (gap >= timings.pullBackoffMax) {
      // Steady state: jump straight to the cycle holding t.
      const n = Math.floor((t - at) / gap);
      return { k: k + n, at: at + n * gap, next: at + (n + 1) * gap };
    }
    at += gap;
    k++;
  }
}

function shouldRestart(policy: RestartPolicy, exitCode: number): boolean {
  return policy === "Always" || (policy === "OnFailure" && exitCode !== 0);
}

/** The crash-loop back-off before restarting a container whose `restartCount`-th instance exited. */
export function crashBackoff(t: Timings, restartCount: number, ranForMs: number): number {
  if (restartCount <= 0 || ranForMs >= t.backoffReset || t.crashBackoff <= 0) return 0;
  return Math.min(
    t.crashBackoff * 2 ** Math.min(restartCount - 1, 30),
    Math.max(t.crashBackoffMax, t.crashBackoff),
  );
}

function ranFor(c: ContainerView): number {
  const e = c.exit;
  if (!e) return 0;
  return (c.exitedAt ?? Date.parse(e.finishedAt)) - Date.parse(e.startedAt);
}

function backoffFor(pod: PodView, c: ContainerView): number {
  return crashBackoff(pod.timings, c.status.restartCount, ranFor(c));
}

function restartWanted(pod: PodView, c: ContainerView): boolean {
  return (
    !pod.deleting && !pod.terminal && c.exit !== null && shouldRestart(pod.restartPolicy, c.exit.exitCode)
  );
}

function crashLoopMessage(pod: PodView, c: ContainerView, backoff: number): string {
  return `back-off ${goDuration(backoff)} restarting failed container=${c.name} pod=${podDisplay(pod.pod)}`;
}

function pullEvents(c: ContainerView, knownAtStart: boolean, ms: number): EventSpec[] {
  if (knownAtStart)
    return [{ type: "Normal", reason: "Pulled", message: alreadyPresent(c), container: c.name }];
  return [{ type: "Normal", reason: "Pulled", message: pulledMessage(c, ms), container: c.name }];
}

function failedPullEvents(c: ContainerView, error: string): EventSpec[] {
  return [
    { type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name },
    {
      type: "Warning",
      reason: "Failed",
      message: `Failed to pull image "${c.image}": ${error}`,
      container: c.name,
    },
    { type: "Warning", reason: "Failed", message: "Error: ErrImagePull", container: c.name },
  ];
}

/** The container's first status, as the kubelet writes it when it admits the pod. */
function admittedStatus(c: ContainerView): { status: ContainerStatus; events: EventSpec[] } {
  const base: ContainerStatus = {
    name: c.name,
    state: { waiting: { reason: "ContainerCreating" } },
    lastState: {},
    ready: false,
    restartCount: 0,
    image: c.image,
    imageID: "",
    started: false,
  };
  const invalid = c.ref ? null : invalidImageReason(c.image);
  if (invalid !== null) {
    const message = `Failed to apply default image tag "${c.image}": couldn't parse image name "${c.image}": ${invalid}`;
    return {
      status: waiting(base, "InvalidImageName", message),
      events: [
        { type: "Warning", reason: "InspectFailed", message, container: c.name },
        { type: "Warning", reason: "Failed", message: "Error: InvalidImageName", container: c.name },
      ],
    };
  }
  if (c.pullPolicy === "Never" && !c.imagePresent) {
    const message = `Container image "${c.image}" is not present with pull policy of Never`;
    return {
      status: waiting(base, "ErrImageNeverPull", message),
      events: [
        { type: "Warning", reason: "ErrImageNeverPull", message, container: c.name },
        { type: "Warning", reason: "Failed", message: "Error: ErrImageNeverPull", container: c.name },
      ],
    };
  }
  if (imageKnownAtAdmission(c) && c.ref) {
    // The image is on the node: its ID is known at once and nothing is pulled.
    return { status: { ...base, imageID: imageID(c.ref) }, events: [] };
  }
  return {
    status: base,
    events: [{ type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name }],
  };
}

/**
 * The container once its image is ready: creation begins at `at`. Like the kubelet, the status shows
 * the container's ID and image ID only once the runtime has it: ID now, image ID when created.
 */
function creating(pod: PodView, c: ContainerView, at: number): ContainerStatus {
  return {
    ...waiting(c.status, "ContainerCreating"),
    imageID: "",
    containerID: makeContainerID(pod.pod, c.name, c.status.restartCount, at),
  };
}

// ───────────────────────────── the table ─────────────────────────────

export const POD_STAGES: readonly Stage[] = [
  {
    name: "pod-deleted",
    scope: "pod",
    description:
      "a deleted pod with no running container (never started, waiting, crash-looping, exited) is confirmed deleted at once",
    delay: [],
    when: (pod) => pod.deleting && pod.containers.every((c) => c.progress !== "running"),
    due: (pod) => pod.deleteAt,
    next: () => ({ events: [], deletePod: true }),
  },
  {
    name: "pod-accept",
    scope: "pod",
    description:
      "the kubelet admits a bound pod: sandbox and pod IP, startTime, conditions, containers waiting ContainerCreating; Pulling events",
    delay: ["accept"],
    when: (pod) => !pod.accepted && !pod.deleting,
    due: (pod) => pod.acceptAt,
    next: (pod, at) => {
      const containers: ContainerStatus[] = [];
      const events: EventSpec[] = [];
      for (const c of pod.containers) {
        const admitted = admittedStatus(c);
        containers.push(admitted.status);
        events.push(...admitted.events);
      }
      const spec = pod.pod.spec as JsonObject | undefined;
      const podIP = spec?.hostNetwork === true ? pod.node.hostIP : pod.node.podIP(pod.pod);
      const fields: JsonObject = {
        hostIP: pod.node.hostIP,
        hostIPs: [{ ip: pod.node.hostIP }],
        startTime: timestamp(at),
      };
      if (podIP) {
        fields.podIP = podIP;
        fields.podIPs = [{ ip: podIP }];
      }
      return { pod: fields, containers, events };
    },
  },
  {
    name: "pod-kill",
    scope: "pod",
    description: "a deleted pod's running containers get SIGTERM: Killing events, containers no longer ready",
    delay: [],
    when: (pod) => pod.deleting && pod.containers.some((c) => c.progress === "running" && c.status.ready),
    due: (pod) => pod.deleteAt,
    next: (pod) => ({
      containers: pod.containers
        .filter((c) => c.progress === "running")
        .map((c) => ({ ...c.status, ready: false })),
      events: pod.containers
        .filter((c) => c.progress === "running")
        .map((c) => ({
          type: "Normal" as const,
          reason: "Killing",
          message: `Stopping container ${c.name}`,
          container: c.name,
        })),
    }),
  },
  {
    name: "pod-stopped",
    scope: "pod",
    description:
      "the stopped containers of a deleted pod are terminated (never later than the grace period), then the pod is deleted",
    delay: ["stop"],
    when: (pod) => pod.deleting && pod.containers.some((c) => c.progress === "running" && !c.status.ready),
    due: (pod) => pod.deleteAt + Math.min(pod.timings.stop, pod.graceMs),
    next: (pod, at) => ({
      containers: pod.containers
        .filter((c) => c.progress === "running")
        .map((c) => ({
          ...c.status,
          state: {
            terminated: {
              containerID: c.status.containerID,
              exitCode: 0,
              finishedAt: timestamp(at),
              reason: "Completed",
              startedAt: c.status.state.running?.startedAt ?? timestamp(at),
            },
          },
          ready: false,
          started: false,
        })),
      events: [],
      deletePod: true,
    }),
  },
  {
    name: "image-pulled",
    scope: "container",
    description:
      'the image is on the node: Pulled ("Successfully pulled ..." or "already present"), container creation begins',
    delay: ["pull", "pullCached"],
    when: (pod, c) => !pod.deleting && c.progress === "pulling" && c.pullError === null,
    due: (pod, c) =>
      c.status.imageID ? pod.acceptAt + pod.timings.pullCached : pod.acceptAt + pullDuration(pod, c),
    next: (pod, c, at) => ({
      containers: [creating(pod, c, at)],
      events: pullEvents(c, c.status.imageID !== "", at - pod.acceptAt),
      pulledImages: c.ref ? [c.ref.full] : [],
    }),
  },
  {
    name: "image-pull-failed",
    scope: "container",
    description:
      "the image does not exist (or the registry is unreachable): Failed events, waiting ErrImagePull",
    delay: ["pull"],
    when: (pod, c) => !pod.deleting && c.progress === "pulling" && c.pullError !== null,
    due: (pod) => pod.acceptAt + pod.timings.pull,
    next: (_pod, c) => {
      const error = c.pullError ?? "";
      return {
        containers: [waiting(c.status, "ErrImagePull", error)],
        events: [
          {
            type: "Warning",
            reason: "Failed",
            message: `Failed to pull image "${c.image}": ${error}`,
            container: c.name,
          },
          { type: "Warning", reason: "Failed", message: "Error: ErrImagePull", container: c.name },
        ],
      };
    },
  },
  {
    name: "image-pull-backoff",
    scope: "container",
    description: "the next sync finds the pull backing off: BackOff event, waiting ImagePullBackOff",
    delay: ["resync"],
    when: (pod, c) => !pod.deleting && c.progress === "pullFailed",
    due: (pod) => {
      const cycle = pullFailureCycle(pod, pod.now);
      const at = cycle.at + pod.timings.resync;
      return cycle.next !== null && at >= cycle.next ? null : at;
    },
    next: (_pod, c) => {
      const error = c.status.state.waiting?.message ?? "";
      return {
        containers: [
          waiting(
            c.status,
            "ImagePullBackOff",
            `Back-off pulling image "${c.image}": ErrImagePull: ${error}`,
          ),
        ],
        events: [
          {
            type: "Normal",
            reason: "BackOff",
            message: `Back-off pulling image "${c.image}"`,
            container: c.name,
          },
          { type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff", container: c.name },
        ],
      };
    },
  },
  {
    name: "image-pull-retry",
    scope: "container",
    description:
      "the pull back-off (10s, 20s, ... 5m) expired: Pulling again — failing again, or now succeeding",
    delay: ["pullBackoff"],
    when: (pod, c) => !pod.deleting && (c.progress === "pullFailed" || c.progress === "pullBackOff"),
    due: (pod, c) => {
      const cycle = pullFailureCycle(pod, pod.now);
      // ImagePullBackOff shown although the failure of this cycle is already past: its retry was missed.
      if (c.progress === "pullBackOff" && cycle.k > 0 && pod.now < cycle.at + pod.timings.resync)
        return cycle.at;
      return cycle.next;
    },
    next: (pod, c, at) => {
      if (c.pullError !== null)
        return {
          containers: [waiting(c.status, "ErrImagePull", c.pullError)],
          events: failedPullEvents(c, c.pullError),
        };
      return {
        containers: [creating(pod, c, at)],
        events: [
          { type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name },
          ...pullEvents(c, false, pullDuration(pod, c)),
        ],
        pulledImages: c.ref ? [c.ref.full] : [],
      };
    },
  },
  {
    name: "image-appeared",
    scope: "container",
    description: "pullPolicy Never and the image has since arrived on the node: creation begins",
    delay: [],
    when: (pod, c) => !pod.deleting && c.progress === "neverPull" && c.imagePresent,
    due: (pod) => pod.now,
    next: (pod, c, at) => ({
      containers: [creating(pod, c, at)],
      events: pullEvents(c, true, 0),
    }),
  },
  {
    name: "container-created",
    scope: "container",
    description: "the container exists: Created event",
    delay: ["create"],
    when: (pod, c) => !pod.deleting && c.progress === "creating",
    due: (pod, c) => (c.createdAt ?? pod.acceptAt) + pod.timings.create,
    next: (_pod, c) => ({
      containers: [{ ...c.status, image: c.ref?.full ?? c.image, imageID: c.ref ? imageID(c.ref) : "" }],
      events: [
        { type: "Normal", reason: "Created", message: `Created container: ${c.name}`, container: c.name },
      ],
    }),
  },
  {
    name: "container-started",
    scope: "container",
    description: "the container runs: Started event, state running, ready and started",
    delay: ["create", "start"],
    when: (pod, c) => !pod.deleting && c.progress === "created",
    due: (pod, c) => (c.createdAt ?? pod.acceptAt) + pod.timings.create + pod.timings.start,
    next: (_pod, c, at) => ({
      containers: [
        { ...c.status, state: { running: { startedAt: timestamp(at) } }, ready: true, started: true },
      ],
      events: [
        { type: "Normal", reason: "Started", message: `Started container ${c.name}`, container: c.name },
      ],
    }),
  },
  {
    name: "container-exited",
    scope: "container",
    description: "the process ends (see RUN_RULES): state terminated, Completed (exit 0) or Error",
    delay: [],
    when: (pod, c) => !pod.deleting && c.progress === "running" && c.run.runsForMs !== null,
    due: (_pod, c) =>
      c.startedAt === null || c.run.runsForMs === null ? null : c.startedAt + c.run.runsForMs,
    next: (_pod, c, at) => ({
      containers: [
        {
          ...c.status,
          state: {
            terminated: {
              containerID: c.status.containerID,
              exitCode: c.run.exitCode,
              finishedAt: timestamp(at),
              reason: c.run.exitCode === 0 ? "Completed" : "Error",
              startedAt: c.status.state.running?.startedAt ?? timestamp(at),
            },
          },
          ready: false,
          started: false,
        },
      ],
      events: [],
    }),
  },
  {
    name: "container-crashloop",
    scope: "container",
    description: "the next sync finds the restart backing off: waiting CrashLoopBackOff, BackOff event",
    delay: ["resync"],
    when: (pod, c) =>
      c.progress === "exited" && restartWanted(pod, c) && backoffFor(pod, c) > pod.timings.resync,
    due: (pod, c) => (c.exitedAt === null ? null : c.exitedAt + pod.timings.resync),
    next: (pod, c) => {
      const backoff = backoffFor(pod, c);
      return {
        containers: [
          {
            ...waiting(c.status, "CrashLoopBackOff", crashLoopMessage(pod, c, backoff)),
            lastState: { terminated: c.exit ?? undefined },
          },
        ],
        events: [
          {
            type: "Warning",
            reason: "BackOff",
            message: `Back-off restarting failed container ${c.name} in pod ${podDisplay(pod.pod)}`,
            container: c.name,
          },
        ],
      };
    },
  },
  {
    name: "container-restarted",
    scope: "container",
    description:
      "after the back-off (none for the first restart, then 10s, 20s, ... 5m; reset after 10m of running) a new container runs: restartCount + 1, lastState.terminated",
    delay: ["crashBackoff", "pullCached", "create", "start"],
    when: (pod, c) => (c.progress === "exited" || c.progress === "crashLoop") && restartWanted(pod, c),
    due: (pod, c) => {
      if (c.exitedAt === null) return null;
      const t = pod.timings;
      // The image is on the node (the container ran): only the presence check, or a cached pull.
      return c.exitedAt + backoffFor(pod, c) + t.pullCached + t.create + t.start;
    },
    next: (pod, c, at) => {
      const t = pod.timings;
      const pull = t.pullCached;
      const restartCount = c.status.restartCount + 1;
      const createdAt = at - t.create - t.start;
      const pullEventsNow: EventSpec[] =
        c.pullPolicy === "Always"
          ? [
              { type: "Normal", reason: "Pulling", message: `Pulling image "${c.image}"`, container: c.name },
              ...pullEvents(c, false, pull),
            ]
          : pullEvents(c, true, 0);
      return {
        containers: [
          {
            ...c.status,
            state: { running: { startedAt: timestamp(at) } },
            lastState: { terminated: c.exit ?? undefined },
            ready: true,
            started: true,
            restartCount,
            image: c.ref?.full ?? c.image,
            imageID: c.ref ? imageID(c.ref) : c.status.imageID,
            containerID: makeContainerID(pod.pod, c.name, restartCount, createdAt),
          },
        ],
        events: [
          ...pullEventsNow,
          { type: "Normal", reason: "Created", message: `Created container: ${c.name}`, container: c.name },
          { type: "Normal", reason: "Started", message: `Started container ${c.name}`, container: c.name },
        ],
        pulledImages: c.pullPolicy === "Always" && c.ref ? [c.ref.full] : [],
      };
    },
  },
];
