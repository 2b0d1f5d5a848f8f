/** NodeName: a pod that names its node (spec.nodeName) fits only that node. */

import type { KubeObject } from "../../k8s/object";
import { podNodeName } from "../../k8s/pod";
import { type FilterPlugin, type FilterVerdict, PASS } from "../framework";
import type { NodeInfo } from "../node-info";

export const NODE_NAME = "NodeName";
export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

export class NodeNamePlugin implements FilterPlugin {
  readonly name = NODE_NAME;

  filter(pod: KubeObject, node: NodeInfo): FilterVerdict {
    const wanted = podNodeName(pod);
    if (wanted === "" || wanted === node.name) return PASS;
    return { ok: false, reasons: [ERR_REASON_NODE_NAME], unresolvable: true };
  }
}
