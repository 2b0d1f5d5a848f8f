/** Pod defaults (SetObjectDefaults_Pod of pkg/apis/core/v1). */
import { isJsonObject, type KubeObject } from "../object";
import { defaultPodSpec } from "./pod-spec";

export function defaultPod(obj: KubeObject): void {
  if (!isJsonObject(obj.spec)) obj.spec = {};
  if (isJsonObject(obj.spec)) defaultPodSpec(obj.spec, { pod: true });
}
