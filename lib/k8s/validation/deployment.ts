/** Deployment validation (pkg/apis/apps/validation, apps/v1 rules). */
import { cause, type FieldCause } from "../errors";
import type { JsonValue, KubeObject } from "../object";
import { isValidPercent } from "./names";
import { validateObjectMeta } from "./object-meta";
import { IS_NEGATIVE_ERROR, objectOrNone } from "./util";
import { validateReplicatedSpec, validateSelectorUnchanged } from "./workload";

const STRATEGY_TYPES = ["Recreate", "RollingUpdate"];

/** ValidatePositiveIntOrPercent: a non-negative integer or a "N%" string. */
export function validateIntOrPercent(v: JsonValue | undefined, path: string): FieldCause[] {
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return isValidPercent(v).map((msg) => cause.invalid(path, v, msg));
  if (typeof v === "number") return v < 0 ? [cause.invalid(path, v, IS_NEGATIVE_ERROR)] : [];
  return [cause.invalid(path, v, "must be an integer or percentage (e.g '5%')")];
}

/** The number an int-or-percent stands for when comparing against zero (getIntOrPercentValue). */
function intOrPercentValue(v: JsonValue | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^[0-9]+%$/.test(v)) return Number(v.slice(0, -1));
  return -1;
}

function validateStrategy(strategyValue: JsonValue | undefined, path: string): FieldCause[] {
  const strategy = objectOrNone(strategyValue) ?? {};
  const type = strategy.type;
  const rolling = strategy.rollingUpdate;
  // An unset type is defaulted to RollingUpdate before validation.
  if (type === undefined || type === null || type === "") return [];
  if (type === "Recreate") {
    if (rolling !== undefined && rolling !== null) {
      return [
        cause.forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'"),
      ];
    }
    return [];
  }
  if (type === "RollingUpdate") {
    const ru = objectOrNone(rolling);
    if (!ru) return [cause.required(`${path}.rollingUpdate`, "this should be defaulted and never be nil")];
    const rp = `${path}.rollingUpdate`;
    const out = [
      ...validateIntOrPercent(ru.maxUnavailable, `${rp}.maxUnavailable`),
      ...validateIntOrPercent(ru.maxSurge, `${rp}.maxSurge`),
    ];
    if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
      out.push(cause.invalid(`${rp}.maxUnavailable`, ru.maxUnavailable, "may not be 0 when `maxSurge` is 0"));
    }
    if (typeof ru.maxUnavailable === "string" && intOrPercentValue(ru.maxUnavailable) > 100) {
      out.push(cause.invalid(`${rp}.maxUnavailable`, ru.maxUnavailable, "must not be greater than 100%"));
    }
    return out;
  }
  return [cause.notSupported(`${path}.type`, type ?? "", STRATEGY_TYPES)];
}

export function validateDeployment(obj: KubeObject, old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  const spec = objectOrNone(obj.spec) ?? {};
  out.push(...validateReplicatedSpec(obj.spec, "spec"));
  if (objectOrNone(spec.selector)) {
    out.push(...validateStrategy(spec.strategy, "spec.strategy"));
    const limit = spec.revisionHistoryLimit;
    if (typeof limit === "number" && limit < 0)
      out.push(cause.invalid("spec.revisionHistoryLimit", limit, IS_NEGATIVE_ERROR));
    const pds = spec.progressDeadlineSeconds;
    if (typeof pds === "number") {
      if (pds < 0) out.push(cause.invalid("spec.progressDeadlineSeconds", pds, IS_NEGATIVE_ERROR));
      const minReady = typeof spec.minReadySeconds === "number" ? spec.minReadySeconds : 0;
      if (pds <= minReady)
        out.push(cause.invalid("spec.progressDeadlineSeconds", pds, "must be greater than minReadySeconds"));
    }
  }
  if (old) out.push(...validateSelectorUnchanged(obj.spec, old.spec));
  return out;
}
