/** Node validation (ValidateNode / ValidateNodeUpdate of pkg/apis/core/validation). */
import { cause, type FieldCause } from "../errors";
import { arrayAt, stringAt } from "../json";
import type { KubeObject } from "../object";
import { CIDR_ERROR, isCIDR, isIPv4, isValidLabelValue } from "./names";
import { validateObjectMeta, validateQualifiedName } from "./object-meta";
import { validateTaintEffect } from "./pod-spec";
import { objectOrNone } from "./util";

/** v1 `podCIDR` is `podCIDRs[0]` internally. */
function podCIDRsOf(spec: Record<string, unknown>): string[] {
  const list = arrayAt(spec.podCIDRs).map(stringAt);
  if (list.length > 0) return list;
  const single = stringAt(spec.podCIDR);
  return single ? [single] : [];
}

export function validateNodeTaints(taints: unknown, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const seen = new Set<string>();
  arrayAt(taints).forEach((tv, i) => {
    const p = `${path}[${i}]`;
    const taint = objectOrNone(tv) ?? {};
    const key = stringAt(taint.key);
    out.push(...validateQualifiedName(key, `${p}.key`));
    const value = stringAt(taint.value);
    const errs = isValidLabelValue(value);
    if (errs.length) out.push(cause.invalid(`${p}.value`, value, errs.join(";")));
    out.push(...validateTaintEffect(taint.effect, false, `${p}.effect`));
    const unique = `${stringAt(taint.effect)}\u0000${key}`;
    if (seen.has(unique)) {
      out.push({
        reason: "FieldValueDuplicate",
        field: p,
        message: `Duplicate value: ${JSON.stringify(taint)}: taints must be unique by key and effect pair`,
      });
    }
    seen.add(unique);
  });
  return out;
}

export function validateNode(obj: KubeObject, old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: false, nameRule: "dns1123-subdomain" });
  const spec = objectOrNone(obj.spec) ?? {};
  out.push(...validateNodeTaints(spec.taints, "spec.taints"));
  const cidrs = podCIDRsOf(spec);
  cidrs.forEach((c, i) => {
    if (!isCIDR(c)) out.push(cause.invalid(`spec.podCIDRs[${i}]`, c, CIDR_ERROR));
  });
  if (cidrs.length > 1) {
    const families = new Set(cidrs.map((c) => (isIPv4(c.split("/")[0] ?? "") ? 4 : 6)));
    if (cidrs.length > 2 || families.size !== cidrs.length) {
      out.push(cause.invalid("spec.podCIDRs", cidrs, "may specify no more than one CIDR for each IP family"));
    }
  }
  if (old) {
    const before = podCIDRsOf(objectOrNone(old.spec) ?? {});
    if (before.length > 0 && JSON.stringify(before) !== JSON.stringify(cidrs)) {
      out.push(
        cause.forbidden("spec.podCIDRs", 'node updates may not change podCIDR except from "" to valid'),
      );
    }
    const providerID = stringAt(objectOrNone(old.spec)?.providerID);
    if (providerID && providerID !== stringAt(spec.providerID)) {
      out.push(
        cause.forbidden("spec.providerID", 'node updates may not change providerID except from "" to valid'),
      );
    }
  }
  return out;
}
