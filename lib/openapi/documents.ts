/**
 * The OpenAPI documents of the API server, pure functions of the kinds table: one OpenAPI v3
 * document per served group version (`/openapi/v3/apis/apps/v1`) and one Swagger 2.0 document of
 * everything (`/openapi/v2`).
 */

import { KUBERNETES_VERSION } from "../apiserver/discovery";
import { KINDS, type KindInfo } from "../k8s/kinds";
import type { JsonObject } from "../k8s/object";
import { type Operation, PATCH_CONTENT_TYPES, type Parameter, type PathItem, pathsOf } from "./paths";
import {
  BINDING_DEFINITION,
  DELETE_OPTIONS_DEFINITION,
  DefinitionBuilder,
  definitionOf,
  EVICTION_DEFINITION,
  type Flavor,
  SCALE_DEFINITION,
  STATUS_DEFINITION,
} from "./schemas";

export interface GroupVersion {
  group: string;
  version: string;
}

/** `api/v1`, `apis/apps/v1`: a group version's key in the v3 root document. */
export function groupVersionKey(gv: GroupVersion): string {
  return gv.group === "" ? `api/${gv.version}` : `apis/${gv.group}/${gv.version}`;
}

/** The group versions of the kinds table, core first. */
export function servedGroupVersions(): GroupVersion[] {
  const seen = new Map<string, GroupVersion>();
  for (const k of KINDS) seen.set(groupVersionKey(k), { group: k.group, version: k.version });
  return [...seen.values()];
}

/** `core_v1`, `apps_v1`, `coordination_v1`: the tag of a group version's operations. */
function tagOf(gv: GroupVersion): string {
  return `${gv.group === "" ? "core" : gv.group.split(".")[0]}_${gv.version}`;
}

const RESPONSE_TEXT: Record<string, string> = { "200": "OK", "201": "Created", "202": "Accepted" };
const PRODUCES = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"];
const BEARER = {
  description: "Bearer Token authentication",
  in: "header",
  name: "authorization",
  type: "apiKey",
};

/** The definitions a set of kinds needs: themselves, their lists, their subresources' kinds. */
function rootsOf(kinds: KindInfo[]): string[] {
  const roots = [...kinds.map(definitionOf), STATUS_DEFINITION, DELETE_OPTIONS_DEFINITION];
  if (kinds.some((k) => k.kind === "Pod")) roots.push(BINDING_DEFINITION, EVICTION_DEFINITION);
  if (kinds.some((k) => k.scaleSubresource)) roots.push(SCALE_DEFINITION);
  return roots;
}

function gvkOf(o: Operation): JsonObject {
  return { group: o.gvk.group, kind: o.gvk.kind, version: o.gvk.version };
}

// ---- OpenAPI v3 -----------------------------------------------------------------------------------

function v3Parameter(p: Parameter): JsonObject {
  return {
    name: p.name,
    in: p.in,
    description: p.description,
    ...(p.required ? { required: true } : {}),
    schema: { type: p.type, uniqueItems: true },
  };
}

function v3Operation(o: Operation, b: DefinitionBuilder, tag: string): JsonObject {
  const out: JsonObject = {
    tags: [tag],
    description: o.description,
    operationId: o.operationId,
  };
  if (o.parameters.length) out.parameters = o.parameters.map(v3Parameter);
  if (o.body) {
    const types = o.method === "patch" ? PATCH_CONTENT_TYPES : ["*/*"];
    const content: JsonObject = {};
    for (const t of types) content[t] = { schema: b.ref(o.body) };
    out.requestBody = { content, ...(o.method === "delete" ? {} : { required: true }) };
  }
  const responses: JsonObject = {};
  for (const [code, def] of Object.entries(o.responses)) {
    const content: JsonObject = {};
    for (const t of PRODUCES) content[t] = { schema: b.ref(def) };
    responses[code] = { description: RESPONSE_TEXT[code] ?? "OK", content };
  }
  responses["401"] = { description: "Unauthorized" };
  out.responses = responses;
  out["x-kubernetes-action"] = o.action;
  out["x-kubernetes-group-version-kind"] = gvkOf(o);
  return out;
}

function v3PathItem(p: PathItem, b: DefinitionBuilder, tag: string): JsonObject {
  const out: JsonObject = {};
  for (const o of p.operations) out[o.method] = v3Operation(o, b, tag);
  out.parameters = p.parameters.map(v3Parameter);
  return out;
}

/** The OpenAPI v3 document of one group version; undefined when it is not served. */
export function buildOpenApiV3(gv: GroupVersion): JsonObject | undefined {
  const kinds = KINDS.filter((k) => k.group === gv.group && k.version === gv.version);
  if (kinds.length === 0) return undefined;
  const b = new DefinitionBuilder("v3");
  const tag = tagOf(gv);
  const paths: JsonObject = {};
  for (const k of kinds) for (const p of pathsOf(k)) paths[p.path] = v3PathItem(p, b, tag);
  return {
    openapi: "3.0.0",
    info: { title: "Kubernetes", version: KUBERNETES_VERSION.gitVersion },
    paths,
    components: {
      schemas: b.definitions(rootsOf(kinds), kinds),
      securitySchemes: {
        BearerToken: { type: "apiKey", description: BEARER.description, name: "authorization", in: "header" },
      },
    },
  };
}

// ---- Swagger 2.0 ----------------------------------------------------------------------------------

function v2Parameter(p: Parameter): JsonObject {
  return {
    uniqueItems: true,
    type: p.type,
    description: p.description,
    name: p.name,
    in: p.in,
    ...(p.required ? { required: true } : {}),
  };
}

function v2Operation(o: Operation, b: DefinitionBuilder, tag: string): JsonObject {
  const parameters: JsonObject[] = [];
  if (o.body)
    parameters.push({
      name: "body",
      in: "body",
      ...(o.method === "delete" ? {} : { required: true }),
      schema: b.ref(o.body),
    });
  parameters.push(...o.parameters.map(v2Parameter));
  const responses: JsonObject = {};
  for (const [code, def] of Object.entries(o.responses)) {
    responses[code] = { description: RESPONSE_TEXT[code] ?? "OK", schema: b.ref(def) };
  }
  responses["401"] = { description: "Unauthorized" };
  const out: JsonObject = {
    description: o.description,
    consumes: o.method === "patch" ? PATCH_CONTENT_TYPES : ["*/*"],
    produces: PRODUCES,
    schemes: ["https"],
    tags: [tag],
    operationId: o.operationId,
  };
  if (parameters.length) out.parameters = parameters;
  out.responses = responses;
  out["x-kubernetes-action"] = o.action;
  out["x-kubernetes-group-version-kind"] = gvkOf(o);
  return out;
}

/** The Swagger 2.0 document of every served kind. */
export function buildOpenApiV2(): JsonObject {
  const b = new DefinitionBuilder("v2");
  const paths: JsonObject = {};
  for (const gv of servedGroupVersions()) {
    const tag = tagOf(gv);
    for (const k of KINDS.filter((x) => x.group === gv.group && x.version === gv.version)) {
      for (const p of pathsOf(k)) {
        const item: JsonObject = {};
        for (const o of p.operations) item[o.method] = v2Operation(o, b, tag);
        item.parameters = p.parameters.map(v2Parameter);
        paths[p.path] = item;
      }
    }
  }
  return {
    swagger: "2.0",
    info: { title: "Kubernetes", version: KUBERNETES_VERSION.gitVersion },
    paths,
    definitions: b.definitions(rootsOf([...KINDS]), [...KINDS]),
    securityDefinitions: { BearerToken: BEARER },
    security: [{ BearerToken: [] }],
  };
}

export type { Flavor };
