/**
 * Reset (owner only): the cluster starts over with its default nodes. Every object is deleted in one
 * commit — revisions keep counting, so watchers simply see DELETED events and then the new
 * namespaces and nodes; nobody has to re-list — and every component restarts from scratch.
 */
import type { Author, Mutation } from "../apiserver/change";
import type { Registry } from "../apiserver/registry";
import { type ControlPlane, kubeletName } from "./components";
import { DEFAULT_NODES, type NodeSpec } from "./node-pool";

/** What a reset needs of the store: every key, and one commit deleting them. */
export interface ResetStore {
  keys(): { resource: string; namespace: string; name: string }[];
  commit(mutations: readonly Mutation[], now: number, author?: Author): unknown;
}

export interface ResetContext {
  store: ResetStore;
  registry: Registry;
  /** Who resets: the author of the deletions and of the objects created again. */
  author: Author;
  supervisor: ControlPlane;
  pool(): readonly NodeSpec[];
  saveNodes(nodes: NodeSpec[]): void;
}

/** Wipes the cluster; returns what to print. */
export function resetCluster(ctx: ResetContext): string {
  const mutations: Mutation[] = ctx.store.keys().map((k) => ({ type: "delete", ...k }));
  if (mutations.length > 0) ctx.store.commit(mutations, Date.now(), ctx.author);
  ctx.registry.as(ctx.author).bootstrap();
  const before = ctx.pool();
  const after = DEFAULT_NODES.map((n) => ({ ...n }));
  ctx.saveNodes(after);
  for (const node of before) {
    if (!after.some((n) => n.name === node.name)) ctx.supervisor.stopOne(kubeletName(node.name));
  }
  // Every component that runs starts again with empty caches; the rest are started.
  for (const component of ctx.supervisor.wanted()) {
    if (ctx.supervisor.isConnected(component)) ctx.supervisor.restart(component);
    else ctx.supervisor.startOne(component);
  }
  return `cluster reset: ${mutations.length} objects deleted, ${after.length} nodes`;
}
