/** Flow: the control plane's writes and watch deliveries, as steps, live and for the `flow` verb. */
import { describe, expect, it } from "vitest";
import type { FlowStep } from "../../lib/session/protocol";
import { deployment, liveCluster } from "../control-plane/helpers";
import { clusterName, configMap, initCluster } from "../helpers";
import { ParticipantSocket, request } from "./helpers";

describe("flow", () => {
  it("records a create by a participant, with its author, verb, resource and revision", async () => {
    const name = clusterName("f");
    await initCluster(name);
    const ada = await ParticipantSocket.join(name, "Ada");
    ada.send({
      op: "call",
      id: 1,
      method: "POST",
      path: "/api/v1/namespaces/default/configmaps",
      body: configMap("cm"),
    });
    await ada.until(() => ada.of("result").length === 1, "the create");
    const rv = Number(
      (ada.of("result")[0]!.body as { metadata: { resourceVersion: string } }).metadata.resourceVersion,
    );
    await ada.until(() => ada.of("flow").length > 0, "a flow message");
    const steps = ada.of("flow").flatMap((f) => f.steps);
    expect(steps).toContainEqual(
      expect.objectContaining({
        revision: rv,
        kind: "write",
        from: "participant/Ada",
        to: "apiserver",
        verb: "create",
        resource: "configmaps",
        namespace: "default",
        name: "cm",
      }),
    );
    // kubectl's writes are its participant's, and `flow` prints them step by step
    const run = await ada.run(
      "k",
      "kubeplay-test fetch POST /api/v1/namespaces/default/configmaps",
      JSON.stringify(configMap("cm2")),
    );
    expect(run.exitCode).toBe(0);
    const flow = await ada.run("f", "kubeplay-test verb flow");
    expect(flow.output).toMatch(/^#\d+ participant\/Ada → apiserver: create configmaps default\/cm2\n$/);
    const viaHttp = await request(name, "GET", "/kubeplay/flow");
    expect(viaHttp.body.steps.map((s: FlowStep) => s.name)).toEqual(["cm2"]);
    ada.close();
  });

  it("follows a Deployment through the control plane: watch deliveries and the controllers' writes", async () => {
    const cluster = await liveCluster({ speed: 0 });
    const ada = await ParticipantSocket.join(cluster.name, "Ada");
    await ada.run(
      "d",
      "kubeplay-test fetch POST /apis/apps/v1/namespaces/default/deployments",
      JSON.stringify(deployment("my-app", "nginx", 2)),
    );
    const steps = () => ada.of("flow").flatMap((f) => f.steps);
    const has = (p: (s: FlowStep) => boolean) => steps().some(p);
    await ada.until(
      () =>
        has((s) => s.kind === "write" && s.from === "participant/Ada" && s.resource === "deployments") &&
        has(
          (s) =>
            s.kind === "watch" &&
            s.to === "controller-manager" &&
            s.resource === "deployments" &&
            s.verb === "ADDED",
        ) &&
        has(
          (s) =>
            s.kind === "write" &&
            s.from === "controller-manager" &&
            s.resource === "replicasets" &&
            s.verb === "create",
        ) &&
        has((s) => s.kind === "write" && s.from === "scheduler" && s.verb === "bind") &&
        has((s) => s.kind === "watch" && s.to.startsWith("kubelet/") && s.resource === "pods"),
      "the deployment's way through the control plane",
      15_000,
    );
    const create = steps().find((s) => s.from === "participant/Ada")!;
    const delivered = steps().find(
      (s) => s.kind === "watch" && s.to === "controller-manager" && s.name === "my-app",
    )!;
    expect(delivered.revision).toBe(create.revision);
    const text = (await ada.run("f", "kubeplay-test verb flow")).output;
    expect(text).toContain(
      `#${create.revision} participant/Ada → apiserver: create deployments default/my-app`,
    );
    expect(text).toContain(
      `#${create.revision} apiserver → controller-manager: ADDED deployments default/my-app`,
    );
    expect(text).toMatch(/#\d+ controller-manager → apiserver: create replicasets default\/my-app-/);
    ada.close();
    cluster.close();
  });
});
