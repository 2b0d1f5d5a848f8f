/**
 * Namespace defaults: the `kubernetes.io/metadata.name` label (SetDefaults_Namespace) and, when the
 * spec names no finalizers, the `kubernetes` finalizer that namespace creation adds.
 */
import { isJsonObject, type JsonObject, type KubeObject } from "../object";

export function defaultNamespace(obj: KubeObject): void {
  const name = obj.metadata.name;
  if (name) obj.metadata.labels = { ...(obj.metadata.labels ?? {}), "kubernetes.io/metadata.name": name };
  if (!isJsonObject(obj.spec)) obj.spec = {};
  const spec = obj.spec as JsonObject;
  if (spec.finalizers === undefined || spec.finalizers === null) spec.finalizers = ["kubernetes"];
}
