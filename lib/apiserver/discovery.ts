/**
 * Legacy discovery, generated from the kinds table: `/version`, `/api` (APIVersions), `/apis`
 * (APIGroupList), `/api/v1` and `/apis/<group>/<version>` (APIResourceList). Clients that ask for
 * aggregated discovery (`as=APIGroupDiscoveryList`) get these plain documents, as from an older
 * server, and fall back to fetching each group version.
 */
import type { KindInfo } from "../k8s/kinds";
import { apiVersionOf, KINDS } from "../k8s/kinds";
import type { JsonObject } from "../k8s/object";
import { ENDPOINT_SLICE_GROUP, ENDPOINT_SLICE_RESOURCES, ENDPOINT_SLICE_VERSION } from "./endpoint-slices";
import { METRICS_GROUP, METRICS_RESOURCES, METRICS_VERSION } from "./metrics";

/** The Kubernetes version the playground speaks. */
export const KUBERNETES_VERSION = { major: "1", minor: "32", gitVersion: "v1.32.0-kubeplay" };

/**
 * Group versions served outside the kinds table: metrics.k8s.io (see metrics.ts) and the read-only
 * discovery.k8s.io EndpointSlices (endpoint-slices.ts).
 */
interface ExtraGroupVersion {
  group: string;
  version: string;
  resources: JsonObject[];
}

const EXTRA: readonly ExtraGroupVersion[] = [
  { group: ENDPOINT_SLICE_GROUP, version: ENDPOINT_SLICE_VERSION, resources: ENDPOINT_SLICE_RESOURCES },
  { group: METRICS_GROUP, version: METRICS_VERSION, resources: METRICS_RESOURCES },
];

const MAIN_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

export function versionInfo(): JsonObject {
  return {
    major: KUBERNETES_VERSION.major,
    minor: KUBERNETES_VERSION.minor,
    gitVersion: KUBERNETES_VERSION.gitVersion,
    gitCommit: "0000000000000000000000000000000000000000",
    gitTreeState: "clean",
    buildDate: "2026-01-01T00:00:00Z",
    goVersion: "go1.23.0",
    compiler: "gc",
    platform: "linux/amd64",
  };
}

export function apiVersions(): JsonObject {
  return {
    kind: "APIVersions",
    versions: ["v1"],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: "" }],
  };
}

function groupVersions(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const k of [...KINDS, ...EXTRA]) {
    if (k.group !== "") seen.set(`${k.group}/${k.version}`, { group: k.group, version: k.version });
  }
  return [...seen.values()];
}

export function apiGroupList(): JsonObject {
  const groups = new Map<string, string[]>();
  for (const gv of groupVersions()) groups.set(gv.group, [...(groups.get(gv.group) ?? []), gv.version]);
  return {
    kind: "APIGroupList",
    apiVersion: "v1",
    groups: [...groups].map(([name, versions]) => ({
      name,
      versions: versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v })),
      preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0]! },
    })),
  };
}

function subresource(
  info: KindInfo,
  name: string,
  kind: string,
  verbs: string[],
  gv?: [string, string],
): JsonObject {
  return {
    name: `${info.plural}/${name}`,
    singularName: "",
    namespaced: info.namespaced,
    ...(gv ? { group: gv[0], version: gv[1] } : {}),
    kind,
    verbs,
  };
}

/** The resources (and subresources) of one kind, as APIResourceList entries. */
export function apiResourcesOf(info: KindInfo): JsonObject[] {
  const out: JsonObject[] = [
    {
      name: info.plural,
      singularName: info.singular,
      namespaced: info.namespaced,
      kind: info.kind,
      verbs: info.kind === "Namespace" ? MAIN_VERBS.filter((v) => v !== "deletecollection") : MAIN_VERBS,
      ...(info.shortNames.length ? { shortNames: info.shortNames } : {}),
      ...(info.categories.length ? { categories: info.categories } : {}),
    },
  ];
  if (info.kind === "Pod") {
    out.push(subresource(info, "binding", "Binding", ["create"]));
    out.push(subresource(info, "eviction", "Eviction", ["create"], ["policy", "v1"]));
    out.push(subresource(info, "log", "Pod", ["get"]));
  }
  if (info.kind === "Namespace") out.push(subresource(info, "finalize", "Namespace", ["update"]));
  if (info.scaleSubresource) {
    out.push(subresource(info, "scale", "Scale", ["get", "patch", "update"], ["autoscaling", "v1"]));
  }
  if (info.statusSubresource) out.push(subresource(info, "status", info.kind, ["get", "patch", "update"]));
  return out;
}

/** `/api/v1` or `/apis/<group>/<version>`; undefined when that group version is not served. */
export function apiResourceList(group: string, version: string): JsonObject | undefined {
  const kinds = KINDS.filter((k) => k.group === group && k.version === version);
  const extra = EXTRA.filter((e) => e.group === group && e.version === version);
  if (kinds.length === 0 && extra.length === 0) return undefined;
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: apiVersionOf({ group, version }),
    resources: [...kinds.flatMap(apiResourcesOf), ...extra.flatMap((e) => e.resources)],
  };
}

/** `/apis/<group>`: one APIGroup. */
export function apiGroup(group: string): JsonObject | undefined {
  const list = apiGroupList().groups as JsonObject[];
  const found = list.find((g) => g.name === group);
  return found ? { kind: "APIGroup", apiVersion: "v1", ...found } : undefined;
}

/** The discovery document at a path, or undefined when the path is not a discovery path. */
export function discoveryDocument(path: string): JsonObject | undefined {
  const parts = path.split("/").filter((p) => p !== "");
  if (parts.length === 1 && parts[0] === "version") return versionInfo();
  if (parts[0] === "api") {
    if (parts.length === 1) return apiVersions();
    if (parts.length === 2) return apiResourceList("", parts[1]!);
  }
  if (parts[0] === "apis") {
    if (parts.length === 1) return apiGroupList();
    if (parts.length === 2) return apiGroup(parts[1]!);
    if (parts.length === 3) return apiResourceList(parts[1]!, parts[2]!);
  }
  return undefined;
}
