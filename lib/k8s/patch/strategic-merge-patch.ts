/**
 * Kubernetes strategic merge patch (`application/strategic-merge-patch+json`), after
 * staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (StrategicMergeMapPatch: parallel
 * deletion lists merged, unmatched nulls ignored) and the error mapping of kube-apiserver's patch handler.
 *
 * Where Kubernetes reads `patchStrategy` / `patchMergeKey` struct tags, kubeplay reads the data table
 * PATCH_STRATEGIES: per kind, field paths (dot-separated, `[]` for "every element of this list") with
 * the tags of the Go types. A map field without an entry is merged key by key; a list field without an
 * entry is replaced whole. Kinds missing from the table get no strategies at all (lists replaced, as with
 * a JSON merge patch).
 *
 * Directives: `$patch: replace` (a map, or as a list element: the list, is replaced by the patch),
 * `$patch: delete` (a map is emptied; as a list element, the elements with its merge key are removed),
 * `$setElementOrder/<list>` (order of a merged list), `$retainKeys` (keys of the map to keep),
 * `$deleteFromPrimitiveList/<list>` (values removed from a merged primitive list), and a `null` value
 * deletes its key. kubeplay also accepts `$patch: merge` (the default behaviour, so a no-op) where
 * Kubernetes refuses it.
 *
 * Errors: malformed `$retainKeys`, `$setElementOrder/...` and `$deleteFromPrimitiveList/...` directives
 * are 400 BadRequest with Kubernetes' messages (`invalid patch format of retainKeys`, ...); a list of
 * lists is 422 Invalid (`the server rejected our request due to an error in our request`). The other
 * failures (a list element without its merge key, an unknown `$patch` value, ...) are plain errors in
 * kube-apiserver, answered as 500; kubeplay answers them 400 BadRequest with the same message.
 *
 * The result never shares structure with, nor mutates, the inputs. Directive keys never reach the result:
 * where Kubernetes copies a patch value verbatim (a key the original lacks, a list replaced whole, a new
 * list element) and relies on decoding into Go structs to drop them, kubeplay strips them (and the nulls,
 * as IgnoreUnmatchedNulls does) itself.
 */
import { badRequest } from "../errors";
import { deepCopy, isJsonObject, type JsonObject, type JsonValue, jsonEqual } from "../object";
import { patchApplicationFailed } from "./json-patch";

/** A field's struct tags: `patchStrategy` and, for lists of objects, `patchMergeKey`. */
export interface FieldPatchStrategy {
  readonly patchStrategy: "merge" | "replace" | "retainKeys" | "merge,retainKeys";
  readonly patchMergeKey?: string;
}

/** Field path (e.g. `spec.template.spec.containers[].env`) to its strategy. */
export type PatchStrategyTable = Readonly<Record<string, FieldPatchStrategy>>;

const mergeBy = (patchMergeKey: string): FieldPatchStrategy => ({ patchStrategy: "merge", patchMergeKey });
const mergeRetainKeysBy = (patchMergeKey: string): FieldPatchStrategy => ({
  patchStrategy: "merge,retainKeys",
  patchMergeKey,
});
const MERGE_SET: FieldPatchStrategy = { patchStrategy: "merge" };
const RETAIN_KEYS: FieldPatchStrategy = { patchStrategy: "retainKeys" };

/** The same table with every path under `prefix`. */
function at(prefix: string, table: PatchStrategyTable): Record<string, FieldPatchStrategy> {
  const out: Record<string, FieldPatchStrategy> = {};
  for (const [path, strategy] of Object.entries(table)) out[`${prefix}.${path}`] = strategy;
  return out;
}

// Tables of the Go types (k8s.io/api core/v1, apps/v1, batch/v1), relative to the type.
const OBJECT_META: PatchStrategyTable = {
  ownerReferences: mergeBy("uid"),
  finalizers: MERGE_SET,
};
const CONTAINER: PatchStrategyTable = {
  ports: mergeBy("containerPort"),
  env: mergeBy("name"),
  volumeMounts: mergeBy("mountPath"),
  volumeDevices: mergeBy("devicePath"),
};
const POD_SPEC: PatchStrategyTable = {
  volumes: mergeRetainKeysBy("name"),
  initContainers: mergeBy("name"),
  ...at("initContainers[]", CONTAINER),
  containers: mergeBy("name"),
  ...at("containers[]", CONTAINER),
  ephemeralContainers: mergeBy("name"),
  ...at("ephemeralContainers[]", CONTAINER),
  imagePullSecrets: mergeBy("name"),
  hostAliases: mergeBy("ip"),
  topologySpreadConstraints: mergeBy("topologyKey"),
  schedulingGates: mergeBy("name"),
  resourceClaims: mergeRetainKeysBy("name"),
};
const POD_STATUS: PatchStrategyTable = {
  conditions: mergeBy("type"),
  podIPs: mergeBy("ip"),
  hostIPs: mergeBy("ip"),
  resourceClaimStatuses: mergeRetainKeysBy("name"),
};
const POD_TEMPLATE_SPEC: PatchStrategyTable = { ...at("metadata", OBJECT_META), ...at("spec", POD_SPEC) };
const META: PatchStrategyTable = at("metadata", OBJECT_META);
const STATUS_CONDITIONS: PatchStrategyTable = { "status.conditions": mergeBy("type") };

/** Patch strategies per kind. */
export const PATCH_STRATEGIES: Readonly<Record<string, PatchStrategyTable>> = {
  Pod: { ...META, ...at("spec", POD_SPEC), ...at("status", POD_STATUS) },
  PodTemplate: { ...META, ...at("template", POD_TEMPLATE_SPEC) },
  Deployment: {
    ...META,
    ...at("spec.template", POD_TEMPLATE_SPEC),
    "spec.strategy": RETAIN_KEYS,
    ...STATUS_CONDITIONS,
  },
  ReplicaSet: { ...META, ...at("spec.template", POD_TEMPLATE_SPEC), ...STATUS_CONDITIONS },
  StatefulSet: { ...META, ...at("spec.template", POD_TEMPLATE_SPEC), ...STATUS_CONDITIONS },
  DaemonSet: { ...META, ...at("spec.template", POD_TEMPLATE_SPEC), ...STATUS_CONDITIONS },
  ReplicationController: { ...META, ...at("spec.template", POD_TEMPLATE_SPEC), ...STATUS_CONDITIONS },
  Job: { ...META, ...at("spec.template", POD_TEMPLATE_SPEC), ...STATUS_CONDITIONS },
  CronJob: {
    ...META,
    ...at("spec.jobTemplate.metadata", OBJECT_META),
    ...at("spec.jobTemplate.spec.template", POD_TEMPLATE_SPEC),
  },
  Node: {
    ...META,
    "spec.podCIDRs": MERGE_SET,
    "status.conditions": mergeBy("type"),
    "status.addresses": mergeBy("type"),
  },
  Service: { ...META, "spec.ports": mergeBy("port"), ...STATUS_CONDITIONS },
  Endpoints: { ...META },
  Namespace: { ...META, ...STATUS_CONDITIONS },
  ConfigMap: { ...META },
  Secret: { ...META },
  ServiceAccount: { ...META, secrets: mergeBy("name") },
  Event: { ...META },
  Lease: { ...META },
};

// ---------------------------------------------------------------------------------------------------------

const DIRECTIVE_MARKER = "$patch";
const RETAIN_KEYS_DIRECTIVE = "$retainKeys";
const SET_ELEMENT_ORDER_PREFIX = "$setElementOrder";
const DELETE_FROM_PRIMITIVE_LIST_PREFIX = "$deleteFromPrimitiveList";

const ERR_BAD_PRIMITIVE_LIST = "invalid patch format of primitive list";
const ERR_BAD_RETAIN_KEYS = "invalid patch format of retainKeys";
const ERR_BAD_SET_ELEMENT_ORDER = "invalid patch format of setElementOrder list";
const ERR_NO_LIST_OF_LISTS = "lists of lists are not supported";

function isDirectiveKey(key: string): boolean {
  return (
    key === DIRECTIVE_MARKER ||
    key === RETAIN_KEYS_DIRECTIVE ||
    key.startsWith(`${SET_ELEMENT_ORDER_PREFIX}/`) ||
    key.startsWith(`${DELETE_FROM_PRIMITIVE_LIST_PREFIX}/`)
  );
}

/** A value printed as Go's %v prints the decoded JSON (map keys sorted). */
function goFormat(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return "<nil>";
  if (Array.isArray(value)) return `[${value.map(goFormat).join(" ")}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `map[${keys.map((k) => `${k}:${goFormat(value[k])}`).join(" ")}]`;
  }
  return String(value);
}

function goTypeName(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return "<nil>";
  if (Array.isArray(value)) return "[]interface {}";
  if (isJsonObject(value)) return "map[string]interface {}";
  if (typeof value === "number") return Number.isInteger(value) ? "int64" : "float64";
  return typeof value === "boolean" ? "bool" : "string";
}

const errNoMergeKey = (m: JsonObject, key: string): Error =>
  badRequest(`map: ${goFormat(m)} does not contain declared merge key: ${key}`);
const errBadPatchType = (t: JsonValue | undefined, m: JsonObject): Error =>
  badRequest(`unknown patch type: ${goFormat(t)} in map: ${goFormat(m)}`);
const errExpectedList = (value: JsonValue | undefined): Error =>
  badRequest(`expected a []interface {}, but received a ${goTypeName(value)}`);

/** Same merge-key value (Go's == on decoded JSON scalars). */
function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  return typeof a === "object" && a !== null && typeof b === "object" && b !== null && jsonEqual(a, b);
}

/** `$deleteFromPrimitiveList/finalizers` -> `finalizers`. */
function extractKey(key: string, prefix: string, error: string): string {
  const slash = key.indexOf("/");
  if (slash < 0 || key.slice(0, slash) !== prefix) throw badRequest(error);
  return key.slice(slash + 1);
}

/**
 * A patch value as it ends up stored when Kubernetes copies it verbatim: directive keys and null members
 * dropped, deleted list elements dropped. Returns fresh objects.
 */
function sanitize(value: JsonValue): JsonValue {
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (const item of value) {
      if (isJsonObject(item) && Object.hasOwn(item, DIRECTIVE_MARKER)) {
        if (item[DIRECTIVE_MARKER] === "delete") continue;
        const cleaned = sanitize(item);
        if (isJsonObject(cleaned) && Object.keys(cleaned).length === 0) continue;
        out.push(cleaned);
      } else {
        out.push(sanitize(item));
      }
    }
    return out;
  }
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === null || isDirectiveKey(k)) continue;
      out[k] = sanitize(v);
    }
    return out;
  }
  return value;
}

type ElementKind = "map" | "primitive";

/** sliceElementType: every element of the lists has one JSON type, and lists of lists are refused. */
function elementKind(...lists: readonly JsonValue[][]): ElementKind | undefined {
  let seen: string | undefined;
  for (const list of lists) {
    for (const item of list) {
      const type = Array.isArray(item)
        ? "array"
        : isJsonObject(item)
          ? "map"
          : item === null
            ? "null"
            : typeof item;
      if (seen === undefined) {
        if (type === "array") throw patchApplicationFailed(ERR_NO_LIST_OF_LISTS);
        seen = type;
      } else if (seen !== type) {
        throw badRequest(`list element types are not identical: ${goFormat(lists.map((l) => [...l]))}`);
      }
    }
  }
  if (seen === undefined) return undefined;
  return seen === "map" ? "map" : "primitive";
}

function mergeKeyOf(item: JsonValue, mergeKey: string): JsonValue | undefined {
  if (!isJsonObject(item))
    throw badRequest(`expected a map[string]interface {}, but received a ${goTypeName(item)}`);
  if (!Object.hasOwn(item, mergeKey) || item[mergeKey] === undefined) throw errNoMergeKey(item, mergeKey);
  return item[mergeKey];
}

/** Position of an item in a list (by merge key for maps), -1 when absent. */
function indexIn(list: readonly JsonValue[], item: JsonValue, mergeKey: string, kind: ElementKind): number {
  if (kind === "map") {
    const wanted = isJsonObject(item) ? item[mergeKey] : undefined;
    return list.findIndex((x) => isJsonObject(x) && sameValue(x[mergeKey], wanted));
  }
  return list.findIndex((x) => sameValue(x, item));
}

/** Splits `items` into those present in `by` and the others (server-only), keeping their order. */
function partition(
  items: readonly JsonValue[],
  by: readonly JsonValue[],
  mergeKey: string,
  kind: ElementKind,
): [JsonValue[], JsonValue[]] {
  const present: JsonValue[] = [];
  const serverOnly: JsonValue[] = [];
  for (const item of items) {
    let found: boolean;
    if (kind === "map") {
      const value = mergeKeyOf(item, mergeKey);
      found = by.some((x, i) => {
        if (!isJsonObject(x)) throw badRequest(`value for key ${i} is not a map.`);
        return Object.hasOwn(x, mergeKey) && sameValue(x[mergeKey], value);
      });
    } else {
      found = by.some((x) => sameValue(x, item));
    }
    (found ? present : serverOnly).push(item);
  }
  return [present, serverOnly];
}

/** normalizeSliceOrder: sorts `toSort` by the positions in `order` (stable; unknown items last). */
function sortByOrder(
  toSort: readonly JsonValue[],
  order: readonly JsonValue[],
  mergeKey: string,
  kind: ElementKind,
): JsonValue[] {
  let items = [...toSort];
  const deleted: JsonValue[] = [];
  if (kind === "map") {
    for (const item of [...toSort, ...order]) mergeKeyOf(item, mergeKey);
    items = items.filter((item) => {
      const isDelete = isJsonObject(item) && item[DIRECTIVE_MARKER] === "delete";
      if (isDelete) deleted.push(item);
      return !isDelete;
    });
  }
  const rank = (item: JsonValue): number => {
    const i = indexIn(order, item, mergeKey, kind);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const ranked = items.map((item, i) => ({ item, i, r: rank(item) }));
  ranked.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r < b.r ? -1 : 1));
  return [...ranked.map((x) => x.item), ...deleted];
}

/**
 * normalizeElementOrder + mergeSortedSlice: patch items keep the patch's order, server-only items the
 * live order, and the two are interleaved by their positions in the live list; a patch item the live list
 * does not know goes before the server-only item being compared.
 */
function normalizeElementOrder(
  patchItems: readonly JsonValue[],
  serverOnly: readonly JsonValue[],
  patchOrder: readonly JsonValue[],
  serverOrder: readonly JsonValue[],
  mergeKey: string,
  kind: ElementKind,
): JsonValue[] {
  const right = sortByOrder(patchItems, patchOrder, mergeKey, kind);
  const left = sortByOrder(serverOnly, serverOrder, mergeKey, kind);
  const out: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const l = left[i];
    const r = right[j];
    if (l === undefined || i >= left.length) {
      out.push(r as JsonValue);
      j++;
    } else if (r === undefined || j >= right.length) {
      out.push(l);
      i++;
    } else {
      const li = indexIn(serverOrder, l, mergeKey, kind);
      const ri = indexIn(serverOrder, r, mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) {
        out.push(l);
        i++;
      } else {
        out.push(r);
        j++;
      }
    }
  }
  return out;
}

interface Strategy {
  merge: boolean;
  replace: boolean;
  mergeKey: string;
}

class StrategicMerger {
  constructor(private readonly table: PatchStrategyTable) {}

  private strategy(path: string): Strategy {
    const entry = Object.hasOwn(this.table, path) ? this.table[path] : undefined;
    const strategies = entry ? entry.patchStrategy.split(",") : [];
    return {
      merge: strategies.includes("merge"),
      replace: strategies.includes("replace"),
      mergeKey: entry?.patchMergeKey ?? "",
    };
  }

  /** mergeMap: `original` is a private copy and is changed in place; `patch` is only read. */
  mergeMap(original: JsonObject, patch: JsonObject, path: string): JsonObject {
    if (Object.hasOwn(patch, DIRECTIVE_MARKER)) {
      const directive = patch[DIRECTIVE_MARKER];
      if (directive === "replace") return sanitize(patch) as JsonObject;
      if (directive === "delete") return {};
      if (directive !== "merge") throw errBadPatchType(directive, patch);
    }
    const done = new Set<string>([DIRECTIVE_MARKER]);
    this.applyRetainKeys(original, patch, done);
    this.applySetElementOrder(original, patch, path, done);

    for (const patchKey of Object.keys(patch)) {
      if (done.has(patchKey)) continue;
      const patchV = patch[patchKey];
      if (patchV === undefined) continue;
      let key = patchKey;
      let isDeleteList = false;
      if (patchKey.startsWith(DELETE_FROM_PRIMITIVE_LIST_PREFIX)) {
        key = extractKey(patchKey, DELETE_FROM_PRIMITIVE_LIST_PREFIX, ERR_BAD_PRIMITIVE_LIST);
        isDeleteList = true;
      }
      const childPath = path ? `${path}.${key}` : key;
      if (patchV === null) {
        delete original[key];
        continue;
      }
      const originalV = Object.hasOwn(original, key) ? original[key] : undefined;
      if (originalV === undefined || originalV === null) {
        if (isDeleteList) continue;
        // A map that deletes itself has nothing to delete here.
        if (isJsonObject(patchV) && patchV[DIRECTIVE_MARKER] === "delete") continue;
        original[key] = sanitize(patchV);
      } else if (isJsonObject(originalV) && isJsonObject(patchV)) {
        const st = this.strategy(childPath);
        original[key] = st.replace
          ? (sanitize(patchV) as JsonObject)
          : this.mergeMap(originalV, patchV, childPath);
      } else if (Array.isArray(originalV) && Array.isArray(patchV)) {
        const st = this.strategy(childPath);
        original[key] =
          st.merge || isDeleteList
            ? this.mergeSlice(originalV, patchV, childPath, st.mergeKey, isDeleteList)
            : sanitize(patchV);
      } else if (!isDeleteList) {
        original[key] = sanitize(patchV);
      }
    }
    return original;
  }

  /** `$retainKeys`: every key the patch sets must be listed; keys of the original not listed go. */
  private applyRetainKeys(original: JsonObject, patch: JsonObject, done: Set<string>): void {
    if (!Object.hasOwn(patch, RETAIN_KEYS_DIRECTIVE)) return;
    done.add(RETAIN_KEYS_DIRECTIVE);
    const list = patch[RETAIN_KEYS_DIRECTIVE];
    if (!Array.isArray(list)) throw badRequest(ERR_BAD_RETAIN_KEYS);
    const retained = new Set<JsonValue>(list);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === undefined || done.has(k)) continue;
      if (k.startsWith(DELETE_FROM_PRIMITIVE_LIST_PREFIX) || k.startsWith(SET_ELEMENT_ORDER_PREFIX)) continue;
      if (!retained.has(k)) throw badRequest(ERR_BAD_RETAIN_KEYS);
    }
    for (const k of Object.keys(original)) if (!retained.has(k)) delete original[k];
  }

  /** mergePatchIntoOriginal: merges each list that has a `$setElementOrder/<list>` and orders it. */
  private applySetElementOrder(
    original: JsonObject,
    patch: JsonObject,
    path: string,
    done: Set<string>,
  ): void {
    for (const directiveKey of Object.keys(patch)) {
      if (!directiveKey.startsWith(SET_ELEMENT_ORDER_PREFIX)) continue;
      done.add(directiveKey);
      const order = patch[directiveKey];
      if (!Array.isArray(order)) throw badRequest(ERR_BAD_SET_ELEMENT_ORDER);
      const key = extractKey(directiveKey, SET_ELEMENT_ORDER_PREFIX, ERR_BAD_SET_ELEMENT_ORDER);
      const childPath = path ? `${path}.${key}` : key;
      const st = this.strategy(childPath);
      // Only lists with the merge strategy can be ordered; the others are replaced by the main loop.
      if (!st.merge) continue;
      const originalV = Object.hasOwn(original, key) ? original[key] : undefined;
      const patchV = Object.hasOwn(patch, key) ? patch[key] : undefined;
      const foundOriginal = originalV !== undefined && originalV !== null;
      const foundPatch = patchV !== undefined && patchV !== null;
      if (foundOriginal && !Array.isArray(originalV)) throw errExpectedList(originalV);
      if (foundPatch && !Array.isArray(patchV)) throw errExpectedList(patchV);
      const originalList = Array.isArray(originalV) ? originalV : [];
      const patchList = Array.isArray(patchV) ? patchV : [];
      validatePatchWithSetOrderList(patchList, order, st.mergeKey);

      let merged: JsonValue[];
      if (foundOriginal && foundPatch)
        merged = this.mergeSlice(originalList, patchList, childPath, st.mergeKey, false);
      else if (foundOriginal) merged = [...originalList];
      else if (foundPatch) merged = sanitize(patchList) as JsonValue[];
      else continue;

      const kind = elementKind(originalList, patchList) ?? elementKind(merged);
      if (kind !== undefined && merged.length > 0) {
        const [patchItems, serverOnly] = partition(merged, order, st.mergeKey, kind);
        merged = normalizeElementOrder(patchItems, serverOnly, order, originalList, st.mergeKey, kind);
      }
      original[key] = merged;
      done.add(key);
    }
  }

  /** mergeSlice: merges a list with the merge strategy (by merge key for maps, as a set for primitives). */
  private mergeSlice(
    original: JsonValue[],
    patch: readonly JsonValue[],
    path: string,
    mergeKey: string,
    isDeleteList: boolean,
  ): JsonValue[] {
    if (original.length === 0 && patch.length === 0) return original;
    const kind = elementKind(original, [...patch]);
    if (kind === undefined) return original;
    let merged: JsonValue[];
    let serverOrder: JsonValue[];
    let patchItems: JsonValue[];
    if (kind === "primitive") {
      if (isDeleteList) return original.filter((v) => !patch.some((d) => sameValue(d, v)));
      merged = [];
      for (const v of [...original, ...patch]) if (!merged.some((m) => sameValue(m, v))) merged.push(v);
      serverOrder = original;
      patchItems = [...patch];
    } else {
      if (!mergeKey) throw badRequest(`cannot merge lists without merge key for ${path}`);
      [serverOrder, patchItems] = mergeSliceWithSpecialElements(original, patch, mergeKey);
      merged = this.mergeSliceWithoutSpecialElements(serverOrder, patchItems, mergeKey, `${path}[]`);
    }
    const [inPatch, serverOnly] = partition(merged, patchItems, mergeKey, kind);
    return normalizeElementOrder(inPatch, serverOnly, patchItems, serverOrder, mergeKey, kind);
  }

  /** Merges each patch element into the element with its merge key, or appends it. */
  private mergeSliceWithoutSpecialElements(
    original: readonly JsonValue[],
    patch: readonly JsonValue[],
    mergeKey: string,
    elementPath: string,
  ): JsonValue[] {
    const out = [...original];
    for (const item of patch) {
      const value = mergeKeyOf(item, mergeKey);
      const index = out.findIndex((o, i) => {
        if (!isJsonObject(o)) throw badRequest(`value for key ${i} is not a map.`);
        return Object.hasOwn(o, mergeKey) && sameValue(o[mergeKey], value);
      });
      const existing = out[index];
      if (index >= 0 && isJsonObject(existing))
        out[index] = this.mergeMap(existing, item as JsonObject, elementPath);
      else out.push(sanitize(item));
    }
    return out;
  }
}

/**
 * Handles the list elements carrying `$patch`: `delete` removes the original elements with that merge key,
 * `replace` makes the other patch elements the whole list. Returns [original, patch elements left].
 */
function mergeSliceWithSpecialElements(
  original: JsonValue[],
  patch: readonly JsonValue[],
  mergeKey: string,
): [JsonValue[], JsonValue[]] {
  let kept = original;
  const rest: JsonValue[] = [];
  let replace = false;
  for (const item of patch) {
    if (!isJsonObject(item) || !Object.hasOwn(item, DIRECTIVE_MARKER)) {
      rest.push(item);
      continue;
    }
    const directive = item[DIRECTIVE_MARKER];
    if (directive === "delete") {
      if (!Object.hasOwn(item, mergeKey)) throw errNoMergeKey(item, mergeKey);
      const value = item[mergeKey];
      kept = kept.filter(
        (o) => !(isJsonObject(o) && Object.hasOwn(o, mergeKey) && sameValue(o[mergeKey], value)),
      );
    } else if (directive === "replace") {
      replace = true;
    } else if (directive === "merge") {
      const { [DIRECTIVE_MARKER]: _marker, ...element } = item;
      if (Object.keys(element).length > 0) rest.push(element);
    } else {
      throw errBadPatchType(directive, item);
    }
  }
  if (replace) return [rest.map(sanitize), []];
  return [kept, rest];
}

/** The patch list must follow the `$setElementOrder` list's order (deleted elements aside). */
function validatePatchWithSetOrderList(
  patchList: readonly JsonValue[],
  order: readonly JsonValue[],
  mergeKey: string,
) {
  if (order.length === 0 || patchList.length === 0) return;
  const nonDelete = mergeKey
    ? patchList.filter((item) => {
        if (!isJsonObject(item))
          throw badRequest(`expected a map[string]interface {}, but received a ${goTypeName(item)}`);
        return item[DIRECTIVE_MARKER] !== "delete";
      })
    : patchList;
  let p = 0;
  let s = 0;
  while (p < nonDelete.length && s < order.length) {
    const item = nonDelete[p] as JsonValue;
    if (isJsonObject(item) && Object.hasOwn(item, DIRECTIVE_MARKER)) {
      p++;
      continue;
    }
    const wanted = order[s] as JsonValue;
    const equal = mergeKey
      ? sameValue(mergeKeyOf(item, mergeKey), mergeKeyOf(wanted, mergeKey))
      : sameValue(item, wanted);
    if (equal) p++;
    s++;
  }
  if (p < nonDelete.length && s >= order.length) {
    throw badRequest(
      `The order in patch list:\n${goFormat([...patchList])}\n doesn't match ${SET_ELEMENT_ORDER_PREFIX} list:\n${goFormat([...order])}\n`,
    );
  }
}

/**
 * The body of a strategic merge patch request as a map: JSON null is an empty patch, any other non-object
 * is 400 BadRequest (`json: cannot unmarshal array into Go value of type map[string]interface {}`).
 */
export function decodeStrategicMergePatch(body: JsonValue): JsonObject {
  if (body === null) return {};
  if (isJsonObject(body)) return body;
  const kind = Array.isArray(body) ? "array" : typeof body === "boolean" ? "bool" : typeof body;
  throw badRequest(`json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`);
}

/** Applies a strategic merge patch to an object of the given kind and returns the patched copy. */
export function applyStrategicMergePatch(original: JsonObject, patch: JsonObject, kind: string): JsonObject {
  const table = Object.hasOwn(PATCH_STRATEGIES, kind) ? (PATCH_STRATEGIES[kind] ?? {}) : {};
  return new StrategicMerger(table).mergeMap(deepCopy(original), patch, "");
}
