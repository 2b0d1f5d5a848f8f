/**
 * `kubectl get nodes`: NAME STATUS ROLES AGE VERSION, wide INTERNAL-IP EXTERNAL-IP OS-IMAGE
 * KERNEL-VERSION CONTAINER-RUNTIME (printers.go `printNode`).
 */

import { objectAt, objectsAt, stringAt } from "../k8s/json";
import type { KubeObject } from "../k8s/object";
import { translateTimestampSince } from "./duration";
import { AGE_COLUMN, type Cell, column, NAME_COLUMN, type Printer } from "./types";

const ROLE_PREFIX = "node-role.kubernetes.io/";

export const nodePrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column("Status", "string", "The status of the node"),
    column("Roles", "string", "The roles of the node"),
    AGE_COLUMN,
    column("Version", "string", "Kubelet Version reported by the node."),
    column(
      "Internal-IP",
      "string",
      "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses",
      { priority: 1 },
    ),
    column(
      "External-IP",
      "string",
      "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses",
      { priority: 1 },
    ),
    column(
      "OS-Image",
      "string",
      "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).",
      { priority: 1 },
    ),
    column(
      "Kernel-Version",
      "string",
      "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).",
      { priority: 1 },
    ),
    column(
      "Container-Runtime",
      "string",
      "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).",
      { priority: 1 },
    ),
  ],
  cells: nodeCells,
};

/** `Ready`, `NotReady`, `Unknown`, with `,SchedulingDisabled` for a cordoned node. */
export function nodeStatus(node: KubeObject): string {
  const status: string[] = [];
  const ready = objectsAt(objectAt(node.status).conditions).find((c) => c.type === "Ready");
  if (ready) status.push(ready.status === "True" ? "Ready" : "NotReady");
  if (status.length === 0) status.push("Unknown");
  if (objectAt(node.spec).unschedulable === true) status.push("SchedulingDisabled");
  return status.join(",");
}

/** Roles from `node-role.kubernetes.io/<role>` labels and the `kubernetes.io/role` label, sorted. */
export function nodeRoles(node: KubeObject): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata.labels ?? {})) {
    if (key.startsWith(ROLE_PREFIX)) {
      const role = key.slice(ROLE_PREFIX.length);
      if (role !== "") roles.add(role);
    } else if (key === "kubernetes.io/role" && value !== "") roles.add(value);
  }
  return [...roles].sort();
}

function address(node: KubeObject, type: string): string {
  const found = objectsAt(objectAt(node.status).addresses).find((a) => a.type === type);
  return found ? stringAt(found.address) : "<none>";
}

function nodeCells(node: KubeObject, now: number): Cell[] {
  const info = objectAt(objectAt(node.status).nodeInfo);
  return [
    node.metadata.name ?? "",
    nodeStatus(node),
    nodeRoles(node).join(",") || "<none>",
    translateTimestampSince(node.metadata.creationTimestamp, now),
    stringAt(info.kubeletVersion),
    address(node, "InternalIP"),
    address(node, "ExternalIP"),
    stringAt(info.osImage) || "<unknown>",
    stringAt(info.kernelVersion) || "<unknown>",
    stringAt(info.containerRuntimeVersion) || "<unknown>",
  ];
}
