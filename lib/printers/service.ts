/**
 * `kubectl get services`: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, wide SELECTOR, and
 * `kubectl get endpoints`: NAME ENDPOINTS AGE (printers.go `printService`, `formatEndpoints`).
 */

import { arrayAt, numberAt, objectAt, objectsAt, stringAt } from "../k8s/json";
import type { JsonValue, KubeObject } from "../k8s/object";
import { translateTimestampSince } from "./duration";
import { formatLabels } from "./fields";
import { AGE_COLUMN, column, NAME_COLUMN, type Printer } from "./types";

function loadBalancerIPs(status: JsonValue | undefined, wide: boolean): string {
  const ips = objectsAt(objectAt(status).ingress)
    .map((i) => stringAt(i.ip) || stringAt(i.hostname))
    .filter((s) => s !== "");
  const joined = ips.join(",");
  return !wide && joined.length > 16 ? `${joined.slice(0, 13)}...` : joined;
}

/** EXTERNAL-IP: external IPs, the load balancer's ingress, `<pending>`, or the external name. */
export function serviceExternalIP(svc: KubeObject, wide: boolean): string {
  const spec = objectAt(svc.spec);
  const externalIPs = arrayAt(spec.externalIPs).map((v) => stringAt(v));
  switch (spec.type) {
    case "ClusterIP":
    case "NodePort":
      return externalIPs.length > 0 ? externalIPs.join(",") : "<none>";
    case "LoadBalancer": {
      const lb = loadBalancerIPs(objectAt(svc.status).loadBalancer, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(",") : []), ...externalIPs].join(",");
      return lb || "<pending>";
    }
    case "ExternalName":
      return stringAt(spec.externalName);
    default:
      return "<unknown>";
  }
}

/** `80/TCP,443:30443/TCP`. */
export function portString(ports: JsonValue | undefined): string {
  return objectsAt(ports)
    .map((p) => {
      const protocol = stringAt(p.protocol) || "TCP";
      return numberAt(p.nodePort) > 0
        ? `${numberAt(p.port)}:${numberAt(p.nodePort)}/${protocol}`
        : `${numberAt(p.port)}/${protocol}`;
    })
    .join(",");
}

export const servicePrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column(
      "Type",
      "string",
      "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer.",
    ),
    column(
      "Cluster-IP",
      "string",
      "clusterIP is the IP address of the service and is usually assigned randomly.",
    ),
    column(
      "External-IP",
      "string",
      "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.",
    ),
    column(
      "Port(s)",
      "string",
      "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies",
    ),
    AGE_COLUMN,
    column(
      "Selector",
      "string",
      "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/",
      { priority: 1 },
    ),
  ],
  cells(svc, now) {
    const spec = objectAt(svc.spec);
    const clusterIP = stringAt(arrayAt(spec.clusterIPs)[0]) || stringAt(spec.clusterIP) || "<none>";
    return [
      svc.metadata.name ?? "",
      stringAt(spec.type),
      clusterIP,
      serviceExternalIP(svc, true),
      portString(spec.ports) || "<none>",
      translateTimestampSince(svc.metadata.creationTimestamp, now),
      formatLabels(spec.selector),
    ];
  },
};

/** Up to three `ip:port` pairs, then `+ N more...`; `<none>` without subsets. */
export function formatEndpoints(endpoints: KubeObject): string {
  const subsets = objectsAt(endpoints.subsets);
  if (subsets.length === 0) return "<none>";
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = objectsAt(ss.addresses);
    const ports = objectsAt(ss.ports);
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(stringAt(a.ip));
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        const ip = stringAt(a.ip);
        list.push(`${ip.includes(":") ? `[${ip}]` : ip}:${numberAt(port.port)}`);
      }
    }
  }
  const joined = list.join(",");
  return more ? `${joined} + ${count - max} more...` : joined;
}

export const endpointsPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column("Endpoints", "string", "The set of all endpoints is the union of all subsets."),
    AGE_COLUMN,
  ],
  cells: (ep, now) => [
    ep.metadata.name ?? "",
    formatEndpoints(ep),
    translateTimestampSince(ep.metadata.creationTimestamp, now),
  ],
};
