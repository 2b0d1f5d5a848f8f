/**
 * A simulated kubelet, one Durable Object per node ("<cluster>/<node>"). It registers its Node,
 * renews its Lease in kube-node-lease, watches only the pods bound to its node, and plays each pod's
 * lifecycle from the stage table of lib/kubelet (image pull, create, start, crash loop, termination),
 * writing status and events through the API. Timers are Durable Object alarms.
 */

import type { Action } from "../../lib/client/actions";
import type { Informer } from "../../lib/client/informer";
import { ApiError } from "../../lib/k8s/errors";
import { objectsAt, specOf, statusOf, stringAt } from "../../lib/k8s/json";
import { type KubeObject, objectKey } from "../../lib/k8s/object";
import { DEFAULT_TIMINGS, type NodeContext, scaleTimings } from "../../lib/kubelet/context";
import { DueTimes } from "../../lib/kubelet/due";
import { heartbeatWork, leaseDurationSeconds, nextAlarmAt } from "../../lib/kubelet/heartbeat";
import { advancePod, killContainer, type PodStep, planPod } from "../../lib/kubelet/lifecycle";
import { internalIP, leaseObject, nodeObject, nodeStatus } from "../../lib/kubelet/node";
import { type PodIPAllocator, podIPAllocator } from "../../lib/kubelet/pod-ip";
import { restoredReadyStatus } from "../../lib/kubelet/status-sync";
import type { NodeSpec } from "../../lib/playground/node-pool";
import { ComponentObject } from "../components/component-object";

const HEARTBEAT = "heartbeat";

export class KubeletDurableObject extends ComponentObject {
  private node!: NodeSpec;
  private pods!: Informer;
  private ips!: PodIPAllocator;
  private images = new Set<string>();
  /** When each pod's next stage is due. */
  private readonly due = new DueTimes();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastNodeStatus = 0;
  private nextHeartbeatAt = 0;

  protected async onStart(): Promise<void> {
    const node = this.identity?.node;
    if (!node) throw new Error("a kubelet needs its node");
    this.node = node;
    this.ips = podIPAllocator(node.podCIDR);
    this.lastNodeStatus = 0; // a (re)started kubelet posts its node status before anything else
    this.images = new Set((await this.ctx.storage.get<string[]>("images")) ?? []);
    this.due.clear();
    this.pods = this.informer({ resource: "pods", fieldSelector: `spec.nodeName=${node.name}` });
    this.pods.on({
      add: (pod) => this.podChanged(pod),
      update: (pod) => this.podChanged(pod),
      delete: (pod) => {
        this.due.delete(objectKey(pod));
        this.ips.release(objectKey(pod));
      },
      synced: () => {
        for (const pod of this.pods.list()) this.podChanged(pod);
      },
    });
  }

  protected override onSynced(): void {
    this.enqueue(HEARTBEAT);
  }

  protected override async onSleep(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.ctx.storage.deleteAlarm();
  }

  private context(): NodeContext {
    return {
      nodeName: this.node.name,
      hostIP: internalIP(this.node),
      podIP: (pod) => this.ips.allocate(objectKey(pod)) ?? "",
      images: this.images,
      timings: scaleTimings(DEFAULT_TIMINGS, this.settings.speed),
    };
  }

  private podChanged(pod: KubeObject): void {
    const key = objectKey(pod);
    const podIP = stringAt(statusOf(pod).podIP);
    if (podIP) this.ips.reserve(key, podIP);
    if (restoredReadyStatus(pod, Date.now())) {
      this.enqueue(key);
      return;
    }
    const { dueAt } = planPod(pod, this.context(), Date.now());
    this.due.set(key, dueAt);
    if (dueAt === null) return;
    if (dueAt <= Date.now()) this.enqueue(key);
    else this.armTimer();
  }

  /**
   * A timer for the earliest due pod, and the Durable Object alarm at the earlier of that and the
   * next heartbeat: an evicted kubelet is woken by the alarm, re-plans its pods from their status,
   * and carries on where it was.
   */
  private armTimer(): void {
    const next = this.due.earliest();
    if (next === undefined) return;
    if (this.nextHeartbeatAt === 0 || next < this.nextHeartbeatAt) void this.ctx.storage.setAlarm(next);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        for (const key of this.due.dueAt(Date.now())) this.enqueue(key);
        this.armTimer();
      },
      Math.max(0, next - Date.now()),
    );
  }

  protected async reconcile(key: string): Promise<Action[]> {
    if (key === HEARTBEAT) return this.heartbeat();
    const pod = this.pods.cache.get(key);
    if (!pod) return [];
    const restored = restoredReadyStatus(pod, Date.now());
    if (restored) return [{ verb: "update", subresource: "status", object: { ...pod, status: restored } }];
    const step = advancePod(pod, this.context(), Date.now());
    return this.apply(pod, step);
  }

  private async apply(pod: KubeObject, step: PodStep): Promise<Action[]> {
    const key = objectKey(pod);
    // The node's image list is written when it grows, not on every pull of an image it has.
    const fresh = (step.pulledImages ?? []).filter((image) => !this.images.has(image));
    if (fresh.length) {
      for (const image of fresh) this.images.add(image);
      await this.ctx.storage.put("images", [...this.images]);
    }
    this.due.setAfterStep(key, step.dueAt, Date.now());
    if (step.dueAt !== null) this.armTimer();
    const actions: Action[] = [];
    const namespace = pod.metadata.namespace ?? "default";
    const name = pod.metadata.name ?? "";
    if (step.status) {
      // Conditional on the pod as seen: a conflict means a newer pod arrives and is re-planned.
      actions.push({ verb: "update", subresource: "status", object: { ...pod, status: step.status } });
    }
    for (const event of step.events) {
      actions.push({ verb: "event", event: { ...event, host: this.node.name } });
    }
    if (step.deletePod) {
      actions.push({
        verb: "delete",
        kind: "pods",
        namespace,
        name,
        gracePeriodSeconds: 0,
        uid: pod.metadata.uid,
      });
    }
    return actions;
  }

  /** Registers the node (first time), renews the lease, refreshes node status now and then. */
  private async heartbeat(): Promise<Action[]> {
    const client = this.client;
    if (!client) return [];
    const now = Date.now();
    try {
      const work = heartbeatWork(this.lastNodeStatus, now);
      let leaseWritten = false;
      if (work === "register") leaseWritten = await this.register(now);
      else if (work === "postNodeStatus") await this.postNodeStatus(now);
      if (!leaseWritten) await this.renewLease(now);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.lastNodeStatus = 0; // register again next time (the node may have been deleted)
    }
    this.nextHeartbeatAt = now + this.settings.heartbeatIntervalMs;
    await this.ctx.storage.setAlarm(nextAlarmAt(this.nextHeartbeatAt, this.due.earliest()));
    return [];
  }

  /**
   * Registers the Node and creates its Lease in one batch (one round trip, not four); a Node that
   * exists already gets its status posted, a Lease that exists is renewed. Says whether the Lease
   * was written.
   */
  private async register(now: number): Promise<boolean> {
    const client = this.client!;
    const exists = (e: unknown) => e instanceof ApiError && e.code === 409;
    const [, leaseCreated] = await Promise.all([
      client.create(nodeObject(this.node, now)).catch((e) => {
        if (exists(e)) return this.postNodeStatus(now);
        throw e;
      }),
      client.create(this.lease(now)).then(
        () => true,
        (e) => {
          if (exists(e)) return false;
          throw e;
        },
      ),
    ]);
    this.lastNodeStatus = now;
    return leaseCreated;
  }

  private async postNodeStatus(now: number): Promise<void> {
    const status = nodeStatus(this.node, now);
    await this.client!.patch(
      "nodes",
      this.node.name,
      { status },
      { type: "strategic", subresource: "status" },
    );
    this.lastNodeStatus = now;
  }

  private lease(now: number): KubeObject {
    return leaseObject(this.node.name, now, leaseDurationSeconds(this.settings.nodeMonitorGracePeriodMs));
  }

  private async renewLease(now: number): Promise<void> {
    const client = this.client!;
    const lease = this.lease(now);
    try {
      await client.patch(
        "leases",
        this.node.name,
        { spec: lease.spec ?? null },
        { namespace: "kube-node-lease" },
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 404) await client.create(lease);
      else throw error;
    }
  }

  protected override async onAlarm(now: number): Promise<void> {
    if (now >= this.nextHeartbeatAt) this.enqueue(HEARTBEAT);
    else void this.ctx.storage.setAlarm(this.nextHeartbeatAt);
    for (const key of this.due.dueAt(now)) this.enqueue(key);
  }

  protected override onSettings(): void {
    // A new speed changes every pending due time: plan again.
    for (const pod of this.pods?.list() ?? []) this.podChanged(pod);
  }

  /** The playground fault: a container of a pod on this node dies now (exit 137). */
  async killContainer(namespace: string, name: string, container?: string): Promise<string> {
    const pod = this.pods?.cache.get(`${namespace}/${name}`);
    if (!pod) throw new Error(`pod ${namespace}/${name} is not on node ${this.node?.name}`);
    const target = container ?? stringAt(objectsAt(specOf(pod).containers)[0]?.name);
    const step = killContainer(pod, target, Date.now(), "Error", this.context());
    await this.run(objectKey(pod), await this.apply(pod, step));
    return target;
  }
}
