/** Whether a cluster has settled: nothing pending, terminating or rolling out. */
import { objectAt } from "../k8s/json";
import { resourceKey } from "../k8s/kinds";
import type { KubeObject } from "../k8s/object";

export interface ObjectSource {
  list(resource: string): KubeObject[];
}

export function isConverged(source: ObjectSource): boolean {
  for (const pod of source.list(resourceKey({ group: "", plural: "pods" }))) {
    if (pod.metadata.deletionTimestamp) return false;
    const status = objectAt(pod.status);
    if (status.phase === "Pending" || status.phase === undefined) return false;
  }
  for (const d of source.list(resourceKey({ group: "apps", plural: "deployments" }))) {
    const spec = objectAt(d.spec);
    const status = objectAt(d.status);
    const replicas = typeof spec.replicas === "number" ? spec.replicas : 1;
    const n = (v: unknown) => (typeof v === "number" ? v : 0);
    if (n(status.observedGeneration) < (d.metadata.generation ?? 0)) return false;
    if (n(status.updatedReplicas) !== replicas || n(status.availableReplicas) !== replicas) return false;
    if (n(status.replicas) !== replicas) return false;
  }
  return true;
}
