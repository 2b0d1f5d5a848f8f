/**
 * The API server's registry: what each verb does to the store, with Kubernetes' object semantics.
 * Every writer — users, kubectl, controllers, the scheduler, kubelets — goes through here, so
 * they all get the same defaulting, validation and optimistic concurrency.
 *
 * Pure logic over a `StoreView`; the cluster Durable Object supplies the SQLite-backed store.
 */

import {
  ApiError,
  alreadyExists,
  badRequest,
  conflict,
  expired,
  forbidden,
  invalid,
  notFound,
  STALE_OBJECT,
  unsupportedMediaType,
} from "../k8s/errors";
import { objectAt } from "../k8s/json";
import type { KindInfo } from "../k8s/kinds";
import {
  ALL_FIELD_LABELS,
  apiVersionOf,
  KINDS,
  kindByPath,
  resourceKey,
  selectableFieldsOf,
} from "../k8s/kinds";
import type { JsonObject, JsonValue, KubeObject } from "../k8s/object";
import { deepCopy, isJsonObject, jsonEqual, withoutNullMembers } from "../k8s/object";
import { applyJsonPatch } from "../k8s/patch/json-patch";
import { applyMergePatch } from "../k8s/patch/merge-patch";
import { applyStrategicMergePatch } from "../k8s/patch/strategic-merge-patch";
import { checkSupportedFields, parseFieldSelector } from "../k8s/selectors/fields";
import { parseLabelSelector } from "../k8s/selectors/labels";
import { formatTime } from "../k8s/time";
import { normalizeTimes } from "../k8s/time-fields";
import { checkUnknownFields, type FieldValidation, messageOf } from "../k8s/validation/unknown-fields";
import type { Author, Change, Mutation } from "./change";
import { allocateClusterIP, allocateNodePorts } from "./cluster-ip";

/** What the registry needs of the store. */
export interface StoreView {
  readonly revision: number;
  readonly compactedRevision: number;
  get(resource: string, namespace: string, name: string): KubeObject | undefined;
  list(resource: string, namespace?: string): KubeObject[];
  listAt(resource: string, revision: number, namespace?: string): KubeObject[];
  commit(mutations: readonly Mutation[], now?: number, author?: Author): Change[];
}

export interface Clock {
  now(): number;
}

export interface WriteOptions {
  dryRun?: boolean;
  /** What to do with fields the kind's schema does not know (they are never stored); Warn by default. */
  fieldValidation?: FieldValidation;
  /** Collects the warnings of the request (unknown fields under Warn). */
  warnings?: string[];
}

export interface DeleteOptions extends WriteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: "Orphan" | "Background" | "Foreground";
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

export type PatchType = "merge" | "json" | "strategic";

export const PATCH_CONTENT_TYPES: Record<string, PatchType> = {
  "application/merge-patch+json": "merge",
  "application/json-patch+json": "json",
  "application/strategic-merge-patch+json": "strategic",
};

export interface DeleteResult {
  object: KubeObject;
  /** False when the object lives on, terminating (grace period or finalizers). */
  deleted: boolean;
}

const UNDELETABLE_NAMESPACES = new Set(["default", "kube-system", "kube-public"]);
export const INITIAL_NAMESPACES = ["default", "kube-node-lease", "kube-public", "kube-system"];
const GENERATE_NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
const NAMESPACES = kindByPath("", "v1", "namespaces")!;

export class Registry {
  constructor(
    private readonly store: StoreView,
    private readonly clock: Clock = { now: () => Date.now() },
    /** Who writes through this registry: every commit it makes carries it. */
    private readonly author?: Author,
  ) {}

  /** The same registry writing as `author`: who writes travels with the call, not in shared state. */
  as(author: Author): Registry {
    return new Registry(this.store, this.clock, author);
  }

  private commit(mutations: readonly Mutation[], now: number): Change[] {
    return this.store.commit(mutations, now, this.author);
  }

  get revision(): number {
    return this.store.revision;
  }

  // ---- reads ---------------------------------------------------------------------------------

  get(info: KindInfo, namespace: string, name: string): KubeObject {
    const obj = this.store.get(resourceKey(info), scope(info, namespace), name);
    if (!obj) throw notFound(info, name);
    return obj;
  }

  find(info: KindInfo, namespace: string, name: string): KubeObject | undefined {
    return this.store.get(resourceKey(info), scope(info, namespace), name);
  }

  /** A `<Kind>List` with the list's revision; `namespace` undefined lists all namespaces. */
  list(info: KindInfo, namespace: string | undefined, options: ListOptions = {}): JsonObject {
    const labels = parseLabelSelector(options.labelSelector ?? "");
    const fields = parseFieldSelector(options.fieldSelector ?? "");
    checkSupportedFields(fields, ALL_FIELD_LABELS(info), info.kind);
    const ns = info.namespaced ? namespace : undefined;
    let revision = this.store.revision;
    let start = "";
    if (options.continue) {
      const token = decodeContinue(options.continue);
      if (token.rv < this.store.compactedRevision) {
        throw expired(
          "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.",
        );
      }
      revision = token.rv;
      start = token.start;
    }
    const source =
      revision === this.store.revision
        ? this.store.list(resourceKey(info), ns)
        : this.store.listAt(resourceKey(info), revision, ns);
    const items: KubeObject[] = [];
    const limit = options.limit && options.limit > 0 ? options.limit : Number.POSITIVE_INFINITY;
    let next: string | undefined;
    let remaining = 0;
    for (const obj of source) {
      const k = `${obj.metadata.namespace ?? ""}/${obj.metadata.name ?? ""}`;
      if (start && k <= start) continue;
      if (!labels.matches(obj.metadata.labels)) continue;
      if (!fields.isEverything() && !fields.matches(selectableFieldsOf(info, obj))) continue;
      if (items.length >= limit) {
        remaining += 1;
        continue;
      }
      items.push(obj);
      if (items.length === limit) next = k;
    }
    const metadata: JsonObject = { resourceVersion: String(revision) };
    if (next !== undefined && remaining > 0) {
      metadata.continue = encodeContinue({ rv: revision, start: next });
      metadata.remainingItemCount = remaining;
    }
    return {
      kind: `${info.kind}List`,
      apiVersion: apiVersionOf(info),
      metadata,
      items: items as unknown as JsonValue[],
    };
  }

  // ---- create --------------------------------------------------------------------------------

  create(info: KindInfo, namespace: string, body: unknown, options: WriteOptions = {}): KubeObject {
    const obj = this.checkFields(info, this.decode(info, body), options, true);
    if (obj.spec !== undefined) obj.spec = withoutNullMembers(obj.spec);
    const meta = obj.metadata;
    if (info.namespaced) {
      if (meta.namespace && meta.namespace !== namespace) {
        throw badRequest(
          "the namespace of the provided object does not match the namespace sent on the request",
        );
      }
      meta.namespace = namespace;
    } else delete meta.namespace;
    if (meta.resourceVersion) {
      throw invalid(info, meta.name ?? "", [
        {
          reason: "FieldValueInvalid",
          field: "metadata.resourceVersion",
          message: `Invalid value: ${JSON.stringify(meta.resourceVersion)}: must be empty`,
        },
      ]);
    }
    if (!meta.name && meta.generateName) meta.name = this.generatedName(info, namespace, meta.generateName);
    const now = this.clock.now();
    meta.uid = crypto.randomUUID();
    meta.creationTimestamp = formatTime(now);
    meta.generation = 1;
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    delete meta.managedFields;
    delete meta.selfLink;
    normalizeTimes(info.kind, obj);
    info.defaults?.(obj);
    if (info.statusSubresource && info.initialStatus) {
      const status = info.initialStatus(obj);
      if (status === undefined) delete obj.status;
      else obj.status = status;
    }
    this.validate(info, obj);
    if (info.namespaced) this.requireLiveNamespace(namespace);
    const rk = resourceKey(info);
    if (this.store.get(rk, meta.namespace ?? "", meta.name ?? "")) throw alreadyExists(info, meta.name ?? "");
    if (info.kind === "Service") {
      allocateClusterIP(obj, this.store.list(rk));
      allocateNodePorts(obj, this.store.list(rk));
    }
    if (options.dryRun) return obj;
    this.commit([{ type: "put", resource: rk, object: obj }], now);
    return obj;
  }

  private generatedName(info: KindInfo, namespace: string, prefix: string): string {
    const base = prefix.length > 58 ? prefix.slice(0, 58) : prefix;
    for (let attempt = 0; attempt < 16; attempt++) {
      const bytes = crypto.getRandomValues(new Uint8Array(5));
      let suffix = "";
      for (const b of bytes) suffix += GENERATE_NAME_ALPHABET[b % GENERATE_NAME_ALPHABET.length];
      const name = base + suffix;
      if (!this.store.get(resourceKey(info), scope(info, namespace), name)) return name;
    }
    throw alreadyExists(info, `${base}*`);
  }

  // ---- update --------------------------------------------------------------------------------

  /** PUT of the object (subresource undefined) or of its `status`. */
  update(
    info: KindInfo,
    namespace: string,
    name: string,
    body: unknown,
    subresource?: "status",
    options: WriteOptions = {},
  ): KubeObject {
    const incoming = this.checkFields(info, this.decode(info, body), options, true);
    if (incoming.metadata.name && incoming.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${incoming.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    if (info.namespaced && incoming.metadata.namespace && incoming.metadata.namespace !== namespace) {
      throw badRequest(
        "the namespace of the provided object does not match the namespace sent on the request",
      );
    }
    const existing = this.get(info, namespace, name);
    const expected = incoming.metadata.resourceVersion;
    if (expected && expected !== existing.metadata.resourceVersion) throw conflict(info, name, STALE_OBJECT);
    return this.replace(info, existing, incoming, subresource, options);
  }

  /** PATCH of the object or its `status`, in one of the three patch types. */
  patch(
    info: KindInfo,
    namespace: string,
    name: string,
    patchType: PatchType,
    patchBody: unknown,
    subresource?: "status",
    options: WriteOptions = {},
  ): KubeObject {
    const existing = this.get(info, namespace, name);
    const original = deepCopy(existing) as unknown as JsonObject;
    let patched: JsonValue;
    if (patchType === "json") patched = applyJsonPatch(original, patchBody as JsonValue);
    else {
      if (!isJsonObject(patchBody)) throw badRequest("the body of a merge patch must be a JSON object");
      patched =
        patchType === "merge"
          ? applyMergePatch(original, patchBody)
          : applyStrategicMergePatch(original, patchBody, info.kind);
    }
    if (!isJsonObject(patched) || !isJsonObject(patched.metadata)) {
      throw badRequest("the patched object is not a Kubernetes object");
    }
    const incoming = this.checkFields(info, patched as unknown as KubeObject, options, false);
    if (incoming.metadata.name !== name) throw badRequest("the patch may not change the object's name");
    const expected = incoming.metadata.resourceVersion;
    if (expected && expected !== existing.metadata.resourceVersion) throw conflict(info, name, STALE_OBJECT);
    return this.replace(info, existing, incoming, subresource, options);
  }

  /**
   * Assigns a pod to a node (the `binding` subresource): sets `spec.nodeName`, which no update may
   * change, and the `PodScheduled` condition. Checks are in subresources.ts.
   */
  bind(
    info: KindInfo,
    namespace: string,
    name: string,
    node: string,
    at: string,
    dryRun = false,
  ): KubeObject {
    const next = deepCopy(this.get(info, namespace, name));
    (next.spec as JsonObject).nodeName = node;
    const status = objectAt(next.status);
    const conditions = (Array.isArray(status.conditions) ? status.conditions : []).filter(
      (c) => !(isJsonObject(c) && c.type === "PodScheduled"),
    );
    conditions.push({ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: at });
    next.status = { ...status, conditions };
    if (dryRun) return next;
    this.commit([{ type: "put", resource: resourceKey(info), object: next }], this.clock.now());
    return next;
  }

  /** The common tail of PUT and PATCH: keep what the writer may not change, validate, write. */
  private replace(
    info: KindInfo,
    existing: KubeObject,
    incoming: KubeObject,
    subresource: "status" | undefined,
    options: WriteOptions,
  ): KubeObject {
    normalizeTimes(info.kind, incoming);
    let next: KubeObject;
    if (subresource === "status") {
      // A status write changes the status and nothing else.
      next = deepCopy(existing);
      if (incoming.status === undefined) delete next.status;
      else next.status = incoming.status;
    } else {
      next = incoming;
      if (next.spec !== undefined) next.spec = withoutNullMembers(next.spec);
      next.apiVersion = existing.apiVersion;
      next.kind = existing.kind;
      if (info.statusSubresource) {
        // A write of the object keeps its status.
        if (existing.status === undefined) delete next.status;
        else next.status = deepCopy(existing.status);
      }
      const m = next.metadata;
      const old = existing.metadata;
      m.namespace = old.namespace;
      m.uid = old.uid;
      m.creationTimestamp = old.creationTimestamp;
      m.generation = old.generation;
      if (old.deletionTimestamp) m.deletionTimestamp = old.deletionTimestamp;
      else delete m.deletionTimestamp;
      if (old.deletionGracePeriodSeconds !== undefined)
        m.deletionGracePeriodSeconds = old.deletionGracePeriodSeconds;
      else delete m.deletionGracePeriodSeconds;
      if (m.generateName === undefined && old.generateName !== undefined) m.generateName = old.generateName;
      delete m.managedFields;
      delete m.selfLink;
      info.defaults?.(next);
      if (old.deletionTimestamp) {
        const added = (m.finalizers ?? []).filter((f) => !(old.finalizers ?? []).includes(f));
        if (added.length > 0) {
          throw invalid(info, old.name ?? "", [
            {
              reason: "FieldValueForbidden",
              field: "metadata.finalizers",
              message: `Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers ${JSON.stringify(added)}`,
            },
          ]);
        }
      }
      if (!jsonEqual(withoutMetaAndStatus(next), withoutMetaAndStatus(existing)))
        m.generation = (old.generation ?? 0) + 1;
    }
    next.metadata.resourceVersion = existing.metadata.resourceVersion;
    this.validate(info, next, existing);
    if (info.kind === "Service") {
      keepClusterIP(next, existing);
      allocateNodePorts(next, this.store.list(resourceKey(info)), existing);
    }
    if (jsonEqual(next, existing)) return existing; // a no-op write makes no revision
    const rk = resourceKey(info);
    const finished = isFinalized(next);
    if (options.dryRun) return next;
    this.commit(
      [
        finished
          ? {
              type: "delete",
              resource: rk,
              namespace: next.metadata.namespace ?? "",
              name: next.metadata.name ?? "",
            }
          : { type: "put", resource: rk, object: next },
      ],
      this.clock.now(),
    );
    return next;
  }

  // ---- delete --------------------------------------------------------------------------------

  delete(info: KindInfo, namespace: string, name: string, options: DeleteOptions = {}): DeleteResult {
    const existing = this.get(info, namespace, name);
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== existing.metadata.uid) {
      throw conflict(
        info,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${existing.metadata.uid}`,
      );
    }
    if (pre?.resourceVersion && pre.resourceVersion !== existing.metadata.resourceVersion) {
      throw conflict(
        info,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${existing.metadata.resourceVersion}`,
      );
    }
    if (info.kind === "Namespace" && UNDELETABLE_NAMESPACES.has(name)) {
      throw forbidden(`namespaces "${name}" is forbidden: this namespace may not be deleted`);
    }
    const now = this.clock.now();
    const next = deepCopy(existing);
    const m = next.metadata;
    const finalizers = new Set(m.finalizers ?? []);
    if (!m.deletionTimestamp) {
      if (options.propagationPolicy === "Orphan") finalizers.add("orphan");
      if (options.propagationPolicy === "Foreground") finalizers.add("foregroundDeletion");
    }
    const grace = info.gracePeriodSeconds?.(existing, options.gracePeriodSeconds) ?? 0;
    if (m.deletionTimestamp) {
      // Already terminating: a shorter grace period may cut the wait; nothing else changes.
      const current = m.deletionGracePeriodSeconds ?? 0;
      if (grace >= current) return { object: existing, deleted: false };
      m.deletionGracePeriodSeconds = grace;
      m.deletionTimestamp = formatTime(now + grace * 1000);
    } else {
      if (finalizers.size > 0) m.finalizers = [...finalizers];
      if (
        grace > 0 ||
        finalizers.size > 0 ||
        !isFinalized({ ...next, metadata: { ...m, deletionTimestamp: "now" } })
      ) {
        m.deletionTimestamp = formatTime(now + grace * 1000);
        m.deletionGracePeriodSeconds = grace;
        if (m.generation !== undefined) m.generation += 1;
        if (info.kind === "Namespace") next.status = { ...objectAt(next.status), phase: "Terminating" };
      }
    }
    const rk = resourceKey(info);
    const ns = existing.metadata.namespace ?? "";
    const removeNow = !m.deletionTimestamp || isFinalized(next);
    if (options.dryRun) return { object: next, deleted: removeNow };
    if (removeNow) {
      const [change] = this.commit([{ type: "delete", resource: rk, namespace: ns, name }], now);
      return { object: change!.object, deleted: true };
    }
    this.commit([{ type: "put", resource: rk, object: next }], now);
    return { object: next, deleted: false };
  }

  /** DELETE on a collection: deletes every object the selectors match, one revision each. */
  deleteCollection(
    info: KindInfo,
    namespace: string | undefined,
    list: ListOptions,
    options: DeleteOptions = {},
  ): JsonObject {
    const matched = this.list(info, namespace, { ...list, limit: undefined, continue: undefined });
    const items = (matched.items as unknown as KubeObject[]).map((obj) => {
      try {
        return this.delete(info, obj.metadata.namespace ?? "", obj.metadata.name ?? "", options).object;
      } catch (error) {
        if (error instanceof ApiError && error.code === 404) return obj;
        throw error;
      }
    });
    return { ...matched, items: items as unknown as JsonValue[] };
  }

  // ---- housekeeping: what the API server finishes on its own over time ----------------------

  /**
   * Removes pods whose grace period ran out with nobody confirming, and finishes terminating
   * namespaces. Returns the time of the next deadline (ms), if any.
   */
  housekeep(): number | undefined {
    const now = this.clock.now();
    let next: number | undefined;
    const pods = kindByPath("", "v1", "pods")!;
    for (const pod of this.store.list(resourceKey(pods))) {
      const ts = pod.metadata.deletionTimestamp;
      if (!ts || (pod.metadata.deletionGracePeriodSeconds ?? 0) === 0) continue;
      const deadline = Date.parse(ts);
      if (deadline <= now) {
        this.delete(pods, pod.metadata.namespace ?? "", pod.metadata.name ?? "", { gracePeriodSeconds: 0 });
      } else next = Math.min(next ?? deadline, deadline);
    }
    for (const ns of this.store.list(resourceKey(NAMESPACES))) {
      if (ns.metadata.deletionTimestamp) {
        const pending = this.finishNamespace(ns.metadata.name ?? "");
        if (pending !== undefined) next = Math.min(next ?? pending, pending);
      }
    }
    return next;
  }

  /** Deletes what a terminating namespace holds; removes it once empty (the namespace finalizer). */
  private finishNamespace(namespace: string): number | undefined {
    let left = false;
    for (const info of KINDS) {
      if (!info.namespaced) continue;
      for (const obj of this.store.list(resourceKey(info), namespace)) {
        if (!obj.metadata.deletionTimestamp) {
          if (this.delete(info, namespace, obj.metadata.name ?? "").deleted) continue;
        }
        left = true;
      }
    }
    if (left) return this.clock.now() + 1000; // look again once the terminating content is gone
    this.commit(
      [{ type: "delete", resource: resourceKey(NAMESPACES), namespace: "", name: namespace }],
      this.clock.now(),
    );
    return undefined;
  }

  /** The namespaces every cluster starts with. */
  bootstrap(): void {
    for (const name of INITIAL_NAMESPACES) {
      if (!this.find(NAMESPACES, "", name)) {
        this.create(NAMESPACES, "", { apiVersion: "v1", kind: "Namespace", metadata: { name } });
      }
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private decode(info: KindInfo, body: unknown): KubeObject {
    if (!isJsonObject(body)) throw badRequest("the request body must be a JSON or YAML object");
    const obj = deepCopy(body) as unknown as KubeObject;
    const apiVersion = apiVersionOf(info);
    if (obj.apiVersion !== undefined && obj.apiVersion !== apiVersion) {
      throw badRequest(
        `the API version in the data (${String(obj.apiVersion)}) does not match the expected API version (${apiVersion})`,
      );
    }
    if (obj.kind !== undefined && obj.kind !== info.kind) {
      throw badRequest(
        `the kind in the data (${String(obj.kind)}) does not match the expected kind (${info.kind})`,
      );
    }
    obj.apiVersion = apiVersion;
    obj.kind = info.kind;
    if (obj.metadata === undefined) obj.metadata = {};
    if (!isJsonObject(obj.metadata)) throw badRequest("metadata must be an object");
    return obj;
  }

  /**
   * Field validation: unknown fields dropped, reported as warnings (Warn) or refused (Strict). A
   * decoded body's refusal names the kind as kube-apiserver's decoder does; a patch's does not.
   */
  private checkFields(info: KindInfo, obj: KubeObject, options: WriteOptions, decoded: boolean): KubeObject {
    const { object, warnings } = checkUnknownFields(
      messageOf(info),
      obj as unknown as JsonObject,
      options.fieldValidation ?? "Warn",
      decoded
        ? `${info.kind} in version ${JSON.stringify(info.version)} cannot be handled as a ${info.kind}: `
        : "",
    );
    options.warnings?.push(...warnings);
    return object as unknown as KubeObject;
  }

  private validate(info: KindInfo, obj: KubeObject, old?: KubeObject): void {
    const causes = info.validate(obj, old);
    if (causes.length > 0) throw invalid(info, obj.metadata.name ?? "", causes);
  }

  private requireLiveNamespace(namespace: string): void {
    const ns = this.find(NAMESPACES, "", namespace);
    if (!ns) throw notFound(NAMESPACES, namespace);
    if (ns.metadata.deletionTimestamp) {
      throw forbidden(
        `unable to create new content in namespace ${namespace} because it is being terminated`,
      );
    }
  }
}

/** The body of a PATCH, by its content type; server-side apply is not served (415). */
export function patchTypeOf(contentType: string): PatchType {
  const base = contentType.split(";")[0]!.trim().toLowerCase();
  const type = PATCH_CONTENT_TYPES[base];
  if (!type) throw unsupportedMediaType(base);
  return type;
}

function scope(info: KindInfo, namespace: string): string {
  return info.namespaced ? namespace : "";
}

/** Everything but metadata and status: a change here bumps `generation`. */
function withoutMetaAndStatus(obj: KubeObject): JsonObject {
  const { metadata: _m, status: _s, ...rest } = obj;
  return rest as JsonObject;
}

/**
 * Terminating, with no finalizer left and no grace period to wait out: ready to be removed.
 * A namespace also waits for its own `spec.finalizers` (the namespace lifecycle's `kubernetes`).
 */
function isFinalized(obj: KubeObject): boolean {
  const m = obj.metadata;
  if (!m.deletionTimestamp || (m.finalizers ?? []).length > 0 || (m.deletionGracePeriodSeconds ?? 0) !== 0) {
    return false;
  }
  const specFinalizers =
    isJsonObject(obj.spec) && Array.isArray(obj.spec.finalizers) ? obj.spec.finalizers : [];
  return obj.kind !== "Namespace" || specFinalizers.length === 0;
}

function keepClusterIP(next: KubeObject, existing: KubeObject): void {
  const spec = isJsonObject(next.spec) ? next.spec : undefined;
  const old = isJsonObject(existing.spec) ? existing.spec : undefined;
  if (spec && old && spec.clusterIP === undefined && old.clusterIP !== undefined) {
    spec.clusterIP = old.clusterIP;
    if (old.clusterIPs !== undefined) spec.clusterIPs = old.clusterIPs;
  }
}

interface ContinueToken {
  rv: number;
  start: string;
}

function encodeContinue(token: ContinueToken): string {
  return btoa(JSON.stringify({ v: "meta.k8s.io/v1", rv: token.rv, start: token.start }));
}

function decodeContinue(raw: string): ContinueToken {
  try {
    const parsed = JSON.parse(atob(raw)) as { rv?: unknown; start?: unknown };
    if (typeof parsed.rv === "number" && typeof parsed.start === "string")
      return { rv: parsed.rv, start: parsed.start };
  } catch {
    // fall through
  }
  throw badRequest(
    "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)",
  );
}
