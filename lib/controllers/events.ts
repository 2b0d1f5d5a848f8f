/**
 * Events as client-go's event recorder writes them (staging/src/k8s.io/client-go/tools/record): an
 * `EventRecord` a reconcile function returned becomes a core/v1 `Event`, and `EventAggregator` plays the
 * part of the recorder's EventCorrelator so that a repeat of the same event bumps `count` on the Event
 * already written instead of creating another one.
 *
 * - `eventObject` is `makeEvent`: the name is `<involvedObject.name>.<UnixNano in hex>` (16 hex digits
 *   today), the namespace is the object's (`default` for cluster-scoped objects), `count` is 1,
 *   `firstTimestamp` = `lastTimestamp` = now (RFC 3339, whole seconds, as metav1.Time serialises),
 *   `eventTime` is null (core/v1 Events from the legacy recorder carry none), `reportingComponent` is
 *   the source component and `reportingInstance` the source host ("" when there is none).
 * - `EventAggregator` is the correlator without its spam filter:
 *   1. similar events (same source, object, type and reason) with more than `maxSimilarEvents` (10)
 *      distinct messages within 10 minutes collapse into one Event whose message starts with
 *      `(combined from similar events): ` (client-go's EventAggregator);
 *   2. an identical event (same source, object incl. fieldPath, type, reason and message) seen within
 *      10 minutes of the last one is a patch of `count` and `lastTimestamp` (and `message`, when an
 *      aggregated one changed) on the Event first written (client-go's eventLogger).
 */

import type { Action, EventRecord } from "../client/actions";
import type { JsonObject, KubeObject } from "../k8s/object";

/** The window of event deduplication and aggregation (client-go: `maxIntervalInSeconds` = 600). */
export const EVENT_AGGREGATION_WINDOW_MS = 10 * 60_000;
/** Distinct messages of similar events before they are combined (client-go: `maxEvents` = 10). */
export const MAX_SIMILAR_EVENTS = 10;
/** Entries the aggregator remembers (client-go: `maxLruCacheEntries` = 4096). */
export const EVENT_CACHE_ENTRIES = 4096;
export const COMBINED_EVENTS_PREFIX = "(combined from similar events): ";

/** metav1.Time as JSON: RFC 3339 in UTC with whole seconds. */
import { formatTime as rfc3339 } from "../k8s/time";

export { rfc3339 };

let lastNanos = 0n;

/**
 * `%x` of the current time in nanoseconds, as the recorder names events. Milliseconds are all a Worker's
 * clock gives, so the sub-millisecond digits count up to keep names unique within one isolate.
 */
export function eventNameSuffix(now: number): string {
  let nanos = BigInt(Math.floor(now)) * 1_000_000n;
  if (nanos <= lastNanos) nanos = lastNanos + 1n;
  lastNanos = nanos;
  return nanos.toString(16).padStart(16, "0");
}

/** The ObjectReference of the regarding object, with empty fields left out (omitempty). */
export function involvedObjectOf(record: EventRecord): JsonObject {
  const obj = record.regarding;
  const ref: JsonObject = { kind: obj.kind };
  if (obj.metadata.namespace) ref.namespace = obj.metadata.namespace;
  if (obj.metadata.name) ref.name = obj.metadata.name;
  if (obj.metadata.uid) ref.uid = obj.metadata.uid;
  if (obj.apiVersion) ref.apiVersion = obj.apiVersion;
  if (obj.metadata.resourceVersion) ref.resourceVersion = obj.metadata.resourceVersion;
  if (record.fieldPath) ref.fieldPath = record.fieldPath;
  return ref;
}

/** The core/v1 Event the recorder creates for `record` at `now` (ms); `suffix` replaces the hex time. */
export function eventObject(record: EventRecord, now: number, suffix?: string): KubeObject {
  const regarding = record.regarding;
  const at = rfc3339(now);
  const source: JsonObject = { component: record.component };
  if (record.host) source.host = record.host;
  return {
    apiVersion: "v1",
    kind: "Event",
    metadata: {
      name: `${regarding.metadata.name ?? ""}.${suffix ?? eventNameSuffix(now)}`,
      namespace: regarding.metadata.namespace || "default",
    },
    involvedObject: involvedObjectOf(record),
    reason: record.reason,
    message: record.message,
    source,
    firstTimestamp: at,
    lastTimestamp: at,
    count: 1,
    type: record.type,
    eventTime: null,
    reportingComponent: record.component,
    reportingInstance: record.host ?? "",
  };
}

/** Who reports about which object: the source and the object's identity, shared by both keys. */
function sourceAndObject(record: EventRecord): string[] {
  const o = record.regarding;
  const m = o.metadata;
  return [
    record.component,
    record.host ?? "",
    o.kind,
    m.namespace ?? "",
    m.name ?? "",
    m.uid ?? "",
    o.apiVersion,
  ];
}

/** Source, object and type/reason of an event: what similar events share (client-go's aggregate key). */
function aggregateKey(record: EventRecord): string {
  return JSON.stringify([...sourceAndObject(record), record.type, record.reason]);
}

/** Everything but the resourceVersion: what identical events share (client-go's getEventKey). */
function eventKey(record: EventRecord): string {
  return JSON.stringify([
    ...sourceAndObject(record),
    record.fieldPath ?? "",
    record.type,
    record.reason,
    record.message,
  ]);
}

interface Observation {
  name: string;
  namespace: string;
  count: number;
  message: string;
  lastSeen: number;
}

interface SimilarRecord {
  messages: Set<string>;
  lastSeen: number;
}

/**
 * Deduplicates and aggregates events as client-go's EventCorrelator does. One instance per reporting
 * component process (the controller-manager, the scheduler, one kubelet); its memory is bounded and
 * forgets entries older than the window.
 */
export class EventAggregator {
  private readonly observed = new Map<string, Observation>();
  private readonly similar = new Map<string, SimilarRecord>();

  constructor(
    private readonly windowMs = EVENT_AGGREGATION_WINDOW_MS,
    private readonly maxSimilarEvents = MAX_SIMILAR_EVENTS,
    private readonly maxEntries = EVENT_CACHE_ENTRIES,
  ) {}

  /** The action that records `record` at `now` (ms): a `create` of a new Event or a `patch` of one. */
  record(record: EventRecord, now: number): Action {
    let key = eventKey(record);
    let message = record.message;

    // Similar events: past the limit of distinct messages, they share one combined Event.
    const aggKey = aggregateKey(record);
    let similar = this.similar.get(aggKey);
    if (!similar || now - similar.lastSeen > this.windowMs) similar = { messages: new Set(), lastSeen: now };
    similar.messages.add(record.message);
    similar.lastSeen = now;
    touch(this.similar, aggKey, similar, this.maxEntries);
    if (similar.messages.size >= this.maxSimilarEvents) {
      // Keep the set from growing past the limit (client-go pops one arbitrary member).
      const first = similar.messages.values().next();
      if (!first.done) similar.messages.delete(first.value);
      key = aggKey;
      message = `${COMBINED_EVENTS_PREFIX}${record.message}`;
    }

    const seen = this.observed.get(key);
    if (seen && now - seen.lastSeen <= this.windowMs) {
      const patch: JsonObject = { count: seen.count + 1, lastTimestamp: rfc3339(now) };
      if (message !== seen.message) patch.message = message;
      touch(this.observed, key, { ...seen, count: seen.count + 1, message, lastSeen: now }, this.maxEntries);
      return {
        verb: "patch",
        kind: "Event",
        namespace: seen.namespace,
        name: seen.name,
        patchType: "strategic",
        patch,
      };
    }
    const event = eventObject({ ...record, message }, now);
    const name = event.metadata.name ?? "";
    const namespace = event.metadata.namespace ?? "default";
    touch(this.observed, key, { name, namespace, count: 1, message, lastSeen: now }, this.maxEntries);
    return { verb: "create", object: event };
  }

  /**
   * Forgets the Event `name` (namespace optional): call it when a patch answered NotFound (the Event
   * expired or was deleted), so that the next repeat creates a new Event, as the recorder falls back to.
   */
  forget(name: string, namespace?: string): void {
    for (const [key, seen] of this.observed) {
      if (seen.name === name && (namespace === undefined || seen.namespace === namespace)) {
        this.observed.delete(key);
      }
    }
  }

  /** How many Events the aggregator currently remembers (for tests and metrics). */
  get size(): number {
    return this.observed.size;
  }
}

/** Sets `key` as the most recent entry of an insertion-ordered map, evicting the oldest past `max`. */
function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}
