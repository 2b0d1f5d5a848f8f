import { describe, expect, it } from "vitest";
import { defaultDeployment } from "../../lib/k8s/defaults/deployment";
import { defaultNamespace } from "../../lib/k8s/defaults/namespace";
import { defaultPod } from "../../lib/k8s/defaults/pod";
import { imageTag } from "../../lib/k8s/defaults/pod-spec";
import { defaultReplicaSet } from "../../lib/k8s/defaults/replicaset";
import { defaultService } from "../../lib/k8s/defaults/service";
import { deepCopy, type JsonObject, type KubeObject } from "../../lib/k8s/object";

function spec(obj: KubeObject): JsonObject {
  return obj.spec as JsonObject;
}

function idempotent(fn: (o: KubeObject) => void, obj: KubeObject): KubeObject {
  fn(obj);
  const once = deepCopy(obj);
  fn(obj);
  expect(obj).toEqual(once);
  return obj;
}

function pod(containers: unknown[], extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p", namespace: "default" },
    spec: { containers, ...extra } as JsonObject,
  };
}

describe("defaultPod", () => {
  it("fills the pod spec defaults", () => {
    const p = idempotent(defaultPod, pod([{ name: "app", image: "nginx" }]));
    expect(p.spec).toEqual({
      containers: [
        {
          name: "app",
          image: "nginx",
          imagePullPolicy: "Always",
          terminationMessagePath: "/dev/termination-log",
          terminationMessagePolicy: "File",
          resources: {},
        },
      ],
      restartPolicy: "Always",
      terminationGracePeriodSeconds: 30,
      dnsPolicy: "ClusterFirst",
      securityContext: {},
      schedulerName: "default-scheduler",
      enableServiceLinks: true,
    });
  });

  it("chooses imagePullPolicy from the tag", () => {
    const p = pod([
      { name: "a", image: "nginx:latest" },
      { name: "b", image: "nginx:1.27" },
      { name: "c", image: "registry:5000/team/app" },
      { name: "d", image: "registry:5000/team/app:v2" },
      { name: "e", image: "nginx@sha256:abc" },
      { name: "f", image: "nginx", imagePullPolicy: "Never" },
    ]);
    defaultPod(p);
    const policies = (spec(p).containers as JsonObject[]).map((c) => c.imagePullPolicy);
    expect(policies).toEqual(["Always", "IfNotPresent", "Always", "IfNotPresent", "IfNotPresent", "Never"]);
    expect(imageTag("localhost:5000/x")).toBe("latest");
  });

  it("keeps values that are set", () => {
    const p = pod([{ name: "a", image: "x" }], {
      restartPolicy: "Never",
      terminationGracePeriodSeconds: 0,
      dnsPolicy: "None",
    });
    defaultPod(p);
    expect(spec(p).restartPolicy).toBe("Never");
    expect(spec(p).terminationGracePeriodSeconds).toBe(0);
    expect(spec(p).dnsPolicy).toBe("None");
  });

  it("defaults port protocols and probes", () => {
    const p = pod([
      {
        name: "a",
        image: "x",
        ports: [{ containerPort: 80 }, { containerPort: 53, protocol: "UDP" }],
        readinessProbe: { httpGet: { port: 80 } },
      },
    ]);
    idempotent(defaultPod, p);
    const c = (spec(p).containers as JsonObject[])[0] as JsonObject;
    expect(c.ports).toEqual([
      { containerPort: 80, protocol: "TCP" },
      { containerPort: 53, protocol: "UDP" },
    ]);
    expect(c.readinessProbe).toEqual({
      httpGet: { port: 80, path: "/", scheme: "HTTP" },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
  });

  it("copies limits into missing requests and canonicalizes quantities", () => {
    const p = pod([
      {
        name: "a",
        image: "x",
        resources: { limits: { cpu: "0.5", memory: "1024Mi" }, requests: { cpu: 0.25 } },
      },
    ]);
    idempotent(defaultPod, p);
    const c = (spec(p).containers as JsonObject[])[0] as JsonObject;
    expect(c.resources).toEqual({
      limits: { cpu: "500m", memory: "1Gi" },
      requests: { cpu: "250m", memory: "1Gi" },
    });
  });

  it("leaves invalid quantities for validation to report", () => {
    const p = pod([{ name: "a", image: "x", resources: { requests: { cpu: "lots" } } }]);
    defaultPod(p);
    expect(((spec(p).containers as JsonObject[])[0] as { resources: JsonObject }).resources).toEqual({
      requests: { cpu: "lots" },
    });
  });

  it("defaults volumes", () => {
    const p = pod([{ name: "a", image: "x" }], {
      volumes: [{ name: "scratch" }, { name: "cfg", configMap: { name: "c" } }],
    });
    idempotent(defaultPod, p);
    expect(spec(p).volumes).toEqual([
      { name: "scratch", emptyDir: {} },
      { name: "cfg", configMap: { name: "c", defaultMode: 420 } },
    ]);
  });

  it("creates a spec when there is none", () => {
    const p: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "p" } };
    defaultPod(p);
    expect(spec(p).restartPolicy).toBe("Always");
  });
});

describe("defaultDeployment", () => {
  const deployment = (extra: Record<string, unknown> = {}): KubeObject => ({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "d", namespace: "default" },
    spec: {
      selector: { matchLabels: { app: "d" } },
      template: {
        metadata: { labels: { app: "d" } },
        spec: { containers: [{ name: "a", image: "nginx:1", resources: { limits: { cpu: "1" } } }] },
      },
      ...extra,
    } as JsonObject,
  });

  it("fills the apps/v1 defaults and the template's pod defaults", () => {
    const d = idempotent(defaultDeployment, deployment());
    const s = spec(d);
    expect(s.replicas).toBe(1);
    expect(s.strategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" },
    });
    expect(s.revisionHistoryLimit).toBe(10);
    expect(s.progressDeadlineSeconds).toBe(600);
    const template = s.template as { spec: JsonObject };
    expect(template.spec.restartPolicy).toBe("Always");
    expect(template.spec.dnsPolicy).toBe("ClusterFirst");
    // Templates don't get pod-only defaults.
    expect(template.spec.enableServiceLinks).toBeUndefined();
    const c = (template.spec.containers as JsonObject[])[0] as JsonObject;
    expect(c.imagePullPolicy).toBe("IfNotPresent");
    expect(c.resources).toEqual({ limits: { cpu: "1" } });
  });

  it("keeps set values, including replicas 0 and Recreate", () => {
    const d = deployment({ replicas: 0, strategy: { type: "Recreate" }, revisionHistoryLimit: 0 });
    idempotent(defaultDeployment, d);
    expect(spec(d).replicas).toBe(0);
    expect(spec(d).strategy).toEqual({ type: "Recreate" });
    expect(spec(d).revisionHistoryLimit).toBe(0);
  });

  it("fills only the missing half of rollingUpdate", () => {
    const d = deployment({ strategy: { rollingUpdate: { maxSurge: 1 } } });
    defaultDeployment(d);
    expect(spec(d).strategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { maxSurge: 1, maxUnavailable: "25%" },
    });
  });
});

describe("defaultReplicaSet", () => {
  it("defaults replicas and the template", () => {
    const rs: KubeObject = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: "r", namespace: "default" },
      spec: { template: { spec: { containers: [{ name: "a", image: "x:1" }] } } },
    };
    idempotent(defaultReplicaSet, rs);
    expect(spec(rs).replicas).toBe(1);
    expect((spec(rs).template as { spec: JsonObject }).spec.schedulerName).toBe("default-scheduler");
  });
});

describe("defaultService", () => {
  const svc = (s: Record<string, unknown>): KubeObject => ({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "s", namespace: "default" },
    spec: s as JsonObject,
  });

  it("fills ClusterIP defaults without allocating an IP", () => {
    const s = idempotent(
      defaultService,
      svc({
        selector: { app: "x" },
        ports: [{ port: 80 }, { port: 53, protocol: "UDP", targetPort: "dns" }],
      }),
    );
    expect(s.spec).toEqual({
      selector: { app: "x" },
      ports: [
        { port: 80, protocol: "TCP", targetPort: 80 },
        { port: 53, protocol: "UDP", targetPort: "dns" },
      ],
      type: "ClusterIP",
      sessionAffinity: "None",
      internalTrafficPolicy: "Cluster",
      ipFamilyPolicy: "SingleStack",
      ipFamilies: ["IPv4"],
    });
    expect(spec(s).clusterIP).toBeUndefined();
  });

  it("adds externalTrafficPolicy for NodePort and LoadBalancer", () => {
    const np = svc({ type: "NodePort", ports: [{ port: 80 }] });
    defaultService(np);
    expect(spec(np).externalTrafficPolicy).toBe("Cluster");
    const lb = svc({ type: "LoadBalancer", ports: [{ port: 80 }] });
    defaultService(lb);
    expect(spec(lb).allocateLoadBalancerNodePorts).toBe(true);
  });

  it("leaves ExternalName services without IP families", () => {
    const s = svc({ type: "ExternalName", externalName: "example.com" });
    idempotent(defaultService, s);
    expect(s.spec).toEqual({ type: "ExternalName", externalName: "example.com", sessionAffinity: "None" });
  });
});

describe("defaultNamespace", () => {
  it("adds the kubernetes finalizer and the metadata.name label", () => {
    const ns = idempotent(defaultNamespace, {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "team-a" },
    });
    expect(ns.spec).toEqual({ finalizers: ["kubernetes"] });
    expect(ns.metadata.labels).toEqual({ "kubernetes.io/metadata.name": "team-a" });
  });

  it("keeps finalizers that are set, even none", () => {
    const ns: KubeObject = {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "a", labels: { x: "y" } },
      spec: { finalizers: [] },
    };
    defaultNamespace(ns);
    expect(ns.spec).toEqual({ finalizers: [] });
    expect(ns.metadata.labels).toEqual({ x: "y", "kubernetes.io/metadata.name": "a" });
  });
});
