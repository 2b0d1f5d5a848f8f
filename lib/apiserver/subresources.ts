/** The `scale` (autoscaling/v1 Scale) and `binding` subresources. */

import { badRequest, conflict, invalid } from "../k8s/errors";
import { objectAt } from "../k8s/json";
import type { KindInfo } from "../k8s/kinds";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { deepCopy, isJsonObject } from "../k8s/object";
import { applyJsonPatch } from "../k8s/patch/json-patch";
import { applyMergePatch } from "../k8s/patch/merge-patch";
import { labelSelectorFromObject } from "../k8s/selectors/labels";
import { formatTime } from "../k8s/time";
import type { Registry } from "./registry";
import { patchTypeOf } from "./registry";

/** The Scale view of a Deployment or ReplicaSet. */
export function scaleFromObject(obj: KubeObject): JsonObject {
  const spec = objectAt(obj.spec);
  const status = objectAt(obj.status);
  const selector = objectAt(spec.selector);
  return {
    kind: "Scale",
    apiVersion: "autoscaling/v1",
    metadata: {
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas: typeof spec.replicas === "number" ? spec.replicas : 0 },
    status: {
      replicas: typeof status.replicas === "number" ? status.replicas : 0,
      selector: labelSelectorFromObject(selector as Parameters<typeof labelSelectorFromObject>[0]).toString(),
    },
  };
}

export function getScale(registry: Registry, info: KindInfo, namespace: string, name: string): JsonObject {
  return scaleFromObject(registry.get(info, namespace, name));
}

/** PUT or PATCH of a Scale: only `spec.replicas` reaches the object. */
export function updateScale(
  registry: Registry,
  info: KindInfo,
  namespace: string,
  name: string,
  method: "PUT" | "PATCH",
  body: JsonValue,
  contentType: string,
  dryRun: boolean,
): JsonObject {
  const existing = registry.get(info, namespace, name);
  let scale: JsonValue = body;
  if (method === "PATCH") {
    const current = scaleFromObject(existing);
    const type = patchTypeOf(contentType);
    scale = type === "json" ? applyJsonPatch(current, body) : applyMergePatch(current, body);
  }
  if (!isJsonObject(scale) || !isJsonObject(scale.spec))
    throw badRequest("the body must be an autoscaling/v1 Scale");
  const replicas = scale.spec.replicas;
  if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
    throw invalid({ group: "autoscaling", plural: "scales", kind: "Scale" }, name, [
      {
        reason: "FieldValueInvalid",
        field: "spec.replicas",
        message: `Invalid value: ${JSON.stringify(replicas ?? null)}: must be greater than or equal to 0`,
      },
    ]);
  }
  const meta = objectAt(scale.metadata);
  const next = deepCopy(existing);
  next.metadata.resourceVersion =
    typeof meta.resourceVersion === "string" && meta.resourceVersion !== ""
      ? meta.resourceVersion
      : undefined;
  (next.spec as JsonObject).replicas = replicas;
  const updated = registry.update(info, namespace, name, next, undefined, { dryRun });
  return scaleFromObject(updated);
}

/** POST pods/NAME/binding: assigns the pod to a node, once (as the scheduler does). */
export function bindPod(
  registry: Registry,
  info: KindInfo,
  namespace: string,
  name: string,
  body: JsonValue,
  dryRun: boolean,
): void {
  if (
    !isJsonObject(body) ||
    !isJsonObject(body.target) ||
    typeof body.target.name !== "string" ||
    !body.target.name
  ) {
    throw invalid({ group: "", plural: "bindings", kind: "Binding" }, name, [
      { reason: "FieldValueRequired", field: "target.name", message: "Required value" },
    ]);
  }
  const node = body.target.name;
  const existing = registry.get(info, namespace, name);
  const spec = objectAt(existing.spec);
  if (typeof spec.nodeName === "string" && spec.nodeName !== "") {
    throw conflict(info, name, `pod ${name} is already assigned to node "${spec.nodeName}"`);
  }
  if (existing.metadata.deletionTimestamp) {
    throw conflict(info, name, `pod ${name} is being deleted, cannot be assigned to a host`);
  }
  registry.bind(info, namespace, name, node, formatTime(Date.now()), dryRun);
}
