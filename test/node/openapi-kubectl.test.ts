/**
 * The official kubectl against a playground cluster, through the OpenAPI the server publishes:
 * kubectl 1.32 (/usr/bin/kubectl) reads /openapi/v3 and leaves validation to the server
 * (`?fieldValidation=Strict`); Debian's kubectl 1.20 (unpacked into .cache/kubectl-1.20/ by
 * scripts/fetch-kubectl.sh, or KUBECTL_1_20) validates on its side from /openapi/v2 as protobuf.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  ensureKubectl120,
  KUBECTL_120,
  KUBECTL_132,
  removeDir,
  run,
  tempDir,
  writeFile,
} from "./openapi-processes.mjs";

const base = inject("baseUrl");
const dir = tempDir("kubeplay-openapi-");
afterAll(() => removeDir(dir));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function file(name: string, text: string): string {
  return writeFile(dir, name, text);
}

function deploymentYaml(name: string, replicas: number, extra = ""): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
${extra}  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: nginx
        image: nginx
        ports:
        - containerPort: 80
        resources:
          limits: {cpu: 100m, memory: 64Mi}
`;
}

const configMapYaml = (value: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: ${value}
`;

/** A kubectl of `binary` against `cluster`, with its own empty discovery/OpenAPI cache. */
function kubectl(binary: string, cluster: string) {
  const cache = `${dir}/cache-${cluster}`;
  return async (...args: string[]): Promise<Run> => {
    const r = await run(
      binary,
      ["--server", `${base}/clusters/${cluster}`, "--cache-dir", cache, ...args],
      dir,
    );
    return { ...r, stderr: r.stderr.replace(/^W\d{4} .*loader\.go.*Config not found.*\n/gm, "") };
  };
}

function clusterName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

async function bareCluster(prefix: string): Promise<string> {
  const name = clusterName(prefix);
  const res = await fetch(`${base}/clusters/${name}/kubeplay/init`, {
    method: "POST",
    body: JSON.stringify({ components: false, open: true }),
  });
  expect(res.status).toBe(200);
  return name;
}

describe("kubectl 1.32 (OpenAPI v3, server-side validation)", () => {
  it("creates and applies (created, configured, unchanged)", async () => {
    const k = kubectl(KUBECTL_132, await bareCluster("k132"));
    const created = await k("create", "-f", file("web132.yaml", deploymentYaml("web", 2)));
    expect(created.stderr).toBe("");
    expect(created.stdout).toBe("deployment.apps/web created\n");
    expect((await k("apply", "-f", file("web132-3.yaml", deploymentYaml("web", 3)))).stdout).toBe(
      "deployment.apps/web configured\n",
    );
    expect((await k("apply", "-f", `${dir}/web132-3.yaml`)).stdout).toBe("deployment.apps/web unchanged\n");
    const cm = file("cm132.yaml", configMapYaml("a"));
    expect((await k("apply", "-f", cm)).stdout).toBe("configmap/settings created\n");
    expect((await k("apply", "-f", cm)).stdout).toBe("configmap/settings unchanged\n");
    expect((await k("apply", "-f", file("cm132-b.yaml", configMapYaml("b")))).stdout).toBe(
      "configmap/settings configured\n",
    );
    expect((await k("get", "deployment", "web", "-o", "jsonpath={.spec.replicas}")).stdout).toBe("3");
  });

  it("has an unknown field refused by the server's strict validation", async () => {
    const k = kubectl(KUBECTL_132, await bareCluster("k132"));
    const bad = file("bad132.yaml", deploymentYaml("bad", 1, "  foo: bar\n"));
    const create = await k("create", "-f", bad);
    expect(create.code).not.toBe(0);
    expect(create.stderr).toContain(
      'Error from server (BadRequest): error when creating "' +
        bad +
        '": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.foo"',
    );
    const apply = await k("apply", "-f", bad);
    expect(apply.code).not.toBe(0);
    expect(apply.stderr).toContain('strict decoding error: unknown field "spec.foo"');
    // --validate=warn: the server keeps the object, drops the field and warns.
    const warn = await k("create", "--validate=warn", "-f", bad);
    expect(warn.stdout).toBe("deployment.apps/bad created\n");
    expect(warn.stderr).toContain('Warning: unknown field "spec.foo"');
    expect((await k("get", "deployment", "bad", "-o", "jsonpath={.spec}")).stdout).not.toContain("foo");
  });

  it("explains resources and fields as against a real cluster", async () => {
    const k = kubectl(KUBECTL_132, await bareCluster("k132"));
    const pods = await k("explain", "pods");
    expect(pods.stderr).toBe("");
    expect(pods.stdout).toMatch(
      /^KIND: {7}Pod\nVERSION: {4}v1\n\nDESCRIPTION:\n {4}Pod is a collection of containers that can run on a host\. This resource is\n {4}created by clients and scheduled onto hosts\.\n {4}\nFIELDS:\n {2}apiVersion\t<string>\n/,
    );
    expect(pods.stdout).toContain(
      "  spec\t<PodSpec>\n    Specification of the desired behavior of the pod. More info:\n",
    );
    const replicas = await k("explain", "deployment.spec.replicas");
    expect(replicas.stdout).toBe(
      "GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\nDESCRIPTION:\n    Number of desired pods. This is a pointer to distinguish between explicit\n    zero and not specified. Defaults to 1.\n    \n\n",
    );
    const strategy = await k("explain", "deployment.spec.strategy");
    expect(strategy.stdout).toContain("FIELD: strategy <DeploymentStrategy>");
    expect(strategy.stdout).toContain("  rollingUpdate\t<RollingUpdateDeployment>\n");
    const recursive = await k("explain", "pods", "--recursive");
    expect(recursive.stdout).toContain("  spec\t<PodSpec>\n");
    expect(recursive.stdout).toContain("    containers\t<[]Container> -required-\n");
    expect(recursive.stdout).toContain("        limits\t<map[string]Quantity>\n");
  });
});

describe("the playground's own kubectl", () => {
  it("explains exactly as kubectl 1.32 does from the same documents", async () => {
    const cluster = await bareCluster("kx");
    const k = kubectl(KUBECTL_132, cluster);
    for (const command of [
      "explain pods",
      "explain pods --recursive",
      "explain deployments.spec.strategy",
      "explain deploy.spec.strategy.rollingUpdate.maxSurge",
      "explain pods.spec.containers.resources",
      "explain nodes.status",
      "explain leases",
      "explain pods.metadata.labels",
    ]) {
      const real = await k(...command.split(" "));
      const res = await fetch(`${base}/clusters/${cluster}/kubectl`, {
        method: "POST",
        body: JSON.stringify({ command }),
      });
      const own = (await res.json()) as { output: string; exitCode: number };
      expect(real.code, command).toBe(0);
      expect(own.exitCode, command).toBe(0);
      expect(own.output, command).toBe(real.stdout);
    }
  });
});

describe("kubectl 1.20 (OpenAPI v2 as protobuf, client-side validation)", () => {
  beforeAll(() => {
    ensureKubectl120();
  }, 130_000);

  it("is available", () => {
    expect(
      ensureKubectl120(),
      `kubectl 1.20 not found at ${KUBECTL_120}: run scripts/fetch-kubectl.sh (or set KUBECTL_1_20)`,
    ).toBe(true);
  });

  it("creates and applies with validation on (created, configured, unchanged)", async () => {
    const k = kubectl(KUBECTL_120, await bareCluster("k120"));
    const created = await k("create", "-f", file("web120.yaml", deploymentYaml("web", 2)));
    expect(created.stderr).toBe("");
    expect(created.stdout).toBe("deployment.apps/web created\n");
    expect((await k("apply", "-f", file("web120-3.yaml", deploymentYaml("web", 3)))).stdout).toBe(
      "deployment.apps/web configured\n",
    );
    expect((await k("apply", "-f", `${dir}/web120-3.yaml`)).stdout).toBe("deployment.apps/web unchanged\n");
    const cm = file("cm120.yaml", configMapYaml("a"));
    expect((await k("apply", "-f", cm)).stdout).toBe("configmap/settings created\n");
    expect((await k("apply", "-f", cm)).stdout).toBe("configmap/settings unchanged\n");
    expect((await k("apply", "-f", file("cm120-b.yaml", configMapYaml("b")))).stdout).toBe(
      "configmap/settings configured\n",
    );
  });

  it("reports an unknown field as kubectl 1.20 does, and the server warns when validation is off", async () => {
    const k = kubectl(KUBECTL_120, await bareCluster("k120"));
    const bad = file("bad120.yaml", deploymentYaml("bad", 1, "  foo: bar\n"));
    const create = await k("create", "-f", bad);
    expect(create.code).not.toBe(0);
    expect(create.stderr).toContain(
      `error: error validating "${bad}": error validating data: ValidationError(Deployment.spec): unknown field "foo" in io.k8s.api.apps.v1.DeploymentSpec; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
    const off = await k("create", "--validate=false", "-f", bad);
    expect(off.stdout).toBe("deployment.apps/bad created\n");
    expect(off.stderr).toContain('Warning: unknown field "spec.foo"');
  });

  it("explains resources and fields", async () => {
    const k = kubectl(KUBECTL_120, await bareCluster("k120"));
    const pods = await k("explain", "pods");
    expect(pods.stdout).toMatch(
      /^KIND: {5}Pod\nVERSION: {2}v1\n\nDESCRIPTION:\n {5}Pod is a collection of containers that can run on a host\. This resource is\n {5}created by clients and scheduled onto hosts\.\n\nFIELDS:\n {3}apiVersion\t<string>\n/,
    );
    expect((await k("explain", "deployment.spec.replicas")).stdout).toBe(
      "KIND:     Deployment\nVERSION:  apps/v1\n\nFIELD:    replicas <integer>\n\nDESCRIPTION:\n     Number of desired pods. This is a pointer to distinguish between explicit\n     zero and not specified. Defaults to 1.\n",
    );
  });
});
