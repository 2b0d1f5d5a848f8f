import { describe, expect, it } from "vitest";
import { DueTimes, MIN_STEP_MS } from "../../lib/kubelet/due";
import {
  heartbeatWork,
  leaseDurationSeconds,
  NODE_STATUS_EVERY_MS,
  nextAlarmAt,
} from "../../lib/kubelet/heartbeat";

describe("kubelet heartbeat", () => {
  it("registers first, then renews the lease, posting node status now and then", () => {
    expect(heartbeatWork(0, 5000)).toBe("register");
    expect(heartbeatWork(1000, 1000 + NODE_STATUS_EVERY_MS - 1)).toBe("leaseOnly");
    expect(heartbeatWork(1000, 1000 + NODE_STATUS_EVERY_MS)).toBe("postNodeStatus");
  });

  it("leases last twice the grace period, at least a second; the alarm is the sooner of beat and stage", () => {
    expect(leaseDurationSeconds(40_000)).toBe(80);
    expect(leaseDurationSeconds(100)).toBe(1);
    expect(nextAlarmAt(10_000, undefined)).toBe(10_000);
    expect(nextAlarmAt(10_000, 4000)).toBe(4000);
  });
});

describe("kubelet due times", () => {
  it("keeps the earliest due stage, and floors a step's next stage", () => {
    const due = new DueTimes();
    expect(due.earliest()).toBeUndefined();
    due.set("ns/a", 3000);
    due.set("ns/b", 1000);
    due.setAfterStep("ns/c", 0, 500);
    expect(due.earliest()).toBe(500 + MIN_STEP_MS);
    expect(due.dueAt(1000).sort()).toEqual(["ns/b", "ns/c"]);
    due.set("ns/b", null);
    due.setAfterStep("ns/c", null, 500);
    expect(due.dueAt(5000)).toEqual(["ns/a"]);
  });
});
