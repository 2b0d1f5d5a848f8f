/** The Node object and Lease a kubelet registers and renews for its machine. */

import type { JsonObject, KubeObject } from "../k8s/object";
import { formatMicroTime, formatTime as timestamp } from "../k8s/time";
import type { NodeSpec } from "../playground/node-pool";

export const KUBELET_VERSION = "v1.32.0-kubeplay";

/** A stable InternalIP for a node, from its pod CIDR index (172.18.0.x like a kind network). */
export function internalIP(node: NodeSpec): string {
  const [, second = "244", third = "1"] = node.podCIDR.split(".");
  const index = (Number(second) - 244) * 256 + Number(third);
  return `172.18.${(index >> 8) & 255}.${(index & 255) + 1}`;
}

export function readyCondition(now: number, heartbeat = now): JsonObject {
  return {
    type: "Ready",
    status: "True",
    lastHeartbeatTime: timestamp(heartbeat),
    lastTransitionTime: timestamp(now),
    reason: "KubeletReady",
    message: "kubelet is posting ready status",
  };
}

function pressure(type: string, reason: string, message: string, now: number): JsonObject {
  return {
    type,
    status: "False",
    lastHeartbeatTime: timestamp(now),
    lastTransitionTime: timestamp(now),
    reason,
    message,
  };
}

export function nodeStatus(node: NodeSpec, now: number): JsonObject {
  const resources = {
    cpu: node.cpu,
    memory: node.memory,
    pods: String(node.pods),
    "ephemeral-storage": "20Gi",
  };
  return {
    capacity: resources,
    allocatable: resources,
    conditions: [
      pressure(
        "MemoryPressure",
        "KubeletHasSufficientMemory",
        "kubelet has sufficient memory available",
        now,
      ),
      pressure("DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now),
      pressure("PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now),
      readyCondition(now),
    ],
    addresses: [
      { type: "InternalIP", address: internalIP(node) },
      { type: "Hostname", address: node.name },
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: {
      machineID: node.name,
      systemUUID: node.name,
      bootID: node.name,
      kernelVersion: "6.8.0-kubeplay",
      osImage: "kubeplay simulated node",
      containerRuntimeVersion: "containerd://1.7.24",
      kubeletVersion: KUBELET_VERSION,
      kubeProxyVersion: KUBELET_VERSION,
      operatingSystem: "linux",
      architecture: "amd64",
    },
  };
}

/** The Node object as the kubelet registers it. */
export function nodeObject(node: NodeSpec, now: number): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: node.name,
      labels: {
        "kubernetes.io/hostname": node.name,
        "kubernetes.io/os": "linux",
        "kubernetes.io/arch": "amd64",
        "beta.kubernetes.io/os": "linux",
        "beta.kubernetes.io/arch": "amd64",
        "topology.kubernetes.io/zone": node.zone,
        "topology.kubernetes.io/region": "kubeplay",
      },
      annotations: { "node.alpha.kubernetes.io/ttl": "0" },
    },
    spec: { podCIDR: node.podCIDR, podCIDRs: [node.podCIDR] },
    status: nodeStatus(node, now),
  };
}

export function leaseObject(node: string, now: number, seconds: number): KubeObject {
  return {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: { name: node, namespace: "kube-node-lease" },
    spec: {
      holderIdentity: node,
      leaseDurationSeconds: seconds,
      renewTime: formatMicroTime(now),
    },
  };
}
