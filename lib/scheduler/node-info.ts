/**
 * kube-scheduler's cache (pkg/scheduler/backend/cache): one NodeInfo per node, holding the pods bound
 * (or assumed) to it and the running sums of their requests, kept up to date incrementally from
 * informer events so that a scheduling decision never rebuilds anything.
 */

import { specOf } from "../k8s/json";
import type { KubeObject } from "../k8s/object";
import { isPodTerminal, podNodeName } from "../k8s/pod";
import { nodeTaints, type Taint } from "../k8s/tolerations";
import {
  emptyResources,
  nodeAllocatable,
  podNonZeroRequests,
  podRequests,
  type Resources,
} from "./resources";

/** The cache's key for a pod: its UID (GetPodKey), or namespace/name for an object without one. */
export function podKey(pod: KubeObject): string {
  const uid = pod.metadata.uid;
  if (uid) return uid;
  return `${pod.metadata.namespace ?? ""}/${pod.metadata.name ?? ""}`;
}

/** Whether a pod holds node resources: bound to a node and not finished (Succeeded / Failed). */
export function podOccupiesNode(pod: KubeObject): boolean {
  return podNodeName(pod) !== "" && !isPodTerminal(pod);
}

interface PodEntry {
  pod: KubeObject;
  requests: Resources;
  nonZero: Resources;
}

function addTo(target: Resources, r: Resources, sign: 1 | -1): void {
  target.milliCpu += sign * r.milliCpu;
  target.memory += sign * r.memory;
  target.pods += sign * r.pods;
}

/** Node-level aggregated information, as framework.NodeInfo. */
export class NodeInfo {
  /** The Node object; undefined while pods name a node the cache has not seen (or no longer has). */
  node: KubeObject | undefined;
  readonly name: string;
  /** Pods bound or assumed to this node, by podKey. */
  readonly pods = new Map<string, KubeObject>();
  /** Sum of the pods' requests (pods = number of pods). */
  readonly requested: Resources = emptyResources();
  /** Sum of the pods' requests with the scoring defaults for containers that request nothing. */
  readonly nonZeroRequested: Resources = emptyResources();
  allocatable: Resources = emptyResources();
  /** The node's labels, taints and cordon flag, parsed once per node update. */
  labels: Record<string, string> = {};
  taints: Taint[] = [];
  unschedulable = false;
  /** Bumped on every change, as NodeInfo.Generation. */
  generation = 0;
  private readonly entries = new Map<string, PodEntry>();

  constructor(name: string, node?: KubeObject) {
    this.name = name;
    if (node) this.setNode(node);
  }

  setNode(node: KubeObject): void {
    this.node = node;
    this.allocatable = nodeAllocatable(node);
    const labels = node.metadata.labels;
    this.labels = labels && typeof labels === "object" ? labels : {};
    this.taints = nodeTaints(node);
    this.unschedulable = specOf(node).unschedulable === true;
    this.generation++;
  }

  /** Counts a pod on this node (replacing an earlier version of the same pod). */
  addPod(pod: KubeObject): void {
    this.addEntry(podKey(pod), { pod, requests: podRequests(pod), nonZero: podNonZeroRequests(pod) });
  }

  /** Stops counting a pod; false when it was not counted here. */
  removePod(pod: KubeObject | string): boolean {
    const key = typeof pod === "string" ? pod : podKey(pod);
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.pods.delete(key);
    addTo(this.requested, entry.requests, -1);
    addTo(this.nonZeroRequested, entry.nonZero, -1);
    this.generation++;
    return true;
  }

  hasPod(pod: KubeObject | string): boolean {
    return this.entries.has(typeof pod === "string" ? pod : podKey(pod));
  }

  /** The requests this node counts for a pod (as computed when it was added). */
  podRequests(pod: KubeObject | string): Resources | undefined {
    return this.entries.get(typeof pod === "string" ? pod : podKey(pod))?.requests;
  }

  /** An independent copy, for what-if evaluation (preemption dry runs). */
  clone(): NodeInfo {
    const copy = new NodeInfo(this.name);
    copy.node = this.node;
    copy.allocatable = { ...this.allocatable };
    copy.labels = this.labels;
    copy.taints = this.taints;
    copy.unschedulable = this.unschedulable;
    for (const [key, entry] of this.entries) copy.addEntry(key, entry);
    copy.generation = this.generation;
    return copy;
  }

  private addEntry(key: string, entry: PodEntry): void {
    const old = this.entries.get(key);
    if (old) {
      addTo(this.requested, old.requests, -1);
      addTo(this.nonZeroRequested, old.nonZero, -1);
    }
    this.entries.set(key, entry);
    this.pods.set(key, entry.pod);
    addTo(this.requested, entry.requests, 1);
    addTo(this.nonZeroRequested, entry.nonZero, 1);
    this.generation++;
  }
}

interface PodState {
  pod: KubeObject;
  node: string;
  /** Counted from the scheduler's own decision; not yet observed bound. */
  assumed: boolean;
}

/**
 * The scheduler's view of the cluster. Node and pod events apply in O(1); `assumePod` counts a pod on
 * the node just chosen for it, before its binding comes back through the informer, so the decisions
 * that follow do not overcommit that node.
 */
export class SchedulerCache {
  private readonly nodes = new Map<string, NodeInfo>();
  private readonly podStates = new Map<string, PodState>();
  private list: NodeInfo[] | undefined;

  upsertNode(node: KubeObject): NodeInfo {
    const name = node.metadata.name ?? "";
    let info = this.nodes.get(name);
    if (info) {
      if (!info.node) this.list = undefined;
      info.setNode(node);
    } else {
      info = new NodeInfo(name, node);
      this.nodes.set(name, info);
      this.list = undefined;
    }
    return info;
  }

  /** Forgets a node. Its pods stay accounted (on a node-less NodeInfo) until their own deletions arrive. */
  removeNode(name: string): void {
    const info = this.nodes.get(name);
    if (!info) return;
    if (info.pods.size === 0) this.nodes.delete(name);
    else {
      info.node = undefined;
      info.generation++;
    }
    this.list = undefined;
  }

  /** A pod observed from the API (informer add). Confirms an assumed pod. */
  addPod(pod: KubeObject): void {
    this.sync(pod);
  }

  /** A pod changed (informer update): re-accounts it, moving or dropping it as its node / phase says. */
  updatePod(oldPod: KubeObject, newPod: KubeObject): void {
    const oldKey = podKey(oldPod);
    if (oldKey !== podKey(newPod)) this.drop(oldKey);
    this.sync(newPod);
  }

  /** A pod deleted (informer delete). */
  removePod(pod: KubeObject): void {
    this.drop(podKey(pod));
  }

  /**
   * Counts a pod on `nodeName` ahead of its binding. A later addPod/updatePod of the bound pod confirms
   * it (moving it if it landed elsewhere); forgetPod undoes it when the binding fails.
   */
  assumePod(pod: KubeObject, nodeName: string): void {
    const key = podKey(pod);
    if (this.podStates.has(key)) {
      throw new Error(
        `pod ${pod.metadata.namespace ?? ""}/${pod.metadata.name ?? ""} is in the cache, so can't be assumed`,
      );
    }
    const assumed: KubeObject = { ...pod, spec: { ...specOf(pod), nodeName } };
    this.nodeInfoFor(nodeName).addPod(assumed);
    this.podStates.set(key, { pod: assumed, node: nodeName, assumed: true });
  }

  /** Undoes assumePod; false when the pod is not (or no longer) merely assumed. */
  forgetPod(pod: KubeObject): boolean {
    const key = podKey(pod);
    const state = this.podStates.get(key);
    if (!state?.assumed) return false;
    this.drop(key);
    return true;
  }

  isAssumed(pod: KubeObject): boolean {
    return this.podStates.get(podKey(pod))?.assumed === true;
  }

  /** The node a pod is counted on (bound or assumed), if any. */
  podNode(pod: KubeObject): string | undefined {
    return this.podStates.get(podKey(pod))?.node;
  }

  nodeInfo(name: string): NodeInfo | undefined {
    const info = this.nodes.get(name);
    return info?.node ? info : undefined;
  }

  /** Every known node, in the order they were first added. The array is reused until nodes come or go. */
  nodeInfos(): NodeInfo[] {
    if (!this.list) this.list = [...this.nodes.values()].filter((n) => n.node !== undefined);
    return this.list;
  }

  get nodeCount(): number {
    return this.nodeInfos().length;
  }

  get podCount(): number {
    return this.podStates.size;
  }

  private sync(pod: KubeObject): void {
    const key = podKey(pod);
    if (!podOccupiesNode(pod)) {
      this.drop(key);
      return;
    }
    const nodeName = podNodeName(pod);
    const state = this.podStates.get(key);
    if (state && state.node !== nodeName) this.nodes.get(state.node)?.removePod(key);
    this.nodeInfoFor(nodeName).addPod(pod);
    this.podStates.set(key, { pod, node: nodeName, assumed: false });
  }

  private drop(key: string): void {
    const state = this.podStates.get(key);
    if (!state) return;
    this.podStates.delete(key);
    const info = this.nodes.get(state.node);
    if (!info) return;
    info.removePod(key);
    if (!info.node && info.pods.size === 0) this.nodes.delete(state.node);
  }

  private nodeInfoFor(name: string): NodeInfo {
    let info = this.nodes.get(name);
    if (!info) {
      info = new NodeInfo(name);
      this.nodes.set(name, info);
    }
    return info;
  }
}
