/**
 * The real kubectl (1.32 and Debian's 1.20) changing a playground cluster: create, apply, delete,
 * scale, patch, label, annotate, set image, rollout, wait, logs; the messages as a real cluster's.
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

function deploymentYaml(name: string, replicas: number, image: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
      - name: web
        image: ${image}
        ports: [{containerPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: ${name}}
spec:
  selector: {app: ${name}}
  ports: [{port: 80, targetPort: 80}]
`;
}

describe.each(KUBECTLS)("kubectl $version changes the cluster", (kubectl: Kubectl) => {
  /** kubectl 1.33+ names the namespace an object was deleted from. */
  const deleted = (what: string, namespace = "default") =>
    kubectl.version === "1.35" ? `${what} deleted from ${namespace} namespace\n` : `${what} deleted\n`;
  let k: ClusterKubectl;

  beforeAll(async () => {
    ensureKubectls();
    const cluster = await createCluster(base, `write${kubectl.version.replace(".", "")}`);
    k = new ClusterKubectl(kubectl, base, cluster.name);
  });

  test("create deployment, namespace, configmap, service; create -f", async () => {
    expect(await k.ok("create", "deployment", "my-app", "--image=nginx", "--replicas=3")).toBe(
      "deployment.apps/my-app created\n",
    );
    expect(await k.ok("create", "namespace", "team-a")).toBe("namespace/team-a created\n");
    expect(await k.ok("create", "configmap", "cfg", "-n", "team-a", "--from-literal=k=v")).toBe(
      "configmap/cfg created\n",
    );
    expect(await k.ok("create", "service", "nodeport", "web", "-n", "team-a", "--tcp=80:8080")).toBe(
      "service/web created\n",
    );
    const svc = tableRows(await k.ok("get", "svc", "web", "-n", "team-a"));
    expect(svc[1]?.[1]).toBe("NodePort");
    expect(svc[1]?.[4]).toMatch(/^80:3\d{4}\/TCP$/);
    // Validated against the server's OpenAPI (kubectl's default --validate=strict).
    const created = await k.run(["create", "-f", "-"], {
      stdin: deploymentYaml("from-file", 1, "nginx:1.27"),
    });
    expect(created.out).toBe("deployment.apps/from-file created\nservice/from-file created\n");
    await eventually(async () => {
      expect(await k.ok("get", "deploy", "my-app", "-o", "jsonpath={.status.readyReplicas}")).toBe("3");
    });
    // A pod template sent with `creationTimestamp: null` (1.20 does) is the same template.
    expect(tableRows(await k.ok("get", "rs", "-l", "app=my-app"))).toHaveLength(2);
  });

  test("apply -f: created, unchanged, configured; the last-applied annotation", async () => {
    const apply = (yaml: string) => k.run(["apply", "-f", "-"], { stdin: yaml });
    expect((await apply(deploymentYaml("web", 2, "nginx"))).out).toBe(
      "deployment.apps/web created\nservice/web created\n",
    );
    expect((await apply(deploymentYaml("web", 2, "nginx"))).out).toBe(
      "deployment.apps/web unchanged\nservice/web unchanged\n",
    );
    expect((await apply(deploymentYaml("web", 3, "nginx"))).out).toBe(
      "deployment.apps/web configured\nservice/web unchanged\n",
    );
    const annotation = await k.ok(
      "get",
      "deploy",
      "web",
      "-o",
      "jsonpath={.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}",
    );
    const last = JSON.parse(annotation) as { spec: { replicas: number }; metadata: { name: string } };
    expect(last.metadata.name).toBe("web");
    expect(last.spec.replicas).toBe(3);
    expect(await k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.replicas}")).toBe("3");
    // A field the schema does not know: refused (1.32: by the server, fieldValidation=Strict).
    const typo = await apply(
      deploymentYaml("web", 3, "nginx").replace("replicas: 3", "replicas: 3\n  replica: 2"),
    );
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toMatch(/unknown field "(spec\.)?replica"/);
  });

  test("diff -f shows what would change (a server-side dry run); replace -f", async () => {
    const diff = await k.run(["diff", "-f", "-"], { stdin: deploymentYaml("web", 5, "nginx") });
    expect(diff.code, diff.out).toBe(1); // 1: there are differences
    expect(diff.stdout).toMatch(/^-\s+replicas: 3$/m);
    expect(diff.stdout).toMatch(/^\+\s+replicas: 5$/m);
    expect(await k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.replicas}")).toBe("3");
    const replaced = await k.run(["replace", "-f", "-"], { stdin: deploymentYaml("web", 3, "nginx") });
    expect(replaced.out).toBe("deployment.apps/web replaced\nservice/web replaced\n");
  });

  test("explain reads the server's OpenAPI", async () => {
    const out = await k.ok("explain", "deployment.spec.replicas");
    expect(out).toMatch(/^(GROUP:\s+apps\n)?KIND:\s+Deployment\nVERSION:\s+(apps\/)?v1\n/);
    expect(out).toMatch(/FIELD:\s+replicas <integer>/);
    expect(out).toContain("Number of desired pods.");
    expect(await k.ok("explain", "pods.spec.containers")).toMatch(
      /(FIELD|RESOURCE):\s+containers <\[\](Container|Object)>/,
    );
    expect(await k.fails("explain", "pods.spec.nope")).toMatch(/field "nope" does not exist/);
  });

  test("scale, patch (strategic, merge, json), label, annotate", async () => {
    expect(await k.ok("scale", "deploy/web", "--replicas=1")).toBe("deployment.apps/web scaled\n");
    expect(await k.ok("patch", "deploy", "web", "-p", '{"spec":{"replicas":2}}')).toBe(
      "deployment.apps/web patched\n",
    );
    expect(await k.ok("patch", "deploy", "web", "--type=merge", "-p", '{"spec":{"replicas":2}}')).toBe(
      "deployment.apps/web patched (no change)\n",
    );
    expect(
      await k.ok(
        "patch",
        "deploy",
        "web",
        "--type=json",
        "-p",
        '[{"op":"replace","path":"/spec/replicas","value":3}]',
      ),
    ).toBe("deployment.apps/web patched\n");
    // Strategic merge: containers merged by name, the new env kept beside the image.
    await k.ok(
      "patch",
      "deploy",
      "web",
      "-p",
      '{"spec":{"template":{"spec":{"containers":[{"name":"web","env":[{"name":"MODE","value":"demo"}]}]}}}}',
    );
    expect(
      await k.ok(
        "get",
        "deploy",
        "web",
        "-o",
        "jsonpath={.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env[0].value}",
      ),
    ).toBe("nginx demo");
    expect(await k.ok("label", "deploy", "web", "tier=frontend")).toBe("deployment.apps/web labeled\n");
    expect(await k.ok("label", "deploy", "web", "tier=backend", "--overwrite")).toBe(
      "deployment.apps/web labeled\n",
    );
    expect(await k.fails("label", "deploy", "web", "tier=x")).toBe(
      "error: 'tier' already has a value (backend), and --overwrite is false\n",
    );
    expect(await k.ok("get", "deploy", "-l", "tier=backend", "-o", "name")).toBe("deployment.apps/web\n");
    // kubectl 1.20 words a removal "labeled" (its message compares its own JSON before and after).
    expect(await k.ok("label", "deploy", "web", "tier-")).toBe(
      `deployment.apps/web ${kubectl.version === "1.20" ? "labeled" : "unlabeled"}\n`,
    );
    expect(await k.ok("get", "deploy", "-l", "tier", "-o", "name")).toBe("");
    expect(await k.ok("annotate", "deploy", "web", "owner=team-a")).toBe("deployment.apps/web annotated\n");
    expect(await k.ok("get", "deploy", "web", "-o", "jsonpath={.metadata.annotations.owner}")).toBe("team-a");
    expect(await k.fails("scale", "deploy/nope", "--replicas=1")).toBe(
      kubectl.version === "1.32"
        ? 'error: no objects passed to scale deployments.apps "nope" not found\n'
        : 'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
  });

  test("set image and rollout status, history, undo, restart, pause, resume", async () => {
    await eventually(async () => {
      const r = await k.run(["rollout", "status", "deploy/web", "--timeout=20s"]);
      expect(r.out).toBe('deployment "web" successfully rolled out\n');
    }, 30_000);
    expect(await k.ok("set", "image", "deploy/web", "web=nginx:1.27")).toBe(
      "deployment.apps/web image updated\n",
    );
    const status = await k.run(["rollout", "status", "deploy/web", "--timeout=30s"]);
    expect(status.code, status.out).toBe(0);
    expect(status.stdout).toMatch(/deployment "web" successfully rolled out\n$/);
    const history = await k.ok("rollout", "history", "deploy/web");
    expect(history).toMatch(/^deployment\.apps\/web \nREVISION\s+CHANGE-CAUSE\n/);
    const revisions = tableRows(history)
      .slice(2)
      .map((r) => r[0]);
    expect(revisions.at(-1)).toBe(String(revisions.length));
    const detail = await k.ok("rollout", "history", "deploy/web", `--revision=${revisions.at(-1)}`);
    expect(detail).toContain("nginx:1.27");
    expect(await k.ok("rollout", "undo", "deploy/web")).toBe("deployment.apps/web rolled back\n");
    await k.ok("rollout", "status", "deploy/web", "--timeout=30s");
    expect(
      await k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.template.spec.containers[0].image}"),
    ).toBe("nginx");
    // The undo reuses the old ReplicaSet (a new revision number for it), no new one.
    const afterUndo = tableRows(await k.ok("rollout", "history", "deploy/web"))
      .slice(2)
      .map((r) => r[0]);
    expect(afterUndo).toHaveLength(revisions.length);
    expect(await k.ok("rollout", "restart", "deploy/web")).toBe("deployment.apps/web restarted\n");
    expect(
      await k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.template.metadata.annotations}"),
    ).toContain("kubectl.kubernetes.io/restartedAt");
    await k.ok("rollout", "status", "deploy/web", "--timeout=30s");
    expect(await k.ok("rollout", "pause", "deploy/web")).toBe("deployment.apps/web paused\n");
    expect(await k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.paused}")).toBe("true");
    expect(await k.fails("rollout", "pause", "deploy/web")).toBe(
      'error: deployments.apps "web" is already paused\n',
    );
    expect(await k.ok("rollout", "resume", "deploy/web")).toBe("deployment.apps/web resumed\n");
    expect(await k.ok("get", "deploy", "web", "-o", "jsonpath={.spec.paused}")).toBe("");
  });

  test("wait --for=condition=Available and --for=delete", async () => {
    expect(await k.ok("wait", "--for=condition=Available", "deploy/web", "--timeout=20s")).toBe(
      "deployment.apps/web condition met\n",
    );
    if (kubectl.version !== "1.20") {
      // --for=jsonpath came with kubectl 1.23.
      expect(await k.ok("wait", "--for=jsonpath={.spec.replicas}=3", "deploy/web", "--timeout=10s")).toBe(
        "deployment.apps/web condition met\n",
      );
    }
    // A pod held by a finalizer stays Terminating until the finalizer goes.
    await k.run(["create", "-f", "-", "--validate=false"], {
      stdin: JSON.stringify({
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "held", finalizers: ["example.com/hold"] },
        spec: { containers: [{ name: "c", image: "nginx" }] },
      }),
    });
    await eventually(async () => {
      expect(await k.ok("get", "pod", "held", "-o", "jsonpath={.status.phase}")).toBe("Running");
    });
    expect(await k.ok("delete", "pod", "held", "--wait=false")).toBe(deleted('pod "held"'));
    const waiting = k.run(["wait", "--for=delete", "pod/held", "--timeout=30s"]);
    await new Promise((r) => setTimeout(r, 1000));
    await k.ok(
      "patch",
      "pod",
      "held",
      "--type=json",
      "-p",
      '[{"op":"remove","path":"/metadata/finalizers"}]',
    );
    const done = await waiting;
    expect(done.code, done.out).toBe(0);
    expect(done.stdout).toBe("pod/held condition met\n");
    const timedOut = await k.run(["wait", "--for=condition=Ready", "pod", "-l", "app=none", "--timeout=1s"]);
    expect(timedOut.code).not.toBe(0);
    expect(timedOut.stderr).toBe("error: no matching resources found\n");
  });

  test("logs of a pod, a deployment, a container; --tail, --timestamps, -f", async () => {
    await k.ok(
      "run",
      "ticker",
      "--image=busybox",
      "--",
      "sh",
      "-c",
      "echo start; while true; do echo tick; sleep 1; done",
    );
    await eventually(async () => {
      expect(await k.ok("get", "pod", "ticker", "-o", "jsonpath={.status.phase}")).toBe("Running");
    });
    await eventually(async () => {
      expect((await k.ok("logs", "ticker")).split("\n").slice(0, 3)).toEqual(["start", "tick", "tick"]);
    }, 10_000);
    expect(await k.ok("logs", "ticker", "--tail=1")).toBe("tick\n");
    expect(await k.ok("logs", "ticker", "--tail=1", "--timestamps")).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z tick\n$/,
    );
    // -f streams the new lines as they come.
    let seen = "";
    const stop = new AbortController();
    const follow = k.run(["logs", "-f", "ticker", "--tail=1"], {
      signal: stop.signal,
      onStdout: (s) => {
        seen = s;
      },
    });
    await eventually(() => expect(seen.split("\n").length).toBeGreaterThanOrEqual(4), 10_000);
    stop.abort();
    await follow;
    expect(
      seen
        .split("\n")
        .filter((l) => l !== "")
        .every((l) => l === "tick"),
    ).toBe(true);
    const deploy = await k.run(["logs", "deploy/my-app"]);
    expect(deploy.code, deploy.out).toBe(0);
    expect(deploy.stdout).toContain("/docker-entrypoint.sh: Configuration complete; ready for start up\n");
    expect(await k.ok("logs", "-l", "app=my-app", "--tail=2")).toMatch(
      /\[notice\] 1#1: start worker processes\n.*\[notice\] 1#1: start worker process \d+\n$/,
    );
    expect(await k.fails("logs", "ticker", "-c", "nope")).toMatch(
      /container nope is not valid for pod ticker/,
    );
    expect(await k.fails("logs", "nope")).toBe(
      kubectl.version === "1.20"
        ? 'Error from server (NotFound): pods "nope" not found\n'
        : 'error: error from server (NotFound): pods "nope" not found in namespace "default"\n',
    );
  });

  test("delete --wait, -l, --all, --grace-period, and what is not found", async () => {
    expect(await k.ok("delete", "deploy", "from-file")).toBe(deleted('deployment.apps "from-file"'));
    expect(await k.ok("delete", "svc", "-l", "app=nothing")).toBe("No resources found\n");
    await k.ok("label", "service", "from-file", "app=from-file");
    expect(await k.ok("delete", "svc", "-l", "app=from-file", "--wait")).toBe(deleted('service "from-file"'));
    expect(await k.ok("delete", "pod", "ticker", "--grace-period=1")).toBe(deleted('pod "ticker"'));
    expect(await k.fails("get", "pod", "ticker")).toBe(
      'Error from server (NotFound): pods "ticker" not found\n',
    );
    const byLabel = await k.ok("delete", "deploy", "-l", "app=web");
    expect(byLabel).toBe(deleted('deployment.apps "web"'));
    const all = await k.ok("delete", "cm", "--all", "-n", "team-a");
    expect(all).toBe(deleted('configmap "cfg"', "team-a"));
    expect(await k.ok("delete", "ns", "team-a")).toBe('namespace "team-a" deleted\n');
    expect(await k.fails("get", "ns", "team-a")).toBe(
      'Error from server (NotFound): namespaces "team-a" not found\n',
    );
    expect(await k.fails("delete", "deploy", "nope")).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    const force = await k.run(["delete", "pods", "-l", "app=my-app", "--grace-period=0", "--force"]);
    expect(force.code, force.out).toBe(0);
    expect(force.stderr).toContain("Immediate deletion does not wait for confirmation");
    expect(force.stdout).toMatch(
      kubectl.version === "1.35"
        ? /^(pod "my-app-\w+-\w+" force deleted from default namespace\n){3}$/
        : /^(pod "my-app-\w+-\w+" force deleted\n){3}$/,
    );
    await eventually(async () => {
      expect(await k.ok("get", "deploy", "my-app", "-o", "jsonpath={.status.readyReplicas}")).toBe("3");
    });
  });
});
