/**
 * discovery.k8s.io/v1 EndpointSlices, read-only, as the endpointslice controller would mirror each
 * Service's Endpoints: one slice per Endpoints object (`<service>-<suffix>`, labelled
 * `kubernetes.io/service-name`). kubectl 1.21+ `describe service` reads its Endpoints line from
 * them; `get endpointslices` prints them. Derived on each read from the stored Endpoints, so they
 * are never stale and never written; no watch.
 */
import { objectAt } from "../k8s/json";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { parseFieldSelector } from "../k8s/selectors/fields";
import { parseLabelSelector } from "../k8s/selectors/labels";
import { tableVersionOf } from "../printers/accept";
import { translateTimestampSince } from "../printers/duration";
import { AGE_COLUMN, column, NAME_COLUMN } from "../printers/types";

export const ENDPOINT_SLICE_GROUP = "discovery.k8s.io";
export const ENDPOINT_SLICE_VERSION = "v1";
const API_VERSION = `${ENDPOINT_SLICE_GROUP}/${ENDPOINT_SLICE_VERSION}`;
export const SERVICE_NAME_LABEL = "kubernetes.io/service-name";
const MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";

/** The APIResourceList entries of discovery.k8s.io/v1. */
export const ENDPOINT_SLICE_RESOURCES: JsonObject[] = [
  {
    name: "endpointslices",
    singularName: "endpointslice",
    namespaced: true,
    kind: "EndpointSlice",
    verbs: ["get", "list"],
  },
];

export interface EndpointSliceTarget {
  namespace?: string;
  name?: string;
}

/** `/apis/discovery.k8s.io/v1/{endpointslices | namespaces/NS/endpointslices[/NAME]}`. */
export function parseEndpointSlicePath(path: string): EndpointSliceTarget | undefined {
  const prefix = `/apis/${API_VERSION}/`;
  if (!path.startsWith(prefix)) return undefined;
  const parts = path.slice(prefix.length).split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "endpointslices" && parts.length === 1) return {};
  if (parts[0] === "namespaces" && parts[2] === "endpointslices" && parts.length <= 4)
    return { namespace: parts[1], name: parts[3] };
  return undefined;
}

const SAFE = "bcdfghjklmnpqrstvwxz2456789";

/** A stable 5-character suffix from the Endpoints' uid (the controller's is random). */
function suffixOf(uid: string): string {
  let h = 0x811c9dc5;
  for (const ch of uid) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  let out = "";
  for (let i = 0; i < 5; i++) {
    out += SAFE[h % SAFE.length];
    h = Math.floor(h / SAFE.length) + 7 * (i + 1);
  }
  return out;
}

function list(v: JsonValue | undefined): JsonObject[] {
  return Array.isArray(v) ? v.filter(isJsonObject) : [];
}

/** The slice mirroring one Endpoints object, owned by its Service (`serviceUid`). */
export function endpointSliceOf(endpoints: KubeObject, serviceUid = ""): JsonObject {
  const meta = endpoints.metadata;
  const service = meta.name ?? "";
  const subsets = list(endpoints.subsets);
  const addressEntry = (a: JsonObject, ready: boolean): JsonObject => ({
    addresses: [String(a.ip ?? "")],
    conditions: { ready, serving: ready, terminating: false },
    ...(typeof a.nodeName === "string" ? { nodeName: a.nodeName } : {}),
    ...(isJsonObject(a.targetRef) ? { targetRef: a.targetRef } : {}),
  });
  const slice: JsonObject = {
    kind: "EndpointSlice",
    apiVersion: API_VERSION,
    metadata: {
      name: `${service}-${suffixOf(meta.uid ?? service)}`,
      generateName: `${service}-`,
      namespace: meta.namespace ?? "",
      uid: meta.uid ?? "",
      resourceVersion: meta.resourceVersion ?? "",
      generation: 1,
      creationTimestamp: meta.creationTimestamp ?? null,
      labels: {
        ...(meta.labels ?? {}),
        [SERVICE_NAME_LABEL]: service,
        [MANAGED_BY_LABEL]: "endpointslice-controller.k8s.io",
      },
      ownerReferences: [
        {
          apiVersion: "v1",
          kind: "Service",
          name: service,
          uid: serviceUid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    addressType: "IPv4",
    endpoints: subsets.flatMap((s) => [
      ...list(s.addresses).map((a) => addressEntry(a, true)),
      ...list(s.notReadyAddresses).map((a) => addressEntry(a, false)),
    ]),
    ports: subsets.length
      ? list(subsets[0]?.ports).map((p) => ({
          name: typeof p.name === "string" ? p.name : "",
          port: typeof p.port === "number" ? p.port : 0,
          protocol: typeof p.protocol === "string" ? p.protocol : "TCP",
        }))
      : null,
  };
  return slice;
}

const COLUMNS = [
  NAME_COLUMN,
  column("AddressType", "string", "The type of addresses contained in this EndpointSlice"),
  column("Ports", "string", "The ports contained in this EndpointSlice"),
  column("Endpoints", "string", "The endpoints contained in this EndpointSlice"),
  AGE_COLUMN,
];

function cellsOf(slice: JsonObject, now: number): JsonValue[] {
  const meta = objectAt(slice.metadata);
  const ports = list(slice.ports).map((p) => String(p.port));
  const addresses = list(slice.endpoints).flatMap((e) =>
    Array.isArray(e.addresses) ? e.addresses.map(String) : [],
  );
  const shown = addresses.slice(0, 3).join(",");
  return [
    String(meta.name ?? ""),
    String(slice.addressType ?? ""),
    ports.length ? ports.join(",") : "<unset>",
    addresses.length === 0
      ? "<none>"
      : addresses.length > 3
        ? `${shown} + ${addresses.length - 3} more...`
        : shown,
    translateTimestampSince(meta.creationTimestamp, now),
  ];
}

export type EndpointSliceResult = { code: 200; body: JsonObject } | { code: 404; message: string };

/** GET on an EndpointSlice path: one slice, or a list filtered by label and field selectors. */
export function endpointSliceRequest(
  target: EndpointSliceTarget,
  query: URLSearchParams,
  accept: string | undefined,
  source: { endpoints: readonly KubeObject[]; services: readonly KubeObject[] },
  now: number,
): EndpointSliceResult {
  const endpoints = source.endpoints;
  const serviceUid = (e: KubeObject) =>
    source.services.find(
      (s) => s.metadata.namespace === e.metadata.namespace && s.metadata.name === e.metadata.name,
    )?.metadata.uid ?? "";
  const slices = endpoints
    .filter((e) => target.namespace === undefined || e.metadata.namespace === target.namespace)
    .map((e) => endpointSliceOf(e, serviceUid(e)));
  const table = tableVersionOf(accept);
  const asTable = (items: JsonObject[], metadata: JsonObject): JsonObject => ({
    kind: "Table",
    apiVersion: `meta.k8s.io/${table}`,
    metadata,
    columnDefinitions: COLUMNS,
    rows: items.map((s) => ({
      cells: cellsOf(s, now),
      object: { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: s.metadata ?? {} },
    })),
  });
  if (target.name !== undefined) {
    const one = slices.find((s) => isJsonObject(s.metadata) && s.metadata.name === target.name);
    if (!one) return { code: 404, message: `endpointslices.discovery.k8s.io "${target.name}" not found` };
    return { code: 200, body: table ? asTable([one], {}) : one };
  }
  const labels = parseLabelSelector(query.get("labelSelector") ?? "");
  const fields = parseFieldSelector(query.get("fieldSelector") ?? "");
  const items = slices.filter((s) => {
    const meta = objectAt(s.metadata);
    const l = isJsonObject(meta.labels) ? (meta.labels as Record<string, string>) : undefined;
    return (
      labels.matches(l) &&
      fields.matches({
        "metadata.name": String(meta.name ?? ""),
        "metadata.namespace": String(meta.namespace ?? ""),
      })
    );
  });
  const rv = endpoints.reduce((max, e) => Math.max(max, Number(e.metadata.resourceVersion ?? 0)), 0);
  const metadata = { resourceVersion: String(rv) };
  return {
    code: 200,
    body: table
      ? asTable(items, metadata)
      : { kind: "EndpointSliceList", apiVersion: API_VERSION, metadata, items },
  };
}
