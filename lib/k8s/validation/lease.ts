/** Lease validation (pkg/apis/coordination/validation). */
import { cause, type FieldCause } from "../errors";
import type { KubeObject } from "../object";
import { validateObjectMeta } from "./object-meta";
import { objectOrNone } from "./util";

const MICRO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function validateLease(obj: KubeObject, _old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  const spec = objectOrNone(obj.spec) ?? {};
  const duration = spec.leaseDurationSeconds;
  if (typeof duration === "number" && duration <= 0) {
    out.push(cause.invalid("spec.leaseDurationSeconds", duration, "must be greater than 0"));
  }
  const transitions = spec.leaseTransitions;
  if (typeof transitions === "number" && transitions < 0) {
    out.push(cause.invalid("spec.leaseTransitions", transitions, "must be greater than or equal to 0"));
  }
  for (const field of ["acquireTime", "renewTime"]) {
    const v = spec[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string" || !MICRO_TIME.test(v)) {
      out.push(cause.invalid(`spec.${field}`, v, "must be a timestamp in RFC 3339 format"));
    }
  }
  const holder = spec.holderIdentity;
  if (holder !== undefined && holder !== null && typeof holder !== "string") {
    out.push(cause.typeInvalid("spec.holderIdentity", holder, "must be a string"));
  }
  return out;
}
