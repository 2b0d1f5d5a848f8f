import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../lib/k8s/object";
import { canonicalTime, normalizeTimes } from "../../lib/k8s/time-fields";

describe("time fields in Kubernetes' forms", () => {
  it("writes metav1.Time in whole seconds and MicroTime with six digits, in UTC", () => {
    expect(canonicalTime("2026-12-04T22:31:29.883Z", false)).toBe("2026-12-04T22:31:29Z");
    expect(canonicalTime("2026-12-04T22:31:29Z", false)).toBe("2026-12-04T22:31:29Z");
    expect(canonicalTime("2026-12-04T23:31:29+01:00", false)).toBe("2026-12-04T22:31:29Z");
    expect(canonicalTime("2026-12-04T22:31:29.883Z", true)).toBe("2026-12-04T22:31:29.883000Z");
    expect(canonicalTime("2026-12-04T22:31:29.123456789Z", true)).toBe("2026-12-04T22:31:29.123456Z");
    expect(canonicalTime("2026-12-04T22:31:29Z", true)).toBe("2026-12-04T22:31:29.000000Z");
    expect(canonicalTime("yesterday", false)).toBeUndefined();
  });

  it("finds the time fields of a kind through its schema, in lists and nested objects", () => {
    const lease: JsonObject = {
      metadata: { name: "l" },
      spec: { holderIdentity: "me", renewTime: "2026-12-04T22:31:29.883Z", acquireTime: null },
    };
    normalizeTimes("Lease", lease);
    expect(lease.spec).toEqual({
      holderIdentity: "me",
      renewTime: "2026-12-04T22:31:29.883000Z",
      acquireTime: null,
    });

    const pod: JsonObject = {
      metadata: { name: "p" },
      status: {
        startTime: "2026-12-04T22:31:29.5Z",
        conditions: [{ type: "Ready", status: "True", lastTransitionTime: "2026-12-04T22:31:29.883Z" }],
        containerStatuses: [{ name: "c", state: { running: { startedAt: "2026-12-04T22:31:30.001Z" } } }],
      },
    };
    normalizeTimes("Pod", pod);
    expect(pod.status).toEqual({
      startTime: "2026-12-04T22:31:29Z",
      conditions: [{ type: "Ready", status: "True", lastTransitionTime: "2026-12-04T22:31:29Z" }],
      containerStatuses: [{ name: "c", state: { running: { startedAt: "2026-12-04T22:31:30Z" } } }],
    });

    const event: JsonObject = {
      metadata: { name: "e" },
      firstTimestamp: "2026-12-04T22:31:29.883Z",
      eventTime: "2026-12-04T22:31:29.883Z",
      series: { count: 2, lastObservedTime: "2026-12-04T22:31:29.9Z" },
      message: "2026-12-04T22:31:29.883Z", // not a time field: untouched
    };
    normalizeTimes("Event", event);
    expect(event).toMatchObject({
      firstTimestamp: "2026-12-04T22:31:29Z",
      eventTime: "2026-12-04T22:31:29.883000Z",
      series: { lastObservedTime: "2026-12-04T22:31:29.900000Z" },
      message: "2026-12-04T22:31:29.883Z",
    });
  });

  it("leaves what is not a time, and unknown kinds, as they are", () => {
    const lease: JsonObject = { spec: { renewTime: "soon" } };
    normalizeTimes("Lease", lease);
    expect(lease.spec).toEqual({ renewTime: "soon" });
    const other: JsonObject = { lastTransitionTime: "2026-12-04T22:31:29.883Z" };
    normalizeTimes("Unknown", other);
    expect(other.lastTransitionTime).toBe("2026-12-04T22:31:29.883Z");
  });
});
