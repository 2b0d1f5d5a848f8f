import { describe, expect, it } from "vitest";
import {
  endpointSliceOf,
  endpointSliceRequest,
  parseEndpointSlicePath,
} from "../../lib/apiserver/endpoint-slices";
import type { KubeObject } from "../../lib/k8s/object";

const endpoints: KubeObject = {
  apiVersion: "v1",
  kind: "Endpoints",
  metadata: {
    name: "web",
    namespace: "default",
    uid: "u-1",
    resourceVersion: "42",
    creationTimestamp: "2026-01-01T00:00:00Z",
    labels: { app: "web" },
  },
  subsets: [
    {
      addresses: [
        {
          ip: "10.244.1.2",
          nodeName: "node-1",
          targetRef: { kind: "Pod", name: "web-a", namespace: "default" },
        },
      ],
      notReadyAddresses: [{ ip: "10.244.2.3", nodeName: "node-2" }],
      ports: [{ port: 8080, protocol: "TCP" }],
    },
  ],
};
const service: KubeObject = {
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: "web", namespace: "default", uid: "s-1" },
};
const other: KubeObject = {
  ...endpoints,
  metadata: { ...endpoints.metadata, name: "db", uid: "u-2", namespace: "data" },
  subsets: [],
};

describe("EndpointSlices derived from Endpoints", () => {
  it("parses their paths", () => {
    expect(parseEndpointSlicePath("/apis/discovery.k8s.io/v1/endpointslices")).toEqual({});
    expect(
      parseEndpointSlicePath("/apis/discovery.k8s.io/v1/namespaces/default/endpointslices/web-x"),
    ).toEqual({
      namespace: "default",
      name: "web-x",
    });
    expect(parseEndpointSlicePath("/apis/apps/v1/deployments")).toBeUndefined();
  });

  it("mirrors one Endpoints: ready and not-ready addresses, ports, the service's label and owner", () => {
    const slice = endpointSliceOf(endpoints, "s-1");
    expect(slice.metadata).toMatchObject({
      namespace: "default",
      labels: {
        app: "web",
        "kubernetes.io/service-name": "web",
        "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
      },
      ownerReferences: [{ kind: "Service", name: "web", uid: "s-1", controller: true }],
    });
    expect(String((slice.metadata as { name: string }).name)).toMatch(/^web-[a-z0-9]{5}$/);
    expect(endpointSliceOf(endpoints, "s-1").metadata).toEqual(slice.metadata); // stable name
    expect(slice.addressType).toBe("IPv4");
    expect(slice.endpoints).toEqual([
      {
        addresses: ["10.244.1.2"],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: "node-1",
        targetRef: { kind: "Pod", name: "web-a", namespace: "default" },
      },
      {
        addresses: ["10.244.2.3"],
        conditions: { ready: false, serving: false, terminating: false },
        nodeName: "node-2",
      },
    ]);
    expect(slice.ports).toEqual([{ name: "", port: 8080, protocol: "TCP" }]);
  });

  it("lists by namespace and label selector, gets by name, and prints a Table", () => {
    const source = { endpoints: [endpoints, other], services: [service] };
    const all = endpointSliceRequest({}, new URLSearchParams(), undefined, source, Date.now());
    expect(all.code === 200 && (all.body.items as unknown[]).length).toBe(2);
    const q = new URLSearchParams({ labelSelector: "kubernetes.io/service-name=web" });
    const one = endpointSliceRequest({ namespace: "default" }, q, undefined, source, Date.now());
    expect(one.code).toBe(200);
    const items = one.code === 200 ? (one.body.items as { metadata: { name: string } }[]) : [];
    expect(items).toHaveLength(1);
    const name = items[0]?.metadata.name ?? "";
    const got = endpointSliceRequest(
      { namespace: "default", name },
      new URLSearchParams(),
      undefined,
      source,
      0,
    );
    expect(got.code === 200 && got.body.kind).toBe("EndpointSlice");
    expect(endpointSliceRequest({ namespace: "default", name: "nope" }, q, undefined, source, 0).code).toBe(
      404,
    );
    const table = endpointSliceRequest(
      { namespace: "default" },
      q,
      "application/json;as=Table;v=v1;g=meta.k8s.io,application/json",
      source,
      Date.parse("2026-01-01T00:05:00Z"),
    );
    expect(table.code === 200 && table.body.kind).toBe("Table");
    const rows = table.code === 200 ? (table.body.rows as { cells: unknown[] }[]) : [];
    expect(rows[0]?.cells).toEqual([name, "IPv4", "8080", "10.244.1.2,10.244.2.3", "5m"]);
  });
});
