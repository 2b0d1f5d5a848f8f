/**
 * The Deployment controller's helpers, after Kubernetes' pkg/controller/deployment/util/deployment_util.go:
 * annotations (revision, revision history, desired/max replicas), revisions, maxSurge/maxUnavailable,
 * templates compared without the pod-template-hash, replica counts, conditions, and the sizing rules of
 * new and proportionally scaled ReplicaSets. Pure functions over Deployments and ReplicaSets.
 */
import { intAt, objectAt, specOf, statusOf } from "../../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../../k8s/object";
import { deepCopy, isJsonObject, jsonEqual } from "../../k8s/object";
import { formatTime, parseTime } from "../../k8s/time";
import { POD_TEMPLATE_HASH_LABEL } from "../pod-template-hash";

export const DEPLOYMENT_CONTROLLER = "deployment-controller";

export const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
export const REVISION_HISTORY_ANNOTATION = "deployment.kubernetes.io/revision-history";
export const DESIRED_REPLICAS_ANNOTATION = "deployment.kubernetes.io/desired-replicas";
export const MAX_REPLICAS_ANNOTATION = "deployment.kubernetes.io/max-replicas";
export const CHANGE_CAUSE_ANNOTATION = "kubernetes.io/change-cause";
export const LAST_APPLIED_ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";
export const DEPRECATED_ROLLBACK_TO_ANNOTATION = "deprecated.deployment.rollback.to";
/** Annotations of a Deployment never copied onto its ReplicaSets (skipCopyAnnotation). */
export const NOT_COPIED = new Set([
  LAST_APPLIED_ANNOTATION,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  DEPRECATED_ROLLBACK_TO_ANNOTATION,
]);
export const MAX_REVISION_HISTORY_CHARS = 2000;
/** math.MaxInt32: a progressDeadlineSeconds of this value means "no deadline". */
export const NO_PROGRESS_DEADLINE = 2147483647;

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
export function replicasOf(obj: KubeObject): number {
  return intAt(specOf(obj), "replicas", 1);
}

export function annotationsOf(obj: KubeObject): Record<string, string> {
  if (!obj.metadata.annotations) obj.metadata.annotations = {};
  return obj.metadata.annotations;
}

export function creationOf(obj: KubeObject): number {
  // An object not created yet (the new ReplicaSet of this sync) is the newest.
  return parseTime(obj.metadata.creationTimestamp) ?? Number.POSITIVE_INFINITY;
}

/** ReplicaSetsByCreationTimestamp: oldest first, then by name. */
export function byCreation(a: KubeObject, b: KubeObject): number {
  const ta = creationOf(a);
  const tb = creationOf(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const na = a.metadata.name ?? "";
  const nb = b.metadata.name ?? "";
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export function parseInteger(v: string | undefined): number | undefined {
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return undefined;
  return Number(v);
}

/** deploymentutil.Revision: the revision annotation, 0 when absent, undefined when malformed. */
export function revisionOf(rs: KubeObject): number | undefined {
  const v = rs.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === undefined) return 0;
  return parseInteger(v);
}

export function maxRevision(replicaSets: readonly KubeObject[]): number {
  let max = 0;
  for (const rs of replicaSets) {
    const v = revisionOf(rs);
    if (v !== undefined && v > max) max = v;
  }
  return max;
}

/** ReplicaSetsByRevision: lowest revision first; ties and malformed revisions by creation. */
export function byRevision(a: KubeObject, b: KubeObject): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (ra === undefined || rb === undefined || ra === rb) return byCreation(a, b);
  return ra - rb;
}

/** intstr.GetScaledValueFromIntOrPercent. */
export function scaledValue(value: JsonValue | undefined, total: number, roundUp: boolean): number {
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

export function isRollingUpdate(d: KubeObject): boolean {
  const type = objectAt(specOf(d).strategy).type;
  return type === undefined || type === "RollingUpdate";
}

/** ResolveFenceposts: maxSurge rounds up, maxUnavailable down; both 0 makes maxUnavailable 1. */
export function resolveFenceposts(d: KubeObject): { surge: number; unavailable: number } {
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

export function hasProgressDeadline(d: KubeObject): boolean {
  const v = specOf(d).progressDeadlineSeconds;
  return typeof v === "number" && v !== NO_PROGRESS_DEADLINE;
}

/** A template without the pod-template-hash label (and without an emptied labels map). */
export function templateWithoutHash(template: JsonValue | undefined): JsonObject {
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

export function replicaSetTemplate(rs: KubeObject): JsonValue | undefined {
  return specOf(rs).template;
}

export function activeReplicaSets(replicaSets: readonly (KubeObject | undefined)[]): KubeObject[] {
  return replicaSets.filter((rs): rs is KubeObject => rs !== undefined && replicasOf(rs) > 0);
}

export const sum = (
  replicaSets: readonly (KubeObject | undefined)[],
  read: (rs: KubeObject) => number,
): number => replicaSets.reduce((n, rs) => n + (rs ? read(rs) : 0), 0);
export const specReplicas = (rs: readonly (KubeObject | undefined)[]): number => sum(rs, replicasOf);
export const statusReplicas = (rs: readonly (KubeObject | undefined)[]): number =>
  sum(rs, (r) => intAt(statusOf(r), "replicas"));
export const availableReplicas = (rs: readonly (KubeObject | undefined)[]): number =>
  sum(rs, (r) => intAt(statusOf(r), "availableReplicas"));
export const readyReplicas = (rs: readonly (KubeObject | undefined)[]): number =>
  sum(rs, (r) => intAt(statusOf(r), "readyReplicas"));

export function replicasAnnotation(rs: KubeObject, key: string): number | undefined {
  const v = parseInteger(rs.metadata.annotations?.[key]);
  return v !== undefined && v >= -2147483648 && v <= 2147483647 ? v : undefined;
}

/** math.Round: halves away from zero. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

// ---------------------------------------------------------------------------------------------------------
// Conditions.

export function conditionsOf(status: JsonObject): JsonObject[] {
  return Array.isArray(status.conditions) ? status.conditions.filter(isJsonObject) : [];
}

export function getCondition(status: JsonObject, type: string): JsonObject | undefined {
  return conditionsOf(status).find((c) => c.type === type);
}

export function newCondition(
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
export function setCondition(status: JsonObject, condition: JsonObject): void {
  const current = getCondition(status, String(condition.type));
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  if (current && current.status === condition.status)
    condition.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...conditionsOf(status).filter((c) => c.type !== condition.type), condition];
}

export function removeCondition(status: JsonObject, type: string): void {
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
export function deploymentProgressing(d: KubeObject, status: JsonObject): boolean {
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
export function deploymentTimedOut(d: KubeObject, status: JsonObject, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const condition = getCondition(status, "Progressing");
  if (!condition) return false;
  if (condition.reason === DeploymentReasons.NewReplicaSetAvailable) return false;
  if (condition.reason === DeploymentReasons.ProgressDeadlineExceeded) return true;
  const from = parseTime(condition.lastUpdateTime);
  if (from === undefined) return false;
  return from + intAt(specOf(d), "progressDeadlineSeconds") * 1000 < now;
}

/** SetDeploymentRevision: mirror the new ReplicaSet's revision on the Deployment. */
export function setDeploymentRevision(d: KubeObject, revision: string): void {
  const annotations = annotationsOf(d);
  if (annotations[REVISION_ANNOTATION] !== revision) annotations[REVISION_ANNOTATION] = revision;
}

/**
 * SetNewReplicaSetAnnotations: copy the Deployment's annotations, raise the revision (keeping the
 * replaced ones in revision-history when an old ReplicaSet becomes new again: a rollback), and give a
 * ReplicaSet about to be created its desired/max replicas annotations. Returns whether anything changed.
 */
export function setNewReplicaSetAnnotations(
  d: KubeObject,
  rs: KubeObject,
  newRevision: string,
  exists: boolean,
): boolean {
  const oldRevision = rs.metadata.annotations?.[REVISION_ANNOTATION];
  const oldRevisionNumber = oldRevision === undefined || oldRevision === "" ? 0 : parseInteger(oldRevision);
  if (oldRevisionNumber === undefined) return false;
  let changed = copyDeploymentAnnotations(d, rs);
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
  if (!exists && setReplicasAnnotations(d, rs)) changed = true;
  return changed;
}

export function copyDeploymentAnnotations(d: KubeObject, rs: KubeObject): boolean {
  let changed = false;
  const annotations = annotationsOf(rs);
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (NOT_COPIED.has(k) || annotations[k] === v) continue;
    annotations[k] = v;
    changed = true;
  }
  return changed;
}

/** SetReplicasAnnotations: desired = spec.replicas, max = spec.replicas + maxSurge. */
export function setReplicasAnnotations(d: KubeObject, rs: KubeObject): boolean {
  const replicas = replicasOf(d);
  const desired = String(replicas);
  const max = String(replicas + deploymentMaxSurge(d));
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
export function newRSNewReplicas(d: KubeObject, allRSs: readonly KubeObject[], newRS: KubeObject): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d)) return replicas;
  const surge = scaledValue(
    objectAt(objectAt(specOf(d).strategy).rollingUpdate).maxSurge ?? "25%",
    replicas,
    true,
  );
  const current = specReplicas(allRSs);
  const maxTotal = replicas + surge;
  if (current >= maxTotal) return replicasOf(newRS);
  const scaleUp = Math.min(maxTotal - current, replicas - replicasOf(newRS));
  return replicasOf(newRS) + scaleUp;
}

/** GetReplicaSetProportion: this ReplicaSet's share of a resize, bounded by what is left to add. */
export function replicaSetProportion(d: KubeObject, rs: KubeObject, toAdd: number, added: number): number {
  if (replicasOf(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(d, rs);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/** getReplicaSetFraction: the size this ReplicaSet would have at the new size, minus its size. */
export function replicaSetFraction(d: KubeObject, rs: KubeObject): number {
  const replicas = replicasOf(d);
  if (replicas === 0) return -replicasOf(rs);
  const deploymentReplicas = replicas + deploymentMaxSurge(d);
  const annotated = replicasAnnotation(rs, MAX_REPLICAS_ANNOTATION) ?? intAt(statusOf(d), "replicas");
  if (annotated === 0) return 0;
  return roundHalfAway((replicasOf(rs) * deploymentReplicas) / annotated) - replicasOf(rs);
}

/** IsSaturated: the new ReplicaSet has all replicas, is sized for them, and all are available. */
export function isSaturated(d: KubeObject, rs: KubeObject): boolean {
  const replicas = replicasOf(d);
  const desired = replicasAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
  return (
    desired !== undefined &&
    replicasOf(rs) === replicas &&
    desired === replicas &&
    intAt(statusOf(rs), "availableReplicas") === replicas
  );
}

/** FindActiveOrLatest: the only active ReplicaSet, or the newest when none is active. */
export function findActiveOrLatest(
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

/** FindNewReplicaSet: the oldest of the ReplicaSets whose template is the Deployment's. */
export function findNewReplicaSet(d: KubeObject, replicaSets: Iterable<KubeObject>): KubeObject | undefined {
  const template = specOf(d).template;
  return [...replicaSets].sort(byCreation).find((rs) => equalIgnoreHash(replicaSetTemplate(rs), template));
}
