import { describe, expect, it } from "vitest";
import { clusterName } from "../../helpers";
import { kubectl } from "../../kubectl-helpers";

describe("kubectl smoke", () => {
  it("creates and gets", async () => {
    const c = clusterName("k");
    const r1 = await kubectl(c, "kubectl create deployment my-app --image=nginx --replicas=2");
    console.log(r1);
    const r2 = await kubectl(c, "kubectl get deploy");
    console.log(r2);
    const r3 = await kubectl(c, "get deploy my-app -o yaml");
    console.log(r3.stdout, r3.stderr);
    const r4 = await kubectl(c, "get po,deploy,svc -A");
    console.log(r4.stdout, r4.stderr);
    const r5 = await kubectl(c, "describe deploy my-app");
    console.log(r5.stdout, r5.stderr);
    const r6 = await kubectl(c, "get deploy nope");
    console.log(r6.stdout, r6.stderr);
    expect(r1.code).toBe(0);
  });
});
