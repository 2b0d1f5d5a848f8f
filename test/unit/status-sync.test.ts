import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../lib/k8s/object";
import { restoredReadyStatus } from "../../lib/kubelet/status-sync";

function pod(ready: string, containersReady = "True", phase = "Running", containerReady = true): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p", namespace: "default" },
    status: {
      phase,
      conditions: [
        { type: "ContainersReady", status: containersReady },
        { type: "Ready", status: ready, reason: "NodeNotReady" },
      ],
      containerStatuses: [{ name: "app", ready: containerReady }],
    },
  };
}

describe("the kubelet's Ready condition", () => {
  it("is written back when someone else turned it False while the containers run ready", () => {
    const status = restoredReadyStatus(pod("False"), Date.parse("2026-11-22T01:00:00Z"));
    expect(status?.conditions).toEqual([
      { type: "ContainersReady", status: "True" },
      { type: "Ready", status: "True", lastProbeTime: null, lastTransitionTime: "2026-11-22T01:00:00Z" },
    ]);
  });

  it("is left alone when it is right, or when the kubelet's own view is not ready", () => {
    expect(restoredReadyStatus(pod("True"), 0)).toBeUndefined();
    expect(restoredReadyStatus(pod("False", "False"), 0)).toBeUndefined();
    expect(restoredReadyStatus(pod("False", "True", "Pending"), 0)).toBeUndefined();
    expect(restoredReadyStatus(pod("False", "True", "Running", false), 0)).toBeUndefined();
  });
});
