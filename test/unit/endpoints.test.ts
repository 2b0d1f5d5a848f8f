import { describe, expect, it } from "vitest";
import type { Action } from "../../lib/client/actions";
import { findPort, reconcileEndpoints, servicesSelecting } from "../../lib/controllers/endpoints";
import type { JsonObject, KubeObject } from "../../lib/k8s/object";

const NOW = Date.parse("2026-12-04T10:00:00Z");

function service(extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "web", namespace: "default", labels: { tier: "front" } },
    spec: {
      selector: { app: "web" },
      ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }],
      clusterIP: "10.96.0.10",
      ...extra,
    },
  };
}

function pod(
  name: string,
  ip: string,
  opts: {
    ready?: boolean;
    labels?: Record<string, string>;
    phase?: string;
    ports?: JsonObject[];
    deleting?: boolean;
  } = {},
): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: "default",
      uid: `uid-${name}`,
      labels: opts.labels ?? { app: "web" },
      ...(opts.deleting ? { deletionTimestamp: "2026-12-04T09:59:00Z" } : {}),
    },
    spec: { nodeName: "node-1", containers: [{ name: "c", image: "nginx", ports: opts.ports ?? [] }] },
    status: {
      phase: opts.phase ?? "Running",
      podIP: ip,
      conditions: [{ type: "Ready", status: opts.ready === false ? "False" : "True" }],
    },
  };
}

function only(actions: Action[]): KubeObject {
  expect(actions).toHaveLength(1);
  const [a] = actions;
  if (!a || (a.verb !== "create" && a.verb !== "update")) throw new Error(`unexpected ${a?.verb}`);
  return a.object;
}

const key = { namespace: "default", name: "web" };

describe("the Endpoints controller", () => {
  it("lists ready pods under addresses and the others under notReadyAddresses, sorted by IP", () => {
    const pods = [
      pod("b", "10.244.1.3"),
      pod("a", "10.244.1.2"),
      pod("c", "10.244.2.2", { ready: false }),
      pod("x", "10.244.3.2", { labels: { app: "other" } }),
    ];
    const ep = only(reconcileEndpoints(key, service(), undefined, pods, NOW));
    expect(ep.metadata.name).toBe("web");
    expect(ep.metadata.labels).toEqual({ tier: "front" });
    expect(ep.subsets).toEqual([
      {
        addresses: [
          {
            ip: "10.244.1.2",
            nodeName: "node-1",
            targetRef: { kind: "Pod", namespace: "default", name: "a", uid: "uid-a" },
          },
          {
            ip: "10.244.1.3",
            nodeName: "node-1",
            targetRef: { kind: "Pod", namespace: "default", name: "b", uid: "uid-b" },
          },
        ],
        notReadyAddresses: [
          {
            ip: "10.244.2.2",
            nodeName: "node-1",
            targetRef: { kind: "Pod", namespace: "default", name: "c", uid: "uid-c" },
          },
        ],
        ports: [{ name: "http", port: 8080, protocol: "TCP" }],
      },
    ]);
  });

  it("leaves out pods without an IP, terminating pods and pods that finished", () => {
    const pods = [
      pod("a", ""),
      pod("b", "10.244.1.3", { deleting: true }),
      pod("c", "10.244.1.4", { phase: "Failed" }),
    ];
    const ep = only(reconcileEndpoints(key, service(), undefined, pods, NOW));
    expect(ep.subsets).toBeUndefined();
  });

  it("resolves a named targetPort per pod and groups pods by their resolved ports", () => {
    const svc = service({ ports: [{ name: "http", port: 80, targetPort: "web", protocol: "TCP" }] });
    const pods = [
      pod("a", "10.244.1.2", { ports: [{ name: "web", containerPort: 8080, protocol: "TCP" }] }),
      pod("b", "10.244.1.3", { ports: [{ name: "web", containerPort: 9090 }] }),
      pod("c", "10.244.1.4"),
    ];
    const ep = only(reconcileEndpoints(key, svc, undefined, pods, NOW));
    const subsets = ep.subsets as { addresses: { ip: string }[]; ports: { port: number }[] }[];
    expect(subsets.map((s) => [s.ports[0]?.port, s.addresses.map((a) => a.ip)])).toEqual([
      [8080, ["10.244.1.2"]],
      [9090, ["10.244.1.3"]],
    ]);
    expect(findPort(pods[2]!, { port: 80, targetPort: "web" })).toBeUndefined();
  });

  it("writes nothing when the Endpoints are already right, and updates them when a pod goes", () => {
    const pods = [pod("a", "10.244.1.2"), pod("b", "10.244.1.3")];
    const created = only(reconcileEndpoints(key, service(), undefined, pods, NOW));
    const stored = { ...created, metadata: { ...created.metadata, resourceVersion: "7" } };
    expect(reconcileEndpoints(key, service(), stored, pods, NOW + 1000)).toEqual([]);
    const [update] = reconcileEndpoints(key, service(), stored, pods.slice(0, 1), NOW + 1000);
    expect(update?.verb).toBe("update");
    if (update?.verb !== "update") return;
    expect(update.object.metadata.resourceVersion).toBe("7");
    expect((update.object.subsets as { addresses: unknown[] }[])[0]?.addresses).toHaveLength(1);
  });

  it("leaves selector-less and ExternalName Services alone, and deletes the Endpoints of a deleted Service", () => {
    const pods = [pod("a", "10.244.1.2")];
    expect(reconcileEndpoints(key, service({ selector: undefined }), undefined, pods, NOW)).toEqual([]);
    expect(reconcileEndpoints(key, service({ type: "ExternalName" }), undefined, pods, NOW)).toEqual([]);
    const existing: KubeObject = {
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: { name: "web", namespace: "default" },
    };
    expect(reconcileEndpoints(key, undefined, existing, pods, NOW)).toEqual([
      { verb: "delete", kind: "Endpoints", namespace: "default", name: "web" },
    ]);
    expect(reconcileEndpoints(key, undefined, undefined, pods, NOW)).toEqual([]);
  });

  it("publishes not-ready pods as ready when the Service asks, and labels headless Endpoints", () => {
    const svc = service({ publishNotReadyAddresses: true, clusterIP: "None" });
    const ep = only(reconcileEndpoints(key, svc, undefined, [pod("a", "10.244.1.2", { ready: false })], NOW));
    expect((ep.subsets as { addresses: unknown[] }[])[0]?.addresses).toHaveLength(1);
    expect(ep.metadata.labels).toEqual({ tier: "front", "service.kubernetes.io/headless": "" });
  });

  it("finds the Services that select a pod's old or new labels", () => {
    const other = {
      ...service(),
      metadata: { name: "other", namespace: "default" },
      spec: { selector: { app: "other" } },
    };
    const found = servicesSelecting([service(), other], { app: "x" }, { app: "web" });
    expect(found.map((s) => s.metadata.name)).toEqual(["web"]);
  });
});
