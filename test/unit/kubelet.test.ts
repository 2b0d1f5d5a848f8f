import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../lib/client/actions";
import { deepCopy, type JsonObject, type KubeObject } from "../../lib/k8s/object";
import { containerCreatedAt } from "../../lib/kubelet/container-status";
import { DEFAULT_TIMINGS, type NodeContext, scaleTimings, type Timings } from "../../lib/kubelet/context";
import { imageID, parseImage } from "../../lib/kubelet/images";
import { advancePod, killContainer, type PodStep, planPod } from "../../lib/kubelet/lifecycle";
import { podIPAllocator } from "../../lib/kubelet/pod-ip";
import { RUN_RULES, runOutcome } from "../../lib/kubelet/run-rules";
import { POD_STAGES } from "../../lib/kubelet/stages";
import { goDuration, parseGoDuration } from "../../lib/printers/duration";

const T0 = Date.parse("2025-03-01T10:00:00Z");
const ZERO = scaleTimings(DEFAULT_TIMINGS, 0);

function ts(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

interface PodOptions {
  name?: string;
  uid?: string;
  containers?: JsonObject[];
  restartPolicy?: string;
  annotations?: Record<string, string>;
  boundAt?: number;
}

function makePod(o: PodOptions = {}): KubeObject {
  const pod: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: o.name ?? "web-abc",
      namespace: "default",
      uid: o.uid ?? "0b7c9a4e-1111-2222-3333-444455556666",
      resourceVersion: "10",
      creationTimestamp: ts(T0 - 2000),
    },
    spec: {
      nodeName: "node-1",
      restartPolicy: o.restartPolicy ?? "Always",
      terminationGracePeriodSeconds: 30,
      containers: o.containers ?? [{ name: "app", image: "nginx", imagePullPolicy: "Always" }],
    },
    status: {
      phase: "Pending",
      conditions: [
        {
          type: "PodScheduled",
          status: "True",
          lastProbeTime: null,
          lastTransitionTime: ts(o.boundAt ?? T0),
        },
      ],
      qosClass: "BestEffort",
    },
  };
  if (o.annotations) pod.metadata.annotations = o.annotations;
  return pod;
}

function makeNode(
  timings: Timings,
  images: Iterable<string> = [],
  extra: Partial<NodeContext> = {},
): NodeContext {
  const ips = podIPAllocator("10.244.1.0/24");
  return {
    nodeName: "node-1",
    hostIP: "172.18.0.3",
    podIP: (pod) => ips.allocate(pod.metadata.uid ?? "") ?? "",
    images: new Set(images),
    timings,
    ...extra,
  };
}

/** The pod after a step's status write (the API server's status subresource keeps everything else). */
function applied(pod: KubeObject, step: PodStep): KubeObject {
  return step.status ? { ...deepCopy(pod), status: deepCopy(step.status) } : pod;
}

function status(pod: KubeObject): JsonObject {
  return pod.status as JsonObject;
}

function container(pod: KubeObject, i = 0): JsonObject {
  return (status(pod).containerStatuses as JsonObject[])[i] as JsonObject;
}

function cond(pod: KubeObject, type: string): JsonObject | undefined {
  return (status(pod).conditions as JsonObject[]).find((c) => c.type === type);
}

function reasons(events: EventRecord[]): string[] {
  return events.map((e) => e.reason);
}

interface Trace {
  pod: KubeObject;
  steps: { at: number; step: PodStep }[];
  events: EventRecord[];
  deleted: boolean;
}

/** Drives a pod like the kubelet runtime: wake at each dueAt (JSON round trip between steps), until `until`. */
function run(pod: KubeObject, node: NodeContext, until: number): Trace {
  const images = node.images as Set<string>;
  const trace: Trace = { pod, steps: [], events: [], deleted: false };
  let now = T0;
  for (let i = 0; i < 200; i++) {
    const plan = planPod(trace.pod, node, now);
    if (plan.dueAt === null || plan.dueAt > until) break;
    now = Math.max(now, plan.dueAt);
    const step = advancePod(trace.pod, node, now);
    trace.steps.push({ at: now, step });
    trace.events.push(...step.events);
    for (const image of step.pulledImages ?? []) images.add(image);
    trace.pod = JSON.parse(JSON.stringify(applied(trace.pod, step))) as KubeObject;
    if (step.deletePod) {
      trace.deleted = true;
      break;
    }
  }
  return trace;
}

describe("the stage table", () => {
  it("is data: every stage has a name, a description and named delays", () => {
    const names = POD_STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of POD_STAGES) {
      expect(s.description.length).toBeGreaterThan(10);
      for (const d of s.delay) expect(DEFAULT_TIMINGS).toHaveProperty(d);
    }
    expect(names).toEqual(
      expect.arrayContaining([
        "pod-accept",
        "image-pulled",
        "container-created",
        "container-started",
        "container-exited",
      ]),
    );
  });

  it("scales timings, and speed 0 zeroes them", () => {
    expect(scaleTimings(DEFAULT_TIMINGS, 2).pull).toBe(1000);
    expect(Object.values(ZERO).every((v) => v === 0)).toBe(true);
  });
});

describe("a pod becoming Running", () => {
  it("with zero timings: one step, one status write, Pulling/Pulled/Created/Started", () => {
    const pod = makePod();
    const node = makeNode(ZERO);
    expect(planPod(pod, node, T0 + 50)).toEqual({ dueAt: T0, stage: "pod-accept" });
    const step = advancePod(pod, node, T0 + 50);
    expect(step.stages).toEqual([
      "pod-accept",
      "image-pulled:app",
      "container-created:app",
      "container-started:app",
    ]);
    expect(reasons(step.events)).toEqual(["Pulling", "Pulled", "Created", "Started"]);
    expect(step.events.map((e) => e.message)).toEqual([
      'Pulling image "nginx"',
      'Successfully pulled image "nginx" in 0s (0s including waiting). Image size: 72195292 bytes.',
      "Created container: app",
      "Started container app",
    ]);
    for (const e of step.events) {
      expect(e).toMatchObject({
        component: "kubelet",
        host: "node-1",
        fieldPath: "spec.containers{app}",
        type: "Normal",
      });
      expect(e.regarding.metadata.uid).toBe(pod.metadata.uid);
    }
    expect(step.pulledImages).toEqual(["docker.io/library/nginx:latest"]);
    expect(step.dueAt).toBeNull();
    const s = step.status as JsonObject;
    expect(s.phase).toBe("Running");
    expect(s.hostIP).toBe("172.18.0.3");
    expect(s.hostIPs).toEqual([{ ip: "172.18.0.3" }]);
    expect(s.podIP).toBe("10.244.1.2");
    expect(s.podIPs).toEqual([{ ip: "10.244.1.2" }]);
    expect(s.startTime).toBe(ts(T0));
    expect(s.qosClass).toBe("BestEffort");
    const cs = (s.containerStatuses as JsonObject[])[0] as JsonObject;
    expect(cs).toMatchObject({
      name: "app",
      state: { running: { startedAt: ts(T0) } },
      lastState: {},
      ready: true,
      restartCount: 0,
      image: "docker.io/library/nginx:latest",
      started: true,
    });
    expect(cs.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(cs.imageID).toBe(imageID(parseImage("nginx:latest")!));
    expect(cs.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    const conditions = (s.conditions as JsonObject[]).map((c) => [c.type, c.status]);
    expect(conditions).toEqual([
      ["PodReadyToStartContainers", "True"],
      ["Initialized", "True"],
      ["Ready", "True"],
      ["ContainersReady", "True"],
      ["PodScheduled", "True"],
    ]);
    // Applying the same step again changes nothing.
    const again = advancePod(applied(pod, step), node, T0 + 50);
    expect(again.status).toBeUndefined();
    expect(again.events).toEqual([]);
  });

  it("with default timings: admitted, pulled, created, started, each at its due time", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    let pod = makePod();
    expect(planPod(pod, node, T0)).toEqual({ dueAt: T0 + 1000, stage: "pod-accept" });
    expect(advancePod(pod, node, T0 + 999).stages).toEqual([]);

    let step = advancePod(pod, node, T0 + 1000);
    expect(reasons(step.events)).toEqual(["Pulling"]);
    expect(step.dueAt).toBe(T0 + 3000);
    pod = applied(pod, step);
    expect(status(pod).phase).toBe("Pending");
    expect(container(pod)).toMatchObject({
      state: { waiting: { reason: "ContainerCreating" } },
      image: "nginx",
      imageID: "",
      ready: false,
      started: false,
      restartCount: 0,
    });
    expect(container(pod).containerID).toBeUndefined();
    expect(cond(pod, "PodReadyToStartContainers")).toMatchObject({
      status: "True",
      lastTransitionTime: ts(T0 + 1000),
    });
    expect(cond(pod, "Initialized")).toMatchObject({ status: "True" });
    expect(cond(pod, "Ready")).toMatchObject({
      status: "False",
      reason: "ContainersNotReady",
      message: "containers with unready status: [app]",
    });
    expect(cond(pod, "ContainersReady")).toMatchObject({ status: "False", reason: "ContainersNotReady" });

    step = advancePod(pod, node, T0 + 3000);
    expect(step.events.map((e) => e.message)).toEqual([
      'Successfully pulled image "nginx" in 2s (2s including waiting). Image size: 72195292 bytes.',
    ]);
    expect(step.dueAt).toBe(T0 + 3300);
    pod = applied(pod, step);
    expect(containerCreatedAt(container(pod).containerID as string)).toBe(T0 + 3000);

    step = advancePod(pod, node, T0 + 3300);
    expect(reasons(step.events)).toEqual(["Created"]);
    expect(step.dueAt).toBe(T0 + 3600);
    pod = applied(pod, step);
    expect(status(pod).phase).toBe("Pending");

    step = advancePod(pod, node, T0 + 3650);
    expect(reasons(step.events)).toEqual(["Started"]);
    expect(step.dueAt).toBeNull();
    pod = applied(pod, step);
    expect(status(pod).phase).toBe("Running");
    expect(container(pod).state).toEqual({ running: { startedAt: ts(T0 + 3600) } });
    expect(cond(pod, "Ready")).toEqual({
      type: "Ready",
      status: "True",
      lastProbeTime: null,
      lastTransitionTime: ts(T0 + 3600),
    });
    // PodReadyToStartContainers kept its transition time.
    expect(cond(pod, "PodReadyToStartContainers")?.lastTransitionTime).toBe(ts(T0 + 1000));
  });

  it("a late alarm applies every due stage at its own time, in one step", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const step = advancePod(makePod(), node, T0 + 60_000);
    expect(step.stages).toEqual([
      "pod-accept",
      "image-pulled:app",
      "container-created:app",
      "container-started:app",
    ]);
    const s = step.status as JsonObject;
    expect(s.startTime).toBe(ts(T0 + 1000));
    expect(((s.containerStatuses as JsonObject[])[0] as JsonObject).state).toEqual({
      running: { startedAt: ts(T0 + 3600) },
    });
  });

  it("a second pod with the same image: IfNotPresent says already present, fast; Always pulls quickly", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const first = run(
      makePod({ containers: [{ name: "app", image: "nginx:1.27", imagePullPolicy: "IfNotPresent" }] }),
      node,
      T0 + 10_000,
    );
    expect(status(first.pod).phase).toBe("Running");
    expect(node.images.has("docker.io/library/nginx:1.27")).toBe(true);

    const second = makePod({
      name: "web-def",
      uid: "uid-2",
      containers: [{ name: "app", image: "nginx:1.27", imagePullPolicy: "IfNotPresent" }],
    });
    const step = advancePod(second, node, T0 + 1000);
    expect(step.events).toEqual([]);
    expect(step.dueAt).toBe(T0 + 1100);
    const pod = applied(second, step);
    expect(container(pod).imageID).toMatch(/@sha256:/);
    const t = run(pod, node, T0 + 10_000);
    expect(t.events.map((e) => e.message)).toEqual([
      'Container image "nginx:1.27" already present on machine',
      "Created container: app",
      "Started container app",
    ]);
    expect(t.steps.map((s) => s.at)).toEqual([T0 + 1100, T0 + 1400, T0 + 1700]);
    expect(status(t.pod).podIP).toBe("10.244.1.3");

    // imagePullPolicy Always: pulls again, from cache.
    const always = makePod({
      name: "web-ghi",
      uid: "uid-3",
      containers: [{ name: "app", image: "nginx:1.27", imagePullPolicy: "Always" }],
    });
    const t2 = run(always, node, T0 + 10_000);
    expect(t2.events.map((e) => e.message).slice(0, 2)).toEqual([
      'Pulling image "nginx:1.27"',
      'Successfully pulled image "nginx:1.27" in 100ms (100ms including waiting). Image size: 72195292 bytes.',
    ]);
    expect(t2.steps.at(-1)?.at).toBe(T0 + 1700);
  });

  it("a hostNetwork pod uses the node's IP", () => {
    const pod = makePod();
    (pod.spec as JsonObject).hostNetwork = true;
    const s = advancePod(pod, makeNode(ZERO), T0).status as JsonObject;
    expect(s.podIP).toBe("172.18.0.3");
  });

  it("ignores pods of other nodes", () => {
    const pod = makePod();
    (pod.spec as JsonObject).nodeName = "node-2";
    expect(planPod(pod, makeNode(ZERO), T0)).toEqual({ dueAt: null });
    expect(advancePod(pod, makeNode(ZERO), T0)).toEqual({ events: [], dueAt: null, stages: [] });
  });
});

describe("pods with several containers", () => {
  it("runs them side by side; statuses sorted by name; readiness lists the unready ones", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const pod = makePod({
      containers: [
        { name: "web", image: "nginx:1.27", imagePullPolicy: "IfNotPresent" },
        {
          name: "sidecar",
          image: "busybox:1.36",
          imagePullPolicy: "IfNotPresent",
          command: ["sleep", "3600"],
        },
      ],
    });
    const admitted = applied(pod, advancePod(pod, node, T0 + 1000));
    expect(cond(admitted, "Ready")?.message).toBe("containers with unready status: [web sidecar]");
    const t = run(pod, node, T0 + 10_000);
    expect((status(t.pod).containerStatuses as JsonObject[]).map((c) => c.name)).toEqual(["sidecar", "web"]);
    expect(status(t.pod).phase).toBe("Running");
    expect(cond(t.pod, "Ready")?.status).toBe("True");
    // Same pull times: both containers move together, events per container.
    expect(t.events.filter((e) => e.reason === "Started").map((e) => e.fieldPath)).toEqual([
      "spec.containers{web}",
      "spec.containers{sidecar}",
    ]);
  });

  it("restartPolicy Never: Running while one container still runs, Failed when the last one fails", () => {
    const node = makeNode(ZERO);
    const pod = makePod({
      restartPolicy: "Never",
      containers: [
        { name: "a", image: "busybox", command: ["sh", "-c", "exit 0"] },
        { name: "b", image: "busybox", command: ["sh", "-c", "sleep 10; exit 2"] },
      ],
    });
    const p = applied(pod, advancePod(pod, node, T0));
    expect(status(p).phase).toBe("Running");
    expect(planPod(p, node, T0).dueAt).toBe(T0 + 10_000);
    const done = applied(p, advancePod(p, node, T0 + 10_000));
    expect(status(done).phase).toBe("Failed");
  });
});

describe("a pod created with spec.nodeName (never bound)", () => {
  it("is admitted from its creation time and gets PodScheduled", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    let pod = makePod();
    (pod.status as JsonObject).conditions = [];
    expect(planPod(pod, node, T0).dueAt).toBe(T0 - 2000 + 1000);
    pod = applied(pod, advancePod(pod, node, T0));
    expect(cond(pod, "PodScheduled")).toMatchObject({ status: "True", lastTransitionTime: ts(T0 - 2000) });
    expect(planPod(pod, node, T0).dueAt).toBe(T0 - 1000 + 2000);
  });
});

describe("containers that exit", () => {
  it("exit 1 with restartPolicy Always: immediate first restart, then CrashLoopBackOff 10s, 20s, 40s", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const pod = makePod({
      containers: [
        {
          name: "app",
          image: "busybox:1.36",
          imagePullPolicy: "IfNotPresent",
          command: ["sh", "-c", "exit 1"],
        },
      ],
    });
    const t = run(pod, node, T0 + 80_000);
    const byStage = t.steps.map((s) => [s.at - T0, s.step.stages.join(",")]);
    expect(byStage).toEqual([
      [1000, "pod-accept"],
      [3000, "image-pulled:app"],
      [3300, "container-created:app"],
      // Started, and the process ends at once: the Running state is never written.
      [3600, "container-started:app,container-exited:app"],
      // First restart: no back-off (100ms image check, 300ms create, 300ms start), exits again.
      [4300, "container-restarted:app,container-exited:app"],
      [5300, "container-crashloop:app"],
      [15_000, "container-restarted:app,container-exited:app"],
      [16_000, "container-crashloop:app"],
      [35_700, "container-restarted:app,container-exited:app"],
      [36_700, "container-crashloop:app"],
      [76_400, "container-restarted:app,container-exited:app"],
      [77_400, "container-crashloop:app"],
    ]);
    const afterFirstExit = applied(pod, {
      events: [],
      dueAt: null,
      stages: [],
      status: t.steps[3]?.step.status as JsonObject,
    });
    expect(container(afterFirstExit).state).toMatchObject({
      terminated: { exitCode: 1, reason: "Error", startedAt: ts(T0 + 3600), finishedAt: ts(T0 + 3600) },
    });
    expect(status(afterFirstExit).phase).toBe("Running");
    const cs = container(t.pod);
    expect(cs.restartCount).toBe(4);
    expect(cs.state).toEqual({
      waiting: {
        reason: "CrashLoopBackOff",
        message: `back-off 1m20s restarting failed container=app pod=web-abc_default(${pod.metadata.uid})`,
      },
    });
    expect((cs.lastState as JsonObject).terminated).toMatchObject({ exitCode: 1, reason: "Error" });
    expect(cs.ready).toBe(false);
    expect(status(t.pod).phase).toBe("Running");
    expect(cond(t.pod, "Ready")).toMatchObject({ status: "False", reason: "ContainersNotReady" });
    const backoffs = t.events.filter((e) => e.reason === "BackOff");
    expect(backoffs).toHaveLength(4);
    expect(backoffs[0]).toMatchObject({
      type: "Warning",
      message: `Back-off restarting failed container app in pod web-abc_default(${pod.metadata.uid})`,
    });
    const crashMessages = t.steps
      .map(
        (s) =>
          (s.step.status?.containerStatuses as JsonObject[] | undefined)?.[0]?.state as
            | JsonObject
            | undefined,
      )
      .map((state) => (state?.waiting as JsonObject | undefined)?.message)
      .filter((m): m is string => typeof m === "string")
      .map((m) => m.split(" ")[1]);
    expect(crashMessages).toEqual(["10s", "20s", "40s", "1m20s"]);
    // Restarts report the image check, then Created and Started.
    expect(t.events.slice(4, 7).map((e) => e.message)).toEqual([
      'Container image "busybox:1.36" already present on machine',
      "Created container: app",
      "Started container app",
    ]);
  });

  it("with zero timings a crash loop restarts once per step and asks to be stepped again", () => {
    const node = makeNode(ZERO);
    const pod = makePod({ containers: [{ name: "app", image: "busybox" }] });
    const first = advancePod(pod, node, T0);
    expect(first.stages.filter((s) => s === "container-restarted:app")).toHaveLength(1);
    expect(first.dueAt).toBe(T0);
    const p = applied(pod, first);
    expect(container(p)).toMatchObject({ restartCount: 1, state: { running: {} } });
    const second = advancePod(p, node, T0);
    expect(second.stages).toEqual(["container-exited:app", "container-restarted:app"]);
    expect(container(applied(p, second)).restartCount).toBe(2);
  });

  it("the back-off is capped at 5m and reset after 10 minutes of running", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const pod = makePod({
      containers: [{ name: "app", image: "nginx:1.27", imagePullPolicy: "IfNotPresent" }],
    });
    const running = run(pod, node, T0 + 10_000).pod;
    const cs = container(running);
    const crashed = (restartCount: number, ranMs: number): KubeObject => {
      const p = deepCopy(running);
      const c = container(p);
      c.restartCount = restartCount;
      c.state = {
        waiting: { reason: "CrashLoopBackOff", message: "x" },
      };
      c.lastState = {
        terminated: {
          containerID: cs.containerID as string,
          exitCode: 2,
          reason: "Error",
          startedAt: ts(T0 + 100_000 - ranMs),
          finishedAt: ts(T0 + 100_000),
        },
      };
      return p;
    };
    expect(planPod(crashed(9, 5000), node, T0 + 100_000).dueAt).toBe(T0 + 100_000 + 300_000 + 700);
    expect(planPod(crashed(9, 700_000), node, T0 + 100_000).dueAt).toBe(T0 + 100_000 + 700);
  });

  it("exit 1 with restartPolicy Never: Failed, Error, Ready PodFailed", () => {
    const pod = makePod({
      restartPolicy: "Never",
      containers: [
        { name: "app", image: "busybox", imagePullPolicy: "Always", args: ["sh", "-c", "echo hi; exit 1"] },
      ],
    });
    const step = advancePod(pod, makeNode(ZERO), T0);
    expect(step.dueAt).toBeNull();
    const p = applied(pod, step);
    expect(status(p).phase).toBe("Failed");
    expect(container(p).state).toMatchObject({ terminated: { exitCode: 1, reason: "Error" } });
    expect(container(p)).toMatchObject({ ready: false, started: false, restartCount: 0 });
    expect(cond(p, "Ready")).toMatchObject({ status: "False", reason: "PodFailed" });
    expect(cond(p, "ContainersReady")).toMatchObject({ status: "False", reason: "PodFailed" });
    expect(cond(p, "PodReadyToStartContainers")).toMatchObject({ status: "False" });
  });

  it("exit 0 with restartPolicy Never: Succeeded, Completed, Ready PodCompleted", () => {
    const pod = makePod({
      restartPolicy: "Never",
      containers: [{ name: "app", image: "nginx", command: ["sh", "-c", "sleep 5; exit 0"] }],
    });
    const t = run(pod, makeNode(DEFAULT_TIMINGS), T0 + 60_000);
    expect(t.steps.at(-1)?.at).toBe(T0 + 3600 + 5000);
    expect(status(t.pod).phase).toBe("Succeeded");
    expect(container(t.pod).state).toMatchObject({
      terminated: { exitCode: 0, reason: "Completed", startedAt: ts(T0 + 3600), finishedAt: ts(T0 + 8600) },
    });
    expect(cond(t.pod, "Ready")).toMatchObject({ status: "False", reason: "PodCompleted" });
    expect(cond(t.pod, "Ready")?.message).toBeUndefined();
  });

  it("busybox with no command completes at once (Never: Succeeded; OnFailure: no restart)", () => {
    for (const policy of ["Never", "OnFailure"]) {
      const pod = makePod({ restartPolicy: policy, containers: [{ name: "app", image: "busybox" }] });
      const p = applied(pod, advancePod(pod, makeNode(ZERO), T0));
      expect(status(p).phase).toBe("Succeeded");
      expect(container(p).state).toMatchObject({ terminated: { exitCode: 0, reason: "Completed" } });
      expect(planPod(p, makeNode(ZERO), T0).dueAt).toBeNull();
    }
  });

  it("OnFailure restarts a failed container", () => {
    const pod = makePod({
      restartPolicy: "OnFailure",
      containers: [{ name: "app", image: "busybox", command: ["false"] }],
    });
    const t = run(pod, makeNode(DEFAULT_TIMINGS), T0 + 6000);
    expect(container(t.pod).restartCount).toBe(1);
    expect(status(t.pod).phase).toBe("Running");
  });

  it("the exit-after / exit-code annotations", () => {
    const pod = makePod({
      restartPolicy: "Never",
      annotations: { "kubeplay.dev/exit-after": "10s", "kubeplay.dev/exit-code": "3" },
    });
    const t = run(pod, makeNode(DEFAULT_TIMINGS), T0 + 60_000);
    expect(t.steps.at(-1)?.at).toBe(T0 + 13_600);
    expect(container(t.pod).state).toMatchObject({ terminated: { exitCode: 3, reason: "Error" } });
    expect(status(t.pod).phase).toBe("Failed");
  });

  it("run rules, as documented", () => {
    const decide = (container: JsonObject, annotations?: Record<string, string>) => {
      const pod = makePod({ annotations, containers: [container] });
      const words = [container.command, container.args].flatMap((v) =>
        Array.isArray(v) ? v : [],
      ) as string[];
      const out = runOutcome({
        pod,
        container,
        ref: parseImage(container.image as string),
        script: words.join(" "),
      });
      return [out.runsForMs, out.exitCode];
    };
    expect(RUN_RULES.map((r) => r.name)).toEqual([
      "annotation",
      "script",
      "interactive",
      "one-shot-image",
      "server",
    ]);
    expect(decide({ image: "nginx" })).toEqual([null, 0]);
    expect(decide({ image: "busybox" })).toEqual([0, 0]);
    expect(decide({ image: "alpine:3.20", stdin: true })).toEqual([null, 0]);
    expect(decide({ image: "busybox", command: ["sleep", "3600"] })).toEqual([3_600_000, 0]);
    expect(decide({ image: "busybox", command: ["sh", "-c", "sleep 2; sleep 1m; exit 7"] })).toEqual([
      62_000, 7,
    ]);
    expect(decide({ image: "busybox", command: ["sh", "-c", "while true; do sleep 1; done"] })).toEqual([
      null,
      0,
    ]);
    expect(decide({ image: "busybox", command: ["sleep", "infinity"] })).toEqual([null, 0]);
    expect(decide({ image: "busybox", args: ["tail", "-f", "/dev/null"] })).toEqual([null, 0]);
    expect(decide({ image: "busybox", command: ["sh", "-c", "echo hello"] })).toEqual([0, 0]);
    expect(decide({ image: "python:3.12", command: ["python", "-m", "http.server"] })).toEqual([null, 0]);
    expect(decide({ image: "busybox", command: ["/bin/false"] })).toEqual([0, 1]);
    expect(decide({ image: "nginx" }, { "kubeplay.dev/exit-after": "1m30s" })).toEqual([90_000, 0]);
    expect(parseGoDuration("1h2m3.5s")).toBe(3_723_500);
    expect(goDuration(300_000)).toBe("5m0s");
    expect(goDuration(2100)).toBe("2.1s");
    expect(goDuration(100)).toBe("100ms");
  });
});

describe("images that cannot be pulled", () => {
  it("ErrImagePull, then ImagePullBackOff, retried with a doubling back-off", () => {
    const pod = makePod({
      containers: [{ name: "app", image: "nginx:doesnotexist", imagePullPolicy: "IfNotPresent" }],
    });
    const t = run(pod, makeNode(DEFAULT_TIMINGS), T0 + 40_000);
    expect(t.steps.map((s) => [s.at - T0, s.step.stages.join(",")])).toEqual([
      [1000, "pod-accept"],
      [3000, "image-pull-failed:app"],
      [4000, "image-pull-backoff:app"],
      [13_000, "image-pull-retry:app"],
      [14_000, "image-pull-backoff:app"],
      [33_000, "image-pull-retry:app"],
      [34_000, "image-pull-backoff:app"],
    ]);
    const ref = "docker.io/library/nginx:doesnotexist";
    const error = `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
    expect(t.events.slice(0, 5).map((e) => [e.type, e.reason, e.message])).toEqual([
      ["Normal", "Pulling", 'Pulling image "nginx:doesnotexist"'],
      ["Warning", "Failed", `Failed to pull image "nginx:doesnotexist": ${error}`],
      ["Warning", "Failed", "Error: ErrImagePull"],
      ["Normal", "BackOff", 'Back-off pulling image "nginx:doesnotexist"'],
      ["Warning", "Failed", "Error: ImagePullBackOff"],
    ]);
    const errStatus = t.steps[1]?.step.status?.containerStatuses as JsonObject[];
    expect(errStatus[0]?.state).toEqual({ waiting: { reason: "ErrImagePull", message: error } });
    expect(container(t.pod).state).toEqual({
      waiting: {
        reason: "ImagePullBackOff",
        message: `Back-off pulling image "nginx:doesnotexist": ErrImagePull: ${error}`,
      },
    });
    expect(status(t.pod).phase).toBe("Pending");
  });

  it("an unknown registry host, and a registry fault, fail too; an invalid name is InvalidImageName", () => {
    const host = makePod({ containers: [{ name: "app", image: "invalid.example/team/app:1.0" }] });
    const s = advancePod(host, makeNode(ZERO), T0).status as JsonObject;
    const w = (((s.containerStatuses as JsonObject[])[0] as JsonObject).state as JsonObject)
      .waiting as JsonObject;
    expect(w.reason).toBe("ImagePullBackOff");
    expect(w.message).toContain("lookup invalid.example: no such host");

    const faulty = makeNode(ZERO, [], { faults: { pullFailures: new Set(["redis:7"]) } });
    const r = advancePod(makePod({ containers: [{ name: "db", image: "redis:7" }] }), faulty, T0);
    expect(reasons(r.events)).toEqual(["Pulling", "Failed", "Failed", "BackOff", "Failed"]);

    const bad = advancePod(makePod({ containers: [{ name: "app", image: "Nginx" }] }), makeNode(ZERO), T0);
    expect(reasons(bad.events)).toEqual(["InspectFailed", "Failed"]);
    const state = (((bad.status as JsonObject).containerStatuses as JsonObject[])[0] as JsonObject)
      .state as JsonObject;
    expect(state.waiting).toEqual({
      reason: "InvalidImageName",
      message:
        'Failed to apply default image tag "Nginx": couldn\'t parse image name "Nginx": invalid reference format: repository name must be lowercase',
    });
    expect(bad.dueAt).toBeNull();
  });
});

describe("deletion", () => {
  it("Killing, then the containers stop and the pod is deleted, within the grace period", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const running = run(makePod(), node, T0 + 10_000).pod;
    const D = T0 + 20_000;
    const deleting = deepCopy(running);
    deleting.metadata.deletionTimestamp = ts(D + 30_000);
    deleting.metadata.deletionGracePeriodSeconds = 30;
    expect(planPod(deleting, node, D + 100)).toEqual({ dueAt: D, stage: "pod-kill" });
    const kill = advancePod(deleting, node, D + 100);
    expect(kill.events.map((e) => [e.reason, e.message, e.fieldPath])).toEqual([
      ["Killing", "Stopping container app", "spec.containers{app}"],
    ]);
    expect(kill.deletePod).toBeUndefined();
    expect(kill.dueAt).toBe(D + 1000);
    const killed = applied(deleting, kill);
    expect(container(killed).ready).toBe(false);
    expect(cond(killed, "Ready")?.status).toBe("False");

    const stop = advancePod(killed, node, D + 1000);
    expect(stop.deletePod).toBe(true);
    expect(stop.events).toEqual([]);
    expect(container(applied(killed, stop)).state).toMatchObject({
      terminated: { exitCode: 0, reason: "Completed" },
    });
    expect(status(applied(killed, stop)).phase).toBe("Succeeded");

    // A short grace period caps the stop delay.
    const quick = deepCopy(killed);
    quick.metadata.deletionTimestamp = ts(D);
    quick.metadata.deletionGracePeriodSeconds = 0;
    expect(planPod(quick, node, D).dueAt).toBe(D);
  });

  it("a pod that never started, or is crash-looping, is deleted at once", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const pending = makePod();
    pending.metadata.deletionTimestamp = ts(T0 + 30_000);
    pending.metadata.deletionGracePeriodSeconds = 30;
    const step = advancePod(pending, node, T0);
    expect(step).toMatchObject({ deletePod: true, events: [], dueAt: null, stages: ["pod-deleted"] });
    expect(step.status).toBeUndefined();

    const looping = run(makePod({ containers: [{ name: "app", image: "busybox" }] }), node, T0 + 8000).pod;
    expect((container(looping).state as JsonObject).waiting).toMatchObject({ reason: "CrashLoopBackOff" });
    looping.metadata.deletionTimestamp = ts(T0 + 40_000);
    looping.metadata.deletionGracePeriodSeconds = 30;
    const del = advancePod(looping, node, T0 + 10_000);
    expect(del.deletePod).toBe(true);
    expect(del.events).toEqual([]);
    // The final status is terminal; as in the kubelet's getPhase, a container waiting in back-off
    // counts as stopped but not as succeeded, so the pod ends Failed.
    expect(status(applied(looping, del)).phase).toBe("Failed");
  });
});

describe("killContainer (fault injection)", () => {
  it("kills with 137 Error (or OOMKilled) and the restart policy applies", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const running = run(makePod(), node, T0 + 10_000).pod;
    const K = T0 + 20_000;
    const step = killContainer(running, "app", K, "OOMKilled", node);
    const p = applied(running, step);
    expect(container(p).state).toMatchObject({
      terminated: { exitCode: 137, reason: "OOMKilled", finishedAt: ts(K), startedAt: ts(T0 + 3600) },
    });
    expect(status(p).phase).toBe("Running");
    expect(step.dueAt).toBe(K + 700);
    const t = run(p, node, K + 5000);
    expect(container(t.pod)).toMatchObject({ restartCount: 1, ready: true, state: { running: {} } });
    expect((container(t.pod).lastState as JsonObject).terminated).toMatchObject({
      exitCode: 137,
      reason: "OOMKilled",
    });
    // Killing a container that is not running does nothing.
    expect(killContainer(p, "app", K).status).toBeUndefined();
    expect(killContainer(running, "nope", K).status).toBeUndefined();
  });
});

describe("restart safety", () => {
  it("re-planning from the status alone resumes where the pod was", () => {
    const continuous = run(makePod(), makeNode(DEFAULT_TIMINGS), T0 + 10_000);
    const node = makeNode(DEFAULT_TIMINGS);
    // A kubelet that stopped after the pull and came back 5 s later.
    let pod = makePod();
    pod = applied(pod, advancePod(pod, node, T0 + 1000));
    pod = applied(pod, advancePod(pod, node, T0 + 3000));
    const reread = JSON.parse(JSON.stringify(pod)) as KubeObject;
    expect(planPod(reread, node, T0 + 8000)).toEqual({ dueAt: T0 + 3300, stage: "container-created:app" });
    const resumed = advancePod(reread, node, T0 + 8000);
    expect(reasons(resumed.events)).toEqual(["Created", "Started"]);
    expect(applied(reread, resumed).status).toEqual(continuous.pod.status);
    // A plan is stable: the same pod planned at other times gives the same due time.
    expect(planPod(reread, node, T0 + 3100).dueAt).toBe(T0 + 3300);
  });

  it("a crash loop resumes with the same back-off after a restart", () => {
    const node = makeNode(DEFAULT_TIMINGS);
    const pod = makePod({
      containers: [{ name: "app", image: "busybox:1.36", command: ["sh", "-c", "sleep 3; exit 2"] }],
    });
    const a = run(pod, node, T0 + 30_000);
    const copy = JSON.parse(JSON.stringify(a.pod)) as KubeObject;
    expect(planPod(copy, node, T0 + 30_000)).toEqual(planPod(a.pod, node, T0 + 30_000));
    const b = run(copy, node, T0 + 60_000);
    const c = run(pod, makeNode(DEFAULT_TIMINGS), T0 + 60_000);
    expect(b.pod.status).toEqual(c.pod.status);
  });
});

describe("pod IPs", () => {
  it("hands out the next free IP of the pod CIDR, unique per node, released on delete", () => {
    const ips = podIPAllocator("10.244.1.0/24");
    expect(ips.allocate("a")).toBe("10.244.1.2");
    expect(ips.allocate("b")).toBe("10.244.1.3");
    expect(ips.allocate("a")).toBe("10.244.1.2");
    expect(ips.release("a")).toBe("10.244.1.2");
    expect(ips.allocate("c")).toBe("10.244.1.4");
    expect(ips.capacity).toBe(253);
    const all = new Set<string>();
    for (let i = 0; i < 251; i++) all.add(ips.allocate(`p${i}`) ?? "none");
    expect(all.size).toBe(251);
    expect(ips.used).toBe(253);
    expect(all.has("10.244.1.255")).toBe(false);
    expect(all.has("10.244.1.2")).toBe(true); // wrapped around to the released address
    expect(ips.allocate("one-too-many")).toBeNull();

    const small = podIPAllocator("10.244.2.17/30");
    expect(small.cidr).toBe("10.244.2.16/30");
    expect(small.allocate("x")).toBe("10.244.2.18");
    expect(small.allocate("y")).toBeNull();

    const rebuilt = podIPAllocator("10.244.1.0/24");
    expect(rebuilt.reserve("old", "10.244.1.7")).toBe(true);
    expect(rebuilt.reserve("other", "10.244.1.7")).toBe(false);
    expect(rebuilt.reserve("x", "10.244.2.7")).toBe(false);
    expect(rebuilt.allocate("new")).toBe("10.244.1.8");
    expect(() => podIPAllocator("10.244.1.0")).toThrow();
  });

  it("pods on one node get distinct IPs", () => {
    const node = makeNode(ZERO);
    const a = advancePod(makePod({ uid: "u1" }), node, T0).status as JsonObject;
    const b = advancePod(makePod({ uid: "u2", name: "web-b" }), node, T0).status as JsonObject;
    expect(a.podIP).not.toBe(b.podIP);
  });
});
