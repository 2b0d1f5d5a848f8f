/** Pod validation (ValidatePodCreate / ValidatePodUpdate of pkg/apis/core/validation). */
import type { FieldCause } from "../errors";
import type { KubeObject } from "../object";
import { validateObjectMeta } from "./object-meta";
import { validatePodSpec, validatePodSpecUpdate } from "./pod-spec";

export function validatePod(obj: KubeObject, old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  out.push(...validatePodSpec(obj.spec, "spec", { template: false }));
  if (old) out.push(...validatePodSpecUpdate(obj.spec, old.spec));
  return out;
}
