/**
 * What a reconcile function decides, as data: the controller-manager (or scheduler, or kubelet)
 * runtime carries each action out through the API server, exactly as a Kubernetes controller calls
 * the API. Reconcile functions stay pure — desired vs observed in, actions out — and unit-testable.
 */
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";

export type PropagationPolicy = "Orphan" | "Background" | "Foreground";

export type Action =
  /** POST the object to its collection (namespace from `object.metadata.namespace`). */
  | { verb: "create"; object: KubeObject }
  /** PUT the object (or its status); `metadata.resourceVersion` makes it conditional. */
  | { verb: "update"; object: KubeObject; subresource?: "status" }
  | {
      verb: "patch";
      /** Any kind name the kinds table knows: "Pod", "pods", "deployments.apps". */
      kind: string;
      namespace?: string;
      name: string;
      patchType: "merge" | "strategic" | "json";
      patch: JsonValue;
      subresource?: "status";
    }
  | {
      verb: "delete";
      kind: string;
      namespace?: string;
      name: string;
      gracePeriodSeconds?: number;
      propagationPolicy?: PropagationPolicy;
      /** Delete only this incarnation of the object (DeleteOptions.preconditions.uid). */
      uid?: string;
    }
  /** POST pods/NAME/binding (the scheduler). */
  | { verb: "bind"; namespace: string; name: string; node: string }
  /** Record a Kubernetes Event about an object (see events.ts for the Event object built). */
  | { verb: "event"; event: EventRecord };

export interface EventRecord {
  /** The object the event is about: kind, namespace, name, uid, apiVersion, resourceVersion are used. */
  regarding: KubeObject;
  type: "Normal" | "Warning";
  /** CamelCase reason, as Kubernetes': ScalingReplicaSet, SuccessfulCreate, FailedScheduling, Pulled... */
  reason: string;
  message: string;
  /** The reporting component: deployment-controller, replicaset-controller, default-scheduler, kubelet... */
  component: string;
  /** For kubelet events: the node (source.host). */
  host?: string;
  /** For container events: `spec.containers{name}`. */
  fieldPath?: string;
}

/** Records an event about an object, as an EventRecorder's `Eventf` does. */
export function eventAction(
  regarding: KubeObject,
  type: EventRecord["type"],
  reason: string,
  message: string,
  component: string,
): Action {
  return { verb: "event", event: { regarding, type, reason, message, component } };
}

/** A strategic merge patch of an object's status subresource: `{"status": status}` (conditions merge by type). */
export function statusPatch(kind: string, obj: KubeObject, status: JsonObject): Action {
  const { namespace, name = "" } = obj.metadata;
  return {
    verb: "patch",
    kind,
    namespace,
    name,
    patchType: "strategic",
    subresource: "status",
    patch: { status },
  };
}
