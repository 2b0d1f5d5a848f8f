/** ReplicaSet defaults (SetDefaults_ReplicaSet of pkg/apis/apps/v1) and its template's pod defaults. */
import { isJsonObject, type KubeObject } from "../object";
import { defaultPodTemplate } from "./pod-spec";

export function defaultReplicaSet(obj: KubeObject): void {
  if (!isJsonObject(obj.spec)) obj.spec = {};
  const spec = obj.spec;
  if (!isJsonObject(spec)) return;
  if (typeof spec.replicas !== "number") spec.replicas = 1;
  defaultPodTemplate(spec.template);
}
