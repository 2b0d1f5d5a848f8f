/** PodDisruptionBudget validation (pkg/apis/policy/validation ValidatePodDisruptionBudget). */
import { cause, type FieldCause } from "../errors";
import type { KubeObject } from "../object";
import { validateIntOrPercent } from "./deployment";
import { validateLabelSelector, validateObjectMeta } from "./object-meta";
import { objectOrNone } from "./util";

const EVICTION_POLICIES = ["IfHealthyBudget", "AlwaysAllow"];

function notMoreThan100Percent(v: unknown, path: string): FieldCause[] {
  if (typeof v !== "string" || !/^\d+%$/.test(v)) return [];
  return Number(v.slice(0, -1)) > 100 ? [cause.invalid(path, v, "must not be greater than 100%")] : [];
}

export function validatePodDisruptionBudget(obj: KubeObject): FieldCause[] {
  const causes = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  const spec = objectOrNone(obj.spec) ?? {};
  const hasMin = spec.minAvailable !== undefined && spec.minAvailable !== null;
  const hasMax = spec.maxUnavailable !== undefined && spec.maxUnavailable !== null;
  if (hasMin && hasMax)
    causes.push(
      cause.invalid(
        "spec",
        "minAvailable and maxUnavailable",
        "minAvailable and maxUnavailable cannot be both set",
      ),
    );
  causes.push(...validateIntOrPercent(spec.minAvailable, "spec.minAvailable"));
  causes.push(...notMoreThan100Percent(spec.minAvailable, "spec.minAvailable"));
  causes.push(...validateIntOrPercent(spec.maxUnavailable, "spec.maxUnavailable"));
  causes.push(...notMoreThan100Percent(spec.maxUnavailable, "spec.maxUnavailable"));
  if (spec.selector !== undefined && spec.selector !== null)
    causes.push(...validateLabelSelector(spec.selector, "spec.selector"));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== null && !EVICTION_POLICIES.includes(String(policy)))
    causes.push(cause.notSupported("spec.unhealthyPodEvictionPolicy", policy, EVICTION_POLICIES));
  return causes;
}
