/**
 * The REST operations of the served kinds, as data: for each path its parameters and operations
 * (operationId, action, group/version/kind, query parameters, body and response definitions),
 * rendered into OpenAPI v3 or Swagger 2.0 by documents.ts. Names follow kube-apiserver's
 * (`listCoreV1NamespacedPod`, `patchAppsV1NamespacedDeploymentScale`, ...).
 */
import type { KindInfo } from "../k8s/kinds";
import {
  BINDING_DEFINITION,
  DELETE_OPTIONS_DEFINITION,
  definitionOf,
  EVICTION_DEFINITION,
  type GroupVersionKind,
  PATCH_DEFINITION,
  SCALE_DEFINITION,
  STATUS_DEFINITION,
} from "./schemas";

export interface Parameter {
  name: string;
  in: "query" | "path";
  type: "string" | "integer" | "boolean";
  description: string;
  required?: boolean;
}

export type Method = "get" | "put" | "post" | "delete" | "patch";

export interface Operation {
  method: Method;
  operationId: string;
  description: string;
  action: string;
  gvk: GroupVersionKind;
  parameters: Parameter[];
  /** The definition of the request body; PATCH bodies are `Patch` in the patch content types. */
  body?: string;
  /** Response code → definition. */
  responses: Record<string, string>;
}

export interface PathItem {
  path: string;
  parameters: Parameter[];
  operations: Operation[];
}

export const PATCH_CONTENT_TYPES = [
  "application/json-patch+json",
  "application/merge-patch+json",
  "application/strategic-merge-patch+json",
];

const q = (name: string, type: Parameter["type"], description: string): Parameter => ({
  name,
  in: "query",
  type,
  description,
});

const PRETTY = q(
  "pretty",
  "string",
  "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).",
);
const DRY_RUN = q(
  "dryRun",
  "string",
  "When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed",
);
const FIELD_MANAGER = q(
  "fieldManager",
  "string",
  "fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.",
);
export const FIELD_VALIDATION = q(
  "fieldValidation",
  "string",
  "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. This is the default behavior prior to v1.23. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default in v1.23+ - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.",
);
const WRITE_PARAMS = [DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION];
const LIST_PARAMS = [
  q(
    "allowWatchBookmarks",
    "boolean",
    'allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.',
  ),
  q(
    "continue",
    "string",
    "The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize.",
  ),
  q(
    "fieldSelector",
    "string",
    "A selector to restrict the list of returned objects by their fields. Defaults to everything.",
  ),
  q(
    "labelSelector",
    "string",
    "A selector to restrict the list of returned objects by their labels. Defaults to everything.",
  ),
  q(
    "limit",
    "integer",
    "limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results.",
  ),
  q(
    "resourceVersion",
    "string",
    "resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset",
  ),
  q(
    "resourceVersionMatch",
    "string",
    "resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset",
  ),
  q(
    "sendInitialEvents",
    "boolean",
    '`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event will be sent.',
  ),
  q(
    "timeoutSeconds",
    "integer",
    "Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.",
  ),
  q(
    "watch",
    "boolean",
    "Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.",
  ),
];
const DELETE_PARAMS = [
  DRY_RUN,
  q(
    "gracePeriodSeconds",
    "integer",
    "The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.",
  ),
  q(
    "orphanDependents",
    "boolean",
    'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object\'s finalizers list. Either this field or PropagationPolicy may be set, but not both.',
  ),
  q(
    "propagationPolicy",
    "string",
    "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.",
  ),
];
const FORCE = q(
  "force",
  "boolean",
  'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.',
);

function pathParam(name: string, description: string): Parameter {
  return { name, in: "path", type: "string", description, required: true };
}

/** `CoreV1`, `AppsV1`, `CoordinationV1`: the group version in operation ids and tags. */
export function groupVersionTag(group: string, version: string): string {
  const g = group === "" ? "core" : group.split(".")[0]!;
  return `${g[0]!.toUpperCase()}${g.slice(1)}${version[0]!.toUpperCase()}${version.slice(1)}`;
}

/** The paths of one kind, with its subresources. */
export function pathsOf(info: KindInfo): PathItem[] {
  const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
  const tag = groupVersionTag(info.group, info.version);
  const gvk: GroupVersionKind = { group: info.group, version: info.version, kind: info.kind };
  const def = definitionOf(info);
  const list = `${def}List`;
  const scope = info.namespaced ? "Namespaced" : "";
  const collection = info.namespaced
    ? `${base}/namespaces/{namespace}/${info.plural}`
    : `${base}/${info.plural}`;
  const nsParam = pathParam("namespace", "object name and auth scope, such as for teams and projects");
  const nameParam = (what: string) => pathParam("name", `name of the ${what}`);
  const scopeParams = info.namespaced ? [nsParam] : [];
  const op = (o: Omit<Operation, "gvk"> & { gvk?: GroupVersionKind }): Operation => ({ gvk, ...o });
  const items: PathItem[] = [];

  items.push({
    path: collection,
    parameters: [...scopeParams, PRETTY],
    operations: [
      op({
        method: "get",
        operationId: `list${tag}${scope}${info.kind}`,
        description: `list or watch objects of kind ${info.kind}`,
        action: "list",
        parameters: LIST_PARAMS,
        responses: { "200": list },
      }),
      op({
        method: "post",
        operationId: `create${tag}${scope}${info.kind}`,
        description: `create a ${info.kind}`,
        action: "post",
        parameters: WRITE_PARAMS,
        body: def,
        responses: { "200": def, "201": def, "202": def },
      }),
      ...(info.kind === "Namespace"
        ? []
        : [
            op({
              method: "delete",
              operationId: `delete${tag}Collection${scope}${info.kind}`,
              description: `delete collection of ${info.kind}`,
              action: "deletecollection",
              parameters: [
                ...DELETE_PARAMS,
                ...LIST_PARAMS.filter((p) => p.name !== "watch" && p.name !== "allowWatchBookmarks"),
              ],
              body: DELETE_OPTIONS_DEFINITION,
              responses: { "200": STATUS_DEFINITION },
            }),
          ]),
    ],
  });
  items.push({
    path: `${collection}/{name}`,
    parameters: [nameParam(info.kind), ...scopeParams, PRETTY],
    operations: [
      op({
        method: "get",
        operationId: `read${tag}${scope}${info.kind}`,
        description: `read the specified ${info.kind}`,
        action: "get",
        parameters: [],
        responses: { "200": def },
      }),
      op({
        method: "put",
        operationId: `replace${tag}${scope}${info.kind}`,
        description: `replace the specified ${info.kind}`,
        action: "put",
        parameters: WRITE_PARAMS,
        body: def,
        responses: { "200": def, "201": def },
      }),
      op({
        method: "delete",
        operationId: `delete${tag}${scope}${info.kind}`,
        description: `delete a ${info.kind}`,
        action: "delete",
        parameters: DELETE_PARAMS,
        body: DELETE_OPTIONS_DEFINITION,
        responses: { "200": def, "202": def },
      }),
      op({
        method: "patch",
        operationId: `patch${tag}${scope}${info.kind}`,
        description: `partially update the specified ${info.kind}`,
        action: "patch",
        parameters: [...WRITE_PARAMS, FORCE],
        body: PATCH_DEFINITION,
        responses: { "200": def, "201": def },
      }),
    ],
  });
  if (info.namespaced) {
    items.push({
      path: `${base}/${info.plural}`,
      parameters: [PRETTY],
      operations: [
        op({
          method: "get",
          operationId: `list${tag}${info.kind}ForAllNamespaces`,
          description: `list or watch objects of kind ${info.kind}`,
          action: "list",
          parameters: LIST_PARAMS,
          responses: { "200": list },
        }),
      ],
    });
  }
  const sub = (name: string, kind: GroupVersionKind, body: string, methods: Method[]): PathItem => ({
    path: `${collection}/{name}/${name}`,
    parameters: [nameParam(kind.kind), ...scopeParams, PRETTY],
    operations: methods.map((method) => {
      const Sub = `${name[0]!.toUpperCase()}${name.slice(1)}`;
      const verb = { get: "read", put: "replace", post: "create", patch: "patch", delete: "delete" }[method];
      return op({
        method,
        operationId: `${verb}${tag}${scope}${info.kind}${Sub}`,
        description: `${verb} ${name} of the specified ${info.kind}`,
        action: method === "get" ? "get" : method,
        gvk: kind,
        parameters: method === "get" ? [] : method === "patch" ? [...WRITE_PARAMS, FORCE] : WRITE_PARAMS,
        ...(method === "get" ? {} : { body: method === "patch" ? PATCH_DEFINITION : body }),
        responses:
          method === "post" ? { "200": body, "201": body, "202": body } : { "200": body, "201": body },
      });
    }),
  });
  if (info.statusSubresource) items.push(sub("status", gvk, def, ["get", "put", "patch"]));
  if (info.scaleSubresource) {
    items.push(
      sub("scale", { group: "autoscaling", version: "v1", kind: "Scale" }, SCALE_DEFINITION, [
        "get",
        "put",
        "patch",
      ]),
    );
  }
  if (info.kind === "Pod") {
    items.push(sub("binding", { group: "", version: "v1", kind: "Binding" }, BINDING_DEFINITION, ["post"]));
    items.push(
      sub("eviction", { group: "policy", version: "v1", kind: "Eviction" }, EVICTION_DEFINITION, ["post"]),
    );
  }
  return items;
}
