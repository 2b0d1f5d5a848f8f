/** Helpers for control-plane tests: a cluster with its components, watched through an informer. */
import { Informer } from "../../lib/client/informer";
import type { KubeObject } from "../../lib/k8s/object";
import { clusterName, connectClient, initCluster, waitFor } from "../helpers";

export interface LiveCluster {
  name: string;
  pods: Informer;
  client: ReturnType<typeof connectClient>["client"];
  close(): void;
}

/** A cluster with the default three nodes and all components, at the given simulation speed. */
export async function liveCluster(
  settings: Record<string, unknown> = { speed: 0 },
  nodes?: unknown[],
): Promise<LiveCluster> {
  const name = clusterName("cp");
  await initCluster(name, { components: true, settings, ...(nodes ? { nodes } : {}) });
  const link = connectClient(name);
  const pods = new Informer(link.client, { resource: "pods" });
  const nodeInformer = new Informer(link.client, { resource: "nodes" });
  await Promise.all([pods.start(), nodeInformer.start()]);
  // The kubelets register their nodes on their own: wait until every node of the pool is there.
  const expected = nodes?.length ?? 3;
  await waitFor(() => nodeInformer.cache.size === expected, `${expected} nodes to register`, 15_000);
  nodeInformer.stop();
  return { name, pods, client: link.client, close: () => link.transport.close() };
}

export function phase(pod: KubeObject): string {
  return ((pod.status ?? {}) as { phase?: string }).phase ?? "";
}

export function nodeOf(pod: KubeObject): string {
  return ((pod.spec ?? {}) as { nodeName?: string }).nodeName ?? "";
}

export function running(pods: Informer, labelApp: string): KubeObject[] {
  return pods
    .list()
    .filter(
      (p) => p.metadata.labels?.app === labelApp && phase(p) === "Running" && !p.metadata.deletionTimestamp,
    );
}

export async function waitForRunning(
  pods: Informer,
  app: string,
  count: number,
  timeoutMs = 15_000,
): Promise<KubeObject[]> {
  await waitFor(
    () =>
      running(pods, app).length === count &&
      pods.list().filter((p) => p.metadata.labels?.app === app).length === count,
    `${count} running pods of ${app}`,
    timeoutMs,
  );
  return running(pods, app);
}

export function deployment(
  name: string,
  image = "nginx",
  replicas = 3,
  extra: Record<string, unknown> = {},
): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ name: "app", image, resources: { requests: { cpu: "100m", memory: "64Mi" } } }],
        },
      },
      ...extra,
    },
  } as KubeObject;
}
