import { describe, expect, it } from "vitest";
import { api, clusterName, configMap, pod } from "../helpers";

const PODS = "/api/v1/namespaces/default/pods";

function deployment(name: string, image = "nginx", replicas = 2) {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "app", image }] } },
    },
  };
}

describe("a new cluster", () => {
  it("starts with the namespaces default, kube-system, kube-node-lease", async () => {
    const c = clusterName();
    const { status, body } = await api(c, "GET", "/api/v1/namespaces");
    expect(status).toBe(200);
    expect(body.kind).toBe("NamespaceList");
    const names = body.items.map((n: { metadata: { name: string } }) => n.metadata.name);
    expect(names).toEqual(expect.arrayContaining(["default", "kube-system", "kube-node-lease"]));
    expect(body.items[0].status.phase).toBe("Active");
    expect(Number(body.metadata.resourceVersion)).toBeGreaterThanOrEqual(3);
  });
});

describe("object semantics", () => {
  it("creates with uid, creationTimestamp, generation 1 and the revision as resourceVersion", async () => {
    const c = clusterName();
    const { status, body } = await api(c, "POST", PODS, pod("web"));
    expect(status).toBe(201);
    expect(body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.metadata.generation).toBe(1);
    expect(body.metadata.namespace).toBe("default");
    expect(body.status.phase).toBe("Pending");
    expect(body.spec.restartPolicy).toBe("Always"); // defaulted
    const list = await api(c, "GET", PODS);
    expect(body.metadata.resourceVersion).toBe(list.body.metadata.resourceVersion);
    const got = await api(c, "GET", `${PODS}/web`);
    expect(got.body).toEqual(body);
  });

  it("fills generateName with a random suffix", async () => {
    const c = clusterName();
    const a = await api(c, "POST", PODS, { ...pod(""), metadata: { generateName: "web-" } });
    const b = await api(c, "POST", PODS, { ...pod(""), metadata: { generateName: "web-" } });
    expect(a.status).toBe(201);
    expect(a.body.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(b.body.metadata.name).not.toBe(a.body.metadata.name);
  });

  it("revisions are cluster-wide and strictly increasing across kinds", async () => {
    const c = clusterName();
    const rvs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await api(c, "POST", PODS, pod(`p${i}`));
      const m = await api(c, "POST", "/api/v1/namespaces/default/configmaps", configMap(`c${i}`));
      rvs.push(Number(p.body.metadata.resourceVersion), Number(m.body.metadata.resourceVersion));
    }
    for (let i = 1; i < rvs.length; i++) expect(rvs[i]).toBe(rvs[i - 1]! + 1);
  });

  it("bumps generation on spec changes only", async () => {
    const c = clusterName();
    const created = await api(c, "POST", "/apis/apps/v1/namespaces/default/deployments", deployment("web"));
    expect(created.status).toBe(201);
    const labelled = await api(
      c,
      "PATCH",
      "/apis/apps/v1/namespaces/default/deployments/web",
      { metadata: { labels: { tier: "front" } } },
      "application/merge-patch+json",
    );
    expect(labelled.status).toBe(200);
    expect(labelled.body.metadata.generation).toBe(1);
    const scaled = await api(
      c,
      "PATCH",
      "/apis/apps/v1/namespaces/default/deployments/web",
      { spec: { replicas: 5 } },
      "application/merge-patch+json",
    );
    expect(scaled.body.metadata.generation).toBe(2);
    const status = await api(
      c,
      "PATCH",
      "/apis/apps/v1/namespaces/default/deployments/web/status",
      { status: { replicas: 5, observedGeneration: 2 } },
      "application/merge-patch+json",
    );
    expect(status.body.metadata.generation).toBe(2);
    expect(status.body.status.observedGeneration).toBe(2);
  });

  it("keeps status on object writes and spec on status writes", async () => {
    const c = clusterName();
    const created = await api(c, "POST", PODS, pod("web"));
    const withStatus = await api(c, "PUT", `${PODS}/web/status`, {
      ...created.body,
      spec: { ...created.body.spec, containers: [{ name: "app", image: "evil" }] },
      metadata: { ...created.body.metadata, labels: { sneaky: "yes" } },
      status: { phase: "Running", podIP: "10.244.1.5" },
    });
    expect(withStatus.status).toBe(200);
    expect(withStatus.body.status.phase).toBe("Running");
    expect(withStatus.body.spec.containers[0].image).toBe("nginx");
    expect(withStatus.body.metadata.labels).toEqual({});
    const objectWrite = await api(c, "PUT", `${PODS}/web`, {
      ...withStatus.body,
      metadata: { ...withStatus.body.metadata, labels: { app: "web" } },
      status: { phase: "Failed" },
    });
    expect(objectWrite.status).toBe(200);
    expect(objectWrite.body.status.phase).toBe("Running");
    expect(objectWrite.body.metadata.labels).toEqual({ app: "web" });
  });

  it("makes no revision for a write that changes nothing", async () => {
    const c = clusterName();
    const created = await api(c, "POST", PODS, pod("web"));
    const again = await api(c, "PUT", `${PODS}/web`, created.body);
    expect(again.status).toBe(200);
    expect(again.body.metadata.resourceVersion).toBe(created.body.metadata.resourceVersion);
  });

  it("serves cluster-scoped kinds, other groups and the default namespace", async () => {
    const c = clusterName();
    const node = await api(c, "POST", "/api/v1/nodes", {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: "node-1", labels: { "kubernetes.io/hostname": "node-1" } },
    });
    expect(node.status).toBe(201);
    expect(node.body.metadata.namespace).toBeUndefined();
    const lease = await api(c, "POST", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases", {
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: { name: "node-1" },
      spec: { holderIdentity: "node-1", leaseDurationSeconds: 40 },
    });
    expect(lease.status).toBe(201);
    const svc = await api(c, "POST", "/api/v1/namespaces/default/services", {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "web" },
      spec: { selector: { app: "web" }, ports: [{ port: 80 }] },
    });
    expect(svc.status).toBe(201);
    expect(svc.body.spec.clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);
    expect(svc.body.spec.ports[0].targetPort).toBe(80);
    const ev = await api(c, "POST", "/api/v1/namespaces/default/events", {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "web.1" },
      involvedObject: { kind: "Pod", name: "web", namespace: "default" },
      reason: "Scheduled",
      message: "hello",
      type: "Normal",
    });
    expect(ev.status).toBe(201);
    const ep = await api(c, "POST", "/api/v1/namespaces/default/endpoints", {
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: { name: "web" },
      subsets: [],
    });
    expect(ep.status).toBe(201);
  });

  it("serves the scale subresource as autoscaling/v1 Scale", async () => {
    const c = clusterName();
    await api(c, "POST", "/apis/apps/v1/namespaces/default/deployments", deployment("web"));
    const scale = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/web/scale");
    expect(scale.body).toMatchObject({ kind: "Scale", apiVersion: "autoscaling/v1", spec: { replicas: 2 } });
    expect(scale.body.status.selector).toBe("app=web");
    const patched = await api(
      c,
      "PATCH",
      "/apis/apps/v1/namespaces/default/deployments/web/scale",
      { spec: { replicas: 7 } },
      "application/merge-patch+json",
    );
    expect(patched.body.spec.replicas).toBe(7);
    const dep = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/web");
    expect(dep.body.spec.replicas).toBe(7);
  });

  it("binds a pod to a node once", async () => {
    const c = clusterName();
    await api(c, "POST", PODS, pod("web"));
    const binding = {
      apiVersion: "v1",
      kind: "Binding",
      metadata: { name: "web" },
      target: { kind: "Node", name: "n1" },
    };
    expect((await api(c, "POST", `${PODS}/web/binding`, binding)).status).toBe(201);
    const got = await api(c, "GET", `${PODS}/web`);
    expect(got.body.spec.nodeName).toBe("n1");
    expect(got.body.status.conditions).toContainEqual(
      expect.objectContaining({ type: "PodScheduled", status: "True" }),
    );
    const again = await api(c, "POST", `${PODS}/web/binding`, {
      ...binding,
      target: { kind: "Node", name: "n2" },
    });
    expect(again.status).toBe(409);
  });
});
