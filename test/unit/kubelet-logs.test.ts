import { describe, expect, it } from "vitest";
import { logContainer, parseLogOptions, podLogLines } from "../../lib/apiserver/pod-logs";
import { ApiError } from "../../lib/k8s/errors";
import type { JsonObject, KubeObject } from "../../lib/k8s/object";
import { containerOutput, formatLog, playScript, scriptOf, shellDate } from "../../lib/kubelet/logs";

const T0 = Date.parse("2026-12-04T10:00:00Z");
const source = { hostname: "web-1", podIP: "10.244.1.2", image: "busybox", command: [], args: [] };

function pod(
  containers: JsonObject[],
  statuses: JsonObject[],
  extra: Partial<KubeObject["metadata"]> = {},
): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "web-1", namespace: "default", ...extra },
    spec: { nodeName: "node-1", containers },
    status: { phase: "Running", podIP: "10.244.1.2", containerStatuses: statuses },
  };
}

const running = (name: string, startedAt = T0): JsonObject => ({
  name,
  state: { running: { startedAt: new Date(startedAt).toISOString() } },
});

describe("what a simulated container prints", () => {
  it("plays echo, date, hostname, variables and sleep on the container's clock", () => {
    const lines = playScript(
      'echo "hello $HOSTNAME"; sleep 2; date; hostname; X=42; echo $X',
      source,
      T0,
      T0 + 60_000,
    );
    expect(lines).toEqual([
      { time: T0, text: "hello web-1" },
      { time: T0 + 2000, text: shellDate(T0 + 2000) },
      { time: T0 + 2000, text: "web-1" },
      { time: T0 + 2000, text: "42" },
    ]);
    expect(shellDate(T0)).toBe("Fri Dec  4 10:00:00 UTC 2026");
  });

  it("prints a loop's lines only as their instants come, and stops at exit", () => {
    const loop = "while true; do echo tick; sleep 5; done";
    expect(playScript(loop, source, T0, T0 + 12_000).map((l) => l.time - T0)).toEqual([0, 5000, 10_000]);
    expect(
      playScript("for i in a b c; do echo $i; done; exit 1; echo never", source, T0, T0).map((l) => l.text),
    ).toEqual(["a", "b", "c"]);
    // A silent busy loop ends the simulation instead of spinning.
    expect(playScript("while true; do :; done", source, T0, T0 + 3_600_000)).toEqual([]);
  });

  it("reads `sh -c SCRIPT` and plain command lines, and prints the start-up lines of known images", () => {
    expect(scriptOf(["/bin/sh", "-c"], ["echo hi"])).toBe("echo hi");
    expect(scriptOf(["echo"], ["hello world"])).toBe("echo 'hello world'");
    const nginx = containerOutput(
      { ...source, image: "nginx:1.25" },
      { startedAt: T0, finishedAt: null },
      T0 + 1000,
    );
    expect(nginx.map((l) => l.text)).toContain(
      "/docker-entrypoint.sh: Configuration complete; ready for start up",
    );
    expect(nginx.map((l) => l.text)).toContain("2026/12/04 10:00:00 [notice] 1#1: nginx/1.25.0");
    expect(
      containerOutput({ ...source, image: "example.com/my-app" }, { startedAt: T0, finishedAt: null }, T0),
    ).toEqual([]);
  });

  it("formats with timestamps, tail, since and a byte limit", () => {
    const lines = playScript("for i in 1 2 3 4; do echo line$i; sleep 10; done", source, T0, T0 + 60_000);
    expect(formatLog(lines, { follow: false, previous: false, timestamps: false, tailLines: 2 }, T0)).toBe(
      "line3\nline4\n",
    );
    expect(formatLog(lines, { follow: false, previous: false, timestamps: true, tailLines: 1 }, T0)).toBe(
      "2026-12-04T10:00:30.000000000Z line4\n",
    );
    expect(
      formatLog(lines, { follow: false, previous: false, timestamps: false, sinceSeconds: 25 }, T0 + 40_000),
    ).toBe("line3\nline4\n");
    expect(formatLog(lines, { follow: false, previous: false, timestamps: false, limitBytes: 8 }, T0)).toBe(
      "line1\nli",
    );
  });
});

describe("the log request", () => {
  it("parses PodLogOptions and refuses bad ones as kube-apiserver does", () => {
    expect(
      parseLogOptions(new URLSearchParams("container=a&follow=true&tailLines=5&timestamps=true")),
    ).toEqual({
      container: "a",
      follow: true,
      previous: false,
      timestamps: true,
      tailLines: 5,
    });
    const bad = (q: string) => {
      try {
        parseLogOptions(new URLSearchParams(q));
      } catch (e) {
        return e instanceof ApiError ? [e.code, e.message] : [0, String(e)];
      }
      return [200, ""];
    };
    expect(bad("tailLines=-1")).toEqual([
      422,
      'PodLogOptions "" is invalid: tailLines: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(bad("tailLines=x")[0]).toBe(400);
    expect(bad("sinceSeconds=5&sinceTime=2026-12-04T10:00:00Z")[0]).toBe(422);
  });

  it("chooses the container: the one named, the only one, the annotated default, else asks", () => {
    const one = pod([{ name: "a", image: "nginx" }], [running("a")]);
    const two = pod(
      [
        { name: "a", image: "nginx" },
        { name: "b", image: "redis" },
      ],
      [running("a"), running("b")],
    );
    const opts = { follow: false, previous: false, timestamps: false };
    expect(logContainer(one, opts)).toBe("a");
    expect(logContainer(two, { ...opts, container: "b" })).toBe("b");
    expect(() => logContainer(two, opts)).toThrow(
      "a container name must be specified for pod web-1, choose one of: [a b]",
    );
    expect(() => logContainer(two, { ...opts, container: "c" })).toThrow(
      "container c is not valid for pod web-1",
    );
    const annotated = {
      ...two,
      metadata: { ...two.metadata, annotations: { "kubectl.kubernetes.io/default-container": "b" } },
    };
    expect(logContainer(annotated, opts)).toBe("b");
  });

  it("reads the current run, the previous one, and says why a container has no log yet", () => {
    const opts = { follow: false, previous: false, timestamps: false };
    const spec = [{ name: "a", image: "busybox", command: ["sh", "-c", "echo run"] }];
    const restarted = pod(spec, [
      {
        ...running("a", T0 + 60_000),
        lastState: {
          terminated: {
            startedAt: new Date(T0).toISOString(),
            finishedAt: new Date(T0 + 1000).toISOString(),
            exitCode: 1,
          },
        },
      },
    ]);
    expect(podLogLines(restarted, "a", opts, T0 + 61_000)).toEqual([{ time: T0 + 60_000, text: "run" }]);
    expect(podLogLines(restarted, "a", { ...opts, previous: true }, T0 + 61_000)).toEqual([
      { time: T0, text: "run" },
    ]);
    const fresh = pod(spec, [running("a")]);
    expect(() => podLogLines(fresh, "a", { ...opts, previous: true }, T0)).toThrow(
      'previous terminated container "a" in pod "web-1" not found',
    );
    const creating = pod(spec, [{ name: "a", state: { waiting: { reason: "ContainerCreating" } } }]);
    expect(() => podLogLines(creating, "a", opts, T0)).toThrow(
      'container "a" in pod "web-1" is waiting to start: ContainerCreating',
    );
  });
});
