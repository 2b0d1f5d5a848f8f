import { describe, expect, it } from "vitest";
import { kindByName } from "../../lib/k8s/kinds";
import type { KubeObject } from "../../lib/k8s/object";
import { tableVersionOf } from "../../lib/printers/accept";
import { humanDuration, translateTimestampSince } from "../../lib/printers/duration";
import { formatLabelSelector } from "../../lib/printers/fields";
import { toTable } from "../../lib/printers/index";
import { podSummary } from "../../lib/printers/pod";

const NOW = Date.parse("2026-11-22T12:00:00Z");
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString().replace(/\.\d+Z$/, "Z");
const kind = (name: string) => {
  const info = kindByName(name);
  if (!info) throw new Error(name);
  return info;
};
/** One object's row as `kubectl get -o wide` shows it: column name → cell. */
function row(resource: string, obj: KubeObject): Record<string, unknown> {
  const table = toTable(kind(resource), [obj], { now: NOW });
  const cells = table.rows[0]!.cells;
  expect(cells).toHaveLength(table.columnDefinitions.length);
  return Object.fromEntries(table.columnDefinitions.map((c, i) => [c.name, cells[i]]));
}
const headers = (resource: string, wide = false) =>
  toTable(kind(resource), [], { now: NOW })
    .columnDefinitions.filter((c) => wide || c.priority === 0)
    .map((c) => c.name.toUpperCase());

describe("duration.HumanDuration", () => {
  it.each([
    [0, "0s"],
    [-1500, "0s"],
    [-3000, "<invalid>"],
    [5_000, "5s"],
    [119_000, "119s"],
    [120_000, "2m"],
    [182_000, "3m2s"],
    [600_000, "10m"],
    [179 * 60_000, "179m"],
    [3 * 3600_000, "3h"],
    [(3 * 60 + 5) * 60_000, "3h5m"],
    [8 * 3600_000, "8h"],
    [47 * 3600_000, "47h"],
    [(2 * 24 + 4) * 3600_000, "2d4h"],
    [3 * 24 * 3600_000, "3d"],
    [30 * 24 * 3600_000, "30d"],
    [(3 * 365 + 10) * 24 * 3600_000, "3y10d"],
    [9 * 365 * 24 * 3600_000, "9y"],
  ])("%d ms is %s", (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
  it("prints <unknown> for a missing timestamp", () => {
    expect(translateTimestampSince(undefined, NOW)).toBe("<unknown>");
    expect(translateTimestampSince(ago(65), NOW)).toBe("65s");
  });
});

function podWith(
  status: Record<string, unknown>,
  extra: Partial<KubeObject> = {},
  spec: Record<string, unknown> = {},
): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "web", namespace: "default", creationTimestamp: ago(30), ...(extra.metadata ?? {}) },
    spec: { containers: [{ name: "app", image: "nginx" }], ...spec } as KubeObject["spec"],
    status: status as KubeObject["status"],
  };
}
const running = { running: { startedAt: ago(20) } };

describe("pod STATUS, READY and RESTARTS", () => {
  const cases: [string, KubeObject, string, string, string][] = [
    ["Pending, unscheduled", podWith({ phase: "Pending" }), "0/1", "Pending", "0"],
    [
      "ContainerCreating",
      podWith({
        phase: "Pending",
        containerStatuses: [
          { name: "app", ready: false, restartCount: 0, state: { waiting: { reason: "ContainerCreating" } } },
        ],
      }),
      "0/1",
      "ContainerCreating",
      "0",
    ],
    [
      "Running and ready",
      podWith({
        phase: "Running",
        containerStatuses: [{ name: "app", ready: true, restartCount: 0, state: running }],
      }),
      "1/1",
      "Running",
      "0",
    ],
    [
      "CrashLoopBackOff with restarts and their age",
      podWith({
        phase: "Running",
        containerStatuses: [
          {
            name: "app",
            ready: false,
            restartCount: 3,
            state: { waiting: { reason: "CrashLoopBackOff" } },
            lastState: { terminated: { exitCode: 1, reason: "Error", finishedAt: ago(25) } },
          },
        ],
      }),
      "0/1",
      "CrashLoopBackOff",
      "3 (25s ago)",
    ],
    [
      "Completed",
      podWith({
        phase: "Succeeded",
        containerStatuses: [
          {
            name: "app",
            ready: false,
            restartCount: 0,
            state: { terminated: { exitCode: 0, reason: "Completed" } },
          },
        ],
      }),
      "0/1",
      "Completed",
      "0",
    ],
    [
      "Error",
      podWith({
        phase: "Failed",
        containerStatuses: [
          {
            name: "app",
            ready: false,
            restartCount: 0,
            state: { terminated: { exitCode: 2, reason: "Error" } },
          },
        ],
      }),
      "0/1",
      "Error",
      "0",
    ],
    [
      "ExitCode without a reason",
      podWith({
        phase: "Failed",
        containerStatuses: [{ name: "app", restartCount: 0, state: { terminated: { exitCode: 137 } } }],
      }),
      "0/1",
      "ExitCode:137",
      "0",
    ],
    [
      "Terminating",
      podWith(
        {
          phase: "Running",
          containerStatuses: [{ name: "app", ready: true, restartCount: 0, state: running }],
        },
        { metadata: { name: "web", deletionTimestamp: ago(-30), creationTimestamp: ago(30) } },
      ),
      "1/1",
      "Terminating",
      "0",
    ],
    [
      "Unknown on a lost node",
      podWith(
        { phase: "Running", reason: "NodeLost" },
        { metadata: { name: "web", deletionTimestamp: ago(1), creationTimestamp: ago(30) } },
      ),
      "0/1",
      "Unknown",
      "0",
    ],
    ["NodeLost before deletion", podWith({ phase: "Running", reason: "NodeLost" }), "0/1", "NodeLost", "0"],
    [
      "Init:0/2 while the first init container runs",
      podWith(
        {
          phase: "Pending",
          initContainerStatuses: [
            { name: "i1", restartCount: 0, state: running },
            { name: "i2", restartCount: 0, state: { waiting: { reason: "PodInitializing" } } },
          ],
        },
        {},
        {
          initContainers: [
            { name: "i1", image: "busybox" },
            { name: "i2", image: "busybox" },
          ],
        },
      ),
      "0/1",
      "Init:0/2",
      "0",
    ],
    [
      "Init:1/2 after the first one",
      podWith(
        {
          phase: "Pending",
          initContainerStatuses: [
            { name: "i1", restartCount: 0, state: { terminated: { exitCode: 0, reason: "Completed" } } },
            { name: "i2", restartCount: 0, state: running },
          ],
        },
        {},
        {
          initContainers: [
            { name: "i1", image: "busybox" },
            { name: "i2", image: "busybox" },
          ],
        },
      ),
      "0/1",
      "Init:1/2",
      "0",
    ],
    [
      "Init:CrashLoopBackOff",
      podWith(
        {
          phase: "Pending",
          initContainerStatuses: [
            {
              name: "i1",
              restartCount: 2,
              state: { waiting: { reason: "CrashLoopBackOff" } },
              lastState: { terminated: { exitCode: 1, finishedAt: ago(200) } },
            },
          ],
        },
        {},
        { initContainers: [{ name: "i1", image: "busybox" }] },
      ),
      "0/1",
      "Init:CrashLoopBackOff",
      "2 (3m20s ago)",
    ],
    [
      "Init:Error",
      podWith(
        {
          phase: "Pending",
          initContainerStatuses: [
            { name: "i1", restartCount: 0, state: { terminated: { exitCode: 1, reason: "Error" } } },
          ],
        },
        {},
        { initContainers: [{ name: "i1", image: "busybox" }] },
      ),
      "0/1",
      "Init:Error",
      "0",
    ],
    [
      "a sidecar (restartable init container) counts as a container",
      podWith(
        {
          phase: "Running",
          conditions: [{ type: "Initialized", status: "True" }],
          initContainerStatuses: [
            { name: "side", restartCount: 1, started: true, ready: true, state: running },
          ],
          containerStatuses: [{ name: "app", ready: true, restartCount: 0, state: running }],
        },
        {},
        { initContainers: [{ name: "side", image: "envoy", restartPolicy: "Always" }] },
      ),
      "2/2",
      "Running",
      "1",
    ],
    [
      "Completed with a container still running: NotReady",
      podWith(
        {
          phase: "Running",
          containerStatuses: [
            { name: "app", ready: true, restartCount: 0, state: running },
            {
              name: "job",
              ready: false,
              restartCount: 0,
              state: { terminated: { exitCode: 0, reason: "Completed" } },
            },
          ],
        },
        {},
        {
          containers: [
            { name: "app", image: "nginx" },
            { name: "job", image: "busybox" },
          ],
        },
      ),
      "1/2",
      "NotReady",
      "0",
    ],
    [
      "status.reason wins over the phase",
      podWith({ phase: "Failed", reason: "Evicted" }),
      "0/1",
      "Evicted",
      "0",
    ],
  ];
  it.each(cases)("%s", (_what, pod, ready, status, restarts) => {
    expect(podSummary(pod, NOW)).toEqual({ ready, status, restarts });
  });

  it("fills the wide columns: IP, NODE, NOMINATED NODE, READINESS GATES", () => {
    const p = podWith(
      { phase: "Running", podIP: "10.244.1.5", conditions: [{ type: "example.com/gate", status: "True" }] },
      {},
      {
        nodeName: "node-1",
        readinessGates: [{ conditionType: "example.com/gate" }, { conditionType: "other" }],
      },
    );
    expect(row("pods", p)).toMatchObject({
      Name: "web",
      Age: "30s",
      IP: "10.244.1.5",
      Node: "node-1",
      "Nominated Node": "<none>",
      "Readiness Gates": "1/2",
    });
    expect(row("pods", podWith({ phase: "Pending" }))).toMatchObject({
      IP: "<none>",
      Node: "<none>",
      "Readiness Gates": "<none>",
    });
    expect(headers("pods")).toEqual(["NAME", "READY", "STATUS", "RESTARTS", "AGE"]);
    expect(headers("pods", true)).toEqual([
      "NAME",
      "READY",
      "STATUS",
      "RESTARTS",
      "AGE",
      "IP",
      "NODE",
      "NOMINATED NODE",
      "READINESS GATES",
    ]);
  });
});

describe("printers of each kind", () => {
  it("nodes: STATUS with SchedulingDisabled, ROLES, VERSION and the wide columns", () => {
    const node: KubeObject = {
      apiVersion: "v1",
      kind: "Node",
      metadata: {
        name: "node-1",
        creationTimestamp: ago(3 * 86400 + 4 * 3600),
        labels: { "node-role.kubernetes.io/control-plane": "" },
      },
      spec: { unschedulable: true },
      status: {
        conditions: [{ type: "Ready", status: "True" }],
        addresses: [{ type: "InternalIP", address: "172.18.0.2" }],
        nodeInfo: {
          kubeletVersion: "v1.32.0",
          osImage: "Debian GNU/Linux 12 (bookworm)",
          kernelVersion: "6.1.0",
          containerRuntimeVersion: "containerd://1.7.0",
        },
      },
    };
    expect(row("nodes", node)).toEqual({
      Name: "node-1",
      Status: "Ready,SchedulingDisabled",
      Roles: "control-plane",
      Age: "3d4h",
      Version: "v1.32.0",
      "Internal-IP": "172.18.0.2",
      "External-IP": "<none>",
      "OS-Image": "Debian GNU/Linux 12 (bookworm)",
      "Kernel-Version": "6.1.0",
      "Container-Runtime": "containerd://1.7.0",
    });
    const bare = row("nodes", {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: "n" },
      status: { conditions: [{ type: "Ready", status: "Unknown" }] },
    });
    expect(bare).toMatchObject({
      Status: "NotReady",
      Roles: "<none>",
      Age: "<unknown>",
      "OS-Image": "<unknown>",
    });
    expect(row("nodes", { apiVersion: "v1", kind: "Node", metadata: { name: "n" } }).Status).toBe("Unknown");
    expect(headers("nodes")).toEqual(["NAME", "STATUS", "ROLES", "AGE", "VERSION"]);
    expect(headers("nodes", true).slice(5)).toEqual([
      "INTERNAL-IP",
      "EXTERNAL-IP",
      "OS-IMAGE",
      "KERNEL-VERSION",
      "CONTAINER-RUNTIME",
    ]);
  });

  const template = {
    metadata: { labels: { app: "web" } },
    spec: {
      containers: [
        { name: "nginx", image: "nginx:1.27" },
        { name: "log", image: "busybox" },
      ],
    },
  };
  it("deployments: READY UP-TO-DATE AVAILABLE AGE and CONTAINERS IMAGES SELECTOR", () => {
    const d: KubeObject = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web", creationTimestamp: ago(182) },
      spec: {
        replicas: 3,
        selector: {
          matchLabels: { app: "web" },
          matchExpressions: [{ key: "tier", operator: "In", values: ["fe", "be"] }],
        },
        template,
      },
      status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
    };
    expect(row("deployments", d)).toEqual({
      Name: "web",
      Ready: "2/3",
      "Up-to-date": 3,
      Available: 2,
      Age: "3m2s",
      Containers: "nginx,log",
      Images: "nginx:1.27,busybox",
      Selector: "app=web,tier in (be,fe)",
    });
    expect(headers("deployments")).toEqual(["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]);
  });

  it("replicasets: DESIRED CURRENT READY AGE", () => {
    const rs: KubeObject = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { name: "web-5d4f", creationTimestamp: ago(10) },
      spec: { replicas: 2, selector: { matchLabels: { app: "web", "pod-template-hash": "5d4f" } }, template },
      status: { replicas: 2, readyReplicas: 1 },
    };
    expect(row("rs", rs)).toEqual({
      Name: "web-5d4f",
      Desired: 2,
      Current: 2,
      Ready: 1,
      Age: "10s",
      Containers: "nginx,log",
      Images: "nginx:1.27,busybox",
      Selector: "app=web,pod-template-hash=5d4f",
    });
    expect(headers("rs")).toEqual(["NAME", "DESIRED", "CURRENT", "READY", "AGE"]);
  });

  it("services: TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE SELECTOR", () => {
    const svc = (spec: Record<string, unknown>, status: Record<string, unknown> = {}): KubeObject => ({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "web", creationTimestamp: ago(5) },
      spec: spec as KubeObject["spec"],
      status: status as KubeObject["status"],
    });
    expect(
      row(
        "svc",
        svc({
          type: "ClusterIP",
          clusterIP: "10.96.0.10",
          clusterIPs: ["10.96.0.10"],
          ports: [
            { port: 80, protocol: "TCP" },
            { port: 53, protocol: "UDP" },
          ],
          selector: { b: "2", a: "1" },
        }),
      ),
    ).toEqual({
      Name: "web",
      Type: "ClusterIP",
      "Cluster-IP": "10.96.0.10",
      "External-IP": "<none>",
      "Port(s)": "80/TCP,53/UDP",
      Age: "5s",
      Selector: "a=1,b=2",
    });
    expect(
      row(
        "svc",
        svc({
          type: "NodePort",
          clusterIP: "10.96.0.11",
          ports: [{ port: 80, nodePort: 30080, protocol: "TCP" }],
        }),
      ),
    ).toMatchObject({ "Port(s)": "80:30080/TCP", Selector: "<none>" });
    expect(row("svc", svc({ type: "LoadBalancer", clusterIP: "10.96.0.12", ports: [] }))).toMatchObject({
      "External-IP": "<pending>",
      "Port(s)": "<none>",
    });
    expect(
      row(
        "svc",
        svc(
          { type: "LoadBalancer", clusterIP: "10.96.0.12" },
          { loadBalancer: { ingress: [{ ip: "203.0.113.7" }] } },
        ),
      )["External-IP"],
    ).toBe("203.0.113.7");
    expect(
      row("svc", svc({ type: "ExternalName", externalName: "example.com", clusterIP: "" })),
    ).toMatchObject({ "Cluster-IP": "<none>", "External-IP": "example.com" });
    expect(headers("svc")).toEqual(["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"]);
  });

  it("endpoints: at most three, then + N more...", () => {
    const ep = (subsets: unknown[]): KubeObject => ({
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: { name: "web", creationTimestamp: ago(1) },
      subsets: subsets as KubeObject["spec"],
    });
    const addresses = [1, 2, 3, 4, 5].map((i) => ({ ip: `10.244.0.${i}` }));
    expect(row("ep", ep([{ addresses, ports: [{ port: 80, protocol: "TCP" }] }])).Endpoints).toBe(
      "10.244.0.1:80,10.244.0.2:80,10.244.0.3:80 + 2 more...",
    );
    expect(row("ep", ep([{ addresses: addresses.slice(0, 2), ports: [{ port: 80 }] }])).Endpoints).toBe(
      "10.244.0.1:80,10.244.0.2:80",
    );
    expect(row("ep", ep([])).Endpoints).toBe("<none>");
    expect(headers("ep")).toEqual(["NAME", "ENDPOINTS", "AGE"]);
  });

  it("namespaces, configmaps and leases", () => {
    expect(
      row("ns", {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "default", creationTimestamp: ago(7200) },
        status: { phase: "Active" },
      }),
    ).toEqual({ Name: "default", Status: "Active", Age: "120m" });
    expect(
      row("cm", {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "c", creationTimestamp: ago(3) },
        data: { a: "1", b: "2" },
        binaryData: { c: "AA==" },
      }),
    ).toEqual({ Name: "c", Data: 3, Age: "3s" });
    expect(
      row("leases", {
        apiVersion: "coordination.k8s.io/v1",
        kind: "Lease",
        metadata: { name: "node-1", creationTimestamp: ago(3) },
        spec: { holderIdentity: "node-1" },
      }),
    ).toEqual({ Name: "node-1", Holder: "node-1", Age: "3s" });
    expect(headers("ns")).toEqual(["NAME", "STATUS", "AGE"]);
    expect(headers("cm")).toEqual(["NAME", "DATA", "AGE"]);
    expect(headers("leases")).toEqual(["NAME", "HOLDER", "AGE"]);
  });

  it("events: LAST SEEN TYPE REASON OBJECT MESSAGE, with the wide ones interleaved as Kubernetes has them", () => {
    const ev: KubeObject = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "web.1234", namespace: "default" },
      involvedObject: { kind: "Pod", name: "web", fieldPath: "spec.containers{app}" },
      reason: "Pulled",
      message: 'Successfully pulled image "nginx"\n',
      type: "Normal",
      source: { component: "kubelet", host: "node-1" },
      firstTimestamp: ago(300),
      lastTimestamp: ago(62),
      count: 4,
    };
    expect(row("events", ev)).toEqual({
      "Last Seen": "62s",
      Type: "Normal",
      Reason: "Pulled",
      Object: "pod/web",
      Subobject: "spec.containers{app}",
      Source: "kubelet, node-1",
      Message: 'Successfully pulled image "nginx"',
      "First Seen": "5m",
      Count: 4,
      Name: "web.1234",
    });
    const series: KubeObject = {
      ...ev,
      firstTimestamp: undefined,
      lastTimestamp: undefined,
      count: undefined,
      eventTime: "2026-11-22T11:59:00.000000Z",
      series: { count: 7, lastObservedTime: "2026-11-22T11:59:50.000000Z" },
      source: {},
      reportingComponent: "scheduler",
    };
    expect(row("events", series)).toMatchObject({
      "Last Seen": "10s",
      "First Seen": "60s",
      Count: 7,
      Source: "scheduler",
    });
    expect(headers("events")).toEqual(["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]);
  });
});

describe("the Table", () => {
  const cm = (name: string): KubeObject => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name, namespace: "default", labels: { a: "b" }, resourceVersion: "7" },
    data: {},
  });
  it("carries PartialObjectMetadata by default, the object or nothing as asked, and the list's metadata", () => {
    const t = toTable(kind("cm"), [cm("x")], {
      now: NOW,
      listMetadata: { resourceVersion: "9", continue: "abc" },
    });
    expect(t).toMatchObject({
      kind: "Table",
      apiVersion: "meta.k8s.io/v1",
      metadata: { resourceVersion: "9", continue: "abc" },
    });
    expect(t.rows[0]!.object).toEqual({
      kind: "PartialObjectMetadata",
      apiVersion: "meta.k8s.io/v1",
      metadata: cm("x").metadata,
    });
    expect(toTable(kind("cm"), [cm("x")], { now: NOW, includeObject: "Object" }).rows[0]!.object).toEqual(
      cm("x"),
    );
    expect(toTable(kind("cm"), [cm("x")], { now: NOW, includeObject: "None" }).rows[0]!.object).toBeNull();
    expect(t.columnDefinitions[0]).toMatchObject({
      name: "Name",
      type: "string",
      format: "name",
      priority: 0,
    });
  });

  it("is what the Accept header of kubectl get asks for, v1 or v1beta1", () => {
    expect(
      tableVersionOf(
        "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json",
      ),
    ).toBe("v1");
    expect(tableVersionOf("application/json;as=Table;v=v1beta1;g=meta.k8s.io, application/json")).toBe(
      "v1beta1",
    );
    expect(
      tableVersionOf("application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io,application/json"),
    ).toBeUndefined();
    expect(tableVersionOf("application/json")).toBeUndefined();
    expect(tableVersionOf(undefined)).toBeUndefined();
  });

  it("formats label selectors as metav1.LabelSelectorAsSelector does", () => {
    expect(
      formatLabelSelector({
        matchLabels: { b: "2" },
        matchExpressions: [
          { key: "a", operator: "Exists" },
          { key: "c", operator: "DoesNotExist" },
          { key: "d", operator: "NotIn", values: ["y", "x"] },
        ],
      }),
    ).toBe("a,b=2,!c,d notin (x,y)");
    expect(formatLabelSelector(undefined)).toBe("");
  });
});
