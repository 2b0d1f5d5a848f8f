/** kubectl's commands end to end against a real cluster Durable Object (a bare API server). */
import { describe, expect, it } from "vitest";
import { api, clusterName } from "../../helpers";
import { kubectl, writes } from "../../kubectl-helpers";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: app
        image: nginx:1.25
        ports:
        - containerPort: 80
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
`;

function node(name: string) {
  return { apiVersion: "v1", kind: "Node", metadata: { name, labels: { "kubernetes.io/hostname": name } } };
}

describe("kubectl create, get, delete", () => {
  it("creates each kind and gets it by every name", async () => {
    const c = clusterName("kc");
    expect((await kubectl(c, "create deployment my-app --image=nginx --replicas=2")).stdout).toBe(
      "deployment.apps/my-app created\n",
    );
    expect((await kubectl(c, "create service clusterip my-svc --tcp=80:8080")).stdout).toBe(
      "service/my-svc created\n",
    );
    expect((await kubectl(c, "create service nodeport np --tcp=80")).stdout).toBe("service/np created\n");
    expect((await kubectl(c, "create namespace dev")).stdout).toBe("namespace/dev created\n");
    expect((await kubectl(c, "create configmap cfg --from-literal=a=1 -n dev")).stdout).toBe(
      "configmap/cfg created\n",
    );
    expect((await kubectl(c, "run nginx --image=nginx --labels=app=web")).stdout).toBe("pod/nginx created\n");
    for (const word of ["deploy", "deployment", "deployments", "deployments.apps", "Deployment"]) {
      const r = await kubectl(c, `get ${word}`);
      expect(r.stdout).toMatch(/^NAME\s+.*\nmy-app\s/);
      expect(r.code).toBe(0);
    }
    for (const word of ["po", "svc", "ep", "ns", "ev", "cm", "lease", "no", "rs"]) {
      const r = await kubectl(c, `get ${word} -A`);
      expect(r.code, `${word}: ${r.stderr}`).toBe(0);
    }
    expect((await kubectl(c, "get svc my-svc -o name")).stdout).toBe("service/my-svc\n");
    expect((await kubectl(c, "get cm cfg -n dev -o jsonpath={.data.a}")).stdout).toBe("1");
    expect((await kubectl(c, "get pods -l app=web -o name")).stdout).toBe("pod/nginx\n");
    expect((await kubectl(c, "get pods -l app=nope")).stderr).toBe(
      "No resources found in default namespace.\n",
    );
    expect((await kubectl(c, "get pods --field-selector metadata.name=nginx -o name")).stdout).toBe(
      "pod/nginx\n",
    );
    const y = await kubectl(c, "get deploy my-app -o yaml");
    expect(y.stdout).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n/);
    const j = JSON.parse((await kubectl(c, "get deploy -o json")).stdout);
    expect(j.kind).toBe("List");
    expect(j.items[0].kind).toBe("Deployment");
    const cc = await kubectl(c, "get deploy -o custom-columns=NAME:.metadata.name,REPLICAS:.spec.replicas");
    expect(cc.stdout).toBe("NAME     REPLICAS\nmy-app   2\n");
    const many = await kubectl(c, "get deploy,svc");
    expect(many.stdout).toContain("deployment.apps/my-app");
    expect(many.stdout).toContain("service/my-svc");
    const sorted = await kubectl(c, "get svc --sort-by=.metadata.name -o name");
    expect(sorted.stdout).toBe("service/my-svc\nservice/np\n");
    const labels = await kubectl(c, "get pods --show-labels");
    expect(labels.stdout.split("\n")[0]).toMatch(/LABELS$/);
    expect(labels.stdout).toContain("app=web");
  });

  it("prints the API server's errors as kubectl does, and exits 1", async () => {
    const c = clusterName("kc");
    const missing = await kubectl(c, "get deployment nope");
    expect(missing.stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(missing.code).toBe(1);
    await kubectl(c, "create namespace dup");
    const dup = await kubectl(c, "create namespace dup");
    expect(dup.stderr).toBe('Error from server (AlreadyExists): namespaces "dup" already exists\n');
    expect(dup.code).toBe(1);
    const invalid = await kubectl(c, "create deployment Bad_Name --image=nginx");
    expect(invalid.stderr).toMatch(/^The Deployment "Bad_Name" is invalid: /);
    expect(invalid.code).toBe(1);
    const kind = await kubectl(c, "get flurbs");
    expect(kind.stderr).toBe('error: the server doesn\'t have a resource type "flurbs"\n');
    expect(kind.code).toBe(1);
    expect(writes(kind)).toEqual([]);
  });

  it("deletes by name, label and --all", async () => {
    const c = clusterName("kc");
    for (const n of ["a", "b", "c"]) await kubectl(c, `create configmap ${n} --from-literal=x=1`);
    await kubectl(c, "label cm b c group=g");
    expect((await kubectl(c, "delete cm a")).stdout).toBe('configmap "a" deleted\n');
    expect((await kubectl(c, "delete cm -l group=g")).stdout).toBe(
      'configmap "b" deleted\nconfigmap "c" deleted\n',
    );
    expect((await kubectl(c, "delete cm a")).stderr).toBe(
      'Error from server (NotFound): configmaps "a" not found\n',
    );
    expect((await kubectl(c, "delete cm")).stderr).toBe(
      "error: resource(s) were provided, but no name was specified\n",
    );
    await kubectl(c, "create configmap d");
    expect((await kubectl(c, "delete cm --all")).stdout).toContain('configmap "d" deleted\n');
    await kubectl(c, "run p --image=nginx");
    expect((await kubectl(c, "delete pod p --now")).stdout).toBe('pod "p" deleted\n');
    await kubectl(c, "run q --image=nginx");
    expect((await kubectl(c, "delete pod q --grace-period=0 --force")).stderr).toContain(
      "Warning: Immediate deletion",
    );
    expect((await kubectl(c, "delete -f -", { stdin: CONFIGMAP })).stderr).toBe(
      'Error from server (NotFound): configmaps "settings" not found\n',
    );
  });
});

describe("kubectl apply", () => {
  it("creates, says unchanged, configures, and keeps last-applied", async () => {
    const c = clusterName("ka");
    const first = await kubectl(c, "apply -f -", { stdin: `${DEPLOYMENT}---\n${CONFIGMAP}` });
    expect(first.stdout).toBe("deployment.apps/web created\nconfigmap/settings created\n");
    const got = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/web");
    const lastApplied = JSON.parse(
      got.body.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"],
    );
    expect(lastApplied.spec.replicas).toBe(2);
    const again = await kubectl(c, "apply -f -", { stdin: `${DEPLOYMENT}---\n${CONFIGMAP}` });
    expect(again.stdout).toBe("deployment.apps/web unchanged\nconfigmap/settings unchanged\n");
    expect(writes(again)).toEqual([]);
    const changed = await kubectl(c, "apply -f -", {
      stdin: DEPLOYMENT.replace("replicas: 2", "replicas: 4").replace("nginx:1.25", "nginx:1.26"),
    });
    expect(changed.stdout).toBe("deployment.apps/web configured\n");
    const after = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/web");
    expect(after.body.spec.replicas).toBe(4);
    expect(after.body.spec.template.spec.containers[0].image).toBe("nginx:1.26");
    // A field dropped from the manifest since the last apply is removed; others' changes stay.
    await kubectl(c, "label deploy web extra=kept");
    await kubectl(c, "apply -f -", { stdin: CONFIGMAP.replace("  mode: fast\n", "  other: x\n") });
    const cm = await api(c, "GET", "/api/v1/namespaces/default/configmaps/settings");
    expect(cm.body.data).toEqual({ other: "x" });
    expect((await kubectl(c, "get deploy web --show-labels")).stdout).toContain("extra=kept");
  });

  it("refuses bad manifests with no write", async () => {
    const c = clusterName("ka");
    for (const stdin of [
      "kind: Deployment\n",
      "apiVersion: v1\nkind: Flurb\nmetadata:\n  name: x\n",
      "a: [1,\n",
      "",
    ]) {
      const r = await kubectl(c, "apply -f -", { stdin });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: /);
      expect(writes(r)).toEqual([]);
    }
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  a: &a "xxxxxxxxxx"\n${Array.from({ length: 120 }, (_, i) => `  k${i}: *a`).join("\n")}\n`;
    const r = await kubectl(c, "apply -f -", { stdin: bomb });
    expect(r.code).toBe(1);
    expect(writes(r)).toEqual([]);
    expect((await kubectl(c, "apply -f manifest.yaml")).stderr).toContain(
      'the path "manifest.yaml" does not exist',
    );
  });

  it("create -f and create --dry-run=server", async () => {
    const c = clusterName("ka");
    expect((await kubectl(c, "create -f -", { stdin: CONFIGMAP })).stdout).toBe(
      "configmap/settings created\n",
    );
    expect((await kubectl(c, "create -f -", { stdin: CONFIGMAP })).stderr).toBe(
      'Error from server (AlreadyExists): configmaps "settings" already exists\n',
    );
  });
});

describe("kubectl changes objects", () => {
  it("scale, set image, label, annotate, patch", async () => {
    const c = clusterName("km");
    await kubectl(c, "apply -f -", { stdin: DEPLOYMENT });
    expect((await kubectl(c, "scale deploy/web --replicas=5")).stdout).toBe("deployment.apps/web scaled\n");
    expect((await kubectl(c, "scale deployment web --replicas=3 --current-replicas=4")).stderr).toBe(
      "error: Expected replicas to be 4, was 5\n",
    );
    expect((await kubectl(c, "scale deploy web")).stderr).toBe(
      'error: required flag(s) "replicas" not set\n',
    );
    expect((await kubectl(c, "set image deploy/web app=nginx:1.27")).stdout).toBe(
      "deployment.apps/web image updated\n",
    );
    expect((await kubectl(c, "set image deploy/web nope=x")).stderr).toBe(
      'error: unable to find container named "nope"\n',
    );
    const d = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/web");
    expect(d.body.spec.replicas).toBe(5);
    expect(d.body.spec.template.spec.containers[0].image).toBe("nginx:1.27");

    expect((await kubectl(c, "label deploy web tier=fe")).stdout).toBe("deployment.apps/web labeled\n");
    expect((await kubectl(c, "label deploy web tier=be")).stderr).toBe(
      "error: 'tier' already has a value (fe), and --overwrite is false\n",
    );
    expect((await kubectl(c, "label deploy web tier=be --overwrite")).stdout).toBe(
      "deployment.apps/web labeled\n",
    );
    expect((await kubectl(c, "label deploy web tier-")).stdout).toBe("deployment.apps/web unlabeled\n");
    expect((await kubectl(c, "label deploy web tier-")).stdout).toBe("deployment.apps/web not labeled\n");
    expect((await kubectl(c, "annotate deploy web note='hello world'")).stdout).toBe(
      "deployment.apps/web annotated\n",
    );
    const a = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/web");
    expect(a.body.metadata.labels.tier).toBeUndefined();
    expect(a.body.metadata.annotations.note).toBe("hello world");

    expect((await kubectl(c, `patch deploy web -p '{"spec":{"replicas":1}}'`)).stdout).toBe(
      "deployment.apps/web patched\n",
    );
    expect((await kubectl(c, `patch deploy web --type merge -p '{"spec":{"replicas":1}}'`)).stdout).toBe(
      "deployment.apps/web patched (no change)\n",
    );
    expect(
      (
        await kubectl(
          c,
          `patch deploy web --type json -p '[{"op":"replace","path":"/spec/replicas","value":2}]'`,
        )
      ).stdout,
    ).toBe("deployment.apps/web patched\n");
    const bad = await kubectl(c, `patch deploy web --type json -p '{"spec":{}}'`);
    expect(bad.code).toBe(1);
    expect(writes(bad)).toEqual([]);
    expect((await kubectl(c, "patch deploy web")).stderr).toBe(
      "error: must specify -p to patch\nSee 'kubectl patch -h' for help and examples\n",
    );
  });

  it("expose, and rollout restart/pause/resume/history", async () => {
    const c = clusterName("km");
    await kubectl(c, "apply -f -", { stdin: DEPLOYMENT });
    expect((await kubectl(c, "expose deployment web --port=8080 --target-port=80")).stdout).toBe(
      "service/web exposed\n",
    );
    const svc = await api(c, "GET", "/api/v1/namespaces/default/services/web");
    expect(svc.body.spec.selector).toEqual({ app: "web" });
    expect(svc.body.spec.ports[0]).toMatchObject({ port: 8080, targetPort: 80 });
    expect((await kubectl(c, "expose deploy web --name web2 --type=NodePort")).stdout).toBe(
      "service/web2 exposed\n",
    );
    expect((await kubectl(c, "rollout restart deploy/web")).stdout).toBe("deployment.apps/web restarted\n");
    expect((await kubectl(c, "rollout pause deployment web")).stdout).toBe("deployment.apps/web paused\n");
    expect((await kubectl(c, "rollout pause deployment web")).stderr).toBe(
      'error: deployments.apps "web" is already paused\n',
    );
    expect((await kubectl(c, "rollout resume deployment web")).stdout).toBe("deployment.apps/web resumed\n");
    expect((await kubectl(c, "rollout history deploy/web")).stdout).toBe(
      "deployment.apps/web \nREVISION   CHANGE-CAUSE\n\n",
    );
    expect((await kubectl(c, "rollout undo deploy/web")).stderr).toBe(
      'error: no rollout history found for deployment "web"\n',
    );
    expect((await kubectl(c, "rollout status deploy/web --watch=false")).stdout).toBe(
      "Waiting for deployment spec update to be observed...\n",
    );
  });

  it("edit prints YAML, then replaces with a resourceVersion check", async () => {
    const c = clusterName("ke");
    await kubectl(c, "apply -f -", { stdin: CONFIGMAP });
    const shown = await kubectl(c, "edit cm settings");
    expect(shown.stdout).toContain("kind: ConfigMap");
    expect(shown.stderr).toContain("editor panel");
    const edited = shown.stdout.replace("mode: fast", "mode: slow");
    expect((await kubectl(c, "edit cm/settings -f -", { stdin: edited })).stdout).toBe(
      "configmap/settings edited\n",
    );
    const stale = await kubectl(c, "edit cm/settings -f -", {
      stdin: edited.replace("mode: slow", "mode: other"),
    });
    expect(stale.stderr).toMatch(/^Error from server \(Conflict\): /);
    expect(stale.code).toBe(1);
  });

  it("taint, cordon, uncordon, drain", async () => {
    const c = clusterName("kn");
    await api(c, "POST", "/api/v1/nodes", node("n1"));
    expect((await kubectl(c, "taint nodes n1 dedicated=gpu:NoSchedule")).stdout).toBe("node/n1 tainted\n");
    expect((await kubectl(c, "taint nodes n1 dedicated=gpu:NoSchedule")).stderr).toBe(
      "error: node n1 already has dedicated taint(s) with same effect(s) and --overwrite is false\n",
    );
    expect((await kubectl(c, "taint node n1 dedicated:NoSchedule-")).stdout).toBe("node/n1 untainted\n");
    expect((await kubectl(c, "taint node n1 dedicated-")).stderr).toBe(
      'error: taint "dedicated" not found\n',
    );
    expect((await kubectl(c, "taint node n1 x=y:Sometimes")).stderr).toContain("invalid taint effect");
    expect((await kubectl(c, "cordon n1")).stdout).toBe("node/n1 cordoned\n");
    expect((await kubectl(c, "cordon n1")).stdout).toBe("node/n1 already cordoned\n");
    expect((await kubectl(c, "uncordon n1")).stdout).toBe("node/n1 uncordoned\n");
    await api(c, "POST", "/api/v1/namespaces/default/pods", {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "lonely" },
      spec: { nodeName: "n1", containers: [{ name: "app", image: "nginx" }] },
    });
    const refused = await kubectl(c, "drain n1");
    expect(refused.stdout).toBe("node/n1 cordoned\n");
    expect(refused.stderr).toContain(
      "cannot delete Pods that declare no controller (use --force to override): default/lonely",
    );
    expect(refused.code).toBe(1);
    const drained = await kubectl(c, "drain n1 --force --grace-period=0");
    expect(drained.stderr).toContain("Warning: deleting Pods that declare no controller: default/lonely");
    expect(drained.stdout).toBe(
      "node/n1 already cordoned\nevicting pod default/lonely\npod/lonely evicted\nnode/n1 drained\n",
    );
    expect(drained.code).toBe(0);
  });

  it("describe shows the object and its events", async () => {
    const c = clusterName("kd");
    await kubectl(c, "apply -f -", { stdin: DEPLOYMENT });
    const d = await api(c, "GET", "/apis/apps/v1/namespaces/default/deployments/web");
    await api(c, "POST", "/api/v1/namespaces/default/events", {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "web.1" },
      involvedObject: {
        kind: "Deployment",
        name: "web",
        namespace: "default",
        uid: d.body.metadata.uid,
        apiVersion: "apps/v1",
      },
      reason: "ScalingReplicaSet",
      message: "Scaled up replica set web-abc to 2",
      type: "Normal",
      source: { component: "deployment-controller" },
      firstTimestamp: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      lastTimestamp: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      count: 1,
    });
    const r = await kubectl(c, "describe deployment web");
    expect(r.stdout).toMatch(/^Name:\s+web\nNamespace:\s+default\n/);
    expect(r.stdout).toContain(
      "Replicas:               2 desired | 0 updated | 0 total | 0 available | 0 unavailable\n",
    );
    expect(r.stdout).toMatch(
      /Events:\n {2}Type {4}Reason {13}Age\s+From\s+Message\n {2}---- {4}------ {13}----\s+----\s+-------\n {2}Normal {2}ScalingReplicaSet {2}\d+s\s+deployment-controller {2}Scaled up replica set web-abc to 2\n$/,
    );
    expect(
      r.requests.some((q) =>
        q.includes(
          "fieldSelector=involvedObject.name%3Dweb%2CinvolvedObject.namespace%3Ddefault%2CinvolvedObject.kind%3DDeployment%2CinvolvedObject.uid",
        ),
      ),
    ).toBe(true);
    for (const kind of ["svc", "cm", "ns default", "rs", "ep"]) {
      const out = await kubectl(c, `describe ${kind}`);
      expect(out.code, `${kind}: ${out.stderr}`).toBe(0);
    }
    expect((await kubectl(c, "describe pod nope")).stderr).toBe(
      'Error from server (NotFound): pods "nope" not found\n',
    );
  });

  it("api-resources, version, cluster-info, config view, explain", async () => {
    const c = clusterName("ki");
    const r = await kubectl(c, "api-resources");
    expect(r.stdout.split("\n")[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND$/);
    expect(r.stdout).toMatch(/\ndeployments\s+deploy\s+apps\/v1\s+true\s+Deployment\n/);
    expect((await kubectl(c, "api-resources --namespaced=false -o name")).stdout).toBe(
      "namespaces\nnodes\nnodes.metrics.k8s.io\n",
    );
    expect((await kubectl(c, "version")).stdout).toMatch(/^Client Version: v1\.32\.4/);
    expect((await kubectl(c, "cluster-info")).stdout).toContain("Kubernetes control plane is running at");
    expect((await kubectl(c, "config view")).stdout).toContain("kind: Config");
    const explain = await kubectl(c, "explain pods");
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^KIND: {7}Pod\nVERSION: {4}v1\n\nDESCRIPTION:\n {4}Pod is a collection/);
    const missing = await kubectl(c, "explain pods.spec.nope");
    expect(missing.stderr).toBe('error: field "nope" does not exist\n');
  });
});
