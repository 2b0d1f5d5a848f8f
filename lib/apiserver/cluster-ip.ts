/** ClusterIP allocation for Services, from the service CIDR 10.96.0.0/12 like kubeadm's default. */
import { isJsonObject, type KubeObject } from "../k8s/object";

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
