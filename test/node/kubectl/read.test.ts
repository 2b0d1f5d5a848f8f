/**
 * The real kubectl (1.32 and Debian's 1.20) reading a playground cluster: version, discovery,
 * `get` of every served kind in every output format, selectors, `-w`, `describe`, errors.
 */
import { beforeAll, describe, expect, inject, test } from "vitest";
import {
  ClusterKubectl,
  createCluster,
  ensureKubectls,
  eventually,
  headerOf,
  KUBECTLS,
  type Kubectl,
  tableRows,
} from "./helpers";

const base = inject("baseUrl");

describe.each(KUBECTLS)("kubectl $version reads the cluster", (kubectl: Kubectl) => {
  let k: ClusterKubectl;

  beforeAll(async () => {
    ensureKubectls();
    const cluster = await createCluster(base, `read${kubectl.version.replace(".", "")}`);
    k = new ClusterKubectl(kubectl, base, cluster.name);
    await k.ok("create", "deployment", "my-app", "--image=nginx", "--replicas=2");
    await k.ok("create", "configmap", "cfg", "--from-literal=a=b");
    await k.ok("create", "service", "clusterip", "my-app", "--tcp=80:8080");
    const pdb = await k.run(["create", "-f", "-", "--validate=false"], {
      stdin: JSON.stringify({
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata: { name: "my-pdb" },
        spec: { minAvailable: 1, selector: { matchLabels: { app: "my-app" } } },
      }),
    });
    expect(pdb.out).toBe("poddisruptionbudget.policy/my-pdb created\n");
    await eventually(async () => {
      expect(await k.ok("get", "deploy", "my-app", "-o", "jsonpath={.status.availableReplicas}")).toBe("2");
    });
  });

  test("version prints the client's and the server's version", async () => {
    const out = await k.ok("version");
    expect(out).toMatch(/Server Version: (version\.Info\{.*GitVersion:")?v1\.32\.0-kubeplay/);
    expect(out).toContain(
      `Client Version: ${kubectl.version === "1.20" ? "version.Info" : `v${kubectl.version}`}`,
    );
  });

  test("api-versions and cluster-info", async () => {
    expect(await k.ok("api-versions")).toBe(
      "apps/v1\ncoordination.k8s.io/v1\ndiscovery.k8s.io/v1\nmetrics.k8s.io/v1beta1\npolicy/v1\nv1\n",
    );
    // kubectl 1.20 colours it even into a pipe.
    const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
    const info = (await k.ok("cluster-info")).replace(colours, "");
    expect(info).toBe(
      `Kubernetes control plane is running at ${k.server}\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`,
    );
  });

  test("api-resources lists every served kind with its short names and group", async () => {
    const out = await k.ok("api-resources");
    expect(headerOf(out)).toEqual(["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"]);
    const rows = tableRows(out).slice(1);
    // Keyed by NAME and APIVERSION (metrics.k8s.io serves `pods` and `nodes` too).
    const byName = new Map(rows.map((r) => [`${r[0]} ${r.at(-3)}`, r]));
    expect(byName.get("pods v1")).toEqual(["pods", "po", "v1", "true", "Pod"]);
    expect(byName.get("deployments apps/v1")).toEqual([
      "deployments",
      "deploy",
      "apps/v1",
      "true",
      "Deployment",
    ]);
    expect(byName.get("nodes v1")).toEqual(["nodes", "no", "v1", "false", "Node"]);
    expect(byName.get("leases coordination.k8s.io/v1")).toEqual([
      "leases",
      "coordination.k8s.io/v1",
      "true",
      "Lease",
    ]);
    expect(byName.get("poddisruptionbudgets policy/v1")).toEqual([
      "poddisruptionbudgets",
      "pdb",
      "policy/v1",
      "true",
      "PodDisruptionBudget",
    ]);
    const metrics = rows.filter((r) => r.includes("metrics.k8s.io/v1beta1"));
    expect(metrics).toEqual([
      ["nodes", "metrics.k8s.io/v1beta1", "false", "NodeMetrics"],
      ["pods", "metrics.k8s.io/v1beta1", "true", "PodMetrics"],
    ]);
    for (const r of [
      "configmaps v1",
      "endpoints v1",
      "endpointslices discovery.k8s.io/v1",
      "events v1",
      "namespaces v1",
      "replicasets apps/v1",
      "services v1",
    ]) {
      expect(byName.has(r), r).toBe(true);
    }
    expect(await k.ok("api-resources", "--namespaced=false", "-o", "name")).toBe(
      "namespaces\nnodes\nnodes.metrics.k8s.io\n",
    );
  });

  test("top nodes and top pods read metrics.k8s.io", async () => {
    const nodes = tableRows(await k.ok("top", "nodes"));
    expect(nodes[0]?.slice(0, 5)).toEqual(
      ["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"].map((h) =>
        kubectl.version === "1.20" ? h : h.replace("%", "(%)"),
      ),
    );
    expect(nodes.slice(1).map((r) => r[0])).toEqual(["node-1", "node-2", "node-3"]);
    for (const r of nodes.slice(1))
      expect(r.slice(1)).toEqual([
        expect.stringMatching(/^\d+m$/),
        expect.stringMatching(/^\d+%$/),
        expect.stringMatching(/^\d+Mi$/),
        expect.stringMatching(/^\d+%$/),
      ]);
    const pods = tableRows(await k.ok("top", "pods", "-l", "app=my-app"));
    expect(pods[0]).toEqual(["NAME", "CPU(cores)", "MEMORY(bytes)"]);
    expect(pods.slice(1)).toHaveLength(2);
    expect(pods.slice(1).every((r) => /^my-app-/.test(r[0] ?? "") && /^\d+m$/.test(r[1] ?? ""))).toBe(true);
  });

  test("get of every served kind prints the server's Table columns", async () => {
    const headers: Record<string, string[]> = {
      nodes: ["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
      pods: ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
      deployments: ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
      replicasets: ["NAME", "DESIRED", "CURRENT", "READY", "AGE"],
      services: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
      configmaps: ["NAME", "DATA", "AGE"],
      namespaces: ["NAME", "STATUS", "AGE"],
      events: ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
      leases: ["NAME", "HOLDER", "AGE"],
      pdb: ["NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"],
    };
    for (const [resource, header] of Object.entries(headers)) {
      const ns = resource === "leases" ? ["-n", "kube-node-lease"] : [];
      expect(headerOf(await k.ok("get", resource, ...ns)), resource).toEqual(header);
    }
    // The disruption controller keeps the budget's status: 2 healthy pods, 1 may go.
    await eventually(async () => {
      expect(tableRows(await k.ok("get", "pdb"))[1]?.slice(0, 4)).toEqual(["my-pdb", "1", "N/A", "1"]);
    });
    const deploy = tableRows(await k.ok("get", "deploy"));
    expect(deploy[1]?.slice(0, 4)).toEqual(["my-app", "2/2", "2", "2"]);
    const pods = tableRows(await k.ok("get", "pods")).slice(1);
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p.slice(1, 4)).toEqual(["1/1", "Running", "0"]);
    expect(
      tableRows(await k.ok("get", "nodes"))
        .slice(1)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ["node-1", "Ready"],
      ["node-2", "Ready"],
      ["node-3", "Ready"],
    ]);
    // Endpoints exist only for services with a selector that matched; the list itself works.
    const ep = await k.run(["get", "endpoints"]);
    expect(ep.code, ep.out).toBe(0);
  });

  test("get -o wide adds the wide columns", async () => {
    expect(headerOf(await k.ok("get", "pods", "-o", "wide"))).toEqual([
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
    expect(headerOf(await k.ok("get", "deploy", "-o", "wide"))).toEqual([
      "NAME",
      "READY",
      "UP-TO-DATE",
      "AVAILABLE",
      "AGE",
      "CONTAINERS",
      "IMAGES",
      "SELECTOR",
    ]);
    const nodes = headerOf(await k.ok("get", "nodes", "-o", "wide"));
    expect(nodes).toContain("INTERNAL-IP");
    expect(nodes).toContain("CONTAINER-RUNTIME");
    const row = tableRows(await k.ok("get", "deploy", "my-app", "-o", "wide"))[1];
    expect(row?.slice(5)).toEqual(["nginx", "nginx", "app=my-app"]);
  });

  test("get -o yaml, json, name, jsonpath and custom-columns", async () => {
    const yaml = await k.ok("get", "deploy", "my-app", "-o", "yaml");
    expect(yaml).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n/);
    expect(yaml).toContain("  name: my-app\n");
    const json = JSON.parse(await k.ok("get", "deploy", "my-app", "-o", "json")) as {
      kind: string;
      spec: { replicas: number };
    };
    expect(json.kind).toBe("Deployment");
    expect(json.spec.replicas).toBe(2);
    const list = JSON.parse(await k.ok("get", "pods", "-o", "json")) as { kind: string; items: unknown[] };
    expect(list.kind).toBe("List");
    expect(list.items).toHaveLength(2);
    expect(await k.ok("get", "deploy,cm", "-o", "name")).toBe("deployment.apps/my-app\nconfigmap/cfg\n");
    expect(await k.ok("get", "nodes", "-o", "jsonpath={.items[*].metadata.name}")).toBe(
      "node-1 node-2 node-3",
    );
    expect(
      await k.ok("get", "deploy", "my-app", "-o", "jsonpath={.spec.template.spec.containers[0].image}"),
    ).toBe("nginx");
    expect(
      await k.ok("get", "nodes", "-o", "custom-columns=NAME:.metadata.name,CPU:.status.capacity.cpu"),
    ).toBe("NAME     CPU\nnode-1   1\nnode-2   2\nnode-3   500m\n");
  });

  test("get -A, -l, --field-selector, --show-labels, -L", async () => {
    const all = tableRows(await k.ok("get", "leases", "-A"));
    expect(all[0]).toEqual(["NAMESPACE", "NAME", "HOLDER", "AGE"]);
    expect(all.slice(1).map((r) => r[0])).toEqual(["kube-node-lease", "kube-node-lease", "kube-node-lease"]);
    const allPods = tableRows(await k.ok("get", "pods", "--all-namespaces"));
    expect(allPods[0]?.[0]).toBe("NAMESPACE");
    expect(await k.ok("get", "pods", "-l", "app=my-app", "-o", "name")).toMatch(
      /^pod\/my-app-\w+-\w+\npod\/my-app-\w+-\w+\n$/,
    );
    const none = await k.run(["get", "pods", "-l", "app=nothing"]);
    expect(none.code).toBe(0);
    expect(none.stderr).toBe("No resources found in default namespace.\n");
    expect(await k.ok("get", "pods", "-l", "app in (my-app,other),app!=x", "-o", "name")).toMatch(
      /pod\/my-app-/,
    );
    const node = (await k.ok("get", "pods", "-o", "jsonpath={.items[0].spec.nodeName}")).trim();
    const onNode = await k.ok("get", "pods", "--field-selector", `spec.nodeName=${node}`, "-o", "name");
    expect(onNode).toContain("pod/my-app-");
    const running = await k.ok(
      "get",
      "pods",
      "--field-selector=status.phase=Running,metadata.namespace=default",
    );
    expect(tableRows(running)).toHaveLength(3);
    expect((await k.run(["get", "pods", "--field-selector=status.phase=Failed"])).stderr).toBe(
      "No resources found in default namespace.\n",
    );
    const labels = tableRows(await k.ok("get", "deploy", "--show-labels"));
    expect(labels[0]).toEqual(["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "LABELS"]);
    expect(labels[1]?.[5]).toBe("app=my-app");
    const column = tableRows(await k.ok("get", "nodes", "-L", "topology.kubernetes.io/zone"));
    expect(column[0]?.at(-1)).toBe("ZONE");
    expect(column[1]?.at(-1)).toBe("zone-a");
  });

  test("get -w prints the Table and then each change, until stopped", async () => {
    let seen = "";
    const stop = new AbortController();
    const watch = k.run(["get", "pods", "-w"], {
      signal: stop.signal,
      onStdout: (s) => {
        seen = s;
      },
    });
    await eventually(() => expect(tableRows(seen)).toHaveLength(3), 15_000);
    const rows = tableRows(seen);
    expect(rows[0]).toEqual(["NAME", "READY", "STATUS", "RESTARTS", "AGE"]);
    const before = new Set(rows.slice(1).map((r) => r[0]));
    await k.ok("scale", "deploy/my-app", "--replicas=3");
    // The new pod shows up in the stream (Pending, ...) and ends Running.
    await eventually(() => {
      const fresh = tableRows(seen)
        .slice(1)
        .filter((r) => !before.has(r[0]));
      expect(fresh.at(-1)?.slice(1, 3)).toEqual(["1/1", "Running"]);
    });
    const stillRunning = await Promise.race([
      watch.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 500)),
    ]);
    expect(stillRunning, "the watch keeps running").toBe(true);
    stop.abort();
    await watch;
    await k.ok("scale", "deploy/my-app", "--replicas=2");
  });

  test("get -w --request-timeout ends by itself; get NAME -w watches one object", async () => {
    const timed = await k.run(["get", "deploy", "my-app", "-w", "--request-timeout=2s"], {
      killAfterMs: 15_000,
    });
    expect(tableRows(timed.stdout)[0]).toEqual(["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]);
    expect(tableRows(timed.stdout)[1]?.[0]).toBe("my-app");
  });

  test("describe pod, node and deployment, with their Events", async () => {
    const pod = (await k.ok("get", "pods", "-o", "jsonpath={.items[0].metadata.name}")).trim();
    const dp = await k.ok("describe", "pod", pod);
    expect(dp).toMatch(new RegExp(`^Name:\\s+${pod}\\n`));
    expect(dp).toMatch(/\nStatus:\s+Running\n/);
    expect(dp).toMatch(/\nControlled By:\s+ReplicaSet\/my-app-\w+\n/);
    expect(dp).toMatch(/\nEvents:\n\s+Type\s+Reason\s+Age\s+From\s+Message\n/);
    expect(dp).toMatch(/Normal\s+Scheduled\s+\S+\s+default-scheduler\s+Successfully assigned default\//);
    // kubectl 1.35 prefixes an event's message with the field it concerns.
    expect(dp).toMatch(
      kubectl.version === "1.35"
        ? /Normal\s+Started\s+\S+\s+kubelet\s+spec\.containers\{nginx\}: Started container nginx/
        : /Normal\s+Started\s+\S+\s+kubelet\s+Started container nginx/,
    );
    const node = (await k.ok("get", "pod", pod, "-o", "jsonpath={.spec.nodeName}")).trim();
    const dn = await k.ok("describe", "node", node);
    expect(dn).toMatch(new RegExp(`^Name:\\s+${node}\\n`));
    expect(dn).toMatch(/\nConditions:\n/);
    expect(dn).toMatch(/\nNon-terminated Pods:\s+\(\d+ in total\)\n/);
    expect(dn).toContain(pod);
    expect(dn).toMatch(/\nAllocated resources:\n/);
    expect(dn).toMatch(/\nEvents:/);
    const dd = await k.ok("describe", "deployment", "my-app");
    expect(dd).toMatch(/^Name:\s+my-app\n/);
    expect(dd).toMatch(/\nReplicas:\s+2 desired \| 2 updated \| 2 total \| 2 available \| 0 unavailable\n/);
    expect(dd).toMatch(/\nNewReplicaSet:\s+my-app-\w+ \(2\/2 replicas created\)\n/);
    expect(dd).toMatch(
      /\nEvents:\n[\s\S]*ScalingReplicaSet\s+\S+\s+deployment-controller\s+Scaled up replica set my-app-\w+ (from 0 )?to 2/,
    );
  });

  test("describe service lists its endpoints (EndpointSlices for 1.32, Endpoints for 1.20)", async () => {
    const ips = (await k.ok("get", "pods", "-l", "app=my-app", "-o", "jsonpath={.items[*].status.podIP}"))
      .trim()
      .split(" ")
      .sort();
    expect(ips).toHaveLength(2);
    await eventually(async () => {
      const ds = await k.ok("describe", "service", "my-app");
      expect(ds).toMatch(/\nSelector:\s+app=my-app\n/);
      const line = /\nEndpoints:\s+(.*)\n/.exec(ds)?.[1] ?? "";
      expect(line.split(",").sort()).toEqual(ips.map((ip) => `${ip}:8080`));
    });
    const slices = tableRows(await k.ok("get", "endpointslices", "-l", "kubernetes.io/service-name=my-app"));
    expect(slices[0]).toEqual(["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"]);
    expect(slices[1]?.[0]).toMatch(/^my-app-\w{5}$/);
    expect(slices[1]?.slice(1, 3)).toEqual(["IPv4", "8080"]);
    expect(slices[1]?.[3]?.split(",").sort()).toEqual(ips);
    const ep = tableRows(await k.ok("get", "endpoints", "my-app"));
    expect(ep[1]?.[1]?.split(",").sort()).toEqual(ips.map((ip) => `${ip}:8080`));
  });

  test("errors read as from a real API server", async () => {
    expect(await k.fails("get", "deployment", "nope")).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    expect(await k.fails("get", "pod", "nope", "-n", "kube-system")).toBe(
      'Error from server (NotFound): pods "nope" not found\n',
    );
    expect(await k.fails("get", "widgets")).toBe(
      `error: the server doesn't have a resource type "widgets"\n`,
    );
    expect(await k.fails("create", "configmap", "cfg", "--from-literal=a=b")).toBe(
      kubectl.version === "1.20"
        ? 'Error from server (AlreadyExists): configmaps "cfg" already exists\n'
        : 'error: failed to create configmap: configmaps "cfg" already exists\n',
    );
  });
});
