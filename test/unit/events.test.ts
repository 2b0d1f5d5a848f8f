import { describe, expect, it } from "vitest";
import type { Action, EventRecord } from "../../lib/client/actions";
import {
  COMBINED_EVENTS_PREFIX,
  EventAggregator,
  eventNameSuffix,
  eventObject,
  rfc3339,
} from "../../lib/controllers/events";
import type { JsonObject, KubeObject } from "../../lib/k8s/object";
import { validateEvent } from "../../lib/k8s/validation/event";

const T0 = Date.parse("2025-03-01T10:00:00.250Z");

const rs: KubeObject = {
  apiVersion: "apps/v1",
  kind: "ReplicaSet",
  metadata: { name: "web-abc", namespace: "shop", uid: "uid-rs", resourceVersion: "42" },
};
const node: KubeObject = { apiVersion: "v1", kind: "Node", metadata: { name: "n1", uid: "uid-n1" } };

function rec(extra: Partial<EventRecord> = {}): EventRecord {
  return {
    regarding: rs,
    type: "Normal",
    reason: "SuccessfulCreate",
    message: "Created pod: web-abc-x1",
    component: "replicaset-controller",
    ...extra,
  };
}

function created(action: Action): KubeObject {
  if (action.verb !== "create") throw new Error(`expected a create, got ${action.verb}`);
  return action.object;
}

describe("eventObject", () => {
  it("builds the Event the recorder makes", () => {
    const ev = eventObject(rec(), T0, "1822d4c5a0b1c2d3");
    expect(ev).toEqual({
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "web-abc.1822d4c5a0b1c2d3", namespace: "shop" },
      involvedObject: {
        kind: "ReplicaSet",
        namespace: "shop",
        name: "web-abc",
        uid: "uid-rs",
        apiVersion: "apps/v1",
        resourceVersion: "42",
      },
      reason: "SuccessfulCreate",
      message: "Created pod: web-abc-x1",
      source: { component: "replicaset-controller" },
      firstTimestamp: "2025-03-01T10:00:00Z",
      lastTimestamp: "2025-03-01T10:00:00Z",
      count: 1,
      type: "Normal",
      eventTime: null,
      reportingComponent: "replicaset-controller",
      reportingInstance: "",
    });
    expect(validateEvent(ev)).toEqual([]);
  });

  it("puts cluster-scoped objects' events in default and keeps host and fieldPath", () => {
    const ev = eventObject(
      rec({ regarding: node, component: "kubelet", host: "n1", fieldPath: "spec.containers{web}" }),
      T0,
    );
    expect(ev.metadata.namespace).toBe("default");
    expect(ev.source).toEqual({ component: "kubelet", host: "n1" });
    expect(ev.reportingInstance).toBe("n1");
    const involved = ev.involvedObject as JsonObject;
    expect(involved.namespace).toBeUndefined();
    expect(involved.fieldPath).toBe("spec.containers{web}");
    expect(validateEvent(ev)).toEqual([]);
  });

  it("names events <name>.<16 hex digits of UnixNano>, unique within one millisecond", () => {
    const a = eventObject(rec(), T0).metadata.name ?? "";
    const b = eventObject(rec(), T0).metadata.name ?? "";
    expect(a).toMatch(/^web-abc\.[0-9a-f]{16}$/);
    expect(b).not.toBe(a);
    const hex = a.slice("web-abc.".length);
    // The suffix is the time in nanoseconds: it reads back as T0 (to the millisecond).
    expect(Number(BigInt(`0x${hex}`) / 1_000_000n)).toBeGreaterThanOrEqual(T0);
    expect(Number(BigInt(`0x${hex}`) / 1_000_000n)).toBeLessThan(T0 + 1000);
    expect(BigInt(`0x${eventNameSuffix(T0)}`)).toBeGreaterThan(BigInt(`0x${hex}`));
  });

  it("formats metav1.Time with whole seconds", () => {
    expect(rfc3339(Date.parse("2025-01-02T03:04:05.999Z"))).toBe("2025-01-02T03:04:05Z");
  });
});

describe("EventAggregator", () => {
  it("turns a repeat within 10 minutes into a patch of count 2 and lastTimestamp", () => {
    const agg = new EventAggregator();
    const first = created(agg.record(rec(), T0));
    const second = agg.record(rec(), T0 + 65_000);
    expect(second).toEqual({
      verb: "patch",
      kind: "Event",
      namespace: "shop",
      name: first.metadata.name,
      patchType: "strategic",
      patch: { count: 2, lastTimestamp: "2025-03-01T10:01:05Z" },
    });
    const third = agg.record(rec(), T0 + 120_000);
    expect(third.verb === "patch" && third.patch).toEqual({
      count: 3,
      lastTimestamp: "2025-03-01T10:02:00Z",
    });
  });

  it("creates a new Event for another message, reason, object or source", () => {
    const agg = new EventAggregator();
    created(agg.record(rec(), T0));
    expect(agg.record(rec({ message: "Created pod: web-abc-x2" }), T0).verb).toBe("create");
    expect(agg.record(rec({ reason: "SuccessfulDelete" }), T0).verb).toBe("create");
    expect(
      agg.record(rec({ regarding: { ...rs, metadata: { ...rs.metadata, uid: "uid-2" } } }), T0).verb,
    ).toBe("create");
    expect(agg.record(rec({ component: "other-controller" }), T0).verb).toBe("create");
    expect(agg.record(rec(), T0 + 1000).verb).toBe("patch");
  });

  it("starts over after 10 minutes without a repeat", () => {
    const agg = new EventAggregator();
    const first = created(agg.record(rec(), T0));
    const later = created(agg.record(rec(), T0 + 10 * 60_000 + 1));
    expect(later.metadata.name).not.toBe(first.metadata.name);
    expect(later.count).toBe(1);
  });

  it("creates again after forget (the Event was gone)", () => {
    const agg = new EventAggregator();
    const first = created(agg.record(rec(), T0));
    agg.forget(first.metadata.name ?? "", "shop");
    expect(agg.record(rec(), T0 + 1000).verb).toBe("create");
  });

  it("combines similar events with more than 10 distinct messages", () => {
    const agg = new EventAggregator();
    for (let i = 1; i <= 9; i++) {
      expect(agg.record(rec({ message: `Created pod: p${i}` }), T0 + i).verb).toBe("create");
    }
    const combined = created(agg.record(rec({ message: "Created pod: p10" }), T0 + 10));
    expect(combined.message).toBe(`${COMBINED_EVENTS_PREFIX}Created pod: p10`);
    const next = agg.record(rec({ message: "Created pod: p11" }), T0 + 11_000);
    expect(next).toMatchObject({
      verb: "patch",
      name: combined.metadata.name,
      patch: { count: 2, message: `${COMBINED_EVENTS_PREFIX}Created pod: p11` },
    });
  });
});
