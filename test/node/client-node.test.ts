/**
 * The official JavaScript client, @kubernetes/client-node, against a playground cluster served by
 * `npm start`: a KubeConfig whose server has the `/clusters/NAME` prefix, typed CRUD of every served
 * kind, subresources, Kubernetes Status errors, informers (through a cluster restart and a 410) and
 * watches.
 */
import {
  ApiException,
  AppsV1Api,
  CoordinationV1Api,
  CoreV1Api,
  type CoreV1Event,
  Health,
  KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  KubernetesObjectApi,
  ListWatch,
  makeInformer,
  PatchStrategy,
  setHeaderOptions,
  type V1ConfigMap,
  type V1Deployment,
  type V1Pod,
  type V1ReplicaSet,
  type V1Status,
  Watch,
} from "@kubernetes/client-node";
import { beforeAll, describe, expect, inject, test } from "vitest";

const base = inject("baseUrl");
const suffix = Date.now().toString(36);

/** A KubeConfig for `BASE/clusters/NAME`, as the README shows it. */
function kubeConfig(cluster: string, token?: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: cluster, server: `${base}/clusters/${cluster}`, skipTLSVerify: true }],
    users: [{ name: "me", ...(token ? { token } : {}) }],
    contexts: [{ name: cluster, cluster, user: "me", namespace: "default" }],
    currentContext: cluster,
  });
  return kc;
}

async function init(cluster: string, options: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${base}/clusters/${cluster}/kubeplay/init`, {
    method: "POST",
    body: JSON.stringify({ open: true, ...options }),
  });
  if (res.status !== 200) throw new Error(`init ${cluster}: ${res.status} ${await res.text()}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The Kubernetes Status of a failed call, as client-node surfaces it (`code`, and `body` as text). */
async function failure(call: Promise<unknown>): Promise<{ code: number; status: V1Status }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    const body: unknown = error.body;
    const status = (typeof body === "string" ? JSON.parse(body) : body) as V1Status;
    return { code: error.code, status };
  }
  throw new Error("the call succeeded");
}

const merge = setHeaderOptions("Content-Type", PatchStrategy.MergePatch);
const strategic = setHeaderOptions("Content-Type", PatchStrategy.StrategicMergePatch);
const jsonPatch = setHeaderOptions("Content-Type", PatchStrategy.JsonPatch);
type PatchOptions = typeof merge;

interface Selectors {
  labelSelector?: string;
  fieldSelector?: string;
}

/** One served kind through its typed client-node calls. */
interface Kind<T extends KubernetesObject> {
  kind: string;
  namespaced: boolean;
  make(name: string, labels: Record<string, string>): T;
  create(body: T): Promise<T>;
  read(name: string): Promise<T>;
  list(selectors: Selectors): Promise<KubernetesListObject<T>>;
  replace(name: string, body: T): Promise<T>;
  patch(name: string, body: object, options: PatchOptions): Promise<T>;
  remove(name: string): Promise<unknown>;
  /** A strategic-merge patch and what it must leave behind. */
  strategic?: { patch: object; check(object: T): void };
}

const crud = `crud-${suffix}`;
const kc = kubeConfig(crud);
const core = kc.makeApiClient(CoreV1Api);
const apps = kc.makeApiClient(AppsV1Api);
const coordination = kc.makeApiClient(CoordinationV1Api);
const namespace = "default";

const podSpec = () => ({
  containers: [
    { name: "web", image: "nginx:1.27" },
    { name: "sidecar", image: "busybox", command: ["sleep", "3600"] },
  ],
});
const template = (app: string) => ({ metadata: { labels: { app } }, spec: podSpec() });
const containerImages = (spec: { containers: { name: string; image?: string }[] } | undefined) =>
  Object.fromEntries((spec?.containers ?? []).map((c) => [c.name, c.image]));
const imagePatch = { spec: { template: { spec: { containers: [{ name: "web", image: "nginx:1.28" }] } } } };

function kinds(): Kind<KubernetesObject>[] {
  const ns = { namespace };
  const list: Kind<KubernetesObject>[] = [
    {
      kind: "Namespace",
      namespaced: false,
      make: (name, labels) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels } }),
      create: (body) => core.createNamespace({ body }),
      read: (name) => core.readNamespace({ name }),
      list: (s) => core.listNamespace(s),
      replace: (name, body) => core.replaceNamespace({ name, body }),
      patch: (name, body, o) => core.patchNamespace({ name, body }, o),
      remove: (name) => core.deleteNamespace({ name }),
    },
    {
      kind: "Node",
      namespaced: false,
      make: (name, labels) => ({
        apiVersion: "v1",
        kind: "Node",
        metadata: { name, labels },
        spec: { podCIDR: "10.244.9.0/24" },
      }),
      create: (body) => core.createNode({ body }),
      read: (name) => core.readNode({ name }),
      list: (s) => core.listNode(s),
      replace: (name, body) => core.replaceNode({ name, body }),
      patch: (name, body, o) => core.patchNode({ name, body }, o),
      remove: (name) => core.deleteNode({ name }),
    },
    {
      kind: "Pod",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name, labels },
        spec: podSpec(),
      }),
      create: (body) => core.createNamespacedPod({ ...ns, body }),
      read: (name) => core.readNamespacedPod({ ...ns, name }),
      list: (s) => core.listNamespacedPod({ ...ns, ...s }),
      replace: (name, body) => core.replaceNamespacedPod({ ...ns, name, body }),
      patch: (name, body, o) => core.patchNamespacedPod({ ...ns, name, body }, o),
      remove: (name) => core.deleteNamespacedPod({ ...ns, name }),
      strategic: {
        patch: { spec: { containers: [{ name: "web", image: "nginx:1.28" }] } },
        check: (o) =>
          expect(containerImages((o as V1Pod).spec)).toEqual({ web: "nginx:1.28", sidecar: "busybox" }),
      },
    },
    {
      kind: "Deployment",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, labels },
        spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: template(name) },
      }),
      create: (body) => apps.createNamespacedDeployment({ ...ns, body }),
      read: (name) => apps.readNamespacedDeployment({ ...ns, name }),
      list: (s) => apps.listNamespacedDeployment({ ...ns, ...s }),
      replace: (name, body) => apps.replaceNamespacedDeployment({ ...ns, name, body }),
      patch: (name, body, o) => apps.patchNamespacedDeployment({ ...ns, name, body }, o),
      remove: (name) => apps.deleteNamespacedDeployment({ ...ns, name }),
      strategic: {
        patch: imagePatch,
        check: (o) =>
          expect(containerImages((o as V1Deployment).spec?.template.spec)).toEqual({
            web: "nginx:1.28",
            sidecar: "busybox",
          }),
      },
    },
    {
      kind: "ReplicaSet",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "apps/v1",
        kind: "ReplicaSet",
        metadata: { name, labels },
        spec: { replicas: 0, selector: { matchLabels: { app: name } }, template: template(name) },
      }),
      create: (body) => apps.createNamespacedReplicaSet({ ...ns, body }),
      read: (name) => apps.readNamespacedReplicaSet({ ...ns, name }),
      list: (s) => apps.listNamespacedReplicaSet({ ...ns, ...s }),
      replace: (name, body) => apps.replaceNamespacedReplicaSet({ ...ns, name, body }),
      patch: (name, body, o) => apps.patchNamespacedReplicaSet({ ...ns, name, body }, o),
      remove: (name) => apps.deleteNamespacedReplicaSet({ ...ns, name }),
      strategic: {
        patch: imagePatch,
        check: (o) =>
          expect(containerImages((o as V1ReplicaSet).spec?.template?.spec)).toEqual({
            web: "nginx:1.28",
            sidecar: "busybox",
          }),
      },
    },
    {
      kind: "Service",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name, labels },
        spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 8080 }] },
      }),
      create: (body) => core.createNamespacedService({ ...ns, body }),
      read: (name) => core.readNamespacedService({ ...ns, name }),
      list: (s) => core.listNamespacedService({ ...ns, ...s }),
      replace: (name, body) => core.replaceNamespacedService({ ...ns, name, body }),
      patch: (name, body, o) => core.patchNamespacedService({ ...ns, name, body }, o),
      remove: (name) => core.deleteNamespacedService({ ...ns, name }),
    },
    {
      kind: "Endpoints",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "v1",
        kind: "Endpoints",
        metadata: { name, labels },
        subsets: [{ addresses: [{ ip: "10.244.1.7" }], ports: [{ port: 8080 }] }],
      }),
      create: (body) => core.createNamespacedEndpoints({ ...ns, body }),
      read: (name) => core.readNamespacedEndpoints({ ...ns, name }),
      list: (s) => core.listNamespacedEndpoints({ ...ns, ...s }),
      replace: (name, body) => core.replaceNamespacedEndpoints({ ...ns, name, body }),
      patch: (name, body, o) => core.patchNamespacedEndpoints({ ...ns, name, body }, o),
      remove: (name) => core.deleteNamespacedEndpoints({ ...ns, name }),
    },
    {
      kind: "Event",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "v1",
        kind: "Event",
        metadata: { name, labels },
        involvedObject: { kind: "Pod", name: "somebody", namespace },
        reason: "Testing",
        message: "from client-node",
        type: "Normal",
        source: { component: "client-node-test" },
        count: 1,
      }),
      create: (body) => core.createNamespacedEvent({ ...ns, body: body as CoreV1Event }),
      read: (name) => core.readNamespacedEvent({ ...ns, name }),
      list: (s) => core.listNamespacedEvent({ ...ns, ...s }),
      replace: (name, body) => core.replaceNamespacedEvent({ ...ns, name, body: body as CoreV1Event }),
      patch: (name, body, o) => core.patchNamespacedEvent({ ...ns, name, body }, o),
      remove: (name) => core.deleteNamespacedEvent({ ...ns, name }),
    },
    {
      kind: "ConfigMap",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, labels },
        data: { a: "1" },
      }),
      create: (body) => core.createNamespacedConfigMap({ ...ns, body }),
      read: (name) => core.readNamespacedConfigMap({ ...ns, name }),
      list: (s) => core.listNamespacedConfigMap({ ...ns, ...s }),
      replace: (name, body) => core.replaceNamespacedConfigMap({ ...ns, name, body }),
      patch: (name, body, o) => core.patchNamespacedConfigMap({ ...ns, name, body }, o),
      remove: (name) => core.deleteNamespacedConfigMap({ ...ns, name }),
    },
    {
      kind: "Lease",
      namespaced: true,
      make: (name, labels) => ({
        apiVersion: "coordination.k8s.io/v1",
        kind: "Lease",
        metadata: { name, labels },
        spec: { holderIdentity: "client-node", leaseDurationSeconds: 15 },
      }),
      create: (body) => coordination.createNamespacedLease({ ...ns, body }),
      read: (name) => coordination.readNamespacedLease({ ...ns, name }),
      list: (s) => coordination.listNamespacedLease({ ...ns, ...s }),
      replace: (name, body) => coordination.replaceNamespacedLease({ ...ns, name, body }),
      patch: (name, body, o) => coordination.patchNamespacedLease({ ...ns, name, body }, o),
      remove: (name) => coordination.deleteNamespacedLease({ ...ns, name }),
    },
  ];
  return list;
}

const names = (items: readonly KubernetesObject[]) => items.map((o) => o.metadata?.name).sort();

describe("@kubernetes/client-node against a playground cluster", () => {
  // A bare API server: no controller or scheduler acts on what the tests write.
  beforeAll(() => init(crud, { components: false }));

  test("a KubeConfig whose server carries the /clusters/NAME prefix reaches that cluster", async () => {
    const cluster = kc.getCurrentCluster();
    expect(cluster?.server).toBe(`${base}/clusters/${crud}`);
    const namespaces = await core.listNamespace();
    expect(names(namespaces.items)).toEqual(
      expect.arrayContaining(["default", "kube-node-lease", "kube-public", "kube-system"]),
    );
    // Another cluster's objects stay there: the prefix is part of every request's path.
    const other = kubeConfig(`other-${suffix}`).makeApiClient(CoreV1Api);
    await other.createNamespacedConfigMap({ namespace, body: { metadata: { name: "only-here" } } });
    await expect(core.readNamespacedConfigMap({ namespace, name: "only-here" })).rejects.toMatchObject({
      code: 404,
    });
    expect((await other.readNamespacedConfigMap({ namespace, name: "only-here" })).metadata?.name).toBe(
      "only-here",
    );
  });

  for (const k of kinds()) {
    test(`${k.kind}: create, read, list with selectors, replace, patch, delete, and Status errors`, async () => {
      const lower = k.kind.toLowerCase();
      const a = `${lower}-a`;
      const b = `${lower}-b`;

      // create
      const created = await k.create(k.make(a, { suite: "crud", tier: "front" }));
      expect(created.metadata?.name).toBe(a);
      expect(created.metadata?.uid).toBeTruthy();
      expect(created.metadata?.resourceVersion).toBeTruthy();
      expect(created.metadata?.creationTimestamp).toBeInstanceOf(Date);
      if (k.namespaced) expect(created.metadata?.namespace).toBe(namespace);
      await k.create(k.make(b, { suite: "crud", tier: "back" }));

      // 409 AlreadyExists
      const exists = await failure(k.create(k.make(a, {})));
      expect(exists.code).toBe(409);
      expect(exists.status).toMatchObject({
        kind: "Status",
        status: "Failure",
        reason: "AlreadyExists",
        code: 409,
      });
      expect(exists.status.details?.name).toBe(a);

      // 422 Invalid
      const invalid = await failure(k.create(k.make("Not_A_Valid_Name", {})));
      expect(invalid.code).toBe(422);
      expect(invalid.status).toMatchObject({ kind: "Status", reason: "Invalid", code: 422 });
      expect(invalid.status.details?.causes?.[0]?.field).toBe("metadata.name");

      // read
      const read = await k.read(a);
      expect(read.metadata?.uid).toBe(created.metadata?.uid);
      expect(read.metadata?.labels).toMatchObject({ suite: "crud", tier: "front" });

      // list, with label and field selectors
      const all = await k.list({ labelSelector: "suite=crud" });
      expect(names(all.items)).toEqual([a, b]);
      expect(all.metadata?.resourceVersion).toBeTruthy();
      expect(names((await k.list({ labelSelector: "suite=crud,tier in (back)" })).items)).toEqual([b]);
      expect(names((await k.list({ labelSelector: "suite=crud,tier!=back" })).items)).toEqual([a]);
      expect(names((await k.list({ fieldSelector: `metadata.name=${b}` })).items)).toEqual([b]);
      expect(
        names((await k.list({ labelSelector: "suite", fieldSelector: `metadata.name!=${b}` })).items),
      ).toEqual([a]);

      // replace, then 409 Conflict with the stale resourceVersion
      read.metadata = { ...read.metadata, labels: { ...read.metadata?.labels, replaced: "yes" } };
      const replaced = await k.replace(a, read);
      expect(replaced.metadata?.labels?.replaced).toBe("yes");
      expect(replaced.metadata?.resourceVersion).not.toBe(read.metadata?.resourceVersion);
      const conflict = await failure(k.replace(a, read));
      expect(conflict.code).toBe(409);
      expect(conflict.status.reason).toBe("Conflict");
      expect(conflict.status.message).toContain("the object has been modified");

      // merge patch
      const merged = await k.patch(
        a,
        { metadata: { annotations: { merged: "yes" }, labels: { tier: null } } },
        merge,
      );
      expect(merged.metadata?.annotations?.merged).toBe("yes");
      expect(merged.metadata?.labels).toMatchObject({ suite: "crud", replaced: "yes" });
      expect(merged.metadata?.labels?.tier).toBeUndefined();

      // JSON patch (client-node's default patch type), with a failing test operation
      const patched = await k.patch(
        a,
        [
          { op: "test", path: "/metadata/labels/replaced", value: "yes" },
          { op: "add", path: "/metadata/labels/json", value: "patched" },
        ],
        jsonPatch,
      );
      expect(patched.metadata?.labels?.json).toBe("patched");
      const defaultType = await k.patch(a, [{ op: "remove", path: "/metadata/labels/json" }], {});
      expect(defaultType.metadata?.labels?.json).toBeUndefined();
      const failedTest = await failure(
        k.patch(a, [{ op: "test", path: "/metadata/labels/replaced", value: "no" }], jsonPatch),
      );
      expect([409, 422]).toContain(failedTest.code);
      expect(failedTest.status.kind).toBe("Status");

      // strategic merge patch: lists merged by their key
      if (k.strategic) {
        const smp = await k.patch(a, k.strategic.patch, strategic);
        k.strategic.check(smp);
      }

      // a patch of an object that does not exist: 404
      const missing = await failure(k.patch("nobody", { metadata: { labels: { x: "y" } } }, merge));
      expect(missing.code).toBe(404);
      expect(missing.status).toMatchObject({ kind: "Status", reason: "NotFound", code: 404 });

      // delete; then 404 NotFound
      await k.remove(b);
      await k.remove(a);
      await until(
        async () => (await failure(k.read(a)).catch(() => ({ code: 200 }))).code === 404,
        `${a} gone`,
      );
      const gone = await failure(k.read(a));
      expect(gone.status.message).toContain(`"${a}" not found`);
      expect(gone.status.details?.name).toBe(a);
      const deleteGone = await failure(k.remove(a));
      expect(deleteGone.code).toBe(404);
    });
  }

  test("subresources: deployment scale, pod status, binding and eviction", async () => {
    const deployment = await apps.createNamespacedDeployment({
      namespace,
      body: {
        metadata: { name: "scaled" },
        spec: { replicas: 2, selector: { matchLabels: { app: "scaled" } }, template: template("scaled") },
      },
    });
    expect(deployment.spec?.replicas).toBe(2);
    const scale = await apps.readNamespacedDeploymentScale({ namespace, name: "scaled" });
    expect(scale).toMatchObject({ apiVersion: "autoscaling/v1", kind: "Scale", spec: { replicas: 2 } });
    expect(scale.metadata?.name).toBe("scaled");
    const patchedScale = await apps.patchNamespacedDeploymentScale(
      { namespace, name: "scaled", body: { spec: { replicas: 5 } } },
      merge,
    );
    expect(patchedScale.spec?.replicas).toBe(5);
    expect((await apps.readNamespacedDeployment({ namespace, name: "scaled" })).spec?.replicas).toBe(5);
    // client-node's default patch type, JSON patch, on the subresource
    const jsonScaled = await apps.patchNamespacedDeploymentScale({
      namespace,
      name: "scaled",
      body: [{ op: "replace", path: "/spec/replicas", value: 4 }],
    });
    expect(jsonScaled.spec?.replicas).toBe(4);
    // the Deployment's status subresource, strategic merge
    const deploymentStatus = await apps.patchNamespacedDeploymentStatus(
      {
        namespace,
        name: "scaled",
        body: { status: { observedGeneration: 3, conditions: [{ type: "Available", status: "True" }] } },
      },
      strategic,
    );
    expect(deploymentStatus.status?.observedGeneration).toBe(3);
    expect(
      (await apps.readNamespacedDeploymentStatus({ namespace, name: "scaled" })).status?.conditions?.[0]
        ?.type,
    ).toBe("Available");
    scale.spec = { replicas: 1 };
    const staleScale = await failure(
      apps.replaceNamespacedDeploymentScale({ namespace, name: "scaled", body: scale }),
    );
    expect(staleScale.code).toBe(409);
    const fresh = await apps.readNamespacedDeploymentScale({ namespace, name: "scaled" });
    fresh.spec = { replicas: 1 };
    expect(
      (await apps.replaceNamespacedDeploymentScale({ namespace, name: "scaled", body: fresh })).spec
        ?.replicas,
    ).toBe(1);

    // pod status: replace and patch the subresource; the main resource's writes keep status
    await core.createNamespacedPod({ namespace, body: { metadata: { name: "statusful" }, spec: podSpec() } });
    const pod = await core.readNamespacedPodStatus({ namespace, name: "statusful" });
    pod.status = {
      ...pod.status,
      phase: "Running",
      podIP: "10.244.1.9",
      conditions: [{ type: "Ready", status: "True" }],
    };
    const running = await core.replaceNamespacedPodStatus({ namespace, name: "statusful", body: pod });
    expect(running.status?.phase).toBe("Running");
    expect(running.status?.podIP).toBe("10.244.1.9");
    const patchedStatus = await core.patchNamespacedPodStatus(
      { namespace, name: "statusful", body: { status: { message: "patched" } } },
      merge,
    );
    expect(patchedStatus.status).toMatchObject({ phase: "Running", message: "patched" });
    const labelled = await core.patchNamespacedPod(
      {
        namespace,
        name: "statusful",
        body: { metadata: { labels: { l: "1" } }, status: { phase: "Failed" } },
      },
      merge,
    );
    expect(labelled.status?.phase).toBe("Running");

    // binding: the scheduler's call
    await core.createNode({ body: { metadata: { name: "bind-target" } } });
    await core.createNamespacedPod({ namespace, body: { metadata: { name: "bound" }, spec: podSpec() } });
    await core.createNamespacedPodBinding({
      namespace,
      name: "bound",
      body: { metadata: { name: "bound" }, target: { apiVersion: "v1", kind: "Node", name: "bind-target" } },
    });
    expect((await core.readNamespacedPod({ namespace, name: "bound" })).spec?.nodeName).toBe("bind-target");
    const twice = await failure(
      core.createNamespacedPodBinding({
        namespace,
        name: "bound",
        body: { metadata: { name: "bound" }, target: { kind: "Node", name: "bind-target" } },
      }),
    );
    expect(twice.code).toBe(409);

    // eviction: drain's call; the pod goes (no PodDisruptionBudget here)
    await core.createNamespacedPod({ namespace, body: { metadata: { name: "evicted" }, spec: podSpec() } });
    await core.createNamespacedPodEviction({
      namespace,
      name: "evicted",
      body: { apiVersion: "policy/v1", kind: "Eviction", metadata: { name: "evicted", namespace } },
    });
    expect((await failure(core.readNamespacedPod({ namespace, name: "evicted" }))).code).toBe(404);
    const noPod = await failure(
      core.createNamespacedPodEviction({
        namespace,
        name: "evicted",
        body: { metadata: { name: "evicted" } },
      }),
    );
    expect(noPod.code).toBe(404);
  });
  test("the generic KubernetesObjectApi finds each kind through discovery and keeps the path prefix", async () => {
    const objects = KubernetesObjectApi.makeApiClient(kc);
    const deployment = await objects.create<V1Deployment>({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "generic", namespace },
      spec: { replicas: 1, selector: { matchLabels: { app: "generic" } }, template: template("generic") },
    });
    expect(deployment.metadata?.uid).toBeTruthy();
    const read = await objects.read<V1Deployment>({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "generic", namespace },
    });
    expect(read.spec?.replicas).toBe(1);
    // A merge patch carries only what changes: a partial Deployment.
    const patched = await objects.patch<KubernetesObject & { spec?: { replicas?: number } }>(
      {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "generic", namespace },
        spec: { replicas: 4 },
      },
      undefined,
      undefined,
      undefined,
      undefined,
      PatchStrategy.MergePatch,
    );
    expect(patched.spec?.replicas).toBe(4);
    // A cluster-scoped kind: no namespace in its path.
    await objects.create({ apiVersion: "v1", kind: "Node", metadata: { name: "generic" } });
    const node = await objects.read({ apiVersion: "v1", kind: "Node", metadata: { name: "generic" } });
    expect(node.metadata?.uid).toBeTruthy();
    const lease = await objects.create({
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: { name: "generic", namespace },
    });
    expect(lease.metadata?.name).toBe("generic");
    const listed = await objects.list("apps/v1", "Deployment", namespace);
    expect(names(listed.items)).toContain("generic");
    const status = await objects.delete({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "generic", namespace },
    });
    expect(status).toBeTruthy();
    const gone = await failure(
      objects.read({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "generic", namespace } }),
    );
    expect(gone.code).toBe(404);
  });

  test("lists across namespaces with paging, deletecollection, dryRun and server-side apply", async () => {
    await core.createNamespace({ body: { metadata: { name: "second" } } });
    for (const ns of [namespace, "second"]) {
      for (const n of [1, 2, 3]) {
        await core.createNamespacedConfigMap({
          namespace: ns,
          body: { metadata: { name: `page-${n}`, labels: { page: "yes" } } },
        });
      }
    }
    const everywhere = await core.listConfigMapForAllNamespaces({ labelSelector: "page=yes" });
    expect(everywhere.items.map((c) => `${c.metadata?.namespace}/${c.metadata?.name}`).sort()).toEqual([
      "default/page-1",
      "default/page-2",
      "default/page-3",
      "second/page-1",
      "second/page-2",
      "second/page-3",
    ]);
    const first = await core.listConfigMapForAllNamespaces({ labelSelector: "page=yes", limit: 4 });
    expect(first.items).toHaveLength(4);
    expect(first.metadata?._continue).toBeTruthy();
    const rest = await core.listConfigMapForAllNamespaces({
      labelSelector: "page=yes",
      limit: 4,
      _continue: first.metadata?._continue,
    });
    expect(rest.items).toHaveLength(2);
    expect(rest.metadata?._continue).toBeFalsy();

    const dry = await core.createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: "dry" } },
      dryRun: "All",
    });
    expect(dry.metadata?.name).toBe("dry");
    expect((await failure(core.readNamespacedConfigMap({ namespace, name: "dry" }))).code).toBe(404);

    await core.deleteCollectionNamespacedConfigMap({ namespace: "second", labelSelector: "page=yes" });
    expect((await core.listNamespacedConfigMap({ namespace: "second" })).items).toEqual([]);
    expect((await core.listNamespacedConfigMap({ namespace, labelSelector: "page=yes" })).items).toHaveLength(
      3,
    );

    const apply = await failure(
      core.patchNamespacedConfigMap(
        { namespace, name: "page-1", body: { metadata: { name: "page-1" } }, fieldManager: "test" },
        setHeaderOptions("Content-Type", PatchStrategy.ServerSideApply),
      ),
    );
    expect(apply.code).toBe(415);
    expect(apply.status.kind).toBe("Status");
  });

  test("a cluster with links: the KubeConfig's token is the caller, and a missing one is a 401 Status", async () => {
    const cluster = `tokens-${suffix}`;
    const res = await fetch(`${base}/clusters/${cluster}/kubeplay/init`, {
      method: "POST",
      body: JSON.stringify({ components: false }),
    });
    const { tokens } = (await res.json()) as { tokens: { editor: string; viewer: string } };
    const editor = kubeConfig(cluster, tokens.editor).makeApiClient(CoreV1Api);
    await editor.createNamespacedConfigMap({ namespace, body: { metadata: { name: "mine" } } });
    const viewer = kubeConfig(cluster, tokens.viewer).makeApiClient(CoreV1Api);
    expect((await viewer.readNamespacedConfigMap({ namespace, name: "mine" })).metadata?.name).toBe("mine");
    const forbidden = await failure(viewer.deleteNamespacedConfigMap({ namespace, name: "mine" }));
    expect(forbidden.code).toBe(403);
    expect(forbidden.status).toMatchObject({ kind: "Status", reason: "Forbidden" });
    const anonymous = kubeConfig(cluster).makeApiClient(CoreV1Api);
    const unauthorized = await failure(anonymous.listNamespacedConfigMap({ namespace }));
    expect(unauthorized.code).toBe(401);

    // Refusals answered before the body was read leave the (keep-alive) connection usable.
    const big = { metadata: { name: "big" }, data: { a: "x".repeat(2 * 1024 * 1024) } };
    for (let n = 0; n < 3; n++) {
      expect(
        (
          await failure(
            anonymous.createNamespacedConfigMap({ namespace, body: { metadata: { name: `a${n}` } } }),
          )
        ).code,
      ).toBe(401);
      expect(
        (
          await failure(
            viewer.createNamespacedConfigMap({ namespace, body: { metadata: { name: `v${n}` } } }),
          )
        ).code,
      ).toBe(403);
      expect((await failure(editor.createNamespacedConfigMap({ namespace, body: big }))).code).toBe(413);
      await editor.createNamespacedConfigMap({ namespace, body: { metadata: { name: `after-${n}` } } });
    }
  });

  test("times written as JavaScript Dates are stored in Kubernetes' forms", async () => {
    const at = new Date("2026-12-04T22:31:29.883Z");
    await coordination.createNamespacedLease({
      namespace,
      body: { metadata: { name: "dated" }, spec: { holderIdentity: "me", acquireTime: at, renewTime: at } },
    });
    const raw = await fetch(
      `${base}/clusters/${crud}/apis/coordination.k8s.io/v1/namespaces/${namespace}/leases/dated`,
    );
    const lease = (await raw.json()) as { spec: Record<string, unknown> };
    expect(lease.spec.renewTime).toBe("2026-12-04T22:31:29.883000Z"); // MicroTime: six digits
    const read = await coordination.readNamespacedLease({ namespace, name: "dated" });
    // client-node hands a MicroTime back as it came (a string, whatever its declared type).
    expect(Date.parse(String(read.spec?.renewTime))).toBe(at.getTime());

    await core.createNamespacedEvent({
      namespace,
      body: {
        metadata: { name: "dated" },
        involvedObject: { kind: "Pod", name: "p", namespace },
        firstTimestamp: at,
        lastTimestamp: at,
        reason: "Dated",
        message: "m",
        type: "Normal",
      },
    });
    const event = (await (
      await fetch(`${base}/clusters/${crud}/api/v1/namespaces/${namespace}/events/dated`)
    ).json()) as {
      firstTimestamp: string;
    };
    expect(event.firstTimestamp).toBe("2026-12-04T22:31:29Z"); // Time: whole seconds
  });

  test("health checks: livez, readyz and healthz of the cluster", async () => {
    const health = new Health(kc);
    expect(await health.livez({})).toBe(true);
    expect(await health.readyz({})).toBe(true);
    for (const path of ["/livez", "/readyz", "/healthz"]) {
      const res = await fetch(`${base}/clusters/${crud}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe("ok");
    }
  });
});

/** What an informer reported, in order: `add cm-1@12`. */
function record<T extends KubernetesObject>(informer: ReturnType<typeof makeInformer<T>>, log: string[]) {
  const entry = (verb: string) => (o: T) => log.push(`${verb} ${o.metadata?.name}`);
  informer.on("add", entry("add"));
  informer.on("update", entry("update"));
  informer.on("delete", entry("delete"));
}

describe("client-node informers and watches", () => {
  test("an informer follows the control loop: a Deployment's pods run, scale down and go", async () => {
    const cluster = `loop-${suffix}`;
    await init(cluster, { settings: { speed: 0 } }); // the controllers, scheduler and kubelets run
    const lkc = kubeConfig(cluster);
    const api = lkc.makeApiClient(CoreV1Api);
    const appsApi = lkc.makeApiClient(AppsV1Api);
    const informer = makeInformer<V1Pod>(
      lkc,
      `/api/v1/namespaces/${namespace}/pods`,
      () => api.listNamespacedPod({ namespace, labelSelector: "app=loop" }),
      "app=loop",
    );
    const deleted: string[] = [];
    informer.on("delete", (p) => deleted.push(p.metadata?.name ?? ""));
    await informer.start();
    await appsApi.createNamespacedDeployment({
      namespace,
      body: {
        metadata: { name: "loop" },
        spec: {
          replicas: 3,
          selector: { matchLabels: { app: "loop" } },
          template: {
            metadata: { labels: { app: "loop" } },
            spec: { containers: [{ name: "web", image: "nginx" }] },
          },
        },
      },
    });
    const running = () =>
      informer.list(namespace).filter((p) => p.status?.phase === "Running" && !p.metadata?.deletionTimestamp);
    await until(() => running().length === 3, "three pods Running", 40_000);
    expect(new Set(running().map((p) => p.spec?.nodeName)).size).toBeGreaterThan(0);
    expect(running().every((p) => p.status?.podIP)).toBe(true);
    // the field selectors kubectl describe node uses, through client-node
    const node = running()[0]?.spec?.nodeName ?? "";
    const onNode = await api.listPodForAllNamespaces({
      fieldSelector: `spec.nodeName=${node},status.phase!=Failed,status.phase!=Succeeded`,
      labelSelector: "app=loop",
    });
    expect(onNode.items.length).toBeGreaterThan(0);
    expect(onNode.items.every((p) => p.spec?.nodeName === node)).toBe(true);

    await appsApi.patchNamespacedDeploymentScale(
      { namespace, name: "loop", body: { spec: { replicas: 1 } } },
      merge,
    );
    await until(() => informer.list(namespace).length === 1, "one pod left", 40_000);
    expect(deleted).toHaveLength(2);
    await until(
      async () =>
        (await appsApi.readNamespacedDeployment({ namespace, name: "loop" })).status?.readyReplicas === 1,
      "the Deployment's status",
    );

    await appsApi.deleteNamespacedDeployment({
      namespace,
      name: "loop",
      body: { propagationPolicy: "Foreground" },
    });
    await until(() => informer.list(namespace).length === 0, "the pods gone with their Deployment", 40_000);
    await informer.stop();
  });

  test("an informer sees every change in order, and survives a restart of the cluster's Durable Object", async () => {
    const cluster = `informer-${suffix}`;
    await init(cluster, { components: false });
    const ikc = kubeConfig(cluster);
    const api = ikc.makeApiClient(CoreV1Api);
    const ns = "watched";
    await api.createNamespace({ body: { metadata: { name: ns } } });
    await api.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: "before" } } });

    const informer = makeInformer<V1ConfigMap>(ikc, `/api/v1/namespaces/${ns}/configmaps`, () =>
      api.listNamespacedConfigMap({ namespace: ns }),
    );
    const log: string[] = [];
    const errors: unknown[] = [];
    record(informer, log);
    let connects = 0;
    informer.on("connect", () => {
      connects += 1;
    });
    // client-node's documented pattern: an informer stops on an error; start it again.
    informer.on("error", (error) => {
      errors.push(error);
      setTimeout(() => void informer.start(), 200);
    });
    await informer.start();
    expect(log).toEqual(["add before"]);

    const expected = ["add before"];
    const write = async (n: number) => {
      await api.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: `cm-${n}` } } });
      await api.patchNamespacedConfigMap(
        { namespace: ns, name: `cm-${n}`, body: { data: { n: `${n}` } } },
        merge,
      );
      if (n % 2 === 0) await api.deleteNamespacedConfigMap({ namespace: ns, name: `cm-${n}` });
      expected.push(`add cm-${n}`, `update cm-${n}`, ...(n % 2 === 0 ? [`delete cm-${n}`] : []));
    };
    for (let n = 1; n <= 6; n++) await write(n);
    await until(() => log.length === expected.length, "the first writes");
    expect(log).toEqual(expected);
    expect(
      informer
        .list(ns)
        .map((o) => o.metadata?.name)
        .sort(),
    ).toEqual(["before", "cm-1", "cm-3", "cm-5"]);

    // The cluster's Durable Object restarts (sockets and streams drop, storage stays).
    const connectsBefore = connects;
    const crash = await fetch(`${base}/clusters/${cluster}/kubeplay/faults/crash`, {
      method: "POST",
      body: JSON.stringify({ component: "apiserver" }),
    });
    expect(crash.status).toBe(200);
    await sleep(300);
    // Written while the informer may still be away: it resumes from its resourceVersion.
    for (let n = 7; n <= 12; n++) await write(n);
    await until(() => connects > connectsBefore, "the informer to reconnect");
    await until(() => log.length >= expected.length, "the writes after the restart");
    await sleep(300); // nothing more may come
    expect(log).toEqual(expected);
    expect(
      informer
        .list(ns)
        .map((o) => o.metadata?.name)
        .sort(),
    ).toEqual(["before", "cm-1", "cm-11", "cm-3", "cm-5", "cm-7", "cm-9"]);

    // Once more, with a writer that keeps writing through the restart (retrying what fails while
    // the object restarts): every create reaches the informer once, in order, and its cache ends
    // equal to the server's list.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const name = `live-${String(written).padStart(3, "0")}`;
        try {
          await api.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name } } });
        } catch (error) {
          // AlreadyExists: the first try was written before its answer was lost.
          if (!(error instanceof ApiException && error.code === 409)) {
            await sleep(50);
            continue;
          }
        }
        written += 1;
        await sleep(10);
      }
    })();
    await until(() => written >= 10, "the writer to start");
    const connectsMid = connects;
    await fetch(`${base}/clusters/${cluster}/kubeplay/faults/crash`, {
      method: "POST",
      body: JSON.stringify({ component: "apiserver" }),
    });
    await until(() => connects > connectsMid, "the informer to reconnect");
    const target = written + 20;
    await until(() => written >= target, "writes after the restart");
    writing = false;
    await writer;
    const lives = () => log.filter((l) => l.includes("live-"));
    await until(() => lives().length >= written, "every live write");
    await sleep(300);
    expect(lives()).toEqual(
      Array.from({ length: written }, (_, n) => `add live-${String(n).padStart(3, "0")}`),
    );
    const server = await api.listNamespacedConfigMap({ namespace: ns });
    expect(names(informer.list(ns))).toEqual(names(server.items));
    await informer.stop();
  });

  test("an informer whose resourceVersion was compacted away gets 410, re-lists and reports what vanished", async () => {
    const cluster = `expired-${suffix}`;
    // A short change log: compaction keeps only the last few revisions.
    await init(cluster, { components: false, settings: { historyRevisions: 5, historyAgeMs: 0 } });
    const ikc = kubeConfig(cluster);
    const api = ikc.makeApiClient(CoreV1Api);
    const ns = "default";
    const cm = (name: string, data: Record<string, string> = {}) => ({
      metadata: { name, labels: { set: "x" } },
      data,
    });
    for (const name of ["keep", "change", "vanish"])
      await api.createNamespacedConfigMap({ namespace: ns, body: cm(name) });
    const informer = makeInformer<V1ConfigMap>(
      ikc,
      `/api/v1/namespaces/${ns}/configmaps`,
      () => api.listNamespacedConfigMap({ namespace: ns, labelSelector: "set=x" }),
      "set=x",
    );
    // makeInformer's ListWatch also tells its resourceVersion.
    if (!(informer instanceof ListWatch)) throw new Error("makeInformer returned no ListWatch");
    const log: string[] = [];
    const errors: unknown[] = [];
    record(informer, log);
    informer.on("error", (error) => errors.push(error));
    await informer.start();
    expect(log).toEqual(["add change", "add keep", "add vanish"]);
    const rvBefore = informer.latestResourceVersion();

    // The informer goes away; meanwhile its objects change and over a hundred other writes compact
    // the change log past its resourceVersion.
    await informer.stop();
    log.length = 0;
    await api.deleteNamespacedConfigMap({ namespace: ns, name: "vanish" });
    await api.patchNamespacedConfigMap({ namespace: ns, name: "change", body: { data: { v: "2" } } }, merge);
    await api.createNamespacedConfigMap({ namespace: ns, body: cm("appear") });
    for (let n = 0; n < 120; n++) {
      await api.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: `noise-${n}` } } });
    }
    // The watch from the old resourceVersion is refused with 410 Expired.
    const expired: { type: string; code?: number; reason?: string }[] = [];
    const ended = new Promise<unknown>((resolve) => {
      void new Watch(ikc).watch(
        `/api/v1/namespaces/${ns}/configmaps`,
        { resourceVersion: rvBefore },
        (type, object: V1Status) => expired.push({ type, code: object.code, reason: object.reason }),
        resolve,
      );
    });
    await ended;
    expect(expired).toEqual([{ type: "ERROR", code: 410, reason: "Expired" }]);

    errors.length = 0;
    await informer.start();
    await until(() => log.length >= 3, "the informer to re-list");
    await sleep(300);
    expect(errors).toEqual([]);
    expect(log).toEqual(["delete vanish", "add appear", "update change"]);
    expect(
      informer
        .list(ns)
        .map((o) => o.metadata?.name)
        .sort(),
    ).toEqual(["appear", "change", "keep"]);
    expect(informer.get("change", ns)?.data).toEqual({ v: "2" });
    expect(Number(informer.latestResourceVersion())).toBeGreaterThan(Number(rvBefore));
    // ...and it watches again from the new list.
    await api.deleteNamespacedConfigMap({ namespace: ns, name: "keep" });
    await until(() => log.length === 4, "the watch after the re-list");
    expect(log[3]).toBe("delete keep");
    await informer.stop();
  });

  test("a watch that cannot start is an HTTP error: the informer reports it once and stops", async () => {
    const cluster = `refused-${suffix}`;
    await init(cluster, { components: false });
    const rkc = kubeConfig(cluster);
    const api = rkc.makeApiClient(CoreV1Api);
    // The list is fine; the informer's watch carries a selector the server cannot parse.
    const informer = makeInformer<V1ConfigMap>(
      rkc,
      `/api/v1/namespaces/${namespace}/configmaps`,
      () => api.listNamespacedConfigMap({ namespace }),
      "a b c",
    );
    let connects = 0;
    const errors: { statusCode?: number }[] = [];
    informer.on("connect", () => {
      connects += 1;
    });
    informer.on("error", (error) => errors.push(error as { statusCode?: number }));
    await informer.start();
    await until(() => errors.length > 0, "the informer's error");
    await sleep(500);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.statusCode).toBe(400);
    expect(connects).toBe(1); // no watch again and again

    const done = await new Promise<{ statusCode?: number } | null>((resolve) => {
      void new Watch(rkc).watch(`/api/v1/namespaces/${namespace}/nothings`, {}, () => {}, resolve);
    });
    expect(done?.statusCode).toBe(404);
  });

  test("a Watch with a label selector sees ADDED, MODIFIED and DELETED, and bookmarks when asked", async () => {
    const cluster = `watch-${suffix}`;
    await init(cluster, { components: false, settings: { bookmarkIntervalMs: 200 } });
    const wkc = kubeConfig(cluster);
    const api = wkc.makeApiClient(CoreV1Api);
    const ns = "default";
    const pod = (name: string, labels: Record<string, string>) => ({
      metadata: { name, labels },
      spec: { containers: [{ name: "c", image: "nginx" }] },
    });
    await api.createNamespacedPod({ namespace: ns, body: pod("before", { app: "web" }) });
    await api.createNamespacedPod({ namespace: ns, body: pod("other", { app: "db" }) });

    const events: { type: string; name?: string; rv?: string }[] = [];
    let done: unknown = "open";
    const controller = await new Watch(wkc).watch(
      `/api/v1/namespaces/${ns}/pods`,
      { labelSelector: "app=web", allowWatchBookmarks: true },
      (type, object: V1Pod) =>
        events.push({ type, name: object.metadata?.name, rv: object.metadata?.resourceVersion }),
      (error) => {
        done = error;
      },
    );
    await until(() => events.length === 1, "the synthetic ADDED");
    expect(events[0]).toMatchObject({ type: "ADDED", name: "before" });

    await api.createNamespacedPod({ namespace: ns, body: pod("new", { app: "web" }) });
    await api.patchNamespacedPod(
      { namespace: ns, name: "new", body: { metadata: { annotations: { a: "1" } } } },
      merge,
    );
    await api.patchNamespacedPod(
      { namespace: ns, name: "other", body: { metadata: { labels: { app: "web" } } } },
      merge,
    );
    await api.patchNamespacedPod(
      { namespace: ns, name: "before", body: { metadata: { labels: { app: "db" } } } },
      merge,
    );
    await api.deleteNamespacedPod({ namespace: ns, name: "new" });
    await api.createNamespacedPod({ namespace: ns, body: pod("unrelated", { app: "db" }) });
    const changes = () => events.filter((e) => e.type !== "BOOKMARK");
    await until(() => changes().length === 6, "the changes");
    expect(changes().map((e) => `${e.type} ${e.name}`)).toEqual([
      "ADDED before",
      "ADDED new",
      "MODIFIED new",
      "ADDED other", // starts matching the selector
      "DELETED before", // stops matching it
      "DELETED new",
    ]);
    // A bookmark follows the writes, at a revision no older than the changes before it.
    const lastChange = events.findLastIndex((e) => e.type !== "BOOKMARK");
    await until(() => events.slice(lastChange).some((e) => e.type === "BOOKMARK"), "a bookmark");
    const bookmark = events.slice(lastChange).find((e) => e.type === "BOOKMARK");
    expect(Number(bookmark?.rv)).toBeGreaterThanOrEqual(Number(events[lastChange]?.rv));
    const rvs = events.slice(1).map((e) => Number(e.rv)); // after the synthetic ADDED, in order
    expect(rvs).toEqual([...rvs].sort((x, y) => x - y));
    expect(done).toBe("open");
    controller.abort();
    await until(() => done !== "open", "the done callback");
  });
});
