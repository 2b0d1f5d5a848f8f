/**
 * `GET /clusters/NAME/kubeconfig`: a kubeconfig the real kubectl uses as it is, for open clusters
 * and for clusters with tokens (the token of the request goes into the user). Also the tokens'
 * roles as kubectl sees them (401, RBAC-worded 403).
 */

import { beforeAll, describe, expect, inject, test } from "vitest";
import { parse } from "yaml";
import { ClusterKubectl, createCluster, ensureKubectls, KUBECTLS, type Kubectl, tableRows } from "./helpers";
import { tempDir, writeFile } from "./processes.mjs";

const base = inject("baseUrl");

interface Kubeconfig {
  apiVersion: string;
  kind: string;
  clusters: { name: string; cluster: { server: string } }[];
  contexts: { name: string; context: { cluster: string; user: string; namespace: string } }[];
  "current-context": string;
  users: { name: string; user: { token?: string } }[];
}

async function download(url: string, init?: RequestInit): Promise<{ text: string; config: Kubeconfig }> {
  const res = await fetch(url, init);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/yaml");
  const text = await res.text();
  return { text, config: parse(text) as Kubeconfig };
}

const dir = tempDir("kubeplay-kubeconfig-");

function save(name: string, text: string): string {
  const path = `${dir}/${name}`;
  writeFile(path, text);
  return path;
}

describe("the kubeconfig endpoint", () => {
  beforeAll(() => ensureKubectls());

  test("an open cluster: server, context and a user without a token", async () => {
    const cluster = await createCluster(base, "kcopen");
    const { config } = await download(`${base}/clusters/${cluster.name}/kubeconfig`);
    expect(config.apiVersion).toBe("v1");
    expect(config.kind).toBe("Config");
    expect(config.clusters).toEqual([
      { name: cluster.name, cluster: { server: `${base}/clusters/${cluster.name}` } },
    ]);
    expect(config.contexts).toEqual([
      { name: cluster.name, context: { cluster: cluster.name, user: cluster.name, namespace: "default" } },
    ]);
    expect(config["current-context"]).toBe(cluster.name);
    expect(config.users).toEqual([{ name: cluster.name, user: {} }]);
  });

  test("a cluster with tokens: 401 without one; ?token= or a bearer token goes into the user", async () => {
    const cluster = await createCluster(base, "kctok", { open: false });
    const url = `${base}/clusters/${cluster.name}/kubeconfig`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${url}?token=wrong`)).status).toBe(401);
    const byQuery = await download(`${url}?token=${cluster.tokens.editor}`);
    expect(byQuery.config.users[0]?.user).toEqual({ token: cluster.tokens.editor });
    // kubectl sends credentials over TLS only: on an http playground the token is in the path too.
    expect(byQuery.config.clusters[0]?.cluster.server).toBe(
      `${base}/clusters/${cluster.name}/token/${cluster.tokens.editor}`,
    );
    const byHeader = await download(url, { headers: { authorization: `Bearer ${cluster.tokens.viewer}` } });
    expect(byHeader.config.users[0]?.user).toEqual({ token: cluster.tokens.viewer });
    const nodes = await fetch(`${base}/clusters/${cluster.name}/token/${cluster.tokens.viewer}/api/v1/nodes`);
    expect(nodes.status).toBe(200);
    expect((await fetch(`${base}/clusters/${cluster.name}/token/nope/api/v1/nodes`)).status).toBe(401);
  });
});

describe.each(KUBECTLS)("kubectl $version with a downloaded kubeconfig", (kubectl: Kubectl) => {
  beforeAll(() => ensureKubectls());

  test("get nodes on an open cluster, no other flag", async () => {
    const cluster = await createCluster(base, `kc${kubectl.version.replace(".", "")}`);
    const { text } = await download(`${base}/clusters/${cluster.name}/kubeconfig`);
    const file = save(`${cluster.name}.yaml`, text);
    const k = new ClusterKubectl(kubectl, base, cluster.name);
    const r = await k.run(["get", "nodes"], { kubeconfig: file });
    expect(r.code, r.out).toBe(0);
    expect(tableRows(r.stdout).map((row) => row[0])).toEqual(["NAME", "node-1", "node-2", "node-3"]);
    const ctx = await k.run(["config", "current-context"], { kubeconfig: file });
    expect(ctx.stdout).toBe(`${cluster.name}\n`);
  });

  test("a token cluster: the editor's kubeconfig writes, the viewer's is refused as RBAC words it", async () => {
    const cluster = await createCluster(base, `kct${kubectl.version.replace(".", "")}`, { open: false });
    const url = `${base}/clusters/${cluster.name}/kubeconfig`;
    const editor = save(
      `${cluster.name}-editor.yaml`,
      (await download(`${url}?token=${cluster.tokens.editor}`)).text,
    );
    const viewer = save(
      `${cluster.name}-viewer.yaml`,
      (await download(`${url}?token=${cluster.tokens.viewer}`)).text,
    );
    const k = new ClusterKubectl(kubectl, base, cluster.name);
    const created = await k.run(["create", "deployment", "web", "--image=nginx"], { kubeconfig: editor });
    expect(created.out).toBe("deployment.apps/web created\n");
    const read = await k.run(["get", "deploy", "-o", "name"], { kubeconfig: viewer });
    expect(read.stdout).toBe("deployment.apps/web\n");
    const refused = await k.run(["scale", "deploy/web", "--replicas=2"], { kubeconfig: viewer });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toBe(
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "viewer" cannot patch resource "deployments/scale" in API group "apps" in the namespace "default"\n',
    );
    // --server with the token in its path works as well; kubectl does not send --token over http.
    const server = `${base}/clusters/${cluster.name}/token/${cluster.tokens.owner}`;
    const withToken = await k.run(["get", "deploy", "web", "-o", "name"], { server });
    expect(withToken.stdout).toBe("deployment.apps/web\n");
    const anonymous = await k.run(["get", "pods"], { token: cluster.tokens.owner });
    expect(anonymous.code).not.toBe(0);
    expect(anonymous.stderr).toMatch(/error: You must be logged in to the server/);
  });
});
