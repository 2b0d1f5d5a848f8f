/**
 * Pod IPs from a node's pod CIDR, as the bridge CNI's host-local IPAM hands them out: the network
 * address and the gateway (.1, the bridge) are reserved, the broadcast address is never used, and
 * addresses go round-robin from the last one given (so a released IP is not reused at once).
 * Allocation is keyed (by pod UID) and idempotent; everything is deterministic. A restarted kubelet
 * rebuilds the allocator from its pods' IPs with `reserve`.
 */

export interface PodIPAllocator {
  /** The pod CIDR, normalized (`10.244.1.0/24`). */
  readonly cidr: string;
  /** The IP of `key` (allocating the next free one); null when the range is exhausted. */
  allocate(key: string): string | null;
  /** Records an IP already in use (after a restart); false if it is outside the range or taken by another key. */
  reserve(key: string, ip: string): boolean;
  /** Frees the IP of `key`; returns it, or undefined if `key` had none. */
  release(key: string): string | undefined;
  /** The IP of `key`, without allocating. */
  get(key: string): string | undefined;
  /** How many IPs are in use, and how many the range holds. */
  readonly used: number;
  readonly capacity: number;
}

export function parseIPv4(ip: string): number | null {
  const parts = ip.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

export function formatIPv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/** Parses an IPv4 CIDR into its network address and prefix length; throws on malformed input. */
export function parseCIDR(cidr: string): { network: number; prefix: number } {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(cidr.trim());
  const addr = m ? parseIPv4(m[1] ?? "") : null;
  const prefix = m ? Number(m[2]) : Number.NaN;
  if (addr === null || !(prefix >= 0 && prefix <= 32)) throw new Error(`invalid CIDR address: ${cidr}`);
  const size = 2 ** (32 - prefix);
  return { network: addr - (addr % size), prefix };
}

export function podIPAllocator(podCIDR: string): PodIPAllocator {
  const { network, prefix } = parseCIDR(podCIDR);
  const size = 2 ** (32 - prefix);
  // host-local: the first usable address is the gateway's + 1; /31 and /32 have no room for pods.
  const first = network + 2;
  const last = network + size - 2;
  const capacity = Math.max(0, last - first + 1);
  const byKey = new Map<string, number>();
  const byIP = new Map<number, string>();
  let cursor = first - 1;

  return {
    cidr: `${formatIPv4(network)}/${prefix}`,
    get used() {
      return byKey.size;
    },
    capacity,
    allocate(key) {
      const existing = byKey.get(key);
      if (existing !== undefined) return formatIPv4(existing);
      for (let i = 0; i < capacity; i++) {
        const candidate = first + ((cursor - first + 1 + i + capacity) % capacity);
        if (!byIP.has(candidate)) {
          byKey.set(key, candidate);
          byIP.set(candidate, key);
          cursor = candidate;
          return formatIPv4(candidate);
        }
      }
      return null;
    },
    reserve(key, ip) {
      const n = parseIPv4(ip);
      if (n === null || n < first || n > last) return false;
      const owner = byIP.get(n);
      if (owner !== undefined) return owner === key;
      const previous = byKey.get(key);
      if (previous !== undefined) byIP.delete(previous);
      byKey.set(key, n);
      byIP.set(n, key);
      if (n > cursor) cursor = n;
      return true;
    },
    release(key) {
      const n = byKey.get(key);
      if (n === undefined) return undefined;
      byKey.delete(key);
      byIP.delete(n);
      return formatIPv4(n);
    },
    get(key) {
      const n = byKey.get(key);
      return n === undefined ? undefined : formatIPv4(n);
    },
  };
}
