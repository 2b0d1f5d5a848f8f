/**
 * Service defaults (SetDefaults_Service of pkg/apis/core/v1) plus the IP family fields the registry
 * fills for a single-stack IPv4 cluster. The cluster IP itself is allocated by the store.
 */
import { isJsonObject, type JsonObject, type KubeObject } from "../object";

export function defaultService(obj: KubeObject): void {
  if (!isJsonObject(obj.spec)) obj.spec = {};
  const spec = obj.spec as JsonObject;
  if (!spec.sessionAffinity) spec.sessionAffinity = "None";
  if (spec.sessionAffinity === "None") delete spec.sessionAffinityConfig;
  if (!spec.type) spec.type = "ClusterIP";
  const type = spec.type;
  if (Array.isArray(spec.ports)) {
    for (const port of spec.ports) {
      if (!isJsonObject(port)) continue;
      if (!port.protocol) port.protocol = "TCP";
      if (
        port.targetPort === undefined ||
        port.targetPort === null ||
        port.targetPort === 0 ||
        port.targetPort === ""
      ) {
        port.targetPort = port.port ?? 0;
      }
    }
  }
  const externallyAccessible =
    type === "LoadBalancer" ||
    type === "NodePort" ||
    (type === "ClusterIP" && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0);
  if (externallyAccessible && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = "Cluster";
  if (
    (spec.internalTrafficPolicy === undefined || spec.internalTrafficPolicy === null) &&
    (type === "ClusterIP" || type === "NodePort" || type === "LoadBalancer")
  ) {
    spec.internalTrafficPolicy = "Cluster";
  }
  if (type === "LoadBalancer" && typeof spec.allocateLoadBalancerNodePorts !== "boolean") {
    spec.allocateLoadBalancerNodePorts = true;
  }
  if (type !== "ExternalName") {
    if (!spec.ipFamilyPolicy) spec.ipFamilyPolicy = "SingleStack";
    if (!Array.isArray(spec.ipFamilies) || spec.ipFamilies.length === 0) spec.ipFamilies = ["IPv4"];
  }
}
