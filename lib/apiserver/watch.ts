/**
 * Watch semantics, as kube-apiserver's cacher has them: which event (if any) a change is for one
 * watcher, given the watcher's namespace and label/field selectors. An object that stops matching
 * is DELETED for that watcher; one that starts matching is ADDED.
 */
import { type ApiError, badRequest, timeout, toApiError } from "../k8s/errors";
import type { KindInfo } from "../k8s/kinds";
import { ALL_FIELD_LABELS, kindByName, resourceKey, selectableFieldsOf } from "../k8s/kinds";
import type { KubeObject } from "../k8s/object";
import { checkSupportedFields, type FieldSelector, parseFieldSelector } from "../k8s/selectors/fields";
import { type LabelSelector, parseLabelSelector } from "../k8s/selectors/labels";
import type { Change } from "./change";

export type WatchEventType = "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";

/** What a client asks to watch. `resource` is any name of a kind: `pods`, `po`, `deployments.apps`. */
export interface WatchRequest {
  resource: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Unset or "0": start with synthetic ADDED events for what exists; else replay changes after it. */
  resourceVersion?: string;
  allowWatchBookmarks?: boolean;
  /** With a resourceVersion, still start with the current state (the watch-list protocol). */
  sendInitialEvents?: boolean;
}

export class WatchFilter {
  readonly info: KindInfo;
  readonly resource: string;
  readonly namespace: string | undefined;
  private readonly labels: LabelSelector;
  private readonly fields: FieldSelector;
  /** An `=` requirement on an indexed field (e.g. `spec.nodeName=node-1`), to bucket the watcher. */
  readonly index: { field: string; value: string } | undefined;

  constructor(request: WatchRequest) {
    const info = kindByName(request.resource);
    if (!info) throw badRequest(`the server doesn't have a resource type "${request.resource}"`);
    this.info = info;
    this.resource = resourceKey(info);
    this.namespace = info.namespaced && request.namespace ? request.namespace : undefined;
    this.labels = parseLabelSelector(request.labelSelector ?? "");
    this.fields = parseFieldSelector(request.fieldSelector ?? "");
    checkSupportedFields(this.fields, ALL_FIELD_LABELS(info), info.kind);
    this.index = undefined;
    for (const field of info.indexedFields) {
      const value = this.fields.exactValue(field);
      if (value !== undefined) {
        this.index = { field, value };
        break;
      }
    }
  }

  matches(obj: KubeObject): boolean {
    if (this.namespace !== undefined && obj.metadata.namespace !== this.namespace) return false;
    if (!this.labels.matches(obj.metadata.labels)) return false;
    return this.fields.isEverything() || this.fields.matches(selectableFieldsOf(this.info, obj));
  }

  /** The event this change is for the watcher, or null if it does not concern it. */
  eventFor(change: Change): "ADDED" | "MODIFIED" | "DELETED" | null {
    if (change.resource !== this.resource) return null;
    const was = change.prev !== null && this.matches(change.prev);
    if (change.type === "DELETED") return was ? "DELETED" : null;
    const is = this.matches(change.object);
    if (is) return was ? "MODIFIED" : "ADDED";
    return was ? "DELETED" : null;
  }
}

/** The values of an indexed field that a change touches (before and after), for bucket lookup. */
export function indexedValues(info: KindInfo, change: Change, field: string): string[] {
  const values: string[] = [];
  if (change.prev) values.push(selectableFieldsOf(info, change.prev)[field] ?? "");
  const now = selectableFieldsOf(info, change.object)[field] ?? "";
  if (!values.includes(now)) values.push(now);
  return values;
}

/** Parses a watch's starting revision: undefined means "from the current state". */
export function startRevision(resourceVersion: string | undefined): number | undefined {
  if (resourceVersion === undefined || resourceVersion === "" || resourceVersion === "0") return undefined;
  if (!/^\d+$/.test(resourceVersion)) throw badRequest(`invalid resource version: ${resourceVersion}`);
  return Number(resourceVersion);
}

export function bookmarkObject(info: KindInfo, revision: number, initialEventsEnd = false): KubeObject {
  const metadata: KubeObject["metadata"] = { resourceVersion: String(revision) };
  if (initialEventsEnd) metadata.annotations = { "k8s.io/initial-events-end": "true" };
  return {
    kind: info.kind,
    apiVersion: info.group ? `${info.group}/${info.version}` : info.version,
    metadata,
  };
}

/**
 * Why a watch cannot start — an unknown resource, a bad selector, a malformed or future
 * resourceVersion — or undefined. kube-apiserver refuses those with an HTTP error before it
 * streams; an HTTP watch does the same (@kubernetes/client-node's informer stops on an HTTP error,
 * but after an ERROR event and a clean close it watches again at once, forever). A compacted
 * resourceVersion is no refusal: that watch answers 200 with one ERROR 410 event.
 */
export function watchStartError(request: WatchRequest, currentRevision: number): ApiError | undefined {
  try {
    new WatchFilter(request);
    const from = startRevision(request.resourceVersion);
    if (from !== undefined && from > currentRevision) {
      return timeout(`Too large resource version: ${from}, current: ${currentRevision}`);
    }
    return undefined;
  } catch (error) {
    return toApiError(error);
  }
}
