/**
 * How a cluster is created: `POST /clusters/NAME/kubeplay/init {components?, nodes?, settings?, open?}`
 * before its first use, or with the defaults when it is first used without it.
 */
import { DEFAULT_NODES, type NodeSpec } from "./node-pool";

export interface ClusterInit {
  /** Whether the control-plane components run (a bare API server when false). */
  components: boolean;
  nodes: NodeSpec[];
}

/** What an init request may carry. */
export type InitBody = Partial<ClusterInit> & { settings?: unknown; open?: unknown };

/** A cluster first used without init: components and the default nodes. */
export function defaultInit(): ClusterInit {
  return { components: true, nodes: [...DEFAULT_NODES] };
}

/** The cluster an init request asks for. */
export function initOf(body: InitBody): ClusterInit {
  return {
    components: body.components !== false,
    nodes: Array.isArray(body.nodes) ? body.nodes : [...DEFAULT_NODES],
  };
}
