import { describe, expect, it } from "vitest";
import type { Action, EventRecord } from "../../lib/client/actions";
import {
  CHANGE_CAUSE_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  deploymentMaxSurge,
  deploymentMaxUnavailable,
  equalIgnoreHash,
  MAX_REPLICAS_ANNOTATION,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  reconcileDeployment,
} from "../../lib/controllers/deployment";
import { Expectations } from "../../lib/controllers/expectations";
import {
  computeHash,
  POD_TEMPLATE_HASH_LABEL,
  stableStringify,
} from "../../lib/controllers/pod-template-hash";
import { observePodEvent, podCreatedEvent, reconcileReplicaSet } from "../../lib/controllers/replicaset";
import { defaultDeployment } from "../../lib/k8s/defaults/deployment";
import { defaultReplicaSet } from "../../lib/k8s/defaults/replicaset";
import type { JsonObject, JsonValue, KubeObject } from "../../lib/k8s/object";
import { deepCopy, isJsonObject, jsonEqual } from "../../lib/k8s/object";
import { applyMergePatchToObject } from "../../lib/k8s/patch/merge-patch";
import { applyStrategicMergePatch } from "../../lib/k8s/patch/strategic-merge-patch";
import { isPodActive, isPodAvailable, isPodReady } from "../../lib/k8s/pod";
import { formatTime } from "../../lib/k8s/time";

// ---------------------------------------------------------------------------------------------------------
// A small in-memory cluster: the API server's bookkeeping, the ReplicaSet controller, and a kubelet that
// schedules, starts and readies pods one tick (one second) at a time.

const NS = "default";
const obj = (v: JsonValue | undefined): JsonObject => (isJsonObject(v) ? v : {});
const num = (o: JsonObject, k: string): number => (typeof o[k] === "number" ? (o[k] as number) : 0);

class Cluster {
  now = Date.parse("2025-01-01T00:00:00Z");
  private rv = 1;
  private seq = 0;
  deployments: KubeObject[] = [];
  replicaSets: KubeObject[] = [];
  pods: KubeObject[] = [];
  events: EventRecord[] = [];
  failures: string[] = [];
  expectations = new Expectations(() => this.now);
  /** Images whose pods never become ready. */
  broken = new Set<string>();
  /** Called after every step with the cluster, to assert invariants. */
  onStep?: (c: Cluster) => void;

  private list(kind: string): KubeObject[] {
    if (kind === "Deployment" || kind === "deployments.apps") return this.deployments;
    if (kind === "ReplicaSet" || kind === "replicasets.apps") return this.replicaSets;
    return this.pods;
  }

  private nextUid(): string {
    this.seq += 1;
    return `uid-${String(this.seq).padStart(6, "0")}`;
  }

  private stamp(o: KubeObject): void {
    this.rv += 1;
    o.metadata.resourceVersion = String(this.rv);
  }

  create(input: KubeObject): KubeObject | undefined {
    const o = deepCopy(input);
    const list = this.list(o.kind);
    if (!o.metadata.name && o.metadata.generateName) {
      this.seq += 1;
      o.metadata.name = `${o.metadata.generateName}${this.seq.toString(36).padStart(5, "x")}`;
    }
    if (list.some((x) => x.metadata.name === o.metadata.name)) {
      this.failures.push(`AlreadyExists ${o.kind} ${o.metadata.name}`);
      return undefined;
    }
    o.metadata.namespace = NS;
    o.metadata.uid = this.nextUid();
    o.metadata.creationTimestamp = formatTime(this.now);
    o.metadata.generation = 1;
    if (o.kind === "Deployment") defaultDeployment(o);
    if (o.kind === "ReplicaSet") defaultReplicaSet(o);
    if (o.kind === "Pod") o.status = { phase: "Pending" };
    this.stamp(o);
    list.push(o);
    if (o.kind === "Pod") {
      observePodEvent(this.expectations, "ADDED", o);
      const owner = this.replicaSets.find((rs) => rs.metadata.uid === o.metadata.ownerReferences?.[0]?.uid);
      if (owner) this.apply([podCreatedEvent(owner, o)]);
    }
    return o;
  }

  private find(kind: string, name: string): KubeObject | undefined {
    return this.list(kind).find((x) => x.metadata.name === name);
  }

  private replace(kind: string, next: KubeObject): void {
    const list = this.list(kind);
    const i = list.findIndex((x) => x.metadata.name === next.metadata.name);
    const old = list[i];
    this.stamp(next);
    list[i] = next;
    if (next.kind === "Pod" && old) observePodEvent(this.expectations, "MODIFIED", next, old);
  }

  apply(actions: Action[]): void {
    for (const a of actions) {
      switch (a.verb) {
        case "create":
          this.create(a.object);
          break;
        case "update": {
          const cur = this.find(a.object.kind, a.object.metadata.name ?? "");
          if (!cur || cur.metadata.resourceVersion !== a.object.metadata.resourceVersion) {
            this.failures.push(`Conflict ${a.object.kind} ${a.object.metadata.name}`);
            break;
          }
          const next = deepCopy(cur);
          if (a.subresource === "status") {
            next.status = deepCopy(a.object.status);
          } else {
            next.metadata = { ...deepCopy(a.object.metadata), uid: cur.metadata.uid };
            next.spec = deepCopy(a.object.spec);
            if (!jsonEqual(next.spec, cur.spec))
              next.metadata.generation = (cur.metadata.generation ?? 0) + 1;
          }
          this.replace(a.object.kind, next);
          break;
        }
        case "patch": {
          const cur = this.find(a.kind, a.name);
          if (!cur) break;
          const kind = cur.kind;
          const patched =
            a.patchType === "strategic"
              ? applyStrategicMergePatch(cur as unknown as JsonObject, obj(a.patch), kind)
              : applyMergePatchToObject(cur as unknown as JsonObject, a.patch);
          const next = patched as unknown as KubeObject;
          next.metadata.uid = cur.metadata.uid;
          this.replace(kind, next);
          break;
        }
        case "delete": {
          const cur = this.find(a.kind, a.name);
          if (!cur || (a.uid && cur.metadata.uid !== a.uid)) break;
          if (cur.kind === "Pod") {
            const next = deepCopy(cur);
            next.metadata.deletionTimestamp = formatTime(this.now);
            this.replace("Pod", next);
          } else {
            this.replicaSets = this.replicaSets.filter((x) => x !== cur);
            // The garbage collector deletes the dependents in the background.
            for (const pod of this.pods.filter(
              (p) => p.metadata.ownerReferences?.[0]?.uid === cur.metadata.uid,
            )) {
              this.apply([{ verb: "delete", kind: "pods", name: pod.metadata.name ?? "" }]);
            }
          }
          break;
        }
        case "event":
          this.events.push(a.event);
          break;
        default:
          break;
      }
    }
  }

  /** The kubelet: terminating pods go, pending ones start, started ones become ready (unless broken). */
  kubelet(): void {
    for (const pod of [...this.pods]) {
      if (pod.metadata.deletionTimestamp) {
        this.pods = this.pods.filter((p) => p !== pod);
        observePodEvent(this.expectations, "DELETED", pod);
        continue;
      }
      const spec = obj(pod.spec);
      const image = String(obj((spec.containers as JsonValue[] | undefined)?.[0]).image);
      const status = obj(pod.status);
      if (!spec.nodeName) {
        const next = deepCopy(pod);
        obj(next.spec).nodeName = `node-${this.seq % 3}`;
        next.status = {
          phase: "Running",
          conditions: [{ type: "Ready", status: "False", lastTransitionTime: formatTime(this.now) }],
        };
        this.replace("Pod", next);
      } else if (status.phase === "Running" && !isPodReady(pod) && !this.broken.has(image)) {
        const next = deepCopy(pod);
        next.status = {
          phase: "Running",
          conditions: [{ type: "Ready", status: "True", lastTransitionTime: formatTime(this.now) }],
        };
        this.replace("Pod", next);
      }
    }
  }

  settleReplicaSets(): void {
    for (let i = 0; i < 20; i++) {
      let acted = false;
      for (const rs of [...this.replicaSets]) {
        const actions = reconcileReplicaSet(rs, this.pods, {
          expectations: this.expectations,
          now: this.now,
          replicaSets: this.replicaSets,
        });
        if (actions.length > 0) acted = true;
        this.apply(actions);
      }
      if (!acted) return;
    }
    throw new Error("ReplicaSets did not settle");
  }

  syncDeployments(): void {
    for (const d of [...this.deployments]) {
      this.apply(reconcileDeployment(d, this.replicaSets, this.pods, this.now));
    }
  }

  /** One second: the kubelet acts, then the controllers catch up. */
  step(): void {
    this.now += 1000;
    this.kubelet();
    this.settleReplicaSets();
    this.syncDeployments();
    this.settleReplicaSets();
    this.syncDeployments();
    this.settleReplicaSets();
    this.onStep?.(this);
  }

  runUntil(done: (c: Cluster) => boolean, maxSteps = 100): number {
    for (let i = 0; i < maxSteps; i++) {
      if (done(this)) return i;
      this.step();
    }
    throw new Error("did not converge");
  }

  deployment(name = "web"): KubeObject {
    const d = this.find("Deployment", name);
    if (!d) throw new Error(`no deployment ${name}`);
    return d;
  }

  /** A write of the Deployment by a user (kubectl edit / set image / scale / rollout pause). */
  editDeployment(name: string, edit: (d: KubeObject) => void): void {
    const cur = this.deployment(name);
    const next = deepCopy(cur);
    edit(next);
    defaultDeployment(next);
    if (!jsonEqual(next.spec, cur.spec)) next.metadata.generation = (cur.metadata.generation ?? 0) + 1;
    this.replace("Deployment", next);
  }

  ownedReplicaSets(d: KubeObject): KubeObject[] {
    return this.replicaSets.filter((rs) => rs.metadata.ownerReferences?.[0]?.uid === d.metadata.uid);
  }

  /** The active (not terminating) pods of a ReplicaSet. */
  podsOf(rs: KubeObject): KubeObject[] {
    return this.pods.filter(
      (p) => isPodActive(p) && p.metadata.ownerReferences?.[0]?.uid === rs.metadata.uid,
    );
  }
}

function deploymentManifest(
  name: string,
  replicas: number,
  image: string,
  extra: JsonObject = {},
): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: "app", image }] },
      },
      ...extra,
    },
  };
}

function setImage(image: string): (d: KubeObject) => void {
  return (d) => {
    const template = obj(obj(d.spec).template);
    const containers = obj(template.spec).containers as JsonObject[];
    (containers[0] as JsonObject).image = image;
  };
}

const specReplicas = (rs: KubeObject): number => num(obj(rs.spec), "replicas");

function condition(d: KubeObject, type: string): JsonObject | undefined {
  const conditions = obj(d.status).conditions;
  return Array.isArray(conditions)
    ? (conditions.find((c) => isJsonObject(c) && c.type === type) as JsonObject | undefined)
    : undefined;
}

/** kubectl rollout status's test for a finished rollout. */
function rolledOut(d: KubeObject): boolean {
  const status = obj(d.status);
  if ((d.metadata.generation ?? 0) > num(status, "observedGeneration")) return false;
  if (condition(d, "Progressing")?.reason === "ProgressDeadlineExceeded") return false;
  const updated = num(status, "updatedReplicas");
  return (
    updated >= num(obj(d.spec), "replicas") &&
    num(status, "replicas") <= updated &&
    num(status, "availableReplicas") >= updated
  );
}

function scalingMessages(c: Cluster): string[] {
  return c.events.filter((e) => e.reason === "ScalingReplicaSet").map((e) => e.message);
}

function imageOf(rs: KubeObject): string {
  const containers = obj(obj(obj(rs.spec).template).spec).containers as JsonObject[];
  return String(containers[0]?.image);
}

// ---------------------------------------------------------------------------------------------------------

describe("pod-template-hash", () => {
  const template = (image: string): JsonObject => ({
    metadata: { labels: { app: "web", tier: "fe" } },
    spec: { containers: [{ name: "app", image }] },
  });

  it("is stable for equal templates, whatever the key order", () => {
    const a = template("nginx:1.25");
    const b: JsonObject = {
      spec: { containers: [{ image: "nginx:1.25", name: "app" }] },
      metadata: { labels: { tier: "fe", app: "web" } },
    };
    expect(stableStringify(a)).toBe(stableStringify(b));
    expect(computeHash(a)).toBe(computeHash(b));
    expect(computeHash(a)).toBe(computeHash(deepCopy(a)));
  });

  it("differs for different templates and collision counts, in the safe alphabet", () => {
    const a = computeHash(template("nginx:1.25"));
    const b = computeHash(template("nginx:1.26"));
    expect(a).not.toBe(b);
    expect(computeHash(template("nginx:1.25"), 1)).not.toBe(a);
    expect(computeHash(template("nginx:1.25"), 0)).not.toBe(a);
    for (const h of [a, b]) expect(h).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
  });

  it("ignores the hash label when comparing templates", () => {
    const withHash = deepCopy(template("x"));
    (obj(withHash.metadata).labels as JsonObject)[POD_TEMPLATE_HASH_LABEL] = "abc";
    expect(equalIgnoreHash(withHash, template("x"))).toBe(true);
    expect(equalIgnoreHash(withHash, template("y"))).toBe(false);
  });
});

describe("maxSurge / maxUnavailable", () => {
  const d = (replicas: number, maxSurge: JsonValue, maxUnavailable: JsonValue): KubeObject =>
    deploymentManifest("x", replicas, "i", {
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge, maxUnavailable } },
    });
  it("rounds surge up and unavailability down", () => {
    expect(deploymentMaxSurge(d(10, "25%", "25%"))).toBe(3);
    expect(deploymentMaxUnavailable(d(10, "25%", "25%"))).toBe(2);
    expect(deploymentMaxSurge(d(3, "25%", "25%"))).toBe(1);
    expect(deploymentMaxUnavailable(d(3, "25%", "25%"))).toBe(0);
  });
  it("makes maxUnavailable 1 when both are 0, and caps it at replicas", () => {
    expect(deploymentMaxUnavailable(d(3, 0, 0))).toBe(1);
    expect(deploymentMaxUnavailable(d(2, 0, 5))).toBe(2);
    expect(deploymentMaxUnavailable(d(0, 0, 5))).toBe(0);
  });
});

describe("Deployment controller", () => {
  it("creates a ReplicaSet named after the template hash, with 3 pods, and reports a finished rollout", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 3, "nginx:1.25"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    const d = c.deployment();
    const rss = c.ownedReplicaSets(d);
    expect(rss).toHaveLength(1);
    const rs = rss[0] as KubeObject;
    const hash = computeHash(obj(d.spec).template);
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.metadata.labels?.[POD_TEMPLATE_HASH_LABEL]).toBe(hash);
    expect(obj(obj(rs.spec).selector).matchLabels).toEqual({ app: "web", [POD_TEMPLATE_HASH_LABEL]: hash });
    expect(rs.metadata.annotations?.[REVISION_ANNOTATION]).toBe("1");
    expect(rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION]).toBe("3");
    expect(rs.metadata.annotations?.[MAX_REPLICAS_ANNOTATION]).toBe("4");
    expect(rs.metadata.ownerReferences?.[0]).toMatchObject({
      kind: "Deployment",
      name: "web",
      controller: true,
    });
    expect(c.podsOf(rs)).toHaveLength(3);
    for (const pod of c.podsOf(rs)) {
      expect(pod.metadata.name?.startsWith(`web-${hash}-`)).toBe(true);
      expect(pod.metadata.labels?.[POD_TEMPLATE_HASH_LABEL]).toBe(hash);
    }
    expect(d.metadata.annotations?.[REVISION_ANNOTATION]).toBe("1");
    expect(scalingMessages(c)).toEqual([`Scaled up replica set web-${hash} from 0 to 3`]);
    expect(c.events.find((e) => e.reason === "ScalingReplicaSet")?.component).toBe("deployment-controller");
    expect(c.events.filter((e) => e.reason === "SuccessfulCreate")).toHaveLength(3);
    expect(c.events.find((e) => e.reason === "SuccessfulCreate")?.message).toMatch(/^Created pod: web-/);

    const status = obj(d.status);
    expect(status).toMatchObject({
      observedGeneration: 1,
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
    });
    expect(status.unavailableReplicas).toBeUndefined();
    expect(condition(d, "Available")).toMatchObject({
      status: "True",
      reason: "MinimumReplicasAvailable",
      message: "Deployment has minimum availability.",
    });
    expect(condition(d, "Progressing")).toMatchObject({
      status: "True",
      reason: "NewReplicaSetAvailable",
      message: `ReplicaSet "web-${hash}" has successfully progressed.`,
    });
    expect(c.failures).toEqual([]);

    // A further sync of a settled Deployment writes nothing.
    expect(reconcileDeployment(c.deployment(), c.replicaSets, c.pods, c.now + 5000)).toEqual([]);
  });

  it("reports progress while pods come up", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 2, "nginx:1.25"));
    c.syncDeployments();
    const name = c.replicaSets[0]?.metadata.name;
    expect(condition(c.deployment(), "Progressing")).toMatchObject({
      status: "True",
      reason: "NewReplicaSetCreated",
      message: `Created new replica set "${name}"`,
    });
    expect(condition(c.deployment(), "Available")).toMatchObject({
      status: "False",
      reason: "MinimumReplicasUnavailable",
      message: "Deployment does not have minimum availability.",
    });
    const created = condition(c.deployment(), "Progressing");
    c.now += 1000;
    c.settleReplicaSets();
    c.syncDeployments();
    expect(condition(c.deployment(), "Progressing")).toMatchObject({
      status: "True",
      lastTransitionTime: created?.lastTransitionTime,
      lastUpdateTime: formatTime(c.now),
      reason: "ReplicaSetUpdated",
      message: `ReplicaSet "${name}" is progressing.`,
    });
    c.runUntil((cl) => rolledOut(cl.deployment()));
  });

  it("rolls out a new image within maxSurge and maxUnavailable at every step", () => {
    for (const [replicas, strategy] of [
      [4, undefined],
      [10, { type: "RollingUpdate", rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } }],
      [3, { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } }],
      [5, { type: "RollingUpdate", rollingUpdate: { maxSurge: "100%", maxUnavailable: 0 } }],
    ] as const) {
      const c = new Cluster();
      c.create(deploymentManifest("web", replicas, "nginx:1.25", strategy ? { strategy } : {}));
      c.runUntil((cl) => rolledOut(cl.deployment()));
      const oldRS = c.replicaSets[0] as KubeObject;
      const d0 = c.deployment();
      const surge = deploymentMaxSurge(d0);
      const unavailable = deploymentMaxUnavailable(d0);
      let steps = 0;
      c.onStep = (cl) => {
        steps++;
        const active = cl.pods.filter(isPodActive);
        const available = active.filter((p) => isPodAvailable(p, 0, cl.now));
        expect(available.length).toBeGreaterThanOrEqual(replicas - unavailable);
        expect(active.length).toBeLessThanOrEqual(replicas + surge);
        const total = cl.replicaSets.reduce((n, rs) => n + specReplicas(rs), 0);
        expect(total).toBeLessThanOrEqual(replicas + surge);
      };
      c.editDeployment("web", setImage("nginx:1.26"));
      c.runUntil((cl) => rolledOut(cl.deployment()));
      expect(steps).toBeGreaterThan(0);

      const d = c.deployment();
      const rss = c.ownedReplicaSets(d);
      expect(rss).toHaveLength(2);
      const newRS = rss.find((rs) => rs !== c.replicaSets.find((x) => x.metadata.uid === oldRS.metadata.uid));
      const old = rss.find((rs) => rs.metadata.uid === oldRS.metadata.uid) as KubeObject;
      expect(specReplicas(old)).toBe(0);
      expect(c.podsOf(old)).toHaveLength(0);
      expect(newRS && specReplicas(newRS)).toBe(replicas);
      expect(newRS && imageOf(newRS)).toBe("nginx:1.26");
      expect(newRS?.metadata.annotations?.[REVISION_ANNOTATION]).toBe("2");
      expect(d.metadata.annotations?.[REVISION_ANNOTATION]).toBe("2");
      expect(obj(d.status)).toMatchObject({
        replicas,
        updatedReplicas: replicas,
        availableReplicas: replicas,
      });
      expect(condition(d, "Progressing")?.message).toBe(
        `ReplicaSet "${newRS?.metadata.name}" has successfully progressed.`,
      );
      const messages = scalingMessages(c);
      expect(messages.some((m) => m.startsWith(`Scaled down replica set ${old.metadata.name} from `))).toBe(
        true,
      );
      const toZero = new RegExp(`^Scaled down replica set ${old.metadata.name} from \\d+ to 0$`);
      expect(messages.filter((m) => toZero.test(m))).toHaveLength(1);
      expect(
        messages.some((m) => m.startsWith(`Scaled up replica set ${newRS?.metadata.name} from 0 to `)),
      ).toBe(true);
      expect(c.failures).toEqual([]);
    }
  });

  it("never lets a broken image take availability below replicas - maxUnavailable", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 4, "nginx:1.25"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    c.broken.add("nginx:broken");
    c.editDeployment("web", setImage("nginx:broken"));
    for (let i = 0; i < 20; i++) c.step();
    const available = c.pods.filter((p) => isPodActive(p) && isPodAvailable(p, 0, c.now));
    expect(available.length).toBe(3);
    const rss = c.ownedReplicaSets(c.deployment());
    const stuck = rss.find((rs) => imageOf(rs) === "nginx:broken") as KubeObject;
    const old = rss.find((rs) => imageOf(rs) === "nginx:1.25") as KubeObject;
    expect(specReplicas(stuck)).toBe(2);
    expect(specReplicas(old)).toBe(3);
    expect(rolledOut(c.deployment())).toBe(false);
  });

  it("times out a rollout that makes no progress past progressDeadlineSeconds", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 2, "nginx:1.25", { progressDeadlineSeconds: 30 }));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    c.broken.add("bad");
    c.editDeployment("web", setImage("bad"));
    c.runUntil((cl) => condition(cl.deployment(), "Progressing")?.reason === "ProgressDeadlineExceeded", 60);
    const d = c.deployment();
    const newRS = c.ownedReplicaSets(d).find((rs) => imageOf(rs) === "bad");
    expect(condition(d, "Progressing")).toMatchObject({
      status: "False",
      message: `ReplicaSet "${newRS?.metadata.name}" has timed out progressing.`,
    });
    // The old pods keep the Deployment available.
    expect(condition(d, "Available")?.status).toBe("True");
    // Fixing the image makes it progress again.
    c.editDeployment("web", setImage("nginx:1.27"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    expect(condition(c.deployment(), "Progressing")?.reason).toBe("NewReplicaSetAvailable");
  });

  it("scales: 3 → 5 → 1, with the events Kubernetes records", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 3, "nginx:1.25"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    const rs = c.replicaSets[0] as KubeObject;
    c.editDeployment("web", (d) => {
      obj(d.spec).replicas = 5;
    });
    c.runUntil((cl) => rolledOut(cl.deployment()) && obj(cl.deployment().status).availableReplicas === 5);
    c.editDeployment("web", (d) => {
      obj(d.spec).replicas = 1;
    });
    c.runUntil((cl) => rolledOut(cl.deployment()) && obj(cl.deployment().status).replicas === 1);
    const current = c.replicaSets.find((x) => x.metadata.uid === rs.metadata.uid) as KubeObject;
    expect(c.replicaSets).toHaveLength(1);
    expect(specReplicas(current)).toBe(1);
    expect(current.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION]).toBe("1");
    expect(current.metadata.annotations?.[MAX_REPLICAS_ANNOTATION]).toBe("2");
    expect(c.podsOf(current)).toHaveLength(1);
    expect(scalingMessages(c)).toEqual([
      `Scaled up replica set ${rs.metadata.name} from 0 to 3`,
      `Scaled up replica set ${rs.metadata.name} from 3 to 5`,
      `Scaled down replica set ${rs.metadata.name} from 5 to 1`,
    ]);
  });

  it("Recreate: old pods are all gone before any new pod starts", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 3, "nginx:1.25", { strategy: { type: "Recreate" } }));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    const oldUid = c.replicaSets[0]?.metadata.uid;
    c.onStep = (cl) => {
      const oldPods = cl.pods.filter((p) => p.metadata.ownerReferences?.[0]?.uid === oldUid);
      const newPods = cl.pods.filter((p) => p.metadata.ownerReferences?.[0]?.uid !== oldUid);
      if (newPods.length > 0) expect(oldPods).toHaveLength(0);
    };
    c.editDeployment("web", setImage("nginx:1.26"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    const rss = c.ownedReplicaSets(c.deployment());
    const old = rss.find((rs) => rs.metadata.uid === oldUid) as KubeObject;
    const fresh = rss.find((rs) => rs.metadata.uid !== oldUid) as KubeObject;
    expect(specReplicas(old)).toBe(0);
    expect(specReplicas(fresh)).toBe(3);
    expect(fresh.metadata.annotations?.[MAX_REPLICAS_ANNOTATION]).toBe("3");
    expect(scalingMessages(c).slice(1)).toEqual([
      `Scaled down replica set ${old.metadata.name} from 3 to 0`,
      `Scaled up replica set ${fresh.metadata.name} from 0 to 3`,
    ]);
  });

  it("pause stops rollouts but not scaling; resume rolls out", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 2, "nginx:1.25"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    c.editDeployment("web", (d) => {
      obj(d.spec).paused = true;
    });
    c.step();
    expect(condition(c.deployment(), "Progressing")).toMatchObject({
      status: "Unknown",
      reason: "DeploymentPaused",
      message: "Deployment is paused",
    });
    c.editDeployment("web", setImage("nginx:1.26"));
    c.editDeployment("web", (d) => {
      obj(d.spec).replicas = 4;
    });
    for (let i = 0; i < 5; i++) c.step();
    expect(c.replicaSets).toHaveLength(1);
    expect(specReplicas(c.replicaSets[0] as KubeObject)).toBe(4);
    expect(imageOf(c.replicaSets[0] as KubeObject)).toBe("nginx:1.25");
    expect(obj(c.deployment().status).observedGeneration).toBe(c.deployment().metadata.generation);
    expect(obj(c.deployment().status).updatedReplicas).toBeUndefined();

    c.editDeployment("web", (d) => {
      obj(d.spec).paused = false;
    });
    c.syncDeployments();
    expect(condition(c.deployment(), "Progressing")).toMatchObject({
      reason: "NewReplicaSetCreated",
    });
    c.runUntil((cl) => rolledOut(cl.deployment()));
    const fresh = c.replicaSets.find((rs) => imageOf(rs) === "nginx:1.26") as KubeObject;
    expect(specReplicas(fresh)).toBe(4);
  });

  it("reports DeploymentResumed when a stuck rollout is resumed", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 2, "v1"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    c.broken.add("v2");
    c.editDeployment("web", setImage("v2"));
    for (let i = 0; i < 5; i++) c.step();
    expect(condition(c.deployment(), "Progressing")?.reason).toBe("ReplicaSetUpdated");
    c.editDeployment("web", (d) => {
      obj(d.spec).paused = true;
    });
    c.step();
    expect(condition(c.deployment(), "Progressing")).toMatchObject({
      status: "Unknown",
      reason: "DeploymentPaused",
    });
    c.editDeployment("web", (d) => {
      obj(d.spec).paused = false;
    });
    c.step();
    expect(condition(c.deployment(), "Progressing")).toMatchObject({
      status: "Unknown",
      reason: "DeploymentResumed",
      message: "Deployment is resumed",
    });
    c.broken.delete("v2");
    c.runUntil((cl) => rolledOut(cl.deployment()));
  });

  it("rollback to an earlier template reuses its ReplicaSet with revision max+1", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 2, "nginx:1.25", {}));
    c.editDeployment("web", (d) => {
      d.metadata.annotations = { [CHANGE_CAUSE_ANNOTATION]: "v1" };
    });
    c.runUntil((cl) => rolledOut(cl.deployment()));
    const first = c.replicaSets[0] as KubeObject;
    expect(first.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION]).toBe("v1");
    c.editDeployment("web", (d) => {
      setImage("nginx:1.26")(d);
      d.metadata.annotations = { ...d.metadata.annotations, [CHANGE_CAUSE_ANNOTATION]: "v2" };
    });
    c.runUntil((cl) => rolledOut(cl.deployment()));
    expect(c.replicaSets).toHaveLength(2);
    expect(c.deployment().metadata.annotations?.[REVISION_ANNOTATION]).toBe("2");

    // kubectl rollout undo: the template of revision 1 again.
    c.editDeployment("web", setImage("nginx:1.25"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    expect(c.replicaSets).toHaveLength(2);
    const reused = c.replicaSets.find((rs) => rs.metadata.uid === first.metadata.uid) as KubeObject;
    expect(specReplicas(reused)).toBe(2);
    expect(reused.metadata.annotations?.[REVISION_ANNOTATION]).toBe("3");
    expect(reused.metadata.annotations?.[REVISION_HISTORY_ANNOTATION]).toBe("1");
    expect(c.deployment().metadata.annotations?.[REVISION_ANNOTATION]).toBe("3");
    const second = c.replicaSets.find((rs) => rs.metadata.uid !== first.metadata.uid) as KubeObject;
    expect(specReplicas(second)).toBe(0);
    expect(second.metadata.annotations?.[REVISION_ANNOTATION]).toBe("2");
    expect(condition(c.deployment(), "Progressing")?.message).toBe(
      `ReplicaSet "${reused.metadata.name}" has successfully progressed.`,
    );
  });

  it("keeps only revisionHistoryLimit old ReplicaSets", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 1, "v1", { revisionHistoryLimit: 1 }));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    for (const image of ["v2", "v3", "v4"]) {
      c.editDeployment("web", setImage(image));
      c.runUntil((cl) => rolledOut(cl.deployment()));
      c.step();
    }
    const images = c.replicaSets.map(imageOf).sort();
    expect(images).toEqual(["v3", "v4"]);
    const revisions = c.replicaSets.map((rs) => rs.metadata.annotations?.[REVISION_ANNOTATION]).sort();
    expect(revisions).toEqual(["3", "4"]);
  });

  it("scales proportionally during a rollout", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 10, "v1"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    c.broken.add("v2");
    c.editDeployment("web", setImage("v2"));
    for (let i = 0; i < 5; i++) c.step();
    const before = c.replicaSets.map((rs) => [imageOf(rs), specReplicas(rs)]);
    expect(Object.fromEntries(before)).toEqual({ v1: 8, v2: 5 });
    c.editDeployment("web", (d) => {
      obj(d.spec).replicas = 20;
    });
    c.step();
    const after = Object.fromEntries(c.replicaSets.map((rs) => [imageOf(rs), specReplicas(rs)]));
    // 20 + 5 surge = 25 replicas, shared 8:5 between the two ReplicaSets.
    expect((after.v1 ?? 0) + (after.v2 ?? 0)).toBe(25);
    expect(after).toEqual({ v1: 15, v2: 10 });
  });

  it("adopts a matching orphan ReplicaSet with the same template instead of creating one", () => {
    const c = new Cluster();
    const manifest = deploymentManifest("web", 2, "nginx:1.25");
    const template = deepCopy(obj(obj(manifest.spec).template));
    const hash = computeHash(template);
    (obj(template.metadata).labels as JsonObject)[POD_TEMPLATE_HASH_LABEL] = hash;
    c.create({
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: "orphan", labels: { app: "web" } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: "web", [POD_TEMPLATE_HASH_LABEL]: hash } },
        template,
      },
    });
    c.create(manifest);
    const actions = reconcileDeployment(c.deployment(), c.replicaSets, c.pods, c.now);
    expect(actions[0]).toMatchObject({
      verb: "patch",
      kind: "replicasets.apps",
      name: "orphan",
      patchType: "strategic",
      patch: { metadata: { ownerReferences: [{ kind: "Deployment", name: "web", controller: true }] } },
    });
    expect(actions.some((a) => a.verb === "create")).toBe(false);
    c.apply(actions);
    c.runUntil((cl) => rolledOut(cl.deployment()));
    expect(c.replicaSets.map((rs) => rs.metadata.name)).toEqual(["orphan"]);
    expect(c.replicaSets[0]?.metadata.annotations?.[REVISION_ANNOTATION]).toBe("1");
  });

  it("bumps collisionCount when the hashed name is taken by another ReplicaSet", () => {
    const c = new Cluster();
    const manifest = deploymentManifest("web", 1, "nginx:1.25");
    c.create(manifest);
    const hash = computeHash(obj(c.deployment().spec).template);
    c.create({
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: `web-${hash}`, labels: { other: "x" } },
      spec: {
        replicas: 0,
        selector: { matchLabels: { other: "x" } },
        template: { metadata: { labels: { other: "x" } }, spec: { containers: [{ name: "a", image: "b" }] } },
      },
    });
    c.runUntil((cl) => rolledOut(cl.deployment()));
    expect(obj(c.deployment().status).collisionCount).toBe(1);
    const ours = c.ownedReplicaSets(c.deployment());
    expect(ours).toHaveLength(1);
    expect(ours[0]?.metadata.name).toBe(`web-${computeHash(obj(c.deployment().spec).template, 1)}`);
  });

  it("writes ReplicaSet changes conditionally on their resourceVersion", () => {
    const c = new Cluster();
    c.create(deploymentManifest("web", 2, "nginx:1.25"));
    c.runUntil((cl) => rolledOut(cl.deployment()));
    c.editDeployment("web", (d) => {
      obj(d.spec).replicas = 3;
    });
    const actions = reconcileDeployment(c.deployment(), c.replicaSets, c.pods, c.now);
    const update = actions.find((a) => a.verb === "update" && a.object.kind === "ReplicaSet");
    expect(update && update.verb === "update" && update.object.metadata.resourceVersion).toBe(
      c.replicaSets[0]?.metadata.resourceVersion,
    );
    // The same decision from a stale cache after the write conflicts instead of applying twice.
    c.apply(actions);
    c.apply(actions.filter((a) => a.verb === "update"));
    expect(c.failures.some((f) => f.startsWith("Conflict ReplicaSet"))).toBe(true);
  });
});
