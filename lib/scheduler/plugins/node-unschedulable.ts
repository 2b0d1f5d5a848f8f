/**
 * NodeUnschedulable: a cordoned node (spec.unschedulable) takes only pods that tolerate the
 * node.kubernetes.io/unschedulable:NoSchedule taint.
 */
import type { KubeObject } from "../../k8s/object";
import { podTolerations, type Taint, toleratesTaint } from "../../k8s/tolerations";
import { type FilterPlugin, type FilterVerdict, PASS } from "../framework";
import type { NodeInfo } from "../node-info";

export const NODE_UNSCHEDULABLE = "NodeUnschedulable";
export const ERR_REASON_UNSCHEDULABLE = "node(s) were unschedulable";
export const TAINT_NODE_UNSCHEDULABLE = "node.kubernetes.io/unschedulable";

const UNSCHEDULABLE_TAINT: Taint = { key: TAINT_NODE_UNSCHEDULABLE, value: "", effect: "NoSchedule" };

export class NodeUnschedulablePlugin implements FilterPlugin {
  readonly name = NODE_UNSCHEDULABLE;

  filter(pod: KubeObject, node: NodeInfo): FilterVerdict {
    if (!node.unschedulable) return PASS;
    if (podTolerations(pod).some((t) => toleratesTaint(t, UNSCHEDULABLE_TAINT))) return PASS;
    return { ok: false, reasons: [ERR_REASON_UNSCHEDULABLE], unresolvable: true };
  }
}
