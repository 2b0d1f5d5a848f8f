/**
 * controller.ComputeHash: the `pod-template-hash` a Deployment gives its ReplicaSets.
 *
 * Kubernetes writes the template into an FNV-32a hasher with DeepHashObject (a Go-specific printing of
 * the struct), appends the collision count as 8 little-endian bytes when the Deployment has one, and
 * renders the decimal value of the hash with rand.SafeEncodeString. The Go printing cannot be matched
 * byte for byte, so the template is serialized here as JSON with sorted keys: equal templates give
 * equal hashes, different ones (almost always) different hashes, and the names look like Kubernetes'
 * (`my-app-5d8f7c9b4f`).
 */
import type { JsonValue } from "../k8s/object";

/** DefaultDeploymentUniqueLabelKey. */
export const POD_TEMPLATE_HASH_LABEL = "pod-template-hash";

/** The alphabet of rand.SafeEncodeString: no vowels (no words), no 0/1/3 (no confusion with letters). */
const SAFE_ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;

/** FNV-1a, 32 bits, continuing from `hash` (the offset basis by default). */
export function fnv32a(bytes: Uint8Array, hash: number = FNV32_OFFSET): number {
  let h = hash >>> 0;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, FNV32_PRIME) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each byte of `s` mapped onto the safe alphabet. */
export function safeEncodeString(s: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(s)) out += SAFE_ALPHANUMS.charAt(b % SAFE_ALPHANUMS.length);
  return out;
}

/** JSON with object keys sorted (undefined members dropped): a deterministic serialization. */
export function stableStringify(value: JsonValue | undefined): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => stableStringify(v)).join(",")}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(",")}}`;
}

/** controller.ComputeHash(template, collisionCount). */
export function computeHash(template: JsonValue | undefined, collisionCount?: number): string {
  let h = fnv32a(new TextEncoder().encode(stableStringify(template)));
  if (collisionCount !== undefined) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv32a(bytes, h);
  }
  return safeEncodeString(String(h));
}
