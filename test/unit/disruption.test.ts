import { describe, expect, it } from "vitest";
import { takeDisruption } from "../../lib/apiserver/eviction";
import { budgetStatus, reconcileDisruptionBudget } from "../../lib/controllers/disruption";
import { ApiError } from "../../lib/k8s/errors";
import type { JsonObject, KubeObject } from "../../lib/k8s/object";

const NOW = Date.parse("2026-12-04T10:00:00Z");
const rs: KubeObject = {
  apiVersion: "apps/v1",
  kind: "ReplicaSet",
  metadata: { name: "web-1", namespace: "default", uid: "rs-uid", ownerReferences: [] },
  spec: { replicas: 4 },
};

function pod(name: string, ready = true, extra: Partial<KubeObject["metadata"]> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: "default",
      labels: { app: "web" },
      ownerReferences: [
        { apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-1", uid: "rs-uid", controller: true },
      ],
      ...extra,
    },
    status: { phase: "Running", conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
  };
}

function pdb(spec: JsonObject, status: JsonObject = {}, generation = 1): KubeObject {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name: "web", namespace: "default", generation },
    spec: { selector: { matchLabels: { app: "web" } }, ...spec },
    status,
  };
}

const pods = [pod("a"), pod("b"), pod("c", false)];

describe("the disruption controller", () => {
  it("counts healthy pods against minAvailable as a number", () => {
    const { status } = budgetStatus(pdb({ minAvailable: 1 }), pods, [rs], [], NOW);
    expect(status).toMatchObject({
      currentHealthy: 2,
      desiredHealthy: 1,
      expectedPods: 3,
      disruptionsAllowed: 1,
    });
    expect((status.conditions as JsonObject[])[0]).toMatchObject({
      type: "DisruptionAllowed",
      status: "True",
      reason: "SufficientPods",
    });
  });

  it("scales percentages and maxUnavailable by what the pods' controllers want, rounding up", () => {
    expect(budgetStatus(pdb({ minAvailable: "50%" }), pods, [rs], [], NOW).status).toMatchObject({
      expectedPods: 4,
      desiredHealthy: 2,
      disruptionsAllowed: 0,
    });
    expect(budgetStatus(pdb({ maxUnavailable: "25%" }), pods, [rs], [], NOW).status).toMatchObject({
      expectedPods: 4,
      desiredHealthy: 3,
      disruptionsAllowed: 0,
    });
  });

  it("counts an evicted pod as disrupted until it goes or two minutes pass, and writes only on change", () => {
    const evicted = pdb({ minAvailable: 1 }, { disruptedPods: { a: "2026-12-04T09:59:30Z" } });
    const soon = reconcileDisruptionBudget(evicted, pods, [rs], [], NOW);
    expect(soon.requeueAt).toBe(Date.parse("2026-12-04T10:01:30Z"));
    const written = soon.actions[0];
    if (written?.verb !== "update") throw new Error("expected a status update");
    expect(written.object.status).toMatchObject({
      currentHealthy: 1,
      disruptionsAllowed: 0,
      disruptedPods: { a: "2026-12-04T09:59:30Z" },
    });
    const later = budgetStatus(evicted, pods, [rs], [], NOW + 120_000).status;
    expect(later.disruptedPods).toBeUndefined();
    expect(later.currentHealthy).toBe(2);
    const settled = { ...evicted, status: written.object.status } as KubeObject;
    expect(reconcileDisruptionBudget(settled, pods, [rs], [], NOW + 1000).actions).toEqual([]);
  });
});

describe("an eviction's consent", () => {
  it("takes one disruption, and refuses with 429 when none is left or the budget is not processed yet", () => {
    const status = takeDisruption(
      pdb(
        { minAvailable: 1 },
        { observedGeneration: 1, disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1 },
      ),
      pod("a"),
      NOW,
    );
    expect(status).toMatchObject({ disruptionsAllowed: 0, disruptedPods: { a: "2026-12-04T10:00:00Z" } });
    const refusal = (budget: KubeObject) => {
      try {
        takeDisruption(budget, pod("b"), NOW);
      } catch (e) {
        if (e instanceof ApiError) return e.status;
      }
      return undefined;
    };
    const none = refusal(pdb({ minAvailable: 1 }, { ...status, observedGeneration: 1 }));
    expect(none).toMatchObject({
      code: 429,
      reason: "TooManyRequests",
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      details: {
        causes: [
          {
            reason: "DisruptionBudget",
            message: "The disruption budget web needs 1 healthy pods and has 2 currently",
          },
        ],
      },
    });
    expect(
      refusal(pdb({ minAvailable: 1 }, { observedGeneration: 1, disruptionsAllowed: 1 }, 2))?.details
        ?.causes?.[0]?.message,
    ).toBe("The disruption budget web is still being processed by the server.");
  });
});
