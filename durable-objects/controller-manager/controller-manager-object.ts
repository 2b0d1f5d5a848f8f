/**
 * The controller-manager Durable Object (one per cluster): kube-controller-manager's loops, each a
 * reconcile function in lib/controllers over this object's informer caches — Deployment,
 * ReplicaSet, Endpoints, disruption budgets, garbage collector, node lifecycle — with the events they record. Like every
 * component, it acts only through the API server.
 */

import type { Action } from "../../lib/client/actions";
import type { ActionResult } from "../../lib/client/execute";
import type { Informer } from "../../lib/client/informer";
import { controllerOf } from "../../lib/controllers/controller-ref";
import { deploymentRequeueAfter, reconcileDeployment } from "../../lib/controllers/deployment";
import { podsOfBudget, reconcileDisruptionBudget } from "../../lib/controllers/disruption";
import { reconcileEndpoints, servicesSelecting } from "../../lib/controllers/endpoints";
import { Expectations } from "../../lib/controllers/expectations";
import { affectedUids, dependentsIndex, reconcileGarbage } from "../../lib/controllers/garbage-collector";
import { DEFAULT_NODE_LIFECYCLE, reconcileNodeLifecycle } from "../../lib/controllers/node-lifecycle";
import {
  observePodEvent,
  podCreatedEvent,
  podCreateFailedEvent,
  reconcileReplicaSet,
  replicaSetRequeueAfter,
} from "../../lib/controllers/replicaset";
import type { KubeObject } from "../../lib/k8s/object";
import { objectKey } from "../../lib/k8s/object";
import { ComponentObject } from "../components/component-object";

const DEPLOYMENT = "deployment:";
const REPLICASET = "replicaset:";
const SERVICE = "endpoints:";
const BUDGET = "disruption:";
const GC = "garbage-collector";
const NODES = "node-lifecycle";
const RESYNC_PERIOD_MS = 5_000;
/**
 * The node lifecycle pass reads every node, lease and pod. Kubernetes runs it every
 * nodeMonitorPeriod (5 s); here a change asks for one, at most once per this interval, so a
 * thousand heartbeats a few seconds apart cost a pass a second, not a thousand.
 */
const NODE_PASS_MIN_INTERVAL_MS = 1_000;

export class ControllerManagerDurableObject extends ComponentObject {
  private deployments!: Informer;
  private replicaSets!: Informer;
  private pods!: Informer;
  private nodes!: Informer;
  private leases!: Informer;
  private services!: Informer;
  private endpoints!: Informer;
  private budgets!: Informer;
  private expectations = new Expectations();
  private startedAt = Date.now();
  /** Objects whose owners or dependents changed: what the garbage collector looks at next. */
  private gcPending = new Set<string>();
  private gcAll = true;
  private nodeCheck: ReturnType<typeof setTimeout> | undefined;
  private nodePassTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * When this controller saw each Lease renewed (Kubernetes' probeTimestamp): heartbeats are judged
   * by it, so a controller whose informer lags behind a loaded API server does not take healthy
   * nodes for dead ones.
   */
  private readonly leaseSeenAt = new Map<string, number>();
  private lastNodePass = 0;
  private resyncTimer: ReturnType<typeof setInterval> | undefined;

  protected onStart(): void {
    this.expectations = new Expectations();
    this.startedAt = Date.now();
    this.gcAll = true;
    this.deployments = this.informer({ resource: "deployments.apps" });
    this.replicaSets = this.informer({ resource: "replicasets.apps" });
    this.pods = this.informer({ resource: "pods" });
    this.nodes = this.informer({ resource: "nodes" });
    this.leases = this.informer({ resource: "leases", namespace: "kube-node-lease" });
    this.services = this.informer({ resource: "services" });
    this.endpoints = this.informer({ resource: "endpoints" });
    this.budgets = this.informer({ resource: "poddisruptionbudgets.policy" });
    this.budgets.on({
      add: (pdb) => this.enqueue(BUDGET + objectKey(pdb)),
      update: (pdb) => this.enqueue(BUDGET + objectKey(pdb)),
    });

    this.deployments.on({
      add: (d) => this.deploymentChanged(d),
      update: (d, old) => this.deploymentChanged(d, old),
      delete: (d) => this.ownerChanged(d),
      synced: () => this.resync(),
    });
    this.replicaSets.on({
      add: (rs) => this.replicaSetChanged(rs),
      update: (rs, old) => this.replicaSetChanged(rs, old),
      delete: (rs) => this.replicaSetChanged(rs),
    });
    this.pods.on({
      add: (pod) => this.podChanged("ADDED", pod),
      update: (pod, old) => this.podChanged("MODIFIED", pod, old),
      delete: (pod) => this.podChanged("DELETED", pod),
    });
    for (const informer of [this.services, this.endpoints]) {
      informer.on({
        add: (obj) => this.enqueue(SERVICE + objectKey(obj)),
        update: (obj) => this.enqueue(SERVICE + objectKey(obj)),
        delete: (obj) => this.enqueue(SERVICE + objectKey(obj)),
      });
    }
    this.nodes.on({
      add: () => this.nodesChanged(),
      update: () => this.nodesChanged(),
      delete: () => this.nodesChanged(),
    });
    this.leaseSeenAt.clear();
    this.leases.on({
      add: (lease) => this.leaseChanged(lease),
      update: (lease, old) => this.leaseChanged(lease, old),
      delete: (lease) => {
        this.leaseSeenAt.delete(lease.metadata.name ?? "");
        this.nodesChanged();
      },
    });
  }

  protected override onSynced(): void {
    this.resync();
    // The informers' resync period: every object is looked at again now and then, so a missed or
    // failed update is repaired; a reconcile that finds nothing to change writes nothing.
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    this.resyncTimer = setInterval(() => this.resync(), RESYNC_PERIOD_MS);
  }

  protected override async onSleep(): Promise<void> {
    if (this.nodeCheck) clearTimeout(this.nodeCheck);
    if (this.nodePassTimer) clearTimeout(this.nodePassTimer);
    this.nodePassTimer = undefined;
    if (this.resyncTimer) clearInterval(this.resyncTimer);
  }

  private leaseChanged(lease: KubeObject, old?: KubeObject): void {
    const renewTime = (l?: KubeObject) => (l?.spec as { renewTime?: string } | undefined)?.renewTime;
    if (!old || renewTime(lease) !== renewTime(old))
      this.leaseSeenAt.set(lease.metadata.name ?? "", Date.now());
    this.nodesChanged();
  }

  /** A node, lease or pod placement changed: a node lifecycle pass soon (see NODE_PASS_MIN_INTERVAL_MS). */
  private nodesChanged(): void {
    if (this.nodePassTimer) return;
    const wait = this.lastNodePass + NODE_PASS_MIN_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      this.enqueue(NODES);
      return;
    }
    this.nodePassTimer = setTimeout(() => {
      this.nodePassTimer = undefined;
      this.enqueue(NODES);
    }, wait);
  }

  /** Level-triggered: after a (re)list, every object is reconciled again. */
  private resync(): void {
    for (const d of this.deployments.list()) this.enqueue(DEPLOYMENT + objectKey(d));
    for (const rs of this.replicaSets.list()) this.enqueue(REPLICASET + objectKey(rs));
    for (const svc of this.services.list()) this.enqueue(SERVICE + objectKey(svc));
    for (const pdb of this.budgets.list()) this.enqueue(BUDGET + objectKey(pdb));
    for (const ep of this.endpoints.list()) this.enqueue(SERVICE + objectKey(ep));
    this.gcAll = true;
    this.enqueue(GC);
    this.enqueue(NODES);
  }

  /** Budgets relative to their controllers' replicas (maxUnavailable, minAvailable %) follow scaling. */
  private budgetsOf(namespace: string | undefined): void {
    for (const pdb of this.inNamespace(this.budgets, namespace)) this.enqueue(BUDGET + objectKey(pdb));
  }

  private deploymentChanged(d: KubeObject, old?: KubeObject): void {
    this.enqueue(DEPLOYMENT + objectKey(d));
    this.budgetsOf(d.metadata.namespace);
    if (ownershipChanged(d, old)) this.ownerChanged(d);
  }

  private replicaSetChanged(rs: KubeObject, old?: KubeObject): void {
    this.enqueue(REPLICASET + objectKey(rs));
    this.budgetsOf(rs.metadata.namespace);
    const owner = controllerOf(rs);
    if (owner?.kind === "Deployment") this.enqueue(`${DEPLOYMENT}${rs.metadata.namespace}/${owner.name}`);
    if (ownershipChanged(rs, old)) this.ownerChanged(rs);
  }

  private podChanged(type: "ADDED" | "MODIFIED" | "DELETED", pod: KubeObject, old?: KubeObject): void {
    const key = observePodEvent(this.expectations, type, pod, old);
    if (key) this.enqueue(REPLICASET + key);
    // The garbage collector's graph changes with owners, deletions and finalizers, not with status.
    if ((type === "DELETED" || pod.metadata.ownerReferences?.length) && ownershipChanged(pod, old))
      this.ownerChanged(pod);
    // Eviction concerns pods as they land on nodes; node and lease changes cover the rest.
    const nodeName = (p?: KubeObject) => (p?.spec as { nodeName?: string } | undefined)?.nodeName;
    if (nodeName(pod) && nodeName(pod) !== nodeName(old)) this.nodesChanged();
    // The Services whose selector picks the pod, before or after the change, list it in Endpoints.
    const services = this.inNamespace(this.services, pod.metadata.namespace);
    for (const svc of servicesSelecting(services, pod.metadata.labels, old?.metadata.labels)) {
      this.enqueue(SERVICE + objectKey(svc));
    }
    // So do the disruption budgets that cover it, in their healthy counts.
    for (const pdb of this.inNamespace(this.budgets, pod.metadata.namespace)) {
      if (podsOfBudget(pdb, old ? [pod, old] : [pod]).length > 0) this.enqueue(BUDGET + objectKey(pdb));
    }
  }

  private ownerChanged(obj: KubeObject): void {
    if (obj.metadata.uid) this.gcPending.add(obj.metadata.uid);
    // Its owners too: one waiting in the foreground for its dependents to go is looked at again
    // when one goes (a dependent already gone from the cache no longer leads to them).
    for (const ref of obj.metadata.ownerReferences ?? []) if (ref.uid) this.gcPending.add(ref.uid);
    this.enqueue(GC);
  }

  protected reconcile(key: string): Action[] {
    const now = Date.now();
    if (key.startsWith(DEPLOYMENT)) {
      const d = this.deployments.cache.get(key.slice(DEPLOYMENT.length));
      if (!d) return [];
      const ns = d.metadata.namespace;
      const actions = reconcileDeployment(
        d,
        this.inNamespace(this.replicaSets, ns),
        this.inNamespace(this.pods, ns),
        now,
      );
      const after = deploymentRequeueAfter(d, now);
      if (after !== undefined) setTimeout(() => this.enqueue(key), Math.max(after, 100));
      return actions;
    }
    if (key.startsWith(REPLICASET)) {
      const rs = this.replicaSets.cache.get(key.slice(REPLICASET.length));
      if (!rs) {
        this.expectations.forget(key.slice(REPLICASET.length));
        return [];
      }
      const ns = rs.metadata.namespace;
      const actions = reconcileReplicaSet(rs, this.inNamespace(this.pods, ns), {
        expectations: this.expectations,
        now,
        replicaSets: this.inNamespace(this.replicaSets, ns),
      });
      const after = replicaSetRequeueAfter(rs);
      if (after !== undefined) setTimeout(() => this.enqueue(key), after);
      return actions;
    }
    if (key.startsWith(SERVICE)) {
      const serviceKey = key.slice(SERVICE.length);
      const [namespace = "", name = ""] = serviceKey.split("/");
      return reconcileEndpoints(
        { namespace, name },
        this.services.cache.get(serviceKey),
        this.endpoints.cache.get(serviceKey),
        this.inNamespace(this.pods, namespace),
        now,
      );
    }
    if (key.startsWith(BUDGET)) {
      const pdb = this.budgets.cache.get(key.slice(BUDGET.length));
      if (!pdb) return [];
      const ns = pdb.metadata.namespace;
      const result = reconcileDisruptionBudget(
        pdb,
        this.inNamespace(this.pods, ns),
        this.inNamespace(this.replicaSets, ns),
        this.inNamespace(this.deployments, ns),
        now,
      );
      if (result.requeueAt !== undefined)
        setTimeout(() => this.enqueue(key), Math.max(100, result.requeueAt - now));
      return result.actions;
    }
    if (key === GC) return this.collectGarbage(now);
    if (key === NODES) return this.nodeLifecycle(now);
    return [];
  }

  private collectGarbage(now: number): Action[] {
    const objects = [...this.deployments.list(), ...this.replicaSets.list(), ...this.pods.list()];
    if (this.gcAll) {
      this.gcAll = false;
      this.gcPending.clear();
      return reconcileGarbage(objects, now);
    }
    if (this.gcPending.size === 0) return [];
    const index = dependentsIndex(objects);
    const only = new Set<string>();
    const byUid = new Map(objects.map((o) => [o.metadata.uid ?? "", o]));
    for (const uid of this.gcPending) {
      const obj = byUid.get(uid);
      if (obj) for (const u of affectedUids(obj, index)) only.add(u);
      for (const dependent of index.get(uid) ?? []) only.add(dependent.metadata.uid ?? "");
    }
    this.gcPending.clear();
    return reconcileGarbage(objects, now, { only });
  }

  private nodeLifecycle(now: number): Action[] {
    this.lastNodePass = now;
    // Kubernetes judges heartbeats by when this controller saw them, so a controller that just
    // started (or a cluster that just woke up) gives every node a fresh grace period, and a
    // renewal that reached it late counts from when it arrived.
    const leases = this.leases.list().map((lease) => {
      const spec = (lease.spec ?? {}) as { renewTime?: string };
      const renew = spec.renewTime ? Date.parse(spec.renewTime) : 0;
      const seen = Math.max(this.startedAt, this.leaseSeenAt.get(lease.metadata.name ?? "") ?? 0);
      if (renew >= seen) return lease;
      return { ...lease, spec: { ...spec, renewTime: new Date(seen).toISOString() } } as KubeObject;
    });
    const result = reconcileNodeLifecycle(this.nodes.list(), leases, this.pods.list(), now, {
      ...DEFAULT_NODE_LIFECYCLE,
      nodeMonitorGracePeriodMs: this.settings.nodeMonitorGracePeriodMs,
      nodeStartupGracePeriodMs: Math.max(
        this.settings.nodeMonitorGracePeriodMs,
        DEFAULT_NODE_LIFECYCLE.nodeStartupGracePeriodMs,
      ),
      defaultTolerationSeconds: this.settings.defaultTolerationSeconds,
    });
    // Look again when something is due, and at least every half grace period while nodes exist.
    const next = Math.min(
      result.wakeAt ?? Number.POSITIVE_INFINITY,
      now + this.settings.nodeMonitorGracePeriodMs / 2,
    );
    if (this.nodes.cache.size > 0 && Number.isFinite(next)) {
      if (this.nodeCheck) clearTimeout(this.nodeCheck);
      this.nodeCheck = setTimeout(() => this.enqueue(NODES), Math.max(100, next - now));
    }
    return result.actions;
  }

  protected override onResult(key: string, result: ActionResult): Action[] {
    if (!key.startsWith(REPLICASET)) return [];
    const rsKey = key.slice(REPLICASET.length);
    const rs = this.replicaSets.cache.get(rsKey);
    const action = result.action;
    if (action.verb === "create" && action.object.kind === "Pod") {
      if (result.ok && result.object && rs) return [podCreatedEvent(rs, result.object)];
      // The pod will never be seen: lower the expectation so the next sync can try again.
      this.expectations.creationObserved(rsKey);
      return rs && result.error ? [podCreateFailedEvent(rs, result.error.message)] : [];
    }
    if (action.verb === "delete" && !result.ok) {
      this.expectations.deletionObserved(rsKey, `${action.namespace}/${action.name}`);
    }
    return [];
  }

  private inNamespace(informer: Informer, namespace: string | undefined): KubeObject[] {
    const out: KubeObject[] = [];
    for (const obj of informer.cache.values()) if (obj.metadata.namespace === namespace) out.push(obj);
    return out;
  }
}

/** Whether an update touched what the garbage collector looks at (an add or delete always does). */
function ownershipChanged(obj: KubeObject, old: KubeObject | undefined): boolean {
  if (!old) return true;
  const a = obj.metadata;
  const b = old.metadata;
  return (
    a.deletionTimestamp !== b.deletionTimestamp ||
    JSON.stringify(a.ownerReferences ?? []) !== JSON.stringify(b.ownerReferences ?? []) ||
    JSON.stringify(a.finalizers ?? []) !== JSON.stringify(b.finalizers ?? [])
  );
}
