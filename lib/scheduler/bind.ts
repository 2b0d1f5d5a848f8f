/**
 * What the scheduler writes when a node fits (schedule_one.go `bind` and its `Scheduled` event):
 * the Binding, and `Successfully assigned NS/NAME to NODE`.
 */
import { type Action, eventAction } from "../client/actions";
import type { KubeObject } from "../k8s/object";
import { SCHEDULER_NAME } from "./pending";

/** The Binding of a pod to its node, and the Scheduled event. */
export function bindActions(pod: KubeObject, node: string): Action[] {
  const namespace = pod.metadata.namespace ?? "default";
  const name = pod.metadata.name ?? "";
  return [
    { verb: "bind", namespace, name, node },
    eventAction(
      pod,
      "Normal",
      "Scheduled",
      `Successfully assigned ${namespace}/${name} to ${node}`,
      SCHEDULER_NAME,
    ),
  ];
}
