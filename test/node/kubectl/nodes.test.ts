/**
 * The real kubectl (1.32 and Debian's 1.20) on a playground cluster's nodes: cordon, uncordon,
 * taint, drain (evictions), top (metrics.k8s.io).
 */
import { beforeAll, describe, expect, inject, test } from "vitest";
import {
  ClusterKubectl,
  createCluster,
  ensureKubectls,
  eventually,
  KUBECTLS,
  type Kubectl,
  tableRows,
} from "./helpers";

const base = inject("baseUrl");

/** A Deployment whose pods use an emptyDir volume (drain needs --delete-emptydir-data). */
function cacheDeployment(replicas: number): string {
  return JSON.stringify({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "cache" },
    spec: {
      replicas,
      selector: { matchLabels: { app: "cache" } },
      template: {
        metadata: { labels: { app: "cache" } },
        spec: {
          containers: [
            { name: "redis", image: "redis", volumeMounts: [{ name: "data", mountPath: "/data" }] },
          ],
          volumes: [{ name: "data", emptyDir: {} }],
        },
      },
    },
  });
}

describe.each(KUBECTLS)("kubectl $version on nodes", (kubectl: Kubectl) => {
  let k: ClusterKubectl;

  beforeAll(async () => {
    ensureKubectls();
    const cluster = await createCluster(base, `nodes${kubectl.version.replace(".", "")}`);
    k = new ClusterKubectl(kubectl, base, cluster.name);
  });

  test("cordon and uncordon", async () => {
    expect(await k.ok("cordon", "node-1")).toBe("node/node-1 cordoned\n");
    expect(await k.ok("cordon", "node-1")).toBe("node/node-1 already cordoned\n");
    const rows = tableRows(await k.ok("get", "nodes"));
    expect(rows[1]?.slice(0, 2)).toEqual(["node-1", "Ready,SchedulingDisabled"]);
    expect(await k.ok("get", "node", "node-1", "-o", "jsonpath={.spec.unschedulable}")).toBe("true");
    expect(await k.ok("describe", "node", "node-1")).toMatch(/\nUnschedulable:\s+true\n/);
    expect(await k.ok("uncordon", "node-1")).toBe("node/node-1 uncordoned\n");
    expect(await k.ok("uncordon", "node-1")).toBe("node/node-1 already uncordoned\n");
    expect(tableRows(await k.ok("get", "nodes"))[1]?.slice(0, 2)).toEqual(["node-1", "Ready"]);
    expect(await k.fails("cordon", "node-9")).toBe(
      'Error from server (NotFound): nodes "node-9" not found\n',
    );
  });

  test("taint and untaint", async () => {
    expect(await k.ok("taint", "nodes", "node-3", "dedicated=gpu:NoSchedule")).toBe("node/node-3 tainted\n");
    expect(await k.fails("taint", "nodes", "node-3", "dedicated=gpu:NoSchedule")).toBe(
      "error: node node-3 already has dedicated taint(s) with same effect(s) and --overwrite is false\n",
    );
    expect(
      await k.ok(
        "get",
        "node",
        "node-3",
        "-o",
        "jsonpath={.spec.taints[0].key}={.spec.taints[0].value}:{.spec.taints[0].effect}",
      ),
    ).toBe("dedicated=gpu:NoSchedule");
    expect(await k.ok("describe", "node", "node-3")).toMatch(/\nTaints:\s+dedicated=gpu:NoSchedule\n/);
    expect(await k.ok("taint", "nodes", "node-3", "dedicated:NoSchedule-")).toBe("node/node-3 untainted\n");
    expect(await k.ok("get", "node", "node-3", "-o", "jsonpath={.spec.taints}")).toBe("");
  });

  test("drain evicts the node's pods (--ignore-daemonsets, --delete-emptydir-data)", async () => {
    const created = await k.run(["create", "-f", "-"], { stdin: cacheDeployment(4) });
    expect(created.out).toBe("deployment.apps/cache created\n");
    await eventually(async () => {
      expect(await k.ok("get", "deploy", "cache", "-o", "jsonpath={.status.readyReplicas}")).toBe("4");
    }, 20_000);
    const node = (
      await k.ok("get", "pods", "-l", "app=cache", "-o", "jsonpath={.items[0].spec.nodeName}")
    ).trim();
    const onNode = (
      await k.ok(
        "get",
        "pods",
        "--field-selector",
        `spec.nodeName=${node}`,
        "-o",
        "jsonpath={.items[*].metadata.name}",
      )
    )
      .trim()
      .split(" ");
    expect(onNode.length).toBeGreaterThan(0);

    // Without --delete-emptydir-data the pods with local storage stop it (after the cordon).
    const refused = await k.run(["drain", node, "--ignore-daemonsets", "--timeout=20s"]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe(`node/${node} cordoned\n`);
    expect(refused.stderr).toMatch(
      /cannot delete Pods with local storage \(use --delete-emptydir-data to override\)/,
    );

    const drained = await k.run([
      "drain",
      node,
      "--ignore-daemonsets",
      "--delete-emptydir-data",
      "--timeout=30s",
    ]);
    expect(drained.code, drained.out).toBe(0);
    const lines = drained.out.trimEnd().split("\n");
    expect(lines[0]).toBe(`node/${node} already cordoned`);
    for (const pod of onNode) {
      expect(lines).toContain(`evicting pod default/${pod}`);
      expect(lines).toContain(`pod/${pod} evicted`);
    }
    // kubectl 1.20 prints its last line with the verb of the pods' printer.
    expect(lines.at(-1)).toBe(`node/${node} ${kubectl.version === "1.20" ? "evicted" : "drained"}`);
    expect(await k.ok("get", "pods", "--field-selector", `spec.nodeName=${node}`, "-o", "name")).toBe("");
    // The ReplicaSet replaces the evicted pods on the other nodes.
    await eventually(async () => {
      expect(await k.ok("get", "deploy", "cache", "-o", "jsonpath={.status.readyReplicas}")).toBe("4");
    }, 20_000);
    expect(await k.ok("uncordon", node)).toBe(`node/${node} uncordoned\n`);

    // A pod no controller owns needs --force.
    await k.ok("run", "bare", "--image=nginx");
    await eventually(async () => {
      expect(await k.ok("get", "pod", "bare", "-o", "jsonpath={.spec.nodeName}")).not.toBe("");
    });
    const bareNode = (await k.ok("get", "pod", "bare", "-o", "jsonpath={.spec.nodeName}")).trim();
    const bare = await k.run([
      "drain",
      bareNode,
      "--ignore-daemonsets",
      "--delete-emptydir-data",
      "--timeout=20s",
    ]);
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toMatch(
      kubectl.version === "1.20"
        ? /cannot delete Pods not managed by ReplicationController, ReplicaSet, Job, DaemonSet or StatefulSet \(use --force to override\): default\/bare/
        : /cannot delete Pods that declare no controller \(use --force to override\): default\/bare/,
    );
    const forced = await k.run([
      "drain",
      bareNode,
      "--ignore-daemonsets",
      "--delete-emptydir-data",
      "--force",
      "--timeout=30s",
    ]);
    expect(forced.code, forced.out).toBe(0);
    expect(forced.out).toContain("evicting pod default/bare\n");
    expect(forced.out).toContain("pod/bare evicted\n");
    await k.ok("uncordon", bareNode);
  });

  test("top nodes and pods read metrics.k8s.io from the simulated kubelets", async () => {
    const nodes = tableRows(await k.ok("top", "nodes"));
    expect(nodes[0]).toEqual(
      kubectl.version === "1.20"
        ? ["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"]
        : ["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"],
    );
    expect(nodes.slice(1).map((r) => r[0])).toEqual(["node-1", "node-2", "node-3"]);
    for (const row of nodes.slice(1)) {
      expect(row[1]).toMatch(/^\d+m$/);
      expect(row[2]).toMatch(/^\d+%$/);
      expect(row[3]).toMatch(/^\d+Mi$/);
    }
    const pods = tableRows(await k.ok("top", "pods", "-l", "app=cache"));
    expect(pods[0]).toEqual(["NAME", "CPU(cores)", "MEMORY(bytes)"]);
    expect(pods.length).toBe(5);
    for (const row of pods.slice(1)) expect(row[1]).toMatch(/^\d+m$/);
    const all = tableRows(await k.ok("top", "pods", "-A"));
    expect(all[0]?.slice(0, 2)).toEqual(["NAMESPACE", "NAME"]);
  });
});
