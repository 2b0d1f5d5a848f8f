/**
 * Fans committed changes out to the watches of every connected client. A watch starts with either
 * the current state (synthetic ADDED events) or a replay of the change log after its revision, then
 * receives each later change that concerns it, in revision order, exactly once.
 *
 * Watches are bucketed by resource, and by the value of an indexed field such as `spec.nodeName`,
 * so a pod change reaches only its node's kubelet and the unfiltered watchers, not all of them.
 */

import { type ApiError, expired, timeout, toApiError } from "../k8s/errors";
import { kindByResourceKey } from "../k8s/kinds";
import type { KubeObject } from "../k8s/object";
import type { CommittedChange } from "./change";
import {
  bookmarkObject,
  indexedValues,
  startRevision,
  type WatchEventType,
  WatchFilter,
  type WatchRequest,
} from "./watch";

/** Where a watch's events go: a WebSocket carrying many watches, or one HTTP watch stream. */
export interface WatchSink {
  /** Sends one event; `objectJson` is the serialized object. */
  send(watchId: string, type: WatchEventType, objectJson: string): void;
}

interface ActiveWatch {
  id: string;
  sink: WatchSink;
  filter: WatchFilter;
  bookmarks: boolean;
}

interface ResourceWatchers {
  unindexed: Set<ActiveWatch>;
  /** field → value → watches requiring `field=value`. */
  indexed: Map<string, Map<string, Set<ActiveWatch>>>;
}

/** What watches read of the store: the current state, and the change log to resume from. */
export interface WatchStore {
  readonly revision: number;
  readonly compactedRevision: number;
  list(resource: string, namespace?: string): KubeObject[];
  changesAfter(revision: number, resource?: string): Iterable<CommittedChange>;
}

export class WatchHub {
  private readonly byResource = new Map<string, ResourceWatchers>();
  private readonly bySink = new Map<WatchSink, Map<string, ActiveWatch>>();

  /** Told of each event delivered by `publish` (the flow of the control plane). */
  onDeliver: ((sink: WatchSink, type: WatchEventType, change: CommittedChange) => void) | undefined;

  constructor(private readonly store: WatchStore) {}

  get size(): number {
    let n = 0;
    for (const w of this.bySink.values()) n += w.size;
    return n;
  }

  get hasBookmarkWatchers(): boolean {
    for (const watches of this.bySink.values())
      for (const w of watches.values()) if (w.bookmarks) return true;
    return false;
  }

  /**
   * Starts a watch: sends its initial events, or replays the log after its revision, then keeps it
   * for later changes. A request that cannot be served gets one ERROR event and is not kept.
   */
  start(sink: WatchSink, id: string, request: WatchRequest): boolean {
    let filter: WatchFilter;
    try {
      filter = new WatchFilter(request);
    } catch (error) {
      sendError(sink, id, toApiError(error));
      return false;
    }
    let from: number | undefined;
    try {
      from = startRevision(request.resourceVersion);
    } catch (error) {
      sendError(sink, id, toApiError(error));
      return false;
    }
    const store = this.store;
    if (from === undefined || request.sendInitialEvents) {
      if (from !== undefined && from > store.revision) {
        sendError(sink, id, timeout(`Too large resource version: ${from}, current: ${store.revision}`));
        return false;
      }
      for (const obj of store.list(filter.resource, filter.namespace)) {
        if (filter.matches(obj)) sink.send(id, "ADDED", JSON.stringify(obj));
      }
      if (request.sendInitialEvents && request.allowWatchBookmarks) {
        sink.send(id, "BOOKMARK", JSON.stringify(bookmarkObject(filter.info, store.revision, true)));
      }
    } else {
      if (from < store.compactedRevision) {
        sendError(sink, id, expired(`too old resource version: ${from} (${store.compactedRevision + 1})`));
        return false;
      }
      if (from > store.revision) {
        sendError(sink, id, timeout(`Too large resource version: ${from}, current: ${store.revision}`));
        return false;
      }
      for (const change of store.changesAfter(from, filter.resource)) {
        const type = filter.eventFor(change);
        if (type) sink.send(id, type, change.json);
      }
    }
    this.add({ id, sink, filter, bookmarks: request.allowWatchBookmarks === true });
    return true;
  }

  /** Takes back a watch kept across hibernation: it has seen everything up to now. */
  restore(sink: WatchSink, id: string, request: WatchRequest): void {
    try {
      this.add({
        id,
        sink,
        filter: new WatchFilter(request),
        bookmarks: request.allowWatchBookmarks === true,
      });
    } catch {
      // A request that was valid when stored stays valid; a changed kind table drops it.
    }
  }

  stop(sink: WatchSink, id: string): void {
    const watch = this.bySink.get(sink)?.get(id);
    if (!watch) return;
    this.bySink.get(sink)!.delete(id);
    const bucket = this.byResource.get(watch.filter.resource);
    if (!bucket) return;
    if (watch.filter.index)
      bucket.indexed.get(watch.filter.index.field)?.get(watch.filter.index.value)?.delete(watch);
    else bucket.unindexed.delete(watch);
  }

  stopAll(sink: WatchSink): void {
    for (const id of [...(this.bySink.get(sink)?.keys() ?? [])]) this.stop(sink, id);
    this.bySink.delete(sink);
  }

  watchIds(sink: WatchSink): string[] {
    return [...(this.bySink.get(sink)?.keys() ?? [])];
  }

  /** Delivers committed changes, in revision order, to the watches they concern. */
  publish(changes: readonly CommittedChange[]): void {
    for (const change of changes) {
      const bucket = this.byResource.get(change.resource);
      if (!bucket) continue;
      for (const watch of bucket.unindexed) this.deliver(watch, change);
      if (bucket.indexed.size === 0) continue;
      const info = kindByResourceKey(change.resource);
      if (!info) continue;
      for (const [field, byValue] of bucket.indexed) {
        for (const value of indexedValues(info, change, field)) {
          const watches = byValue.get(value);
          if (watches) for (const watch of watches) this.deliver(watch, change);
        }
      }
    }
  }

  /** Sends a BOOKMARK with the current revision to every watch that asked for bookmarks. */
  bookmark(): void {
    const revision = this.store.revision;
    for (const watches of this.bySink.values()) {
      for (const w of watches.values()) {
        if (w.bookmarks)
          w.sink.send(w.id, "BOOKMARK", JSON.stringify(bookmarkObject(w.filter.info, revision)));
      }
    }
  }

  private deliver(watch: ActiveWatch, change: CommittedChange): void {
    const type = watch.filter.eventFor(change);
    if (!type) return;
    watch.sink.send(watch.id, type, change.json);
    this.onDeliver?.(watch.sink, type, change);
  }

  private add(watch: ActiveWatch): void {
    this.stop(watch.sink, watch.id);
    let ofSink = this.bySink.get(watch.sink);
    if (!ofSink) {
      ofSink = new Map();
      this.bySink.set(watch.sink, ofSink);
    }
    ofSink.set(watch.id, watch);
    let bucket = this.byResource.get(watch.filter.resource);
    if (!bucket) {
      bucket = { unindexed: new Set(), indexed: new Map() };
      this.byResource.set(watch.filter.resource, bucket);
    }
    const index = watch.filter.index;
    if (!index) {
      bucket.unindexed.add(watch);
      return;
    }
    let byValue = bucket.indexed.get(index.field);
    if (!byValue) {
      byValue = new Map();
      bucket.indexed.set(index.field, byValue);
    }
    let set = byValue.get(index.value);
    if (!set) {
      set = new Set();
      byValue.set(index.value, set);
    }
    set.add(watch);
  }
}

function sendError(sink: WatchSink, id: string, error: ApiError): void {
  sink.send(id, "ERROR", JSON.stringify(error.status));
}
