/**
 * Carries out the actions a reconcile decided, through the API (the only way components act).
 * Conflicts and vanished objects are expected in a concurrent control plane: they are returned,
 * not thrown, so the caller requeues and reconciles again from a fresher cache.
 */
import type { Action } from "../client/actions";
import { ApiError } from "../k8s/errors";
import type { JsonValue, KubeObject } from "../k8s/object";
import type { ClusterClient } from "./cluster-client";
import { kindOf } from "./cluster-client";
import { objectPath, withQuery } from "./paths";

export interface ActionResult {
  action: Action;
  ok: boolean;
  /** The object the API answered with, for creates and updates. */
  object?: KubeObject;
  error?: ApiError;
}

/** Turns an Event action into the write to make; supplied by the event recorder of the component. */
export type EventWriter = (action: Extract<Action, { verb: "event" }>) => Action | undefined;

export async function executeAction(
  client: ClusterClient,
  action: Action,
  events?: EventWriter,
): Promise<ActionResult> {
  try {
    switch (action.verb) {
      case "create": {
        const object = await client.create(action.object);
        return { action, ok: true, object };
      }
      case "update": {
        const object = await client.update(action.object, action.subresource);
        return { action, ok: true, object };
      }
      case "patch": {
        const object = await client.patch(action.kind, action.name, action.patch, {
          namespace: action.namespace,
          type: action.patchType,
          subresource: action.subresource,
        });
        return { action, ok: true, object };
      }
      case "delete": {
        const info = kindOf(action.kind);
        const body: JsonValue = {
          kind: "DeleteOptions",
          apiVersion: "v1",
          ...(action.gracePeriodSeconds !== undefined
            ? { gracePeriodSeconds: action.gracePeriodSeconds }
            : {}),
          ...(action.propagationPolicy ? { propagationPolicy: action.propagationPolicy } : {}),
          ...(action.uid ? { preconditions: { uid: action.uid } } : {}),
        };
        const object = await client.request<KubeObject>(
          "DELETE",
          withQuery(objectPath(info, action.namespace, action.name), {}),
          body,
        );
        return { action, ok: true, object };
      }
      case "bind": {
        await client.request("POST", objectPath(kindOf("pods"), action.namespace, action.name, "binding"), {
          apiVersion: "v1",
          kind: "Binding",
          metadata: { name: action.name, namespace: action.namespace },
          target: { apiVersion: "v1", kind: "Node", name: action.node },
        });
        return { action, ok: true };
      }
      case "event": {
        const write = events?.(action);
        if (!write) return { action, ok: true };
        return executeAction(client, write);
      }
    }
  } catch (error) {
    if (error instanceof ApiError) return { action, ok: false, error };
    throw error;
  }
}
