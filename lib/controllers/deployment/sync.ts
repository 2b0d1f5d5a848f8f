/**
 * One sync of a Deployment, after Kubernetes' pkg/controller/deployment/sync.go: the state of the sync
 * (working copies of the Deployment and its ReplicaSets, the writes and events it decided) with the
 * steps sync.go holds — finding or creating the new ReplicaSet and syncing revisions, scaling (for
 * scaling events and paused Deployments), cleanup beyond revisionHistoryLimit, status, paused conditions.
 *
 * Kubernetes writes in several steps within one sync; here each object is written once, with its final
 * state (see `finish` and index.ts for the order of the writes).
 */
import type { Action, EventRecord } from "../../client/actions";
import { intAt, objectAt, specOf, statusOf, stringMapAt } from "../../k8s/json";
import { deepCopy, type JsonObject, jsonEqual, type KubeObject } from "../../k8s/object";
import { controllerOf, ownerReferenceTo } from "../controller-ref";
import { computeHash, POD_TEMPLATE_HASH_LABEL } from "../pod-template-hash";
import {
  activeReplicaSets,
  availableReplicas,
  byCreation,
  byRevision,
  conditionsOf,
  DEPLOYMENT_CONTROLLER,
  DESIRED_REPLICAS_ANNOTATION,
  DeploymentReasons,
  deploymentMaxSurge,
  deploymentMaxUnavailable,
  equalIgnoreHash,
  findActiveOrLatest,
  findNewReplicaSet,
  getCondition,
  hasProgressDeadline,
  isRollingUpdate,
  isSaturated,
  maxRevision,
  newCondition,
  newRSNewReplicas,
  REVISION_ANNOTATION,
  readyReplicas,
  replicaSetProportion,
  replicaSetTemplate,
  replicasAnnotation,
  replicasOf,
  setCondition,
  setDeploymentRevision,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  specReplicas,
  statusReplicas,
} from "./util";

export class DeploymentSync {
  /** The working copy: its status and revision annotation change as the sync goes. */
  readonly d: KubeObject;
  readonly status: JsonObject;
  /** The ReplicaSets the Deployment controls, as working copies, by name. */
  readonly owned = new Map<string, KubeObject>();
  /** Every ReplicaSet of the namespace, for name collisions. */
  all: readonly KubeObject[] = [];
  readonly claimActions: Action[] = [];
  readonly changed: string[] = [];
  created: string | undefined;
  readonly deletes: Action[] = [];
  readonly events: Action[] = [];
  /** Events about a ReplicaSet write, placed right after that write. */
  readonly rsEvents = new Map<string, Action[]>();

  constructor(
    readonly original: KubeObject,
    readonly now: number,
  ) {
    this.d = deepCopy(original);
    this.status = deepCopy(statusOf(original));
    this.d.status = this.status;
  }

  /** An event about the Deployment; with `rs`, it follows the write of that ReplicaSet. */
  event(type: "Normal" | "Warning", reason: string, message: string, rs?: KubeObject): void {
    const record: EventRecord = {
      regarding: this.original,
      type,
      reason,
      message,
      component: DEPLOYMENT_CONTROLLER,
    };
    const action: Action = { verb: "event", event: record };
    if (!rs) {
      this.events.push(action);
      return;
    }
    const name = rs.metadata.name ?? "";
    this.rsEvents.set(name, [...(this.rsEvents.get(name) ?? []), action]);
  }

  markChanged(rs: KubeObject): void {
    const name = rs.metadata.name ?? "";
    if (name !== this.created && !this.changed.includes(name)) this.changed.push(name);
  }

  finish(): Action[] {
    const actions: Action[] = [...this.claimActions];
    const created = this.created !== undefined ? this.owned.get(this.created) : undefined;
    if (created && this.created !== undefined) {
      actions.push({ verb: "create", object: created }, ...(this.rsEvents.get(this.created) ?? []));
    }
    for (const name of this.changed) {
      const rs = this.owned.get(name);
      if (rs) actions.push({ verb: "update", object: rs }, ...(this.rsEvents.get(name) ?? []));
    }
    actions.push(...this.deletes);
    if (!jsonEqual(this.status, statusOf(this.original))) {
      const updated = deepCopy(this.original);
      updated.status = deepCopy(this.status);
      actions.push({ verb: "update", object: updated, subresource: "status" });
    }
    const revision = this.d.metadata.annotations?.[REVISION_ANNOTATION];
    if (revision !== undefined && revision !== this.original.metadata.annotations?.[REVISION_ANNOTATION]) {
      actions.push({
        verb: "patch",
        kind: "deployments.apps",
        namespace: this.d.metadata.namespace,
        name: this.d.metadata.name ?? "",
        patchType: "merge",
        patch: { metadata: { annotations: { [REVISION_ANNOTATION]: revision } } },
      });
    }
    actions.push(...this.events);
    return actions;
  }

  /**
   * getAllReplicaSetsAndSyncRevision: the new ReplicaSet (created when asked and missing) and all the
   * others, with the revision annotations brought up to date.
   */
  getAllReplicaSetsAndSyncRevision(create: boolean): {
    newRS: KubeObject | undefined;
    oldRSs: KubeObject[];
  } {
    const existing = findNewReplicaSet(this.d, this.owned.values());
    const oldRSs = [...this.owned.values()].filter((rs) => rs !== existing);
    const newRS = this.getNewReplicaSet(existing, oldRSs, create);
    return { newRS, oldRSs: oldRSs.filter((rs) => rs !== newRS) };
  }

  getNewReplicaSet(
    existing: KubeObject | undefined,
    oldRSs: KubeObject[],
    create: boolean,
  ): KubeObject | undefined {
    const d = this.d;
    const newRevision = String(maxRevision(oldRSs) + 1);
    if (existing) {
      const annotationsUpdated = setNewReplicaSetAnnotations(this.d, existing, newRevision, true);
      const minReadySeconds = intAt(specOf(d), "minReadySeconds");
      const rsSpec = specOf(existing);
      if (intAt(rsSpec, "minReadySeconds") !== minReadySeconds) {
        if (minReadySeconds) rsSpec.minReadySeconds = minReadySeconds;
        else delete rsSpec.minReadySeconds;
        existing.spec = rsSpec;
        this.markChanged(existing);
      } else if (annotationsUpdated) {
        this.markChanged(existing);
      }
      setDeploymentRevision(this.d, existing.metadata.annotations?.[REVISION_ANNOTATION] ?? "");
      if (hasProgressDeadline(d) && !getCondition(this.status, "Progressing")) {
        setCondition(
          this.status,
          newCondition(
            "Progressing",
            "True",
            DeploymentReasons.FoundNewReplicaSet,
            `Found new replica set ${JSON.stringify(existing.metadata.name ?? "")}`,
            this.now,
          ),
        );
      }
      return existing;
    }
    if (!create) return undefined;

    // A new ReplicaSet: named after the hash of the template (and the collision count).
    const template = deepCopy(objectAt(specOf(d).template));
    let collisionCount =
      typeof this.status.collisionCount === "number" ? this.status.collisionCount : undefined;
    let hash = computeHash(template, collisionCount);
    let name = `${d.metadata.name ?? ""}-${hash}`;
    for (let attempt = 0; attempt < 100; attempt++) {
      const clash = this.all.find((rs) => rs.metadata.name === name);
      if (!clash) break;
      if (
        controllerOf(clash)?.uid === d.metadata.uid &&
        equalIgnoreHash(replicaSetTemplate(clash), template)
      ) {
        // Ours already (not claimed, e.g. being deleted): Kubernetes takes it as the new ReplicaSet.
        const ours = deepCopy(clash);
        this.owned.set(name, ours);
        return ours;
      }
      // A hash collision: bump the collision count, which changes the hash.
      collisionCount = (collisionCount ?? 0) + 1;
      this.status.collisionCount = collisionCount;
      hash = computeHash(template, collisionCount);
      name = `${d.metadata.name ?? ""}-${hash}`;
    }
    const meta = objectAt(template.metadata);
    const labels: Record<string, string> = {
      ...(stringMapAt(meta, "labels") ?? {}),
      [POD_TEMPLATE_HASH_LABEL]: hash,
    };
    meta.labels = labels;
    template.metadata = meta;
    const selector = deepCopy(objectAt(specOf(d).selector));
    selector.matchLabels = {
      ...(stringMapAt(selector, "matchLabels") ?? {}),
      [POD_TEMPLATE_HASH_LABEL]: hash,
    };
    const minReadySeconds = intAt(specOf(d), "minReadySeconds");
    const rs: KubeObject = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: {
        name,
        ...(d.metadata.namespace !== undefined ? { namespace: d.metadata.namespace } : {}),
        labels: { ...labels },
        ownerReferences: [ownerReferenceTo(this.original)],
      },
      spec: {
        replicas: 0,
        ...(minReadySeconds ? { minReadySeconds } : {}),
        selector,
        template,
      },
    };
    const count = newRSNewReplicas(this.d, [...oldRSs, rs], rs);
    specOf(rs).replicas = count;
    setNewReplicaSetAnnotations(this.d, rs, newRevision, false);
    this.owned.set(name, rs);
    this.created = name;
    if (count > 0)
      this.event("Normal", "ScalingReplicaSet", `Scaled up replica set ${name} from 0 to ${count}`, rs);
    setDeploymentRevision(this.d, newRevision);
    if (hasProgressDeadline(d)) {
      setCondition(
        this.status,
        newCondition(
          "Progressing",
          "True",
          DeploymentReasons.NewReplicaSetCreated,
          `Created new replica set ${JSON.stringify(name)}`,
          this.now,
        ),
      );
    }
    return rs;
  }

  scaleReplicaSetAndRecordEvent(rs: KubeObject, newScale: number): boolean {
    if (replicasOf(rs) === newScale) return false;
    return this.scaleReplicaSet(rs, newScale);
  }

  /** scaleReplicaSet: set the size and the replicas annotations; an event when the size changed. */
  scaleReplicaSet(rs: KubeObject, newScale: number): boolean {
    const oldScale = replicasOf(rs);
    const sizeChanged = oldScale !== newScale;
    const annotationsChanged = setReplicasAnnotations(this.d, rs);
    if (!sizeChanged && !annotationsChanged) return false;
    const spec = specOf(rs);
    spec.replicas = newScale;
    rs.spec = spec;
    this.markChanged(rs);
    if (!sizeChanged) return false;
    const direction = oldScale < newScale ? "up" : "down";
    this.event(
      "Normal",
      "ScalingReplicaSet",
      `Scaled ${direction} replica set ${rs.metadata.name ?? ""} from ${oldScale} to ${newScale}`,
      rs,
    );
    return true;
  }

  /** isScalingEvent: an active ReplicaSet was sized for another `spec.replicas`. */
  isScalingEvent(): boolean {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    const replicas = replicasOf(this.d);
    for (const rs of activeReplicaSets([...oldRSs, newRS])) {
      const desired = replicasAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
      if (desired !== undefined && desired !== replicas) return true;
    }
    return false;
  }

  /** sync: scaling (and paused Deployments) — resize existing ReplicaSets, no rollout. */
  sync(): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    this.scale(newRS, oldRSs);
    if (specOf(this.d).paused === true) this.cleanupDeployment(oldRSs);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS);
  }

  /** scale: one active ReplicaSet takes all replicas; several share a change proportionally. */
  scale(newRS: KubeObject | undefined, oldRSs: KubeObject[]): void {
    const replicas = replicasOf(this.d);
    const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
    if (activeOrLatest) {
      if (replicasOf(activeOrLatest) !== replicas)
        this.scaleReplicaSetAndRecordEvent(activeOrLatest, replicas);
      return;
    }
    if (newRS && isSaturated(this.d, newRS)) {
      for (const old of activeReplicaSets(oldRSs)) this.scaleReplicaSetAndRecordEvent(old, 0);
      return;
    }
    if (!isRollingUpdate(this.d)) return;
    const allRSs = activeReplicaSets([...oldRSs, newRS]);
    const allowedSize = replicas > 0 ? replicas + deploymentMaxSurge(this.d) : 0;
    const toAdd = allowedSize - specReplicas(allRSs);
    if (toAdd > 0) {
      // ReplicaSetsBySizeNewer: larger first, newer first on ties.
      allRSs.sort((a, b) => replicasOf(b) - replicasOf(a) || byCreation(b, a));
    } else if (toAdd < 0) {
      // ReplicaSetsBySizeOlder: larger first, older first on ties.
      allRSs.sort((a, b) => replicasOf(b) - replicasOf(a) || byCreation(a, b));
    }
    let added = 0;
    const sizes = new Map<KubeObject, number>();
    for (const rs of allRSs) {
      if (toAdd !== 0) {
        const proportion = replicaSetProportion(this.d, rs, toAdd, added);
        sizes.set(rs, replicasOf(rs) + proportion);
        added += proportion;
      } else {
        sizes.set(rs, replicasOf(rs));
      }
    }
    allRSs.forEach((rs, i) => {
      if (i === 0 && toAdd !== 0) {
        const leftover = toAdd - added;
        sizes.set(rs, Math.max(0, (sizes.get(rs) ?? 0) + leftover));
      }
      this.scaleReplicaSet(rs, sizes.get(rs) ?? replicasOf(rs));
    });
  }

  /** cleanupDeployment: delete the oldest scaled-down ReplicaSets beyond revisionHistoryLimit. */
  cleanupDeployment(oldRSs: readonly KubeObject[]): void {
    const limit = specOf(this.d).revisionHistoryLimit;
    if (typeof limit !== "number") return;
    const cleanable = oldRSs.filter((rs) => rs.metadata.deletionTimestamp === undefined);
    const diff = cleanable.length - limit;
    if (diff <= 0) return;
    cleanable.sort(byRevision);
    for (const rs of cleanable.slice(0, diff)) {
      const status = statusOf(rs);
      if (
        intAt(status, "replicas") !== 0 ||
        replicasOf(rs) !== 0 ||
        (rs.metadata.generation ?? 0) > intAt(status, "observedGeneration") ||
        this.changed.includes(rs.metadata.name ?? "")
      ) {
        continue;
      }
      this.deletes.push({
        verb: "delete",
        kind: "replicasets.apps",
        namespace: rs.metadata.namespace,
        name: rs.metadata.name ?? "",
        ...(rs.metadata.uid ? { uid: rs.metadata.uid } : {}),
      });
    }
  }

  /** calculateStatus: counts from the ReplicaSets, the Available condition from maxUnavailable. */
  calculateStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): JsonObject {
    const d = this.d;
    const available = availableReplicas(allRSs);
    const unavailable = Math.max(0, specReplicas(allRSs) - available);
    const counts: [string, number][] = [
      ["observedGeneration", d.metadata.generation ?? 0],
      ["replicas", statusReplicas(allRSs)],
      ["updatedReplicas", statusReplicas([newRS])],
      ["readyReplicas", readyReplicas(allRSs)],
      ["availableReplicas", available],
      ["unavailableReplicas", unavailable],
    ];
    const status: JsonObject = {};
    // Zero counts are left out, as Go's omitempty does.
    for (const [field, value] of counts) if (value !== 0) status[field] = value;
    const conditions = conditionsOf(this.status);
    if (conditions.length > 0) status.conditions = deepCopy(conditions);
    if (typeof this.status.collisionCount === "number") status.collisionCount = this.status.collisionCount;
    if (available >= replicasOf(d) - deploymentMaxUnavailable(d)) {
      setCondition(
        status,
        newCondition(
          "Available",
          "True",
          DeploymentReasons.MinimumReplicasAvailable,
          "Deployment has minimum availability.",
          this.now,
        ),
      );
    } else {
      setCondition(
        status,
        newCondition(
          "Available",
          "False",
          DeploymentReasons.MinimumReplicasUnavailable,
          "Deployment does not have minimum availability.",
          this.now,
        ),
      );
    }
    return status;
  }

  replaceStatus(status: JsonObject): void {
    for (const key of Object.keys(this.status)) delete this.status[key];
    Object.assign(this.status, status);
  }

  /** syncDeploymentStatus: the counts and Available condition, without progress estimation. */
  syncDeploymentStatus(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject | undefined): void {
    this.replaceStatus(this.calculateStatus(allRSs, newRS));
  }

  /** checkPausedConditions: Progressing Unknown with DeploymentPaused / DeploymentResumed. */
  checkPausedConditions(): void {
    if (!hasProgressDeadline(this.d)) return;
    const condition = getCondition(this.status, "Progressing");
    if (condition?.reason === DeploymentReasons.ProgressDeadlineExceeded) return;
    const pausedExists = condition?.reason === DeploymentReasons.DeploymentPaused;
    const paused = specOf(this.d).paused === true;
    if (paused && !pausedExists) {
      setCondition(
        this.status,
        newCondition(
          "Progressing",
          "Unknown",
          DeploymentReasons.DeploymentPaused,
          "Deployment is paused",
          this.now,
        ),
      );
    } else if (!paused && pausedExists) {
      setCondition(
        this.status,
        newCondition(
          "Progressing",
          "Unknown",
          DeploymentReasons.DeploymentResumed,
          "Deployment is resumed",
          this.now,
        ),
      );
    }
  }
}
