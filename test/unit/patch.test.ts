import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/k8s/errors";
import type { JsonObject, JsonValue } from "../../lib/k8s/object";
import { applyJsonPatch, MAX_JSON_PATCH_OPERATIONS } from "../../lib/k8s/patch/json-patch";
import { applyMergePatch, applyMergePatchToObject } from "../../lib/k8s/patch/merge-patch";
import {
  applyStrategicMergePatch,
  decodeStrategicMergePatch,
  PATCH_STRATEGIES,
} from "../../lib/k8s/patch/strategic-merge-patch";

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("expected an ApiError");
}

function frozen<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

describe("JSON merge patch (RFC 7386)", () => {
  // RFC 7386, Appendix A.
  const examples: [JsonValue, JsonValue, JsonValue][] = [
    [{ a: "b" }, { a: "c" }, { a: "c" }],
    [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
    [{ a: "b" }, { a: null }, {}],
    [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
    [{ a: ["b"] }, { a: "c" }, { a: "c" }],
    [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
    [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
    [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
    [
      ["a", "b"],
      ["c", "d"],
      ["c", "d"],
    ],
    [{ a: "b" }, ["c"], ["c"]],
    [{ a: "foo" }, null, null],
    [{ a: "foo" }, "bar", "bar"],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: "b", c: null }, { a: "b" }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  for (const [original, patch, result] of examples) {
    it(`${JSON.stringify(original)} + ${JSON.stringify(patch)}`, () => {
      expect(applyMergePatch(frozen(original), frozen(patch))).toEqual(result);
    });
  }

  it("RFC 7386 section 3 example", () => {
    const target = {
      title: "Goodbye!",
      author: { givenName: "John", familyName: "Doe" },
      tags: ["example", "sample"],
      content: "This will be unchanged",
    };
    const patch = {
      title: "Hello!",
      phoneNumber: "+01-123-456-7890",
      author: { familyName: null },
      tags: ["example"],
    };
    expect(applyMergePatch(frozen(target), frozen(patch))).toEqual({
      title: "Hello!",
      author: { givenName: "John" },
      tags: ["example"],
      content: "This will be unchanged",
      phoneNumber: "+01-123-456-7890",
    });
  });

  it("does not share structure with its inputs", () => {
    const target = { a: { b: 1 }, keep: { x: [1] } };
    const patch = { a: { c: [2] } };
    const out = applyMergePatch(target, patch) as { a: { c: number[] }; keep: { x: number[] } };
    out.a.c.push(3);
    out.keep.x.push(2);
    expect(patch.a.c).toEqual([2]);
    expect(target.keep.x).toEqual([1]);
    expect(target).toEqual({ a: { b: 1 }, keep: { x: [1] } });
  });

  it("kube-apiserver refuses non-object bodies for objects", () => {
    expect(
      applyMergePatchToObject({ metadata: { labels: { a: "1" } } }, { metadata: { labels: { a: null } } }),
    ).toEqual({
      metadata: { labels: {} },
    });
    const nul = apiError(() => applyMergePatchToObject({}, null));
    expect([nul.code, nul.message]).toEqual([400, "Invalid JSON Patch"]);
    const arr = apiError(() => applyMergePatchToObject({}, [1]));
    expect([arr.code, arr.message]).toEqual([
      400,
      "error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}",
    ]);
  });
});

describe("JSON patch (RFC 6902)", () => {
  // RFC 6902, Appendix A.
  it("adds an object member", () => {
    expect(applyJsonPatch({ foo: "bar" }, [{ op: "add", path: "/baz", value: "qux" }])).toEqual({
      foo: "bar",
      baz: "qux",
    });
  });
  it("adds an array element, and appends with -", () => {
    const doc = frozen({ foo: ["bar", "baz"] });
    expect(applyJsonPatch(doc, [{ op: "add", path: "/foo/1", value: "qux" }])).toEqual({
      foo: ["bar", "qux", "baz"],
    });
    expect(applyJsonPatch(doc, [{ op: "add", path: "/foo/-", value: ["abc", "def"] }])).toEqual({
      foo: ["bar", "baz", ["abc", "def"]],
    });
    expect(applyJsonPatch(doc, [{ op: "add", path: "/foo/2", value: "end" }])).toEqual({
      foo: ["bar", "baz", "end"],
    });
  });
  it("removes members and elements", () => {
    expect(applyJsonPatch({ baz: "qux", foo: "bar" }, [{ op: "remove", path: "/baz" }])).toEqual({
      foo: "bar",
    });
    expect(applyJsonPatch({ foo: ["bar", "qux", "baz"] }, [{ op: "remove", path: "/foo/1" }])).toEqual({
      foo: ["bar", "baz"],
    });
  });
  it("replaces a value", () => {
    expect(
      applyJsonPatch({ baz: "qux", foo: "bar" }, [{ op: "replace", path: "/baz", value: "boo" }]),
    ).toEqual({
      baz: "boo",
      foo: "bar",
    });
  });
  it("moves and copies", () => {
    const doc = { foo: { bar: "baz", waldo: "fred" }, qux: { corge: "grault" } };
    expect(applyJsonPatch(doc, [{ op: "move", from: "/foo/waldo", path: "/qux/thud" }])).toEqual({
      foo: { bar: "baz" },
      qux: { corge: "grault", thud: "fred" },
    });
    expect(
      applyJsonPatch({ foo: ["all", "grass", "cows", "eat"] }, [
        { op: "move", from: "/foo/1", path: "/foo/3" },
      ]),
    ).toEqual({ foo: ["all", "cows", "eat", "grass"] });
    const copied = applyJsonPatch(doc, [{ op: "copy", from: "/foo", path: "/copy" }]) as {
      foo: JsonObject;
      copy: JsonObject;
    };
    expect(copied.copy).toEqual(doc.foo);
    copied.copy.bar = "changed";
    expect(copied.foo.bar).toBe("baz");
  });
  it("tests values, and a failed test is 422 Invalid", () => {
    const doc = { baz: "qux", foo: ["a", 2, "c"], n: { x: 1 } };
    expect(
      applyJsonPatch(doc, [
        { op: "test", path: "/baz", value: "qux" },
        { op: "test", path: "/foo/1", value: 2 },
        { op: "test", path: "/n", value: { x: 1 } },
      ]),
    ).toEqual(doc);
    const err = apiError(() => applyJsonPatch(doc, [{ op: "test", path: "/baz", value: "bar" }]));
    expect(err.code).toBe(422);
    expect(err.reason).toBe("Invalid");
    expect(err.message).toBe("the server rejected our request due to an error in our request");
    expect(err.status.details).toEqual({});
    expect((err.cause as Error).message).toBe("testing value /baz failed: test failed");
  });
  it("RFC 6901 escapes ~0 and ~1", () => {
    const doc = { metadata: { labels: { "app.kubernetes.io/name": "x", "a~b": "y" } } };
    expect(
      applyJsonPatch(doc, [
        { op: "replace", path: "/metadata/labels/app.kubernetes.io~1name", value: "z" },
        { op: "remove", path: "/metadata/labels/a~0b" },
      ]),
    ).toEqual({ metadata: { labels: { "app.kubernetes.io/name": "z" } } });
  });
  it("applies the operations in order and all or nothing", () => {
    const doc = frozen({ spec: { replicas: 1 } });
    expect(
      applyJsonPatch(doc, [
        { op: "replace", path: "/spec/replicas", value: 3 },
        { op: "test", path: "/spec/replicas", value: 3 },
        { op: "add", path: "/spec/paused", value: true },
      ]),
    ).toEqual({ spec: { replicas: 3, paused: true } });
    expect(() =>
      applyJsonPatch(doc, [
        { op: "replace", path: "/spec/replicas", value: 3 },
        { op: "remove", path: "/spec/nope" },
      ]),
    ).toThrow(ApiError);
    expect(doc).toEqual({ spec: { replicas: 1 } });
  });
  it("unapplicable operations are 422 Invalid", () => {
    const doc = { spec: { list: [1, 2] } };
    const cases: [JsonValue, string][] = [
      [[{ op: "remove", path: "/spec/missing" }], "error in remove for path: '/spec/missing'"],
      [
        [{ op: "add", path: "/nope/x", value: 1 }],
        'add operation does not apply: doc is missing path: "/nope/x"',
      ],
      [
        [{ op: "replace", path: "/spec/list/5", value: 1 }],
        "replace operation does not apply: doc is missing key",
      ],
      [[{ op: "add", path: "/spec/list/9", value: 1 }], "error in add for path: '/spec/list/9'"],
      [[{ op: "move", from: "/spec/missing", path: "/x" }], "error in move"],
      [[{ op: "frobnicate", path: "/spec" }], "Unexpected kind: frobnicate"],
      [[{ path: "/spec" }], "Unexpected kind: unknown"],
      [[{ op: "add", value: 1 }], "operation missing path field"],
      [[{ op: "copy", path: "/x" }], "operation, missing from field"],
      [[{ op: "test", path: "/spec/missing", value: 1 }], "testing value /spec/missing failed"],
    ];
    for (const [ops, detail] of cases) {
      const err = apiError(() => applyJsonPatch(doc, ops));
      expect(err.code, JSON.stringify(ops)).toBe(422);
      expect(err.reason).toBe("Invalid");
      expect((err.cause as Error).message, JSON.stringify(ops)).toContain(detail);
    }
  });
  it("keeps evanphx v4 quirks kube-apiserver has", () => {
    // replace of a missing key of an existing object adds it
    expect(applyJsonPatch({ a: {} }, [{ op: "replace", path: "/a/b", value: 1 }])).toEqual({ a: { b: 1 } });
    // negative indices count from the end
    expect(applyJsonPatch({ l: [1, 2, 3] }, [{ op: "remove", path: "/l/-1" }])).toEqual({ l: [1, 2] });
    // test of a missing member with value null succeeds
    expect(applyJsonPatch({ a: 1 }, [{ op: "test", path: "/b", value: null }])).toEqual({ a: 1 });
  });
  it("a body that is not a list of operations is 400 BadRequest", () => {
    const obj = apiError(() => applyJsonPatch({}, { op: "add" }));
    expect([obj.code, obj.reason, obj.message]).toEqual([
      400,
      "BadRequest",
      "error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp",
    ]);
    expect(apiError(() => applyJsonPatch({}, ["add"])).message).toBe(
      "error decoding patch: json: cannot unmarshal string into Go value of type handlers.jsonPatchOp",
    );
    expect(apiError(() => applyJsonPatch({}, [{ op: 1, path: "/a" }])).message).toBe(
      "error decoding patch: json: cannot unmarshal number into Go struct field jsonPatchOp.op of type string",
    );
    expect(apiError(() => applyJsonPatch({}, { op: "add" }, { fieldValidation: "Ignore" })).message).toBe(
      "json: cannot unmarshal object into Go value of type jsonpatch.Patch",
    );
    const tooMany = Array.from({ length: MAX_JSON_PATCH_OPERATIONS + 1 }, () => ({
      op: "test",
      path: "/a",
      value: 1,
    }));
    expect(apiError(() => applyJsonPatch({ a: 1 }, tooMany)).code).toBe(413);
    expect(applyJsonPatch({ a: 1 }, null)).toEqual({ a: 1 });
  });
  it("does not mutate its inputs", () => {
    const doc = frozen({ a: { b: [1] } });
    const ops = frozen([{ op: "add", path: "/a/c", value: { d: [1] } }]);
    const out = applyJsonPatch(doc, ops) as { a: { c: { d: number[] } } };
    out.a.c.d.push(2);
    expect(ops[0]?.value.d).toEqual([1]);
  });
});

// ---------------------------------------------------------------------------------------------------------

function deployment(): JsonObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "default", labels: { app: "web" }, finalizers: ["a", "b"] },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: "web" } },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          containers: [
            {
              name: "app",
              image: "nginx:1.24",
              args: ["--a", "--b"],
              env: [
                { name: "A", value: "1" },
                { name: "B", value: "2" },
              ],
              ports: [{ containerPort: 80, protocol: "TCP" }],
            },
            { name: "sidecar", image: "busybox", command: ["sleep", "3600"] },
          ],
          tolerations: [{ key: "k1", operator: "Exists" }],
          volumes: [{ name: "data", emptyDir: {} }],
        },
      },
    },
    status: {
      conditions: [
        { type: "Available", status: "True", reason: "MinimumReplicasAvailable" },
        { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable" },
      ],
    },
  };
}

type Containers = {
  name: string;
  image?: string;
  env?: JsonObject[];
  args?: string[];
  [k: string]: unknown;
}[];

function containers(obj: JsonObject): Containers {
  const spec = obj.spec as { template: { spec: { containers: Containers } } };
  return spec.template.spec.containers;
}

describe("strategic merge patch", () => {
  it("kubectl set image: merges the container by name, keeps the others", () => {
    const original = frozen(deployment());
    const patch = frozen({
      spec: {
        template: {
          spec: {
            "$setElementOrder/containers": [{ name: "app" }],
            containers: [{ image: "nginx:1.25", name: "app" }],
          },
        },
      },
    });
    const out = applyStrategicMergePatch(original, patch, "Deployment");
    const cs = containers(out);
    expect(cs.map((c) => c.name)).toEqual(["app", "sidecar"]);
    expect(cs[0]?.image).toBe("nginx:1.25");
    expect(cs[0]?.env).toEqual([
      { name: "A", value: "1" },
      { name: "B", value: "2" },
    ]);
    expect(cs[1]).toEqual({ name: "sidecar", image: "busybox", command: ["sleep", "3600"] });
    expect(JSON.stringify(out)).not.toContain("$setElementOrder");
    expect(containers(deployment())[0]?.image).toBe("nginx:1.24");
  });

  it("kubectl cordon sets a field and keeps the rest of a node", () => {
    const node = frozen({
      kind: "Node",
      metadata: { name: "n1" },
      spec: { podCIDR: "10.0.0.0/24", taints: [{ key: "a", effect: "NoSchedule" }] },
      status: { addresses: [{ type: "InternalIP", address: "10.0.0.1" }] },
    });
    expect(applyStrategicMergePatch(node, { spec: { unschedulable: true } }, "Node")).toEqual({
      ...node,
      spec: { podCIDR: "10.0.0.0/24", taints: [{ key: "a", effect: "NoSchedule" }], unschedulable: true },
    });
  });

  it("replaces node taints and tolerations whole", () => {
    const node = { metadata: { name: "n1" }, spec: { taints: [{ key: "a", effect: "NoSchedule" }] } };
    const out = applyStrategicMergePatch(
      node,
      { spec: { taints: [{ key: "b", effect: "NoExecute" }] } },
      "Node",
    );
    expect(out.spec).toEqual({ taints: [{ key: "b", effect: "NoExecute" }] });
    const dep = applyStrategicMergePatch(
      deployment(),
      { spec: { template: { spec: { tolerations: [{ key: "k2", operator: "Exists" }] } } } },
      "Deployment",
    );
    expect((dep.spec as { template: { spec: { tolerations: unknown } } }).template.spec.tolerations).toEqual([
      { key: "k2", operator: "Exists" },
    ]);
  });

  it("replaces container args whole but merges env by name", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      {
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: "app",
                  args: ["--c"],
                  env: [
                    { name: "B", value: "two" },
                    { name: "C", value: "3" },
                    { name: "A", $patch: "delete" },
                  ],
                },
              ],
            },
          },
        },
      },
      "Deployment",
    );
    const app = containers(out)[0];
    expect(app?.args).toEqual(["--c"]);
    expect(app?.env).toEqual([
      { name: "B", value: "two" },
      { name: "C", value: "3" },
    ]);
    expect(app?.ports).toEqual([{ containerPort: 80, protocol: "TCP" }]);
  });

  it("a null value deletes a key; unknown nulls are ignored", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      { metadata: { labels: { app: null, nothere: null } }, spec: { strategy: { rollingUpdate: null } } },
      "Deployment",
    );
    expect((out.metadata as JsonObject).labels).toEqual({});
    expect((out.spec as JsonObject).strategy).toEqual({ type: "RollingUpdate" });
  });

  it("$patch: delete removes a container", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      { spec: { template: { spec: { containers: [{ name: "sidecar", $patch: "delete" }] } } } },
      "Deployment",
    );
    expect(containers(out).map((c) => c.name)).toEqual(["app"]);
  });

  it("$patch: replace on a map and on a list", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      {
        metadata: { labels: { $patch: "replace", team: "a" } },
        spec: { template: { spec: { containers: [{ name: "only", image: "x" }, { $patch: "replace" }] } } },
      },
      "Deployment",
    );
    expect((out.metadata as JsonObject).labels).toEqual({ team: "a" });
    expect(containers(out)).toEqual([{ name: "only", image: "x" }]);
  });

  it("$patch: delete on a map empties it; merge is the default", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      {
        metadata: { labels: { $patch: "delete" } },
        spec: { selector: { $patch: "merge", matchLabels: { x: "1" } } },
      },
      "Deployment",
    );
    expect((out.metadata as JsonObject).labels).toEqual({});
    expect((out.spec as JsonObject).selector).toEqual({ matchLabels: { app: "web", x: "1" } });
    expect(
      apiError(() => applyStrategicMergePatch(deployment(), { spec: { $patch: "bogus" } }, "Deployment"))
        .message,
    ).toMatch(/^unknown patch type: bogus in map: map\[/);
  });

  it("$retainKeys clears the keys not listed (kubectl apply of strategy Recreate)", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      { spec: { strategy: { $retainKeys: ["type"], type: "Recreate" } } },
      "Deployment",
    );
    expect((out.spec as JsonObject).strategy).toEqual({ type: "Recreate" });
    const bad = apiError(() =>
      applyStrategicMergePatch(
        deployment(),
        { spec: { strategy: { $retainKeys: ["type"], other: 1 } } },
        "Deployment",
      ),
    );
    expect([bad.code, bad.message]).toEqual([400, "invalid patch format of retainKeys"]);
  });

  it("$deleteFromPrimitiveList/finalizers removes values; finalizers merge as a set", () => {
    const removed = applyStrategicMergePatch(
      deployment(),
      { metadata: { "$deleteFromPrimitiveList/finalizers": ["a"] } },
      "Deployment",
    );
    expect((removed.metadata as JsonObject).finalizers).toEqual(["b"]);
    const added = applyStrategicMergePatch(
      deployment(),
      { metadata: { finalizers: ["b", "c"] } },
      "Deployment",
    );
    expect((added.metadata as JsonObject).finalizers).toEqual(["a", "b", "c"]);
    const bad = apiError(() =>
      applyStrategicMergePatch(
        deployment(),
        { metadata: { $deleteFromPrimitiveListfinalizers: ["a"] } },
        "Deployment",
      ),
    );
    expect([bad.code, bad.message]).toEqual([400, "invalid patch format of primitive list"]);
  });

  it("merges status conditions by type", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      {
        status: {
          conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" }],
        },
      },
      "Deployment",
    );
    expect((out.status as JsonObject).conditions).toEqual([
      { type: "Available", status: "True", reason: "MinimumReplicasAvailable" },
      { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" },
    ]);
    const pod = applyStrategicMergePatch(
      { status: { phase: "Pending", conditions: [{ type: "PodScheduled", status: "True" }] } },
      { status: { conditions: [{ type: "Ready", status: "True" }] } },
      "Pod",
    );
    expect((pod.status as JsonObject).conditions).toEqual([
      { type: "Ready", status: "True" },
      { type: "PodScheduled", status: "True" },
    ]);
  });

  it("adds a list element and keeps the order $setElementOrder gives", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      {
        spec: {
          template: {
            spec: {
              "$setElementOrder/containers": [{ name: "app" }, { name: "sidecar" }, { name: "logger" }],
              containers: [{ name: "logger", image: "fluentbit" }],
            },
          },
        },
      },
      "Deployment",
    );
    expect(containers(out).map((c) => c.name)).toEqual(["app", "sidecar", "logger"]);
    const reordered = applyStrategicMergePatch(
      deployment(),
      {
        spec: {
          template: { spec: { "$setElementOrder/containers": [{ name: "sidecar" }, { name: "app" }] } },
        },
      },
      "Deployment",
    );
    expect(containers(reordered).map((c) => c.name)).toEqual(["sidecar", "app"]);
  });

  it("without $setElementOrder a new element goes first, as in Kubernetes", () => {
    const out = applyStrategicMergePatch(
      deployment(),
      { spec: { template: { spec: { containers: [{ name: "logger", image: "fluentbit" }] } } } },
      "Deployment",
    );
    expect(containers(out).map((c) => c.name)).toEqual(["logger", "app", "sidecar"]);
  });

  it("merges service ports by port, node addresses by type, owner references by uid", () => {
    const svc = applyStrategicMergePatch(
      { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } },
      { spec: { ports: [{ port: 80, targetPort: 9090 }] } },
      "Service",
    );
    expect((svc.spec as JsonObject).ports).toEqual([{ port: 80, targetPort: 9090 }, { port: 443 }]);
    const node = applyStrategicMergePatch(
      {
        status: {
          addresses: [
            { type: "InternalIP", address: "10.0.0.1" },
            { type: "Hostname", address: "n1" },
          ],
        },
      },
      { status: { addresses: [{ type: "InternalIP", address: "10.0.0.2" }] } },
      "Node",
    );
    expect((node.status as JsonObject).addresses).toEqual([
      { type: "InternalIP", address: "10.0.0.2" },
      { type: "Hostname", address: "n1" },
    ]);
    const owned = applyStrategicMergePatch(
      { metadata: { ownerReferences: [{ uid: "1", name: "a" }] } },
      { metadata: { ownerReferences: [{ uid: "1", controller: true }] } },
      "ReplicaSet",
    );
    expect((owned.metadata as JsonObject).ownerReferences).toEqual([
      { uid: "1", name: "a", controller: true },
    ]);
  });

  it("pod spec volumes, volumeMounts and imagePullSecrets merge by their keys", () => {
    const pod = {
      spec: {
        containers: [{ name: "c", volumeMounts: [{ name: "data", mountPath: "/data" }] }],
        volumes: [{ name: "data", emptyDir: {} }],
        imagePullSecrets: [{ name: "reg" }],
      },
    };
    const out = applyStrategicMergePatch(
      pod,
      {
        spec: {
          containers: [{ name: "c", volumeMounts: [{ name: "cfg", mountPath: "/etc/cfg" }] }],
          volumes: [{ name: "cfg", configMap: { name: "cfg" } }],
          imagePullSecrets: [{ name: "other" }],
        },
      },
      "Pod",
    );
    const spec = out.spec as {
      containers: { volumeMounts: unknown[] }[];
      volumes: unknown[];
      imagePullSecrets: unknown[];
    };
    expect(spec.containers[0]?.volumeMounts).toHaveLength(2);
    expect(spec.volumes).toHaveLength(2);
    expect(spec.imagePullSecrets).toEqual([{ name: "other" }, { name: "reg" }]);
  });

  it("unknown kinds replace lists, but still merge maps", () => {
    const out = applyStrategicMergePatch(
      { spec: { containers: [{ name: "a" }, { name: "b" }], m: { x: 1 } } },
      { spec: { containers: [{ name: "a", image: "i" }], m: { y: 2 } } },
      "Widget",
    );
    expect(out).toEqual({ spec: { containers: [{ name: "a", image: "i" }], m: { x: 1, y: 2 } } });
  });

  it("errors: missing merge key, lists of lists, bad $setElementOrder", () => {
    const noKey = apiError(() =>
      applyStrategicMergePatch(
        deployment(),
        { spec: { template: { spec: { containers: [{ image: "x" }] } } } },
        "Deployment",
      ),
    );
    expect([noKey.code, noKey.message]).toEqual([
      400,
      "map: map[image:x] does not contain declared merge key: name",
    ]);
    const lists = apiError(() =>
      applyStrategicMergePatch(
        { metadata: { finalizers: [] } },
        { metadata: { finalizers: [["b"]] } },
        "Pod",
      ),
    );
    expect([lists.code, lists.reason]).toEqual([422, "Invalid"]);
    const mixed = apiError(() =>
      applyStrategicMergePatch(
        { metadata: { finalizers: ["a"] } },
        { metadata: { finalizers: [["b"]] } },
        "Pod",
      ),
    );
    expect([mixed.code, mixed.message]).toEqual([400, "list element types are not identical: [[a] [[b]]]"]);
    const order = apiError(() =>
      applyStrategicMergePatch(
        deployment(),
        { spec: { template: { spec: { "$setElementOrder/containers": "app" } } } },
        "Deployment",
      ),
    );
    expect([order.code, order.message]).toEqual([400, "invalid patch format of setElementOrder list"]);
  });

  it("does not mutate the inputs and leaves no directives behind", () => {
    const original = frozen(deployment());
    const patch = frozen({
      metadata: { newmap: { $patch: "replace", a: "1", gone: null } },
      spec: {
        template: {
          spec: {
            containers: [
              { name: "app", env: [{ name: "A", value: "x" }] },
              { name: "new", image: "i", env: null },
            ],
            initContainers: [
              { name: "init", image: "i", $patch: "merge" },
              { name: "x", $patch: "delete" },
            ],
          },
        },
      },
    });
    const out = applyStrategicMergePatch(original, patch, "Deployment");
    expect(JSON.stringify(out)).not.toMatch(/\$patch|\$setElementOrder|\$retainKeys|null/);
    expect((out.metadata as JsonObject).newmap).toEqual({ a: "1" });
    expect(containers(out).find((c) => c.name === "new")).toEqual({ name: "new", image: "i" });
    const spec = out.spec as { template: { spec: { initContainers: unknown[] } } };
    expect(spec.template.spec.initContainers).toEqual([{ name: "init", image: "i" }]);
    (containers(out)[0]!.env as JsonObject[]).push({ name: "Z" });
    expect(containers(original)[0]?.env).toHaveLength(2);
  });

  it("decodes the request body as a map", () => {
    expect(decodeStrategicMergePatch(null)).toEqual({});
    expect(apiError(() => decodeStrategicMergePatch([])).message).toBe(
      "json: cannot unmarshal array into Go value of type map[string]interface {}",
    );
  });

  it("the strategy table knows the required kinds", () => {
    for (const kind of [
      "Pod",
      "Deployment",
      "ReplicaSet",
      "Node",
      "Service",
      "Endpoints",
      "Namespace",
      "ConfigMap",
      "Event",
      "Lease",
    ]) {
      expect(PATCH_STRATEGIES[kind]?.["metadata.ownerReferences"], kind).toEqual({
        patchStrategy: "merge",
        patchMergeKey: "uid",
      });
    }
    expect(PATCH_STRATEGIES.ReplicaSet?.["spec.template.spec.containers[].ports"]?.patchMergeKey).toBe(
      "containerPort",
    );
    expect(PATCH_STRATEGIES.Node?.["spec.taints"]).toBeUndefined();
  });
});
