/**
 * The node lifecycle controller (pkg/controller/nodelifecycle) and the NoExecute taint manager
 * (pkg/controller/tainteviction), playground-scaled, as one pure reconcile over nodes, their Leases in
 * `kube-node-lease` and pods. Plus the DefaultTolerationSeconds admission plugin (`defaultTolerations`).
 *
 * Per node (monitorNodeHealth):
 * - Health: the last heartbeat is the newer of the Lease's `spec.renewTime` and the Ready condition's
 *   `lastHeartbeatTime` (the node's creationTimestamp when it never posted one). Once it is older than
 *   `nodeMonitorGracePeriodMs` (`nodeStartupGracePeriodMs` for a node that never posted Ready), the
 *   conditions Ready, MemoryPressure, DiskPressure and PIDPressure become `Unknown` — reason
 *   `NodeStatusUnknown`, message `Kubelet stopped posting node status.`, lastTransitionTime now,
 *   lastHeartbeatTime kept; a missing one is added with `NodeStatusNeverUpdated` — written when Ready
 *   changed (a strategic merge patch of `status.conditions`, merged by type). The node gets a Normal
 *   `NodeNotReady` event ("Node n1 status is now: NodeNotReady") when Ready leaves True this way.
 * - NoSchedule taints from conditions (TaintNodesByCondition): Ready False → `node.kubernetes.io/not-ready`,
 *   Ready Unknown → `node.kubernetes.io/unreachable`, MemoryPressure/DiskPressure/PIDPressure/
 *   NetworkUnavailable True → `memory-pressure`/`disk-pressure`/`pid-pressure`/`network-unavailable`,
 *   `spec.unschedulable` → `node.kubernetes.io/unschedulable`; the ones no longer warranted go.
 * - NoExecute taints (taint-based eviction): Ready False → `not-ready:NoExecute`, Unknown →
 *   `unreachable:NoExecute` (swapping the opposite one), True → neither. Added taints carry `timeAdded`.
 *   Zone disruption (when `zoneDisruption` is on, as in Kubernetes): when every zone has no Ready node the
 *   controller assumes it, not the nodes, lost connectivity ("master disruption mode") and removes the
 *   NoExecute taints; a zone with > 2 not-ready nodes and >= `unhealthyZoneThreshold` of them
 *   (PartialDisruption) taints no new node (a small cluster's reduced eviction rate is 0).
 *   Taint changes are one JSON merge patch of `spec.taints` (the whole list, other taints kept) conditional
 *   on the node's resourceVersion — emitted BEFORE the status patch, which carries no precondition.
 * - Pods on a node whose Ready is not True get their Ready condition set to False (status patch) and a
 *   Warning `NodeNotReady` "Node is not ready" event (MarkPodsNotReady).
 *
 * Per pod on a node with NoExecute taints (the taint manager): a pod that does not tolerate every one is
 * evicted at once; one that tolerates them all with `tolerationSeconds` is evicted when the earliest
 * taint's `timeAdded` plus the smallest tolerationSeconds has passed (a toleration without seconds
 * tolerates forever). Eviction is a Normal `TaintManagerEviction` event "Marking for deletion Pod ns/name",
 * the `DisruptionTarget` condition, and a delete with the pod's uid as precondition. A NoExecute taint
 * without `timeAdded` (added by hand) counts from `now`: its tolerating pods stay until it gets one.
 *
 * Eviction reads the taints the node has (a NoExecute taint added in this pass counts from the next
 * pass, once its write is observed), minus those this pass removes.
 *
 * `wakeAt` is the earliest future moment a decision changes by time alone (a node's grace period running
 * out, a toleration expiring): the runtime sets its alarm there. Left out: the eviction rate limiters
 * (0.1 node/s in a healthy zone), whose only effect in a playground would be a delay.
 */

import { type Action, eventAction, statusPatch } from "../client/actions";
import type { ControllerModule } from "../controller-manager/controller";
import { objectAt, objectsAt, stringAt } from "../k8s/json";
import { isJsonObject, type JsonObject, type KubeObject } from "../k8s/object";
import { taintOf, toleratesTaint, tolerationOf } from "../k8s/tolerations";
import { rfc3339 } from "./events";

export interface NodeLifecycleSettings {
  /** Heartbeat age after which a node is Unknown (Kubernetes: 40s; playground: 20s). */
  nodeMonitorGracePeriodMs: number;
  /** The same for a node that never posted a Ready condition (Kubernetes: 60s; playground: 30s). */
  nodeStartupGracePeriodMs: number;
  /**
   * `tolerationSeconds` of the not-ready/unreachable tolerations DefaultTolerationSeconds adds
   * (Kubernetes: 300; playground: 30). Since Kubernetes 1.27 this, not a pod-eviction-timeout, is what
   * decides how long pods stay on a lost node.
   */
  defaultTolerationSeconds: number;
  /** Whether zone disruption modes hold back NoExecute tainting, as Kubernetes does (default on). */
  zoneDisruption: boolean;
  /** Share of not-ready nodes that makes a zone PartialDisruption (Kubernetes: 0.55). */
  unhealthyZoneThreshold: number;
}

export const DEFAULT_NODE_LIFECYCLE: NodeLifecycleSettings = {
  nodeMonitorGracePeriodMs: 20_000,
  nodeStartupGracePeriodMs: 30_000,
  defaultTolerationSeconds: 30,
  zoneDisruption: true,
  unhealthyZoneThreshold: 0.55,
};

export interface NodeLifecycleResult {
  actions: Action[];
  /** Epoch ms of the next time-driven change, or undefined when only a watch event can change things. */
  wakeAt: number | undefined;
}

export const TAINT_NOT_READY = "node.kubernetes.io/not-ready";
export const TAINT_UNREACHABLE = "node.kubernetes.io/unreachable";
export const TAINT_UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
export const NODE_LEASE_NAMESPACE = "kube-node-lease";
export const NODE_CONTROLLER = "node-controller";
export const TAINT_EVICTION_CONTROLLER = "taint-eviction-controller";

/** Condition type → status → the NoSchedule taint it warrants (nodeConditionToTaintKeyStatusMap). */
const CONDITION_TAINTS: Record<string, Record<string, string>> = {
  Ready: { False: TAINT_NOT_READY, Unknown: TAINT_UNREACHABLE },
  MemoryPressure: { True: "node.kubernetes.io/memory-pressure" },
  DiskPressure: { True: "node.kubernetes.io/disk-pressure" },
  NetworkUnavailable: { True: "node.kubernetes.io/network-unavailable" },
  PIDPressure: { True: "node.kubernetes.io/pid-pressure" },
};
const CONDITION_TAINT_KEYS = new Set(Object.values(CONDITION_TAINTS).flatMap((m) => Object.values(m)));
const UNKNOWN_CONDITIONS = ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"];

type Obj = JsonObject;

/** Epoch ms of an RFC 3339 time (any fraction of seconds), or undefined. */
import { parseTime } from "../k8s/time";

export { parseTime };

function conditionsOf(obj: KubeObject): Obj[] {
  return objectsAt(objectAt(obj.status).conditions);
}

function taintsOf(node: KubeObject): Obj[] {
  return objectsAt(objectAt(node.spec).taints);
}

function sameTaint(a: Obj, key: string, effect: string): boolean {
  return stringAt(a.key) === key && stringAt(a.effect) === effect;
}

interface NodeView {
  node: KubeObject;
  name: string;
  /** Ready status after this pass's health check ("" when the node has no Ready condition). */
  ready: string;
  /** Conditions after this pass's health check. */
  conditions: Obj[];
  zone: string;
}

function zoneOf(node: KubeObject): string {
  const labels = node.metadata.labels ?? {};
  const region =
    labels["topology.kubernetes.io/region"] ?? labels["failure-domain.beta.kubernetes.io/region"] ?? "";
  const zone =
    labels["topology.kubernetes.io/zone"] ?? labels["failure-domain.beta.kubernetes.io/zone"] ?? "";
  return region || zone ? `${region}:\u0000:${zone}` : "";
}

type ZoneState = "Normal" | "PartialDisruption" | "FullDisruption";

function zoneState(views: NodeView[], threshold: number): ZoneState {
  const ready = views.filter((v) => v.ready === "True").length;
  const notReady = views.length - ready;
  if (ready === 0 && notReady > 0) return "FullDisruption";
  if (notReady > 2 && notReady / views.length >= threshold) return "PartialDisruption";
  return "Normal";
}

/** Reconciles node health, condition taints, NoExecute taints and taint-based eviction at `now` (ms). */
export function reconcileNodeLifecycle(
  nodes: readonly KubeObject[],
  leases: readonly KubeObject[],
  pods: readonly KubeObject[],
  now: number,
  settings: NodeLifecycleSettings = DEFAULT_NODE_LIFECYCLE,
): NodeLifecycleResult {
  const actions: Action[] = [];
  let wakeAt: number | undefined;
  const wake = (at: number): void => {
    if (at > now && (wakeAt === undefined || at < wakeAt)) wakeAt = at;
  };
  const at = rfc3339(now);

  const leaseOf = new Map<string, KubeObject>();
  for (const lease of leases) {
    if ((lease.metadata.namespace ?? NODE_LEASE_NAMESPACE) === NODE_LEASE_NAMESPACE && lease.metadata.name) {
      leaseOf.set(lease.metadata.name, lease);
    }
  }
  const podsOf = new Map<string, KubeObject[]>();
  for (const pod of pods) {
    const nodeName = stringAt(objectAt(pod.spec).nodeName);
    if (!nodeName) continue;
    const list = podsOf.get(nodeName);
    if (list) list.push(pod);
    else podsOf.set(nodeName, [pod]);
  }

  // 1. Health (tryUpdateNodeHealth).
  const views: NodeView[] = [];
  const statusActions = new Map<string, Action[]>();
  for (const node of nodes) {
    const name = node.metadata.name ?? "";
    const conditions = conditionsOf(node).map((c) => ({ ...c }));
    const observedReady = conditions.find((c) => c.type === "Ready");
    const observedReadyStatus = observedReady ? stringAt(observedReady.status) : "";
    const lease = leaseOf.get(name);
    const heartbeats = [
      parseTime(objectAt(lease?.spec).renewTime),
      parseTime(observedReady?.lastHeartbeatTime),
    ].filter((t): t is number => t !== undefined);
    const probe =
      heartbeats.length > 0 ? Math.max(...heartbeats) : (parseTime(node.metadata.creationTimestamp) ?? now);
    const grace = observedReady ? settings.nodeMonitorGracePeriodMs : settings.nodeStartupGracePeriodMs;
    const own: Action[] = [];
    if (now > probe + grace) {
      const changed: Obj[] = [];
      for (const type of UNKNOWN_CONDITIONS) {
        const current = conditions.find((c) => c.type === type);
        if (!current) {
          const added: Obj = {
            type,
            status: "Unknown",
            lastHeartbeatTime: node.metadata.creationTimestamp ?? at,
            lastTransitionTime: at,
            reason: "NodeStatusNeverUpdated",
            message: "Kubelet never posted node status.",
          };
          conditions.push(added);
          changed.push(added);
        } else if (current.status !== "Unknown") {
          current.status = "Unknown";
          current.reason = "NodeStatusUnknown";
          current.message = "Kubelet stopped posting node status.";
          current.lastTransitionTime = at;
          changed.push(current);
        }
      }
      const ready = conditions.find((c) => c.type === "Ready");
      if (changed.some((c) => c.type === "Ready")) {
        own.push(statusPatch("nodes", node, { conditions: changed }));
        if (observedReadyStatus === "True" && ready?.status !== "True") {
          own.push(
            eventAction(
              node,
              "Normal",
              "NodeNotReady",
              `Node ${name} status is now: NodeNotReady`,
              NODE_CONTROLLER,
            ),
          );
        }
      }
    } else if (observedReadyStatus !== "Unknown") {
      wake(probe + grace + 1);
    }
    statusActions.set(name, own);
    const ready = conditions.find((c) => c.type === "Ready");
    views.push({ node, name, ready: ready ? stringAt(ready.status) : "", conditions, zone: zoneOf(node) });
  }

  // 2. Zone states (handleDisruption).
  const zones = new Map<string, NodeView[]>();
  for (const v of views) {
    const list = zones.get(v.zone);
    if (list) list.push(v);
    else zones.set(v.zone, [v]);
  }
  const states = new Map<string, ZoneState>();
  for (const [zone, list] of zones) states.set(zone, zoneState(list, settings.unhealthyZoneThreshold));
  const masterDisruption =
    settings.zoneDisruption && states.size > 0 && [...states.values()].every((s) => s === "FullDisruption");

  for (const view of views) {
    const { node, name } = view;
    // 3. Taints: NoSchedule from conditions, NoExecute from Ready.
    const current = taintsOf(node);
    const wantedNoSchedule: string[] = [];
    for (const c of view.conditions) {
      const key = CONDITION_TAINTS[stringAt(c.type)]?.[stringAt(c.status)];
      if (key) wantedNoSchedule.push(key);
    }
    if (objectAt(node.spec).unschedulable === true) wantedNoSchedule.push(TAINT_UNSCHEDULABLE);

    const next: Obj[] = current.filter((t) => {
      if (stringAt(t.effect) !== "NoSchedule") return true;
      const key = stringAt(t.key);
      if (key !== TAINT_UNSCHEDULABLE && !CONDITION_TAINT_KEYS.has(key)) return true;
      return wantedNoSchedule.includes(key);
    });
    for (const key of wantedNoSchedule) {
      if (!next.some((t) => sameTaint(t, key, "NoSchedule"))) {
        next.push({ key, effect: "NoSchedule", timeAdded: at });
      }
    }

    if (view.ready !== "") {
      const want =
        view.ready === "False" ? TAINT_NOT_READY : view.ready === "Unknown" ? TAINT_UNREACHABLE : "";
      const opposite =
        want === TAINT_NOT_READY ? TAINT_UNREACHABLE : want === TAINT_UNREACHABLE ? TAINT_NOT_READY : "";
      const hasWanted = want !== "" && next.some((t) => sameTaint(t, want, "NoExecute"));
      const hasOpposite = opposite !== "" && next.some((t) => sameTaint(t, opposite, "NoExecute"));
      const removeKeys = new Set<string>();
      let add = "";
      if (want === "" || masterDisruption) {
        removeKeys.add(TAINT_NOT_READY);
        removeKeys.add(TAINT_UNREACHABLE);
      } else if (!hasWanted) {
        const zone = states.get(view.zone) ?? "Normal";
        // Swapping the opposite taint is immediate; a new one waits while the zone is partially
        // disrupted (the reduced eviction rate of a cluster of <= 50 nodes is zero).
        if (hasOpposite || !settings.zoneDisruption || zone !== "PartialDisruption") {
          add = want;
          removeKeys.add(opposite);
        }
      }
      for (let i = next.length - 1; i >= 0; i--) {
        const t = next[i];
        if (t && stringAt(t.effect) === "NoExecute" && removeKeys.has(stringAt(t.key))) next.splice(i, 1);
      }
      if (add) next.push({ key: add, effect: "NoExecute", timeAdded: at });
    }

    if (!sameTaints(current, next)) {
      const metadata: Obj = {};
      if (node.metadata.resourceVersion) metadata.resourceVersion = node.metadata.resourceVersion;
      actions.push({
        verb: "patch",
        kind: "nodes",
        name,
        patchType: "merge",
        patch: { metadata, spec: { taints: next.length > 0 ? next : null } },
      });
    }
    actions.push(...(statusActions.get(name) ?? []));

    // 4. Pods on a node that is not Ready (MarkPodsNotReady).
    const nodePods = podsOf.get(name) ?? [];
    if (view.ready !== "" && view.ready !== "True") {
      for (const pod of nodePods) {
        const podReady = conditionsOf(pod).find((c) => c.type === "Ready");
        if (!podReady || podReady.status === "False") continue;
        actions.push(
          statusPatch("pods", pod, {
            conditions: [{ ...podReady, status: "False", lastTransitionTime: at }],
          }),
        );
        actions.push(eventAction(pod, "Warning", "NodeNotReady", "Node is not ready", NODE_CONTROLLER));
      }
    }

    // 5. Taint-based eviction (the NoExecute taint manager, a watcher of node taints): against the
    // taints the node has and keeps. One added in this pass counts once the write is observed.
    const noExecute = current.filter(
      (t) =>
        stringAt(t.effect) === "NoExecute" && next.some((n) => sameTaint(n, stringAt(t.key), "NoExecute")),
    );
    if (noExecute.length === 0) continue;
    for (const pod of nodePods) {
      if (pod.metadata.deletionTimestamp) continue;
      const evictAt = evictionTime(pod, noExecute, now);
      if (evictAt === undefined) continue;
      if (evictAt > now) {
        wake(evictAt);
        continue;
      }
      actions.push(...evict(pod, at));
    }
  }
  return { actions, wakeAt };
}

function sameTaints(a: Obj[], b: Obj[]): boolean {
  return a.length === b.length && a.every((t, i) => JSON.stringify(t) === JSON.stringify(b[i]));
}

/**
 * When the taint manager deletes `pod` given its node's NoExecute taints: `now` when some taint is not
 * tolerated, the earliest taint's timeAdded plus the smallest tolerationSeconds when all are, and
 * undefined when the pod may stay forever.
 */
export function evictionTime(pod: KubeObject, noExecuteTaints: Obj[], now: number): number | undefined {
  if (noExecuteTaints.length === 0) return undefined;
  const tolerations = objectsAt(objectAt(pod.spec).tolerations);
  const used: Obj[] = [];
  for (const taint of noExecuteTaints) {
    const match = tolerations.find((t) => toleratesTaint(tolerationOf(t), taintOf(taint)));
    if (!match) return now;
    used.push(match);
  }
  let minSeconds: number | undefined;
  for (const t of used) {
    if (typeof t.tolerationSeconds !== "number") continue;
    const s = Math.max(0, t.tolerationSeconds);
    if (minSeconds === undefined || s < minSeconds) minSeconds = s;
  }
  if (minSeconds === undefined) return undefined;
  if (minSeconds === 0) return now;
  const added = noExecuteTaints.map((t) => parseTime(t.timeAdded) ?? now);
  return Math.min(...added) + minSeconds * 1000;
}

function evict(pod: KubeObject, at: string): Action[] {
  const namespace = pod.metadata.namespace ?? "default";
  const name = pod.metadata.name ?? "";
  const del: Extract<Action, { verb: "delete" }> = { verb: "delete", kind: "pods", namespace, name };
  if (pod.metadata.uid) del.uid = pod.metadata.uid;
  return [
    eventAction(
      pod,
      "Normal",
      "TaintManagerEviction",
      `Marking for deletion Pod ${namespace}/${name}`,
      TAINT_EVICTION_CONTROLLER,
    ),
    statusPatch("pods", pod, {
      conditions: [
        {
          type: "DisruptionTarget",
          status: "True",
          lastTransitionTime: at,
          reason: "DeletionByTaintManager",
          message: "Taint manager: deleting due to NoExecute taint",
        },
      ],
    }),
    del,
  ];
}

/**
 * The DefaultTolerationSeconds admission plugin, on pod creation: adds `not-ready:NoExecute` and
 * `unreachable:NoExecute` tolerations (operator Exists, `tolerationSeconds: seconds`) unless the pod
 * already tolerates that taint (a toleration with that key or no key, and NoExecute or no effect).
 * Mutates `pod` in place (as admission does) and returns it; applying it twice changes nothing.
 */
export function defaultTolerations(
  pod: KubeObject,
  seconds: number = DEFAULT_NODE_LIFECYCLE.defaultTolerationSeconds,
): KubeObject {
  if (!isJsonObject(pod.spec)) pod.spec = {};
  const spec = pod.spec as Obj;
  const existing = objectsAt(spec.tolerations);
  const covers = (key: string): boolean =>
    existing.some((t) => {
      const k = stringAt(t.key);
      const e = stringAt(t.effect);
      return (k === key || k === "") && (e === "NoExecute" || e === "");
    });
  const added: Obj[] = [];
  for (const key of [TAINT_NOT_READY, TAINT_UNREACHABLE]) {
    if (!covers(key))
      added.push({ key, operator: "Exists", effect: "NoExecute", tolerationSeconds: seconds });
  }
  if (added.length > 0)
    spec.tolerations = [...(Array.isArray(spec.tolerations) ? spec.tolerations : []), ...added];
  return pod;
}

// ---------------------------------------------------------------------------------------------------------
// The controller module (node_lifecycle_controller.go: its informers, probe timestamps and period).

/** The one key of the node lifecycle queue: a pass over every node. */
const NODES_KEY = "node-lifecycle";
/**
 * The pass reads every node, lease and pod. Kubernetes runs it every nodeMonitorPeriod (5 s); here a
 * change asks for one, at most once per this interval, so a thousand heartbeats a few seconds apart
 * cost a pass a second, not a thousand.
 */
export const NODE_PASS_MIN_INTERVAL_MS = 1_000;

function renewTimeOf(lease: KubeObject | undefined): string | undefined {
  return stringAt(objectAt(lease?.spec).renewTime) || undefined;
}

function nodeNameOf(pod: KubeObject | undefined): string | undefined {
  return stringAt(objectAt(pod?.spec).nodeName) || undefined;
}

/** Watches Nodes, their Leases and Pods (as they land on nodes). */
export const nodeLifecycleController: ControllerModule = {
  name: "node-lifecycle",
  start(ctx) {
    const startedAt = Date.now();
    const nodes = ctx.informer({ resource: "nodes" });
    const leases = ctx.informer({ resource: "leases", namespace: NODE_LEASE_NAMESPACE });
    const pods = ctx.informer({ resource: "pods" });
    /**
     * When this controller saw each Lease renewed (Kubernetes' probeTimestamp): heartbeats are judged
     * by it, so a controller whose informer lags behind a loaded API server does not take healthy
     * nodes for dead ones.
     */
    const leaseSeenAt = new Map<string, number>();
    let lastPass = 0;
    /** A node, lease or pod placement changed: a pass soon, at most one per NODE_PASS_MIN_INTERVAL_MS. */
    const nodesChanged = () =>
      ctx.queue.addAfter(NODES_KEY, lastPass + NODE_PASS_MIN_INTERVAL_MS - Date.now());
    nodes.on({ add: nodesChanged, update: nodesChanged, delete: nodesChanged });
    const leaseChanged = (lease: KubeObject, old?: KubeObject) => {
      if (!old || renewTimeOf(lease) !== renewTimeOf(old))
        leaseSeenAt.set(lease.metadata.name ?? "", Date.now());
      nodesChanged();
    };
    leases.on({
      add: leaseChanged,
      update: leaseChanged,
      delete: (lease) => {
        leaseSeenAt.delete(lease.metadata.name ?? "");
        nodesChanged();
      },
    });
    // Eviction concerns pods as they land on nodes; node and lease changes cover the rest.
    const podChanged = (pod: KubeObject, old?: KubeObject) => {
      if (nodeNameOf(pod) && nodeNameOf(pod) !== nodeNameOf(old)) nodesChanged();
    };
    pods.on({ add: podChanged, update: podChanged, delete: podChanged });
    return {
      resync: () => ctx.queue.add(NODES_KEY),
      reconcile(_key, now) {
        lastPass = now;
        const settings = ctx.settings();
        // Kubernetes judges heartbeats by when this controller saw them, so a controller that just
        // started (or a cluster that just woke up) gives every node a fresh grace period, and a
        // renewal that reached it late counts from when it arrived.
        const seenLeases = leases.list().map((lease) => {
          const renewTime = renewTimeOf(lease);
          const renew = renewTime ? Date.parse(renewTime) : 0;
          const seen = Math.max(startedAt, leaseSeenAt.get(lease.metadata.name ?? "") ?? 0);
          if (renew >= seen) return lease;
          return { ...lease, spec: { ...objectAt(lease.spec), renewTime: new Date(seen).toISOString() } };
        });
        const result = reconcileNodeLifecycle(nodes.list(), seenLeases, pods.list(), now, {
          ...DEFAULT_NODE_LIFECYCLE,
          nodeMonitorGracePeriodMs: settings.nodeMonitorGracePeriodMs,
          nodeStartupGracePeriodMs: Math.max(
            settings.nodeMonitorGracePeriodMs,
            DEFAULT_NODE_LIFECYCLE.nodeStartupGracePeriodMs,
          ),
          defaultTolerationSeconds: settings.defaultTolerationSeconds,
        });
        // Look again when something is due, and at least every half grace period while nodes exist.
        const next = Math.min(
          result.wakeAt ?? Number.POSITIVE_INFINITY,
          now + settings.nodeMonitorGracePeriodMs / 2,
        );
        if (nodes.cache.size > 0 && Number.isFinite(next))
          ctx.queue.addAfter(NODES_KEY, Math.max(100, next - now));
        return result.actions;
      },
    };
  },
};
