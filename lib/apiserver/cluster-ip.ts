/** ClusterIP allocation for Services, from the service CIDR 10.96.0.0/12 like kubeadm's default. */
import { isJsonObject, type JsonObject, type KubeObject } from "../k8s/object";

const BASE = (10 << 24) | (96 << 16); // 10.96.0.0
const SIZE = 1 << 20; // /12

function toIP(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/** Gives the service a free cluster IP unless it asks for none (`None`, ExternalName) or names one. */
export function allocateClusterIP(service: KubeObject, existing: readonly KubeObject[]): void {
  const spec = isJsonObject(service.spec) ? service.spec : undefined;
  if (!spec || spec.type === "ExternalName") return;
  if (typeof spec.clusterIP === "string" && spec.clusterIP !== "") {
    if (spec.clusterIPs === undefined) spec.clusterIPs = [spec.clusterIP];
    return;
  }
  const used = new Set<string>();
  for (const s of existing) {
    if (isJsonObject(s.spec) && typeof s.spec.clusterIP === "string") used.add(s.spec.clusterIP);
  }
  // The first address (10.96.0.1) belongs to the `kubernetes` service; hand out from .10 on.
  const start = service.metadata.name === "kubernetes" && service.metadata.namespace === "default" ? 1 : 10;
  for (let offset = start; offset < SIZE - 1; offset++) {
    const ip = toIP(BASE + offset);
    if (!used.has(ip)) {
      spec.clusterIP = ip;
      spec.clusterIPs = [ip];
      return;
    }
  }
}

const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

function portsOf(service: KubeObject | undefined): JsonObject[] {
  const spec = service && isJsonObject(service.spec) ? service.spec : {};
  return (Array.isArray(spec.ports) ? spec.ports : []).filter(isJsonObject);
}

/**
 * Node ports of NodePort and LoadBalancer services, from 30000-32767 like kube-apiserver's
 * default range: a port without one keeps the one it had (`previous`, on update) or gets a free
 * random one. Other types lose theirs.
 */
export function allocateNodePorts(
  service: KubeObject,
  existing: readonly KubeObject[],
  previous?: KubeObject,
): void {
  const spec = isJsonObject(service.spec) ? service.spec : undefined;
  if (!spec) return;
  const ports = portsOf(service);
  if (spec.type !== "NodePort" && spec.type !== "LoadBalancer") {
    for (const p of ports) if (p.nodePort === 0) delete p.nodePort;
    return;
  }
  const used = new Set<number>();
  for (const s of existing) {
    if (s.metadata.uid === service.metadata.uid) continue;
    for (const p of portsOf(s)) if (typeof p.nodePort === "number") used.add(p.nodePort);
  }
  for (const p of ports) if (typeof p.nodePort === "number" && p.nodePort !== 0) used.add(p.nodePort);
  const before = portsOf(previous);
  for (const p of ports) {
    if (typeof p.nodePort === "number" && p.nodePort !== 0) continue;
    const same = before.find((b) => b.port === p.port && (b.protocol ?? "TCP") === (p.protocol ?? "TCP"));
    if (same && typeof same.nodePort === "number") {
      p.nodePort = same.nodePort;
      continue;
    }
    const span = NODE_PORT_MAX - NODE_PORT_MIN + 1;
    const start = crypto.getRandomValues(new Uint32Array(1))[0]! % span;
    for (let i = 0; i < span; i++) {
      const candidate = NODE_PORT_MIN + ((start + i) % span);
      if (!used.has(candidate)) {
        p.nodePort = candidate;
        used.add(candidate);
        break;
      }
    }
  }
}
