/**
 * Images as the container runtime sees them: references parsed and normalized as containerd does
 * (docker.io/library/nginx:latest), image IDs and sizes, and which pulls fail:
 *  - a `:doesnotexist` tag, or a registry host `invalid.example` (or any `*.invalid.example`) →
 *    ErrImagePull / ImagePullBackOff;
 *  - a reference that is not a valid image name (upper case, bad characters) → InvalidImageName;
 *  - the playground's runtime fault `pullFailures` makes any image fail.
 */
import type { NodeFaults } from "./context";

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
