/** Pod status as the page shows it: kubectl's STATUS word, and a family with its own icon. */
import { describe, expect, test } from "vitest";
import type { KubeObject } from "../../../lib/k8s/object";
import { podStatus, STATUS_ICONS } from "../../../web/src/model/pod-status";
import { isClusterName, randomClusterName } from "../../../web/src/names";

function pod(spec: object, status: object, metadata: object = {}): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: "p", ...metadata }, spec, status } as KubeObject;
}
const containers = [{ name: "c", image: "nginx" }];

describe("pod status", () => {
  test("each stage of a pod's life has its word and family", () => {
    expect(podStatus(pod({ containers }, { phase: "Pending" }))).toMatchObject({
      label: "Pending",
      family: "pending",
    });
    const creating = pod(
      { containers, nodeName: "n" },
      {
        phase: "Pending",
        containerStatuses: [
          { name: "c", ready: false, restartCount: 0, state: { waiting: { reason: "ContainerCreating" } } },
        ],
      },
    );
    expect(podStatus(creating)).toMatchObject({ label: "ContainerCreating", family: "creating" });
    const running = pod(
      { containers, nodeName: "n" },
      {
        phase: "Running",
        containerStatuses: [{ name: "c", ready: true, restartCount: 2, state: { running: {} } }],
      },
    );
    expect(podStatus(running)).toMatchObject({
      label: "Running",
      family: "running",
      ready: 1,
      total: 1,
      restarts: 2,
    });
    const crash = pod(
      { containers, nodeName: "n" },
      {
        phase: "Running",
        containerStatuses: [
          { name: "c", ready: false, restartCount: 3, state: { waiting: { reason: "CrashLoopBackOff" } } },
        ],
      },
    );
    expect(podStatus(crash)).toMatchObject({ label: "CrashLoopBackOff", family: "crash" });
    expect(podStatus(pod({ containers, nodeName: "n" }, { phase: "Failed" }))).toMatchObject({
      label: "Failed",
      family: "failed",
    });
    const terminating = pod(
      { containers, nodeName: "n" },
      { phase: "Running" },
      { deletionTimestamp: "2026-01-01T00:00:00Z" },
    );
    expect(podStatus(terminating)).toMatchObject({ label: "Terminating", family: "terminating" });
  });

  test("every family has a distinct icon, so status never rests on colour alone", () => {
    const icons = Object.values(STATUS_ICONS);
    expect(new Set(icons).size).toBe(icons.length);
  });
});

test("random cluster names are valid cluster names", () => {
  let seed = 0;
  const random = () => {
    seed = (seed * 9301 + 49297) % 233280;
    return seed / 233280;
  };
  for (let i = 0; i < 50; i++) expect(isClusterName(randomClusterName(random))).toBe(true);
  expect(isClusterName("Bad_Name")).toBe(false);
});
