/**
 * The simulated machines of a cluster: which nodes exist, their size, zone and pod CIDR, and
 * whether their kubelet is stopped. The kubelet of each registers the Node object itself; this is
 * the "hardware" the playground verbs add, remove, stop and start.
 */
import { parseQuantity } from "../k8s/quantity";
import { isDns1123Subdomain } from "../k8s/validation/names";

export interface NodeSpec {
  name: string;
  cpu: string;
  memory: string;
  pods: number;
  zone: string;
  podCIDR: string;
  /** A stopped node's kubelet is down: no heartbeats, no pod work. */
  stopped?: boolean;
}

/** The seed documents' three nodes: 1 CPU/2 GiB, 2 CPU/4 GiB, 0.5 CPU/1 GiB. */
export const DEFAULT_NODES: readonly NodeSpec[] = [
  { name: "node-1", cpu: "1", memory: "2Gi", pods: 110, zone: "zone-a", podCIDR: podCIDR(1) },
  { name: "node-2", cpu: "2", memory: "4Gi", pods: 110, zone: "zone-b", podCIDR: podCIDR(2) },
  { name: "node-3", cpu: "500m", memory: "1Gi", pods: 110, zone: "zone-c", podCIDR: podCIDR(3) },
];

const ZONES = ["zone-a", "zone-b", "zone-c"];

/** The n-th node's /24 out of 10.244.0.0/12-ish space (10.244.1.0/24, 10.244.2.0/24, ...). */
export function podCIDR(n: number): string {
  return `10.${244 + (n >> 8)}.${n & 255}.0/24`;
}

export interface NodeRequest {
  name?: string;
  cpu?: string;
  memory?: string;
  pods?: number;
  zone?: string;
}

/** Adds a node to the pool; returns the new pool, or why not. */
export function addNode(pool: readonly NodeSpec[], request: NodeRequest): NodeSpec[] | string {
  const used = new Set(pool.map((n) => n.podCIDR));
  let index = 1;
  while (used.has(podCIDR(index))) index++;
  let name = request.name;
  if (!name) {
    let n = pool.length + 1;
    while (pool.some((p) => p.name === `node-${n}`)) n++;
    name = `node-${n}`;
  }
  const problems = isDns1123Subdomain(name);
  if (problems.length) return `invalid node name ${JSON.stringify(name)}: ${problems.join("; ")}`;
  if (pool.some((n) => n.name === name)) return `node "${name}" already exists`;
  const cpu = request.cpu ?? "2";
  const memory = request.memory ?? "4Gi";
  if (!parseQuantity(cpu)) return `invalid cpu quantity ${JSON.stringify(cpu)}`;
  if (!parseQuantity(memory)) return `invalid memory quantity ${JSON.stringify(memory)}`;
  const pods = request.pods ?? 110;
  if (!Number.isInteger(pods) || pods < 1 || pods > 1000) return "pods must be an integer from 1 to 1000";
  const zone = request.zone ?? ZONES[(index - 1) % ZONES.length]!;
  return [...pool, { name, cpu, memory, pods, zone, podCIDR: podCIDR(index) }];
}
