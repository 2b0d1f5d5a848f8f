/** Deployment defaults (SetDefaults_Deployment of pkg/apis/apps/v1) and its template's pod defaults. */
import { isJsonObject, type JsonObject, type KubeObject } from "../object";
import { defaultPodTemplate } from "./pod-spec";

export function defaultDeployment(obj: KubeObject): void {
  if (!isJsonObject(obj.spec)) obj.spec = {};
  const spec = obj.spec as JsonObject;
  if (typeof spec.replicas !== "number") spec.replicas = 1;
  if (!isJsonObject(spec.strategy)) spec.strategy = {};
  const strategy = spec.strategy as JsonObject;
  if (!strategy.type) strategy.type = "RollingUpdate";
  if (strategy.type === "RollingUpdate") {
    if (!isJsonObject(strategy.rollingUpdate)) strategy.rollingUpdate = {};
    const rolling = strategy.rollingUpdate as JsonObject;
    if (rolling.maxUnavailable === undefined || rolling.maxUnavailable === null)
      rolling.maxUnavailable = "25%";
    if (rolling.maxSurge === undefined || rolling.maxSurge === null) rolling.maxSurge = "25%";
  }
  if (typeof spec.revisionHistoryLimit !== "number") spec.revisionHistoryLimit = 10;
  if (typeof spec.progressDeadlineSeconds !== "number") spec.progressDeadlineSeconds = 600;
  defaultPodTemplate(spec.template);
}
