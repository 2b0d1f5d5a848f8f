/** ReplicaSet validation (apps/v1). */
import type { FieldCause } from "../errors";
import type { KubeObject } from "../object";
import { validateObjectMeta } from "./object-meta";
import { validateReplicatedSpec, validateSelectorUnchanged } from "./workload";

export function validateReplicaSet(obj: KubeObject, old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  out.push(...validateReplicatedSpec(obj.spec, "spec"));
  if (old) out.push(...validateSelectorUnchanged(obj.spec, old.spec));
  return out;
}
