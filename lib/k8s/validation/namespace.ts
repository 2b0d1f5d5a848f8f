/** Namespace validation (ValidateNamespace of pkg/apis/core/validation). */
import { cause, type FieldCause } from "../errors";
import { arrayAt, stringAt } from "../json";
import type { KubeObject } from "../object";
import { validateObjectMeta, validateQualifiedName } from "./object-meta";
import { objectOrNone } from "./util";

const STANDARD_FINALIZERS = ["kubernetes", "orphan", "foregroundDeletion"];

/** validateKubeFinalizerName: a qualified name, and a standard one when it has no domain prefix. */
export function validateKubeFinalizerName(name: string, path: string): FieldCause[] {
  const out = validateQualifiedName(name, path);
  if (!name.includes("/") && !STANDARD_FINALIZERS.includes(name)) {
    out.push(
      cause.invalid(path, name, "name is neither a standard finalizer name nor is it fully qualified"),
    );
  }
  return out;
}

export function validateNamespace(obj: KubeObject, _old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: false, nameRule: "dns1123-label" });
  const spec = objectOrNone(obj.spec) ?? {};
  for (const f of arrayAt(spec.finalizers))
    out.push(...validateKubeFinalizerName(stringAt(f), "spec.finalizers"));
  return out;
}
