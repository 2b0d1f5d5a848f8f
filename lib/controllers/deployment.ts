/**
 * The Deployment controller as a pure reconcile function, after Kubernetes' pkg/controller/deployment:
 * sync.go (new/old ReplicaSets, revisions, scaling, cleanup, status), rolling.go, recreate.go,
 * progress.go and util/deployment_util.go.
 *
 * One call is one syncDeployment: it decides from the cached Deployment, ReplicaSets and Pods of the
 * namespace, and returns the writes Kubernetes would make. Kubernetes writes in several steps within one
 * sync (create the new ReplicaSet, update its annotations, record conditions); here each object is
 * written once, with its final state of the sync:
 *
 *   1. adoption / release patches of ReplicaSets (strategic merge of ownerReferences),
 *   2. the create of the new ReplicaSet, if one is needed,
 *   3. one `update` per changed ReplicaSet (conditional on the cached resourceVersion),
 *   4. deletes of old ReplicaSets beyond `revisionHistoryLimit`,
 *   5. the Deployment's status (`update`, subresource status, conditional) when it changed,
 *   6. a merge patch of the Deployment's `deployment.kubernetes.io/revision` annotation when it changed,
 *   7. other events.
 *
 * A ScalingReplicaSet event (component deployment-controller) follows the write of its ReplicaSet, so a
 * runtime that stops at a failed write does not report a scaling that did not happen.
 */

import type { Action, EventRecord } from "../client/actions";
import {
  type ControllerModule,
  enqueueAll,
  enqueueOwnKey,
  inNamespace,
} from "../controller-manager/controller";
import { intAt, objectAt, specOf, statusOf, stringMapAt } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { deepCopy, isJsonObject, jsonEqual } from "../k8s/object";
import {
  type LabelSelector,
  type LabelSelectorObject,
  labelSelectorFromObject,
} from "../k8s/selectors/labels";
import { formatTime, parseTime } from "../k8s/time";
import { claimObjects, controllerOf, ownerReferenceTo } from "./controller-ref";
import { computeHash, POD_TEMPLATE_HASH_LABEL } from "./pod-template-hash";

export const DEPLOYMENT_CONTROLLER = "deployment-controller";

export const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
export const REVISION_HISTORY_ANNOTATION = "deployment.kubernetes.io/revision-history";
export const DESIRED_REPLICAS_ANNOTATION = "deployment.kubernetes.io/desired-replicas";
export const MAX_REPLICAS_ANNOTATION = "deployment.kubernetes.io/max-replicas";
export const CHANGE_CAUSE_ANNOTATION = "kubernetes.io/change-cause";
const LAST_APPLIED_ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";
const DEPRECATED_ROLLBACK_TO_ANNOTATION = "deprecated.deployment.rollback.to";
/** Annotations of a Deployment never copied onto its ReplicaSets (skipCopyAnnotation). */
const NOT_COPIED = new Set([
  LAST_APPLIED_ANNOTATION,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  DEPRECATED_ROLLBACK_TO_ANNOTATION,
]);
const MAX_REVISION_HISTORY_CHARS = 2000;
/** math.MaxInt32: a progressDeadlineSeconds of this value means "no deadline". */
const NO_PROGRESS_DEADLINE = 2147483647;

/** Condition reasons of deployment_util.go. */
export const DeploymentReasons = {
  NewReplicaSetCreated: "NewReplicaSetCreated",
  FoundNewReplicaSet: "FoundNewReplicaSet",
  ReplicaSetUpdated: "ReplicaSetUpdated",
  NewReplicaSetAvailable: "NewReplicaSetAvailable",
  ProgressDeadlineExceeded: "ProgressDeadlineExceeded",
  DeploymentPaused: "DeploymentPaused",
  DeploymentResumed: "DeploymentResumed",
  MinimumReplicasAvailable: "MinimumReplicasAvailable",
  MinimumReplicasUnavailable: "MinimumReplicasUnavailable",
} as const;

// ---------------------------------------------------------------------------------------------------------
// Reading Deployments and ReplicaSets.

/** `spec.replicas` (defaulted to 1 by the API server). */
function replicasOf(obj: KubeObject): number {
  return intAt(specOf(obj), "replicas", 1);
}

function annotationsOf(obj: KubeObject): Record<string, string> {
  if (!obj.metadata.annotations) obj.metadata.annotations = {};
  return obj.metadata.annotations;
}

function creationOf(obj: KubeObject): number {
  // An object not created yet (the new ReplicaSet of this sync) is the newest.
  return parseTime(obj.metadata.creationTimestamp) ?? Number.POSITIVE_INFINITY;
}

/** ReplicaSetsByCreationTimestamp: oldest first, then by name. */
function byCreation(a: KubeObject, b: KubeObject): number {
  const ta = creationOf(a);
  const tb = creationOf(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const na = a.metadata.name ?? "";
  const nb = b.metadata.name ?? "";
  return na < nb ? -1 : na > nb ? 1 : 0;
}

function parseInteger(v: string | undefined): number | undefined {
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return undefined;
  return Number(v);
}

/** deploymentutil.Revision: the revision annotation, 0 when absent, undefined when malformed. */
export function revisionOf(rs: KubeObject): number | undefined {
  const v = rs.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === undefined) return 0;
  return parseInteger(v);
}

function maxRevision(replicaSets: readonly KubeObject[]): number {
  let max = 0;
  for (const rs of replicaSets) {
    const v = revisionOf(rs);
    if (v !== undefined && v > max) max = v;
  }
  return max;
}

/** ReplicaSetsByRevision: lowest revision first; ties and malformed revisions by creation. */
function byRevision(a: KubeObject, b: KubeObject): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (ra === undefined || rb === undefined || ra === rb) return byCreation(a, b);
  return ra - rb;
}

/** intstr.GetScaledValueFromIntOrPercent. */
function scaledValue(value: JsonValue | undefined, total: number, roundUp: boolean): number {
  if (typeof value === "number") return Math.trunc(value);
  if (typeof value !== "string") return 0;
  if (value.endsWith("%")) {
    const pct = parseInteger(value.slice(0, -1));
    if (pct === undefined) return 0;
    const scaled = (pct * total) / 100;
    return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
  }
  return parseInteger(value) ?? 0;
}

function isRollingUpdate(d: KubeObject): boolean {
  const type = objectAt(specOf(d).strategy).type;
  return type === undefined || type === "RollingUpdate";
}

/** ResolveFenceposts: maxSurge rounds up, maxUnavailable down; both 0 makes maxUnavailable 1. */
function resolveFenceposts(d: KubeObject): { surge: number; unavailable: number } {
  const rolling = objectAt(objectAt(specOf(d).strategy).rollingUpdate);
  const desired = replicasOf(d);
  const surge = scaledValue(rolling.maxSurge ?? "25%", desired, true);
  let unavailable = scaledValue(rolling.maxUnavailable ?? "25%", desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

/** deploymentutil.MaxSurge: the pods a rolling update may run above `spec.replicas`. */
export function deploymentMaxSurge(d: KubeObject): number {
  if (!isRollingUpdate(d)) return 0;
  return resolveFenceposts(d).surge;
}

/** deploymentutil.MaxUnavailable: the pods a rolling update may have unavailable. */
export function deploymentMaxUnavailable(d: KubeObject): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  return Math.min(resolveFenceposts(d).unavailable, replicas);
}

function hasProgressDeadline(d: KubeObject): boolean {
  const v = specOf(d).progressDeadlineSeconds;
  return typeof v === "number" && v !== NO_PROGRESS_DEADLINE;
}

/** A template without the pod-template-hash label (and without an emptied labels map). */
function templateWithoutHash(template: JsonValue | undefined): JsonObject {
  const copy = deepCopy(objectAt(template));
  const meta = objectAt(copy.metadata);
  if (isJsonObject(meta.labels)) {
    delete meta.labels[POD_TEMPLATE_HASH_LABEL];
    if (Object.keys(meta.labels).length === 0) delete meta.labels;
  }
  if (isJsonObject(meta.annotations) && Object.keys(meta.annotations).length === 0) delete meta.annotations;
  if (isJsonObject(copy.metadata)) {
    if (Object.keys(meta).length === 0) delete copy.metadata;
    else copy.metadata = meta;
  }
  return copy;
}

/** deploymentutil.EqualIgnoreHash: two pod templates equal but for the pod-template-hash label. */
export function equalIgnoreHash(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return jsonEqual(templateWithoutHash(a), templateWithoutHash(b));
}

function replicaSetTemplate(rs: KubeObject): JsonValue | undefined {
  return specOf(rs).template;
}

function activeReplicaSets(replicaSets: readonly (KubeObject | undefined)[]): KubeObject[] {
  return replicaSets.filter((rs): rs is KubeObject => rs !== undefined && replicasOf(rs) > 0);
}

const sum = (replicaSets: readonly (KubeObject | undefined)[], read: (rs: KubeObject) => number): number =>
  replicaSets.reduce((n, rs) => n + (rs ? read(rs) : 0), 0);
const specReplicas = (rs: readonly (KubeObject | undefined)[]): number => sum(rs, replicasOf);
const statusReplicas = (rs: readonly (KubeObject | undefined)[]): number =>
  sum(rs, (r) => intAt(statusOf(r), "replicas"));
const availableReplicas = (rs: readonly (KubeObject | undefined)[]): number =>
  sum(rs, (r) => intAt(statusOf(r), "availableReplicas"));
const readyReplicas = (rs: readonly (KubeObject | undefined)[]): number =>
  sum(rs, (r) => intAt(statusOf(r), "readyReplicas"));

function replicasAnnotation(rs: KubeObject, key: string): number | undefined {
  const v = parseInteger(rs.metadata.annotations?.[key]);
  return v !== undefined && v >= -2147483648 && v <= 2147483647 ? v : undefined;
}

/** math.Round: halves away from zero. */
function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

// ---------------------------------------------------------------------------------------------------------
// Conditions.

function conditionsOf(status: JsonObject): JsonObject[] {
  return Array.isArray(status.conditions) ? status.conditions.filter(isJsonObject) : [];
}

function getCondition(status: JsonObject, type: string): JsonObject | undefined {
  return conditionsOf(status).find((c) => c.type === type);
}

function newCondition(
  type: string,
  status: string,
  reason: string,
  message: string,
  now: number,
): JsonObject {
  const t = formatTime(now);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

/** SetDeploymentCondition: same status and reason is no change; same status keeps the transition time. */
function setCondition(status: JsonObject, condition: JsonObject): void {
  const current = getCondition(status, String(condition.type));
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  if (current && current.status === condition.status)
    condition.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...conditionsOf(status).filter((c) => c.type !== condition.type), condition];
}

function removeCondition(status: JsonObject, type: string): void {
  const kept = conditionsOf(status).filter((c) => c.type !== type);
  if (kept.length > 0) status.conditions = kept;
  else delete status.conditions;
}

/** deploymentutil.DeploymentComplete: every replica updated and available, for this generation. */
export function deploymentComplete(d: KubeObject, status: JsonObject): boolean {
  const replicas = replicasOf(d);
  return (
    intAt(status, "updatedReplicas") === replicas &&
    intAt(status, "replicas") === replicas &&
    intAt(status, "availableReplicas") === replicas &&
    intAt(status, "observedGeneration") >= (d.metadata.generation ?? 0)
  );
}

/** deploymentutil.DeploymentProgressing: more updated, fewer old, more ready or more available pods. */
function deploymentProgressing(d: KubeObject, status: JsonObject): boolean {
  const old = statusOf(d);
  const oldOld = intAt(old, "replicas") - intAt(old, "updatedReplicas");
  const newOld = intAt(status, "replicas") - intAt(status, "updatedReplicas");
  return (
    intAt(status, "updatedReplicas") > intAt(old, "updatedReplicas") ||
    newOld < oldOld ||
    intAt(status, "readyReplicas") > intAt(old, "readyReplicas") ||
    intAt(status, "availableReplicas") > intAt(old, "availableReplicas")
  );
}

/** deploymentutil.DeploymentTimedOut: no progress reported for progressDeadlineSeconds. */
function deploymentTimedOut(d: KubeObject, status: JsonObject, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const condition = getCondition(status, "Progressing");
  if (!condition) return false;
  if (condition.reason === DeploymentReasons.NewReplicaSetAvailable) return false;
  if (condition.reason === DeploymentReasons.ProgressDeadlineExceeded) return true;
  const from = parseTime(condition.lastUpdateTime);
  if (from === undefined) return false;
  return from + intAt(specOf(d), "progressDeadlineSeconds") * 1000 < now;
}

/**
 * requeueStuckDeployment: when a rollout shows no progress, Kubernetes requeues the Deployment for the
 * moment its progress deadline passes. Returns that delay in ms for the Deployment as stored (after
 * its status was written), or undefined when no timed requeue is needed.
 */
export function deploymentRequeueAfter(d: KubeObject, now: number): number | undefined {
  const condition = getCondition(statusOf(d), "Progressing");
  if (!hasProgressDeadline(d) || !condition) return undefined;
  if (deploymentComplete(d, statusOf(d)) || condition.reason === DeploymentReasons.ProgressDeadlineExceeded) {
    return undefined;
  }
  const from = parseTime(condition.lastUpdateTime);
  if (from === undefined) return undefined;
  const after = from + intAt(specOf(d), "progressDeadlineSeconds") * 1000 - now;
  return after < 1000 ? 0 : after + 1000;
}

// ---------------------------------------------------------------------------------------------------------
// The sync.

/**
 * syncDeployment for one Deployment. `replicaSets` and `pods` are those of the Deployment's namespace
 * as the caches hold them; `now` is the current time in ms since the epoch.
 */
export function reconcileDeployment(
  d: KubeObject,
  replicaSets: KubeObject[],
  pods: KubeObject[],
  now: number,
): Action[] {
  return new DeploymentSync(d, now).run(replicaSets, pods);
}

class DeploymentSync {
  /** The working copy: its status and revision annotation change as the sync goes. */
  private readonly d: KubeObject;
  private readonly status: JsonObject;
  /** The ReplicaSets the Deployment controls, as working copies, by name. */
  private readonly owned = new Map<string, KubeObject>();
  /** Every ReplicaSet of the namespace, for name collisions. */
  private all: readonly KubeObject[] = [];
  private readonly claimActions: Action[] = [];
  private readonly changed: string[] = [];
  private created: string | undefined;
  private readonly deletes: Action[] = [];
  private readonly events: Action[] = [];
  /** Events about a ReplicaSet write, placed right after that write. */
  private readonly rsEvents = new Map<string, Action[]>();

  constructor(
    private readonly original: KubeObject,
    private readonly now: number,
  ) {
    this.d = deepCopy(original);
    this.status = deepCopy(statusOf(original));
    this.d.status = this.status;
  }

  run(replicaSets: readonly KubeObject[], pods: readonly KubeObject[]): Action[] {
    const d = this.d;
    const namespace = d.metadata.namespace;
    const spec = specOf(d);
    const rawSelector = spec.selector;
    let selector: LabelSelector;
    try {
      selector = labelSelectorFromObject(
        isJsonObject(rawSelector) ? (rawSelector as unknown as LabelSelectorObject) : undefined,
      );
    } catch {
      return [];
    }
    if (selector.isEverything()) {
      this.event(
        "Warning",
        "SelectingAll",
        "This deployment is selecting all pods. A non-empty selector is required.",
      );
      if (intAt(this.status, "observedGeneration") < (d.metadata.generation ?? 0)) {
        this.status.observedGeneration = d.metadata.generation ?? 0;
      }
      return this.finish();
    }

    this.all = replicaSets.filter((rs) => rs.metadata.namespace === namespace);
    const claim = claimObjects(d, selector, this.all, "replicasets.apps");
    this.claimActions.push(...claim.actions);
    for (const rs of claim.claimed) this.owned.set(rs.metadata.name ?? "", deepCopy(rs));

    // getPodMapForDeployment: the pods of the claimed ReplicaSets, by ReplicaSet uid.
    const uids = new Set([...this.owned.values()].map((rs) => rs.metadata.uid ?? ""));
    const podMap = new Map<string, KubeObject[]>();
    for (const pod of pods) {
      if (pod.metadata.namespace !== namespace || !selector.matches(pod.metadata.labels)) continue;
      const ref = controllerOf(pod);
      if (!ref || !uids.has(ref.uid)) continue;
      const list = podMap.get(ref.uid) ?? [];
      list.push(pod);
      podMap.set(ref.uid, list);
    }

    if (d.metadata.deletionTimestamp !== undefined) {
      // syncStatusOnly.
      const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
      this.syncDeploymentStatus([...oldRSs, newRS], newRS);
      return this.finish();
    }

    this.checkPausedConditions();
    if (spec.paused === true || this.isScalingEvent()) {
      this.sync();
      return this.finish();
    }
    if (objectAt(spec.strategy).type === "Recreate") this.rolloutRecreate(podMap);
    else this.rolloutRolling();
    return this.finish();
  }

  // --- Bookkeeping -------------------------------------------------------------------------------------

  /** An event about the Deployment; with `rs`, it follows the write of that ReplicaSet. */
  private event(type: "Normal" | "Warning", reason: string, message: string, rs?: KubeObject): void {
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

  private markChanged(rs: KubeObject): void {
    const name = rs.metadata.name ?? "";
    if (name !== this.created && !this.changed.includes(name)) this.changed.push(name);
  }

  private finish(): Action[] {
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

  // --- New and old ReplicaSets -------------------------------------------------------------------------

  /** FindNewReplicaSet: the oldest owned ReplicaSet whose template is the Deployment's. */
  private findNewReplicaSet(): KubeObject | undefined {
    const template = specOf(this.d).template;
    return [...this.owned.values()]
      .sort(byCreation)
      .find((rs) => equalIgnoreHash(replicaSetTemplate(rs), template));
  }

  /**
   * getAllReplicaSetsAndSyncRevision: the new ReplicaSet (created when asked and missing) and all the
   * others, with the revision annotations brought up to date.
   */
  private getAllReplicaSetsAndSyncRevision(create: boolean): {
    newRS: KubeObject | undefined;
    oldRSs: KubeObject[];
  } {
    const existing = this.findNewReplicaSet();
    const oldRSs = [...this.owned.values()].filter((rs) => rs !== existing);
    const newRS = this.getNewReplicaSet(existing, oldRSs, create);
    return { newRS, oldRSs: oldRSs.filter((rs) => rs !== newRS) };
  }

  private getNewReplicaSet(
    existing: KubeObject | undefined,
    oldRSs: KubeObject[],
    create: boolean,
  ): KubeObject | undefined {
    const d = this.d;
    const newRevision = String(maxRevision(oldRSs) + 1);
    if (existing) {
      const annotationsUpdated = this.setNewReplicaSetAnnotations(existing, newRevision, true);
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
      this.setDeploymentRevision(existing.metadata.annotations?.[REVISION_ANNOTATION] ?? "");
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
    const count = this.newRSNewReplicas([...oldRSs, rs], rs);
    specOf(rs).replicas = count;
    this.setNewReplicaSetAnnotations(rs, newRevision, false);
    this.owned.set(name, rs);
    this.created = name;
    if (count > 0)
      this.event("Normal", "ScalingReplicaSet", `Scaled up replica set ${name} from 0 to ${count}`, rs);
    this.setDeploymentRevision(newRevision);
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

  /** SetDeploymentRevision: mirror the new ReplicaSet's revision on the Deployment. */
  private setDeploymentRevision(revision: string): void {
    const annotations = annotationsOf(this.d);
    if (annotations[REVISION_ANNOTATION] !== revision) annotations[REVISION_ANNOTATION] = revision;
  }

  /**
   * SetNewReplicaSetAnnotations: copy the Deployment's annotations, raise the revision (keeping the
   * replaced ones in revision-history when an old ReplicaSet becomes new again: a rollback), and give a
   * ReplicaSet about to be created its desired/max replicas annotations. Returns whether anything changed.
   */
  private setNewReplicaSetAnnotations(rs: KubeObject, newRevision: string, exists: boolean): boolean {
    const oldRevision = rs.metadata.annotations?.[REVISION_ANNOTATION];
    const oldRevisionNumber = oldRevision === undefined || oldRevision === "" ? 0 : parseInteger(oldRevision);
    if (oldRevisionNumber === undefined) return false;
    let changed = this.copyDeploymentAnnotations(rs);
    const annotations = annotationsOf(rs);
    const newRevisionNumber = Number(newRevision);
    if (oldRevisionNumber < newRevisionNumber) {
      annotations[REVISION_ANNOTATION] = newRevision;
      changed = true;
      if (oldRevision !== undefined) {
        const history = annotations[REVISION_HISTORY_ANNOTATION] ?? "";
        let previous = history.split(",");
        if ((previous[0] ?? "").length === 0) {
          annotations[REVISION_HISTORY_ANNOTATION] = oldRevision;
        } else {
          let total = history.length + oldRevision.length + 1;
          let start = 0;
          while (total > MAX_REVISION_HISTORY_CHARS && start < previous.length) {
            total -= (previous[start] ?? "").length + 1;
            start++;
          }
          if (total <= MAX_REVISION_HISTORY_CHARS) {
            previous = [...previous.slice(start), oldRevision];
            annotations[REVISION_HISTORY_ANNOTATION] = previous.join(",");
          }
        }
      }
    }
    if (!exists && this.setReplicasAnnotations(rs)) changed = true;
    return changed;
  }

  private copyDeploymentAnnotations(rs: KubeObject): boolean {
    let changed = false;
    const annotations = annotationsOf(rs);
    for (const [k, v] of Object.entries(this.d.metadata.annotations ?? {})) {
      if (NOT_COPIED.has(k) || annotations[k] === v) continue;
      annotations[k] = v;
      changed = true;
    }
    return changed;
  }

  /** SetReplicasAnnotations: desired = spec.replicas, max = spec.replicas + maxSurge. */
  private setReplicasAnnotations(rs: KubeObject): boolean {
    const replicas = replicasOf(this.d);
    const desired = String(replicas);
    const max = String(replicas + deploymentMaxSurge(this.d));
    const annotations = annotationsOf(rs);
    let updated = false;
    if (annotations[DESIRED_REPLICAS_ANNOTATION] !== desired) {
      annotations[DESIRED_REPLICAS_ANNOTATION] = desired;
      updated = true;
    }
    if (annotations[MAX_REPLICAS_ANNOTATION] !== max) {
      annotations[MAX_REPLICAS_ANNOTATION] = max;
      updated = true;
    }
    return updated;
  }

  /** NewRSNewReplicas: how many replicas the new ReplicaSet may have now. */
  private newRSNewReplicas(allRSs: readonly KubeObject[], newRS: KubeObject): number {
    const replicas = replicasOf(this.d);
    if (!isRollingUpdate(this.d)) return replicas;
    const surge = scaledValue(
      objectAt(objectAt(specOf(this.d).strategy).rollingUpdate).maxSurge ?? "25%",
      replicas,
      true,
    );
    const current = specReplicas(allRSs);
    const maxTotal = replicas + surge;
    if (current >= maxTotal) return replicasOf(newRS);
    const scaleUp = Math.min(maxTotal - current, replicas - replicasOf(newRS));
    return replicasOf(newRS) + scaleUp;
  }

  // --- Scaling -----------------------------------------------------------------------------------------

  private scaleReplicaSetAndRecordEvent(rs: KubeObject, newScale: number): boolean {
    if (replicasOf(rs) === newScale) return false;
    return this.scaleReplicaSet(rs, newScale);
  }

  /** scaleReplicaSet: set the size and the replicas annotations; an event when the size changed. */
  private scaleReplicaSet(rs: KubeObject, newScale: number): boolean {
    const oldScale = replicasOf(rs);
    const sizeChanged = oldScale !== newScale;
    const annotationsChanged = this.setReplicasAnnotations(rs);
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
  private isScalingEvent(): boolean {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    const replicas = replicasOf(this.d);
    for (const rs of activeReplicaSets([...oldRSs, newRS])) {
      const desired = replicasAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
      if (desired !== undefined && desired !== replicas) return true;
    }
    return false;
  }

  /** sync: scaling (and paused Deployments) — resize existing ReplicaSets, no rollout. */
  private sync(): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    this.scale(newRS, oldRSs);
    if (specOf(this.d).paused === true) this.cleanupDeployment(oldRSs);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS);
  }

  /** scale: one active ReplicaSet takes all replicas; several share a change proportionally. */
  private scale(newRS: KubeObject | undefined, oldRSs: KubeObject[]): void {
    const replicas = replicasOf(this.d);
    const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
    if (activeOrLatest) {
      if (replicasOf(activeOrLatest) !== replicas)
        this.scaleReplicaSetAndRecordEvent(activeOrLatest, replicas);
      return;
    }
    if (newRS && this.isSaturated(newRS)) {
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
        const proportion = this.replicaSetProportion(rs, toAdd, added);
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

  /** GetReplicaSetProportion: this ReplicaSet's share of a resize, bounded by what is left to add. */
  private replicaSetProportion(rs: KubeObject, toAdd: number, added: number): number {
    if (replicasOf(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
    const fraction = this.replicaSetFraction(rs);
    const allowed = toAdd - added;
    return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
  }

  /** getReplicaSetFraction: the size this ReplicaSet would have at the new size, minus its size. */
  private replicaSetFraction(rs: KubeObject): number {
    const replicas = replicasOf(this.d);
    if (replicas === 0) return -replicasOf(rs);
    const deploymentReplicas = replicas + deploymentMaxSurge(this.d);
    const annotated = replicasAnnotation(rs, MAX_REPLICAS_ANNOTATION) ?? intAt(statusOf(this.d), "replicas");
    if (annotated === 0) return 0;
    return roundHalfAway((replicasOf(rs) * deploymentReplicas) / annotated) - replicasOf(rs);
  }

  /** IsSaturated: the new ReplicaSet has all replicas, is sized for them, and all are available. */
  private isSaturated(rs: KubeObject): boolean {
    const replicas = replicasOf(this.d);
    const desired = replicasAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
    return (
      desired !== undefined &&
      replicasOf(rs) === replicas &&
      desired === replicas &&
      intAt(statusOf(rs), "availableReplicas") === replicas
    );
  }

  // --- RollingUpdate -----------------------------------------------------------------------------------

  private rolloutRolling(): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(true);
    const allRSs = [...oldRSs, newRS];
    if (newRS && this.reconcileNewReplicaSet(allRSs, newRS)) {
      this.syncRolloutStatus(allRSs, newRS);
      return;
    }
    if (newRS && this.reconcileOldReplicaSets(allRSs, activeReplicaSets(oldRSs), newRS)) {
      this.syncRolloutStatus(allRSs, newRS);
      return;
    }
    if (deploymentComplete(this.d, this.status)) this.cleanupDeployment(oldRSs);
    this.syncRolloutStatus(allRSs, newRS);
  }

  private reconcileNewReplicaSet(allRSs: readonly (KubeObject | undefined)[], newRS: KubeObject): boolean {
    const replicas = replicasOf(this.d);
    const current = replicasOf(newRS);
    if (current === replicas) return false;
    if (current > replicas) return this.scaleReplicaSetAndRecordEvent(newRS, replicas);
    const all = allRSs.filter((rs): rs is KubeObject => rs !== undefined);
    return this.scaleReplicaSetAndRecordEvent(newRS, this.newRSNewReplicas(all, newRS));
  }

  private reconcileOldReplicaSets(
    allRSs: readonly (KubeObject | undefined)[],
    oldRSs: KubeObject[],
    newRS: KubeObject,
  ): boolean {
    if (specReplicas(oldRSs) === 0) return false;
    const minAvailable = replicasOf(this.d) - deploymentMaxUnavailable(this.d);
    const newUnavailable = replicasOf(newRS) - intAt(statusOf(newRS), "availableReplicas");
    const maxScaledDown = specReplicas(allRSs) - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return false;
    // Unhealthy replicas first: they would otherwise block the rollout until it times out.
    const cleaned = this.cleanupUnhealthyReplicas(oldRSs, maxScaledDown);
    const scaledDown = this.scaleDownOldReplicaSetsForRollingUpdate([...oldRSs, newRS], oldRSs);
    return cleaned + scaledDown > 0;
  }

  private cleanupUnhealthyReplicas(oldRSs: KubeObject[], maxCleanupCount: number): number {
    oldRSs.sort(byCreation);
    let total = 0;
    for (const rs of oldRSs) {
      if (total >= maxCleanupCount) break;
      const replicas = replicasOf(rs);
      const available = intAt(statusOf(rs), "availableReplicas");
      if (replicas === 0 || replicas === available) continue;
      const count = Math.min(maxCleanupCount - total, replicas - available);
      if (count <= 0) continue;
      this.scaleReplicaSetAndRecordEvent(rs, replicas - count);
      total += count;
    }
    return total;
  }

  private scaleDownOldReplicaSetsForRollingUpdate(
    allRSs: readonly KubeObject[],
    oldRSs: KubeObject[],
  ): number {
    const minAvailable = replicasOf(this.d) - deploymentMaxUnavailable(this.d);
    const available = availableReplicas(allRSs);
    if (available <= minAvailable) return 0;
    oldRSs.sort(byCreation);
    const target = available - minAvailable;
    let total = 0;
    for (const rs of oldRSs) {
      if (total >= target) break;
      const replicas = replicasOf(rs);
      if (replicas === 0) continue;
      const count = Math.min(replicas, target - total);
      this.scaleReplicaSetAndRecordEvent(rs, replicas - count);
      total += count;
    }
    return total;
  }

  // --- Recreate ----------------------------------------------------------------------------------------

  private rolloutRecreate(podMap: Map<string, KubeObject[]>): void {
    // The new ReplicaSet is not created yet: scaling up must wait for the old pods to be gone.
    let { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    let allRSs = [...oldRSs, newRS];
    let scaledDown = false;
    for (const rs of activeReplicaSets(oldRSs)) {
      if (this.scaleReplicaSetAndRecordEvent(rs, 0)) scaledDown = true;
    }
    if (scaledDown || oldPodsRunning(newRS, oldRSs, podMap)) {
      this.syncRolloutStatus(allRSs, newRS);
      return;
    }
    if (!newRS) {
      ({ newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(true));
      allRSs = [...oldRSs, newRS];
    }
    if (newRS) this.scaleReplicaSetAndRecordEvent(newRS, replicasOf(this.d));
    if (deploymentComplete(this.d, this.status)) this.cleanupDeployment(oldRSs);
    this.syncRolloutStatus(allRSs, newRS);
  }

  // --- Cleanup and status ------------------------------------------------------------------------------

  /** cleanupDeployment: delete the oldest scaled-down ReplicaSets beyond revisionHistoryLimit. */
  private cleanupDeployment(oldRSs: readonly KubeObject[]): void {
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
  private calculateStatus(
    allRSs: readonly (KubeObject | undefined)[],
    newRS: KubeObject | undefined,
  ): JsonObject {
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

  private replaceStatus(status: JsonObject): void {
    for (const key of Object.keys(this.status)) delete this.status[key];
    Object.assign(this.status, status);
  }

  /** syncDeploymentStatus: the counts and Available condition, without progress estimation. */
  private syncDeploymentStatus(
    allRSs: readonly (KubeObject | undefined)[],
    newRS: KubeObject | undefined,
  ): void {
    this.replaceStatus(this.calculateStatus(allRSs, newRS));
  }

  /** syncRolloutStatus: the status with the Progressing and ReplicaFailure conditions. */
  private syncRolloutStatus(
    allRSs: readonly (KubeObject | undefined)[],
    newRS: KubeObject | undefined,
  ): void {
    const d = this.d;
    const status = this.calculateStatus(allRSs, newRS);
    if (!hasProgressDeadline(d)) removeCondition(status, "Progressing");
    const current = getCondition(this.status, "Progressing");
    const complete =
      intAt(status, "replicas") === intAt(status, "updatedReplicas") &&
      current?.reason === DeploymentReasons.NewReplicaSetAvailable;
    if (hasProgressDeadline(d) && !complete) {
      const rsName = newRS ? JSON.stringify(newRS.metadata.name ?? "") : undefined;
      const dName = JSON.stringify(d.metadata.name ?? "");
      if (deploymentComplete(d, status)) {
        const message = rsName
          ? `ReplicaSet ${rsName} has successfully progressed.`
          : `Deployment ${dName} has successfully progressed.`;
        setCondition(
          status,
          newCondition("Progressing", "True", DeploymentReasons.NewReplicaSetAvailable, message, this.now),
        );
      } else if (deploymentProgressing(d, status)) {
        const message = rsName
          ? `ReplicaSet ${rsName} is progressing.`
          : `Deployment ${dName} is progressing.`;
        const condition = newCondition(
          "Progressing",
          "True",
          DeploymentReasons.ReplicaSetUpdated,
          message,
          this.now,
        );
        // Progress refreshes lastUpdateTime even with the same reason; the transition time stays.
        if (current) {
          if (current.status === "True") condition.lastTransitionTime = current.lastTransitionTime;
          removeCondition(status, "Progressing");
        }
        setCondition(status, condition);
      } else if (deploymentTimedOut(d, status, this.now)) {
        const message = rsName
          ? `ReplicaSet ${rsName} has timed out progressing.`
          : `Deployment ${dName} has timed out progressing.`;
        setCondition(
          status,
          newCondition("Progressing", "False", DeploymentReasons.ProgressDeadlineExceeded, message, this.now),
        );
      }
    }
    const failure = replicaFailure(allRSs, newRS);
    if (failure) setCondition(status, failure);
    else removeCondition(status, "ReplicaFailure");
    this.replaceStatus(status);
  }

  /** checkPausedConditions: Progressing Unknown with DeploymentPaused / DeploymentResumed. */
  private checkPausedConditions(): void {
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

/** FindActiveOrLatest: the only active ReplicaSet, or the newest when none is active. */
function findActiveOrLatest(
  newRS: KubeObject | undefined,
  oldRSs: readonly KubeObject[],
): KubeObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => byCreation(b, a));
  const active = activeReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  if (active.length === 1) return active[0];
  return undefined;
}

/** oldPodsRunning: any pod of an old ReplicaSet that has not ended (terminating ones included). */
function oldPodsRunning(
  newRS: KubeObject | undefined,
  oldRSs: readonly KubeObject[],
  podMap: Map<string, KubeObject[]>,
): boolean {
  if (statusReplicas(oldRSs) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata.uid === uid) continue;
    for (const pod of pods) {
      const phase = objectAt(pod.status).phase;
      if (phase !== "Failed" && phase !== "Succeeded") return true;
    }
  }
  return false;
}

/** getReplicaFailures: a ReplicaFailure condition of the new ReplicaSet first, else of any other. */
function replicaFailure(
  allRSs: readonly (KubeObject | undefined)[],
  newRS: KubeObject | undefined,
): JsonObject | undefined {
  const failureOf = (rs: KubeObject | undefined): JsonObject | undefined => {
    if (!rs) return undefined;
    const c = conditionsOf(statusOf(rs)).find((cond) => cond.type === "ReplicaFailure");
    if (!c) return undefined;
    return {
      type: "ReplicaFailure",
      status: c.status ?? "Unknown",
      lastUpdateTime: c.lastTransitionTime ?? null,
      lastTransitionTime: c.lastTransitionTime ?? null,
      reason: c.reason ?? "",
      message: c.message ?? "",
    };
  };
  const fromNew = failureOf(newRS);
  if (fromNew) return fromNew;
  for (const rs of allRSs) {
    const f = failureOf(rs);
    if (f) return f;
  }
  return undefined;
}

/**
 * The controller module (deployment_controller.go NewDeploymentController): a key per Deployment; a
 * Deployment change queues it, and a ReplicaSet change queues the Deployment controlling it.
 */
export const deploymentController: ControllerModule = {
  name: "deployment",
  start(ctx) {
    const deployments = ctx.informer({ resource: "deployments.apps" });
    const replicaSets = ctx.informer({ resource: "replicasets.apps" });
    const pods = ctx.informer({ resource: "pods" });
    const { add } = enqueueOwnKey(ctx.queue);
    deployments.on({ add, update: add });
    const replicaSetChanged = (rs: KubeObject) => {
      const owner = controllerOf(rs);
      if (owner?.kind === "Deployment") ctx.queue.add(`${rs.metadata.namespace}/${owner.name}`);
    };
    replicaSets.on({ add: replicaSetChanged, update: replicaSetChanged, delete: replicaSetChanged });
    return {
      resync: () => enqueueAll(ctx.queue, deployments),
      reconcile(key, now) {
        const d = deployments.cache.get(key);
        if (!d) return [];
        const ns = d.metadata.namespace;
        const actions = reconcileDeployment(d, inNamespace(replicaSets, ns), inNamespace(pods, ns), now);
        const after = deploymentRequeueAfter(d, now);
        if (after !== undefined) ctx.queue.addAfter(key, Math.max(after, 100));
        return actions;
      },
    };
  },
};
