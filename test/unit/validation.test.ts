import { describe, expect, it } from "vitest";
import { defaultDeployment } from "../../lib/k8s/defaults/deployment";
import { defaultPod } from "../../lib/k8s/defaults/pod";
import { defaultService } from "../../lib/k8s/defaults/service";
import type { FieldCause } from "../../lib/k8s/errors";
import { deepCopy, type KubeObject } from "../../lib/k8s/object";
import { validateConfigMap } from "../../lib/k8s/validation/configmap";
import { validateDeployment } from "../../lib/k8s/validation/deployment";
import { validateEndpoints } from "../../lib/k8s/validation/endpoints";
import { validateEvent } from "../../lib/k8s/validation/event";
import { validateLease } from "../../lib/k8s/validation/lease";
import {
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  nameIsPathSegment,
} from "../../lib/k8s/validation/names";
import { validateNamespace } from "../../lib/k8s/validation/namespace";
import { validateNode } from "../../lib/k8s/validation/node";
import { validateObjectMeta } from "../../lib/k8s/validation/object-meta";
import { validatePod } from "../../lib/k8s/validation/pod";
import { validateReplicaSet } from "../../lib/k8s/validation/replicaset";
import { validateService } from "../../lib/k8s/validation/service";

const SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_ERR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035_ERR =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART_ERR =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

function fields(causes: FieldCause[]): string[] {
  return causes.map((c) => c.field);
}

function find(causes: FieldCause[], field: string): FieldCause {
  const c = causes.find((x) => x.field === field);
  if (!c) throw new Error(`no cause for ${field}: ${JSON.stringify(causes)}`);
  return c;
}

function pod(spec: Record<string, unknown> = {}, name = "web"): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default" },
    spec: { containers: [{ name: "app", image: "nginx:1.27" }], ...spec } as KubeObject["spec"],
  };
}

function deployment(spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "default" },
    spec: {
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: { containers: [{ name: "app", image: "nginx" }] },
      },
      ...spec,
    } as KubeObject["spec"],
  };
}

describe("names", () => {
  it("DNS-1123 subdomains", () => {
    expect(isDns1123Subdomain("example.com")).toEqual([]);
    expect(isDns1123Subdomain("a")).toEqual([]);
    expect(isDns1123Subdomain("Example")).toEqual([SUBDOMAIN_ERR]);
    expect(isDns1123Subdomain("-a")).toEqual([SUBDOMAIN_ERR]);
    expect(isDns1123Subdomain("a..b")).toEqual([SUBDOMAIN_ERR]);
    expect(isDns1123Subdomain("")).toEqual([SUBDOMAIN_ERR]);
    expect(isDns1123Subdomain("a".repeat(253))).toEqual([]);
    expect(isDns1123Subdomain("a".repeat(254))).toEqual(["must be no more than 253 characters"]);
  });

  it("DNS-1123 labels", () => {
    expect(isDns1123Label("my-name")).toEqual([]);
    expect(isDns1123Label("123-abc")).toEqual([]);
    expect(isDns1123Label("a.b")).toEqual(["must not contain dots"]);
    expect(isDns1123Label("My_name")).toEqual([LABEL_ERR]);
    expect(isDns1123Label("a".repeat(63))).toEqual([]);
    expect(isDns1123Label("a".repeat(64))).toEqual(["must be no more than 63 characters"]);
  });

  it("DNS-1035 labels", () => {
    expect(isDns1035Label("web")).toEqual([]);
    expect(isDns1035Label("1web")).toEqual([DNS1035_ERR]);
    expect(isDns1035Label("web-")).toEqual([DNS1035_ERR]);
  });

  it("qualified names", () => {
    expect(isQualifiedName("app")).toEqual([]);
    expect(isQualifiedName("app.kubernetes.io/name")).toEqual([]);
    expect(isQualifiedName("My_Key.1")).toEqual([]);
    expect(isQualifiedName("-bad")).toEqual([NAME_PART_ERR]);
    expect(isQualifiedName("")).toEqual(["name part must be non-empty", NAME_PART_ERR]);
    expect(isQualifiedName("/name")).toEqual(["prefix part must be non-empty"]);
    expect(isQualifiedName("Example.com/name")).toEqual([`prefix part ${SUBDOMAIN_ERR}`]);
    expect(isQualifiedName("a/b/c")[0]).toMatch(/^a qualified name must consist of/);
    expect(isQualifiedName("a".repeat(63))).toEqual([]);
    expect(isQualifiedName("a".repeat(64))).toEqual(["name part must be no more than 63 characters"]);
  });

  it("label values", () => {
    expect(isValidLabelValue("")).toEqual([]);
    expect(isValidLabelValue("v1.2_x-y")).toEqual([]);
    expect(isValidLabelValue("a b")).toHaveLength(1);
    expect(isValidLabelValue("a".repeat(64))).toEqual(["must be no more than 63 characters"]);
  });

  it("path segment names", () => {
    expect(nameIsPathSegment("anything:Goes_here")).toEqual([]);
    expect(nameIsPathSegment(".")).toEqual(["may not be '.'"]);
    expect(nameIsPathSegment("..")).toEqual(["may not be '..'"]);
    expect(nameIsPathSegment("a/b%c")).toEqual(["may not contain '/'", "may not contain '%'"]);
  });
});

describe("validateObjectMeta", () => {
  const opts = { namespaced: true, nameRule: "dns1123-subdomain" as const };

  it("requires a name or generateName", () => {
    const causes = validateObjectMeta({ namespace: "default" }, opts);
    expect(causes).toEqual([
      {
        reason: "FieldValueRequired",
        field: "metadata.name",
        message: "Required value: name or generateName is required",
      },
    ]);
  });

  it("checks the name rule", () => {
    const c = find(validateObjectMeta({ name: "Web", namespace: "default" }, opts), "metadata.name");
    expect(c.message).toBe(`Invalid value: "Web": ${SUBDOMAIN_ERR}`);
    expect(validateObjectMeta({ name: "web", namespace: "default" }, opts)).toEqual([]);
    // generateName may end with a dash
    expect(validateObjectMeta({ name: "web-x1", generateName: "web-", namespace: "default" }, opts)).toEqual(
      [],
    );
  });

  it("requires a namespace on namespaced kinds and forbids it on cluster-scoped ones", () => {
    expect(validateObjectMeta({ name: "a" }, opts)).toEqual([
      { reason: "FieldValueRequired", field: "metadata.namespace", message: "Required value" },
    ]);
    expect(
      validateObjectMeta({ name: "a", namespace: "x" }, { namespaced: false, nameRule: "dns1123-label" }),
    ).toEqual([
      {
        reason: "FieldValueForbidden",
        field: "metadata.namespace",
        message: "Forbidden: not allowed on this type",
      },
    ]);
    expect(fields(validateObjectMeta({ name: "a", namespace: "Bad_NS" }, opts))).toEqual([
      "metadata.namespace",
    ]);
  });

  it("validates labels and annotations", () => {
    const causes = validateObjectMeta(
      {
        name: "a",
        namespace: "d",
        labels: { "bad key!": "ok", good: "bad value!" },
        annotations: { "-x": "y" },
      },
      opts,
    );
    expect(fields(causes)).toEqual(["metadata.labels", "metadata.labels", "metadata.annotations"]);
    expect(causes[0]?.message).toBe(`Invalid value: "bad key!": ${NAME_PART_ERR}`);
    expect(causes[1]?.message).toMatch(/^Invalid value: "bad value!": a valid label must be an empty string/);
  });

  it("limits annotations to 256 KiB", () => {
    const big = validateObjectMeta(
      { name: "a", namespace: "d", annotations: { k: "x".repeat(256 * 1024) } },
      opts,
    );
    expect(big).toEqual([
      {
        reason: "FieldValueTooLong",
        field: "metadata.annotations",
        message: "Too long: may not be more than 262144 bytes",
      },
    ]);
    expect(
      validateObjectMeta({ name: "a", namespace: "d", annotations: { k: "x".repeat(1000) } }, opts),
    ).toEqual([]);
  });

  it("validates owner references", () => {
    const causes = validateObjectMeta(
      {
        name: "a",
        namespace: "d",
        ownerReferences: [
          { apiVersion: "apps/v1", kind: "ReplicaSet", name: "rs1", uid: "", controller: true },
          { apiVersion: "apps/v1", kind: "ReplicaSet", name: "rs2", uid: "u2", controller: true },
        ],
      },
      opts,
    );
    expect(find(causes, "metadata.ownerReferences[0].uid").message).toBe(
      'Invalid value: "": must not be empty',
    );
    expect(find(causes, "metadata.ownerReferences").message).toContain(
      'Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/rs1 and ReplicaSet/rs2',
    );
  });

  it("validates finalizers", () => {
    expect(
      validateObjectMeta({ name: "a", namespace: "d", finalizers: ["example.com/x", "kubernetes"] }, opts),
    ).toEqual([]);
    expect(fields(validateObjectMeta({ name: "a", namespace: "d", finalizers: ["bad/x/y"] }, opts))).toEqual([
      "metadata.finalizers",
    ]);
  });
});

describe("validatePod", () => {
  it("accepts a minimal pod, before and after defaulting", () => {
    const p = pod();
    expect(validatePod(p)).toEqual([]);
    defaultPod(p);
    expect(validatePod(p)).toEqual([]);
  });

  it("requires containers", () => {
    expect(validatePod(pod({ containers: [] }))).toEqual([
      { reason: "FieldValueRequired", field: "spec.containers", message: "Required value" },
    ]);
  });

  it("checks container names, uniqueness and images", () => {
    const causes = validatePod(
      pod({
        containers: [
          { name: "app", image: "nginx" },
          { name: "app", image: "" },
          { name: "Bad_Name", image: "x" },
        ],
      }),
    );
    expect(find(causes, "spec.containers[1].image").message).toBe("Required value");
    expect(find(causes, "spec.containers[1].name").message).toBe('Duplicate value: "app"');
    expect(find(causes, "spec.containers[2].name").message).toBe(`Invalid value: "Bad_Name": ${LABEL_ERR}`);
  });

  it("checks ports", () => {
    const causes = validatePod(
      pod({
        containers: [
          {
            name: "app",
            image: "nginx",
            ports: [
              { containerPort: 70000, protocol: "HTTP", name: "http" },
              { containerPort: 80, name: "http" },
              { name: "Web_Port" },
            ],
          },
        ],
      }),
    );
    expect(find(causes, "spec.containers[0].ports[0].containerPort").message).toBe(
      "Invalid value: 70000: must be between 1 and 65535, inclusive",
    );
    expect(find(causes, "spec.containers[0].ports[0].protocol").message).toBe(
      'Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    );
    expect(find(causes, "spec.containers[0].ports[1].name").message).toBe('Duplicate value: "http"');
    expect(find(causes, "spec.containers[0].ports[2].containerPort").message).toBe("Required value");
    expect(find(causes, "spec.containers[0].ports[2].name").message).toContain(
      "must contain only alpha-numeric",
    );
  });

  it("checks env var names", () => {
    const causes = validatePod(
      pod({
        containers: [
          { name: "app", image: "x", env: [{ name: "" }, { name: "A=B" }, { name: "OK.name-1" }] },
        ],
      }),
    );
    expect(fields(causes)).toEqual(["spec.containers[0].env[0].name", "spec.containers[0].env[1].name"]);
    expect(causes[1]?.message).toBe(
      "Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
    );
  });

  it("checks resource quantities and requests ≤ limits", () => {
    const causes = validatePod(
      pod({
        containers: [
          {
            name: "app",
            image: "x",
            resources: { requests: { cpu: "2", memory: "1.2.3" }, limits: { cpu: "1", gpu: "1" } },
          },
        ],
      }),
    );
    expect(find(causes, "spec.containers[0].resources.requests[memory]").message).toBe(
      "Invalid value: \"1.2.3\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    expect(find(causes, "spec.containers[0].resources.requests").message).toBe(
      'Invalid value: "2": must be less than or equal to cpu limit of 1',
    );
    expect(find(causes, "spec.containers[0].resources.limits[gpu]").message).toBe(
      'Invalid value: "gpu": must be a standard resource for containers',
    );
  });

  it("compares quantities exactly across suffixes", () => {
    const ok = pod({
      containers: [
        {
          name: "app",
          image: "x",
          resources: { requests: { cpu: "1000m", memory: "1Gi" }, limits: { cpu: 1, memory: "1073741824" } },
        },
      ],
    });
    expect(validatePod(ok)).toEqual([]);
    const over = pod({
      containers: [
        { name: "app", image: "x", resources: { requests: { memory: "1.1G" }, limits: { memory: "1Gi" } } },
      ],
    });
    expect(find(validatePod(over), "spec.containers[0].resources.requests").message).toBe(
      'Invalid value: "1100M": must be less than or equal to memory limit of 1Gi',
    );
    const negative = pod({
      containers: [{ name: "app", image: "x", resources: { requests: { cpu: "-1" } } }],
    });
    expect(find(validatePod(negative), "spec.containers[0].resources.requests[cpu]").message).toBe(
      'Invalid value: "-1": must be greater than or equal to 0',
    );
  });

  it("checks restartPolicy, dnsPolicy and grace period", () => {
    const causes = validatePod(
      pod({ restartPolicy: "Sometimes", dnsPolicy: "Bogus", terminationGracePeriodSeconds: -1 }),
    );
    expect(find(causes, "spec.restartPolicy").message).toBe(
      'Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    );
    expect(find(causes, "spec.dnsPolicy").reason).toBe("FieldValueNotSupported");
    expect(find(causes, "spec.terminationGracePeriodSeconds").message).toBe(
      "Invalid value: -1: must be greater than or equal to 0",
    );
  });

  it("checks nodeSelector and tolerations", () => {
    const causes = validatePod(
      pod({
        nodeSelector: { "bad key": "x" },
        tolerations: [
          { key: "", operator: "Equal", value: "x" },
          { key: "k", operator: "Like" },
          { key: "k", operator: "Exists", effect: "NoWhere" },
          { key: "k", operator: "Exists", effect: "NoSchedule", tolerationSeconds: 5 },
          { operator: "Exists" },
        ],
      }),
    );
    expect(find(causes, "spec.nodeSelector").message).toContain('Invalid value: "bad key"');
    expect(find(causes, "spec.tolerations[0].operator").message).toBe(
      'Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
    );
    expect(find(causes, "spec.tolerations[1].operator").message).toBe(
      'Unsupported value: "Like": supported values: "Equal", "Exists"',
    );
    expect(find(causes, "spec.tolerations[2].effect").message).toBe(
      'Unsupported value: "NoWhere": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
    );
    expect(find(causes, "spec.tolerations[3].effect").message).toBe(
      "Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",
    );
    expect(fields(causes).filter((f) => f.startsWith("spec.tolerations[4]"))).toEqual([]);
  });

  it("checks volume mounts against volumes", () => {
    const causes = validatePod(
      pod({
        volumes: [{ name: "data", emptyDir: {} }],
        containers: [
          {
            name: "app",
            image: "x",
            volumeMounts: [
              { name: "data", mountPath: "/d" },
              { name: "nope", mountPath: "/n" },
            ],
          },
        ],
      }),
    );
    expect(causes).toEqual([
      {
        reason: "FieldValueNotFound",
        field: "spec.containers[0].volumeMounts[1].name",
        message: 'Not found: "nope"',
      },
    ]);
  });

  describe("updates", () => {
    const base = (): KubeObject => {
      const p = pod({ tolerations: [{ key: "a", operator: "Exists" }] });
      defaultPod(p);
      return p;
    };

    it("allows changing images and adding tolerations", () => {
      const old = base();
      const next = deepCopy(old);
      const spec = next.spec as { containers: { image: string }[]; tolerations: unknown[] };
      spec.containers[0]!.image = "nginx:1.28";
      spec.tolerations.push({ key: "b", operator: "Exists" });
      expect(validatePod(next, old)).toEqual([]);
    });

    it("forbids other spec changes", () => {
      const old = base();
      const next = deepCopy(old);
      (next.spec as Record<string, unknown>).restartPolicy = "Never";
      const causes = validatePod(next, old);
      expect(fields(causes)).toEqual(["spec"]);
      expect(causes[0]?.reason).toBe("FieldValueForbidden");
      expect(causes[0]?.message).toMatch(
        /^Forbidden: pod updates may not change fields other than `spec\.containers\[\*\]\.image`,`spec\.initContainers\[\*\]\.image`,`spec\.activeDeadlineSeconds`,`spec\.tolerations` \(only additions to existing tolerations\),`spec\.terminationGracePeriodSeconds` \(allow it to be set to 1 if it was previously negative\)\n/,
      );
    });

    it("forbids removing tolerations and adding containers", () => {
      const old = base();
      const next = deepCopy(old);
      (next.spec as Record<string, unknown>).tolerations = [];
      expect(find(validatePod(next, old), "spec.tolerations").message).toBe(
        "Forbidden: existing toleration can not be modified except its tolerationSeconds",
      );
      const more = deepCopy(old);
      (more.spec as { containers: unknown[] }).containers.push({ name: "b", image: "x" });
      expect(validatePod(more, old)).toEqual([
        {
          reason: "FieldValueForbidden",
          field: "spec.containers",
          message: "Forbidden: pod updates may not add or remove containers",
        },
      ]);
    });

    it("allows lowering activeDeadlineSeconds but not raising it", () => {
      const old = base();
      (old.spec as Record<string, unknown>).activeDeadlineSeconds = 100;
      const lower = deepCopy(old);
      (lower.spec as Record<string, unknown>).activeDeadlineSeconds = 50;
      expect(validatePod(lower, old)).toEqual([]);
      const higher = deepCopy(old);
      (higher.spec as Record<string, unknown>).activeDeadlineSeconds = 200;
      expect(find(validatePod(higher, old), "spec.activeDeadlineSeconds").message).toBe(
        "Invalid value: 200: must be less than or equal to previous value",
      );
    });

    it("accepts a metadata-only change", () => {
      const old = base();
      const next = deepCopy(old);
      next.metadata.labels = { a: "b" };
      expect(validatePod(next, old)).toEqual([]);
    });
  });
});

describe("validateDeployment", () => {
  it("accepts a valid deployment, before and after defaulting", () => {
    const d = deployment();
    expect(validateDeployment(d)).toEqual([]);
    defaultDeployment(d);
    expect(validateDeployment(d)).toEqual([]);
  });

  it("requires a selector", () => {
    expect(validateDeployment(deployment({ selector: undefined }))).toEqual([
      { reason: "FieldValueRequired", field: "spec.selector", message: "Required value" },
    ]);
    const empty = validateDeployment(deployment({ selector: {} }));
    expect(find(empty, "spec.selector").message).toBe(
      "Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment",
    );
  });

  it("requires template labels to match the selector", () => {
    const causes = validateDeployment(deployment({ selector: { matchLabels: { app: "other" } } }));
    expect(causes).toEqual([
      {
        reason: "FieldValueInvalid",
        field: "spec.template.metadata.labels",
        message: 'Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
      },
    ]);
    const expr = deployment({
      selector: { matchExpressions: [{ key: "app", operator: "In", values: ["web", "api"] }] },
    });
    expect(validateDeployment(expr)).toEqual([]);
  });

  it("validates the template's pod spec under spec.template.spec", () => {
    const d = deployment();
    const template = (d.spec as { template: { spec: Record<string, unknown> } }).template;
    template.spec.containers = [{ name: "app" }];
    template.spec.restartPolicy = "Never";
    const causes = validateDeployment(d);
    expect(fields(causes)).toEqual([
      "spec.template.spec.containers[0].image",
      "spec.template.spec.restartPolicy",
    ]);
    expect(causes[1]?.message).toBe('Unsupported value: "Never": supported values: "Always"');
  });

  it("checks replicas, strategy and limits", () => {
    const causes = validateDeployment(
      deployment({
        replicas: -1,
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: "0%" } },
        revisionHistoryLimit: -2,
        minReadySeconds: 10,
        progressDeadlineSeconds: 10,
      }),
    );
    expect(find(causes, "spec.replicas").message).toBe(
      "Invalid value: -1: must be greater than or equal to 0",
    );
    expect(find(causes, "spec.strategy.rollingUpdate.maxUnavailable").message).toBe(
      'Invalid value: "0%": may not be 0 when `maxSurge` is 0',
    );
    expect(find(causes, "spec.revisionHistoryLimit").message).toBe(
      "Invalid value: -2: must be greater than or equal to 0",
    );
    expect(find(causes, "spec.progressDeadlineSeconds").message).toBe(
      "Invalid value: 10: must be greater than minReadySeconds",
    );
  });

  it("checks the strategy type and percent syntax", () => {
    const bad = validateDeployment(deployment({ strategy: { type: "BlueGreen" } }));
    expect(find(bad, "spec.strategy.type").message).toBe(
      'Unsupported value: "BlueGreen": supported values: "Recreate", "RollingUpdate"',
    );
    const recreate = validateDeployment(
      deployment({ strategy: { type: "Recreate", rollingUpdate: { maxSurge: 1 } } }),
    );
    expect(find(recreate, "spec.strategy.rollingUpdate").message).toBe(
      "Forbidden: may not be specified when strategy `type` is 'Recreate'",
    );
    const pct = validateDeployment(
      deployment({
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "abc", maxUnavailable: "150%" } },
      }),
    );
    expect(find(pct, "spec.strategy.rollingUpdate.maxSurge").message).toContain(
      "a valid percent string must be a numeric string followed by an ending '%'",
    );
    expect(find(pct, "spec.strategy.rollingUpdate.maxUnavailable").message).toBe(
      'Invalid value: "150%": must not be greater than 100%',
    );
  });

  it("keeps the selector immutable", () => {
    const old = deployment();
    defaultDeployment(old);
    const next = deepCopy(old);
    (next.spec as Record<string, unknown>).selector = { matchLabels: { app: "web", tier: "x" } };
    (
      (next.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata
        .labels as Record<string, string>
    ).tier = "x";
    expect(validateDeployment(next, old)).toEqual([
      {
        reason: "FieldValueInvalid",
        field: "spec.selector",
        message:
          'Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
      },
    ]);
    const same = deepCopy(old);
    (same.spec as Record<string, unknown>).replicas = 5;
    expect(validateDeployment(same, old)).toEqual([]);
  });
});

describe("validateReplicaSet", () => {
  it("shares the workload rules", () => {
    const rs = { ...deployment(), kind: "ReplicaSet" };
    expect(validateReplicaSet(rs)).toEqual([]);
    const bad = deepCopy(rs);
    (bad.spec as Record<string, unknown>).selector = { matchLabels: { app: "x" } };
    (bad.spec as Record<string, unknown>).replicas = -3;
    expect(fields(validateReplicaSet(bad))).toEqual(["spec.replicas", "spec.template.metadata.labels"]);
  });

  it("validates template labels under spec.template.labels", () => {
    const rs = { ...deployment(), kind: "ReplicaSet" };
    (rs.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels[
      "bad key"
    ] = "v";
    expect(fields(validateReplicaSet(rs))).toEqual(["spec.template.labels"]);
  });
});

describe("validateService", () => {
  const svc = (spec: Record<string, unknown>, name = "web"): KubeObject => ({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, namespace: "default" },
    spec: spec as KubeObject["spec"],
  });

  it("accepts a defaulted ClusterIP service", () => {
    const s = svc({ selector: { app: "web" }, ports: [{ port: 80 }] });
    defaultService(s);
    expect(validateService(s)).toEqual([]);
  });

  it("uses DNS-1035 names", () => {
    const causes = validateService(svc({ ports: [{ port: 80 }] }, "1web"));
    expect(find(causes, "metadata.name").message).toBe(`Invalid value: "1web": ${DNS1035_ERR}`);
  });

  it("requires ports except for ExternalName and headless services", () => {
    expect(validateService(svc({ type: "ClusterIP" }))).toEqual([
      { reason: "FieldValueRequired", field: "spec.ports", message: "Required value" },
    ]);
    expect(validateService(svc({ type: "ExternalName", externalName: "example.com" }))).toEqual([]);
    expect(validateService(svc({ clusterIP: "None" }))).toEqual([]);
  });

  it("checks ports", () => {
    const causes = validateService(
      svc({
        ports: [
          { name: "http", port: 0, protocol: "HTTP", targetPort: "Bad_Name" },
          { name: "http", port: 443, targetPort: 70000 },
          { port: 8080 },
        ],
      }),
    );
    expect(find(causes, "spec.ports[0].port").message).toBe(
      "Invalid value: 0: must be between 1 and 65535, inclusive",
    );
    expect(find(causes, "spec.ports[0].protocol").message).toBe(
      'Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    );
    expect(find(causes, "spec.ports[0].targetPort").message).toContain('Invalid value: "Bad_Name"');
    expect(find(causes, "spec.ports[1].name").message).toBe('Duplicate value: "http"');
    expect(find(causes, "spec.ports[1].targetPort").message).toBe(
      "Invalid value: 70000: must be between 1 and 65535, inclusive",
    );
    expect(find(causes, "spec.ports[2].name").message).toBe("Required value");
  });

  it("checks the type and nodePort use", () => {
    expect(find(validateService(svc({ type: "Magic", ports: [{ port: 80 }] })), "spec.type").message).toBe(
      'Unsupported value: "Magic": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
    expect(
      find(
        validateService(svc({ type: "ClusterIP", ports: [{ port: 80, nodePort: 30080 }] })),
        "spec.ports[0].nodePort",
      ).message,
    ).toBe("Forbidden: may not be used when `type` is 'ClusterIP'");
    expect(validateService(svc({ type: "NodePort", ports: [{ port: 80, nodePort: 30080 }] }))).toEqual([]);
  });

  it("keeps the cluster IP once set", () => {
    const old = svc({ ports: [{ port: 80 }], clusterIP: "10.96.0.10", clusterIPs: ["10.96.0.10"] });
    const changed = svc({ ports: [{ port: 80 }], clusterIP: "10.96.0.11", clusterIPs: ["10.96.0.11"] });
    expect(validateService(changed, old)).toEqual([
      {
        reason: "FieldValueInvalid",
        field: "spec.clusterIPs[0]",
        message: 'Invalid value: []string{"10.96.0.11"}: may not change once set',
      },
    ]);
    // Leaving it out keeps the allocated address.
    expect(validateService(svc({ ports: [{ port: 80 }] }), old)).toEqual([]);
  });

  it("rejects a malformed cluster IP", () => {
    expect(fields(validateService(svc({ ports: [{ port: 80 }], clusterIP: "10.96.0.300" })))).toEqual([
      "spec.clusterIPs[0]",
    ]);
  });
});

describe("validateNode", () => {
  const node = (spec: Record<string, unknown>): KubeObject => ({
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: "node-1" },
    spec: spec as KubeObject["spec"],
  });

  it("accepts valid taints and podCIDR", () => {
    expect(
      validateNode(
        node({
          podCIDR: "10.244.1.0/24",
          taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }],
        }),
      ),
    ).toEqual([]);
  });

  it("checks taints", () => {
    const causes = validateNode(
      node({
        taints: [
          { key: "", effect: "NoSchedule" },
          { key: "a", effect: "Never" },
          { key: "b", value: "bad value", effect: "NoExecute" },
          { key: "c", effect: "NoSchedule" },
          { key: "c", effect: "NoSchedule" },
          { key: "d" },
        ],
      }),
    );
    expect(find(causes, "spec.taints[0].key").message).toBe(`Invalid value: "": name part must be non-empty`);
    expect(find(causes, "spec.taints[1].effect").message).toBe(
      'Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
    );
    expect(find(causes, "spec.taints[2].value").reason).toBe("FieldValueInvalid");
    expect(find(causes, "spec.taints[4]").reason).toBe("FieldValueDuplicate");
    expect(find(causes, "spec.taints[5].effect").message).toBe("Required value");
  });

  it("checks podCIDR syntax and immutability", () => {
    expect(find(validateNode(node({ podCIDR: "10.244.1.0" })), "spec.podCIDRs[0]").message).toBe(
      'Invalid value: "10.244.1.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    );
    const old = node({ podCIDR: "10.244.1.0/24" });
    expect(fields(validateNode(node({ podCIDR: "10.244.2.0/24" }), old))).toEqual(["spec.podCIDRs"]);
    expect(validateNode(node({ podCIDR: "10.244.1.0/24", unschedulable: true }), old)).toEqual([]);
  });
});

describe("validateNamespace", () => {
  it("uses DNS-1123 labels and forbids a namespace", () => {
    const ns = (name: string): KubeObject => ({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
    expect(validateNamespace(ns("team-a"))).toEqual([]);
    expect(find(validateNamespace(ns("team.a")), "metadata.name").message).toBe(
      'Invalid value: "team.a": must not contain dots',
    );
    expect(find(validateNamespace(ns("a".repeat(64))), "metadata.name").message).toContain(
      "must be no more than 63 characters",
    );
  });

  it("checks spec.finalizers", () => {
    const ns: KubeObject = {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "a" },
      spec: { finalizers: ["custom"] },
    };
    expect(validateNamespace(ns)).toEqual([
      {
        reason: "FieldValueInvalid",
        field: "spec.finalizers",
        message:
          'Invalid value: "custom": name is neither a standard finalizer name nor is it fully qualified',
      },
    ]);
  });
});

describe("validateConfigMap", () => {
  const cm = (data: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject =>
    ({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "cfg", namespace: "default" },
      data,
      ...extra,
    }) as KubeObject;

  it("checks keys", () => {
    expect(validateConfigMap(cm({ "app.properties": "x", KEY_1: "y", "-a": "z" }))).toEqual([]);
    const causes = validateConfigMap(cm({ "bad/key": "x", "..": "y" }));
    expect(fields(causes)).toEqual(["data[bad/key]", "data[..]"]);
    expect(causes[0]?.message).toBe(
      "Invalid value: \"bad/key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    );
    expect(causes[1]?.message).toBe("Invalid value: \"..\": must not be '..'");
  });

  it("limits the total size to 1 MiB", () => {
    expect(validateConfigMap(cm({ a: "x".repeat(1024 * 1024) }))).toEqual([]);
    expect(validateConfigMap(cm({ a: "x".repeat(1024 * 1024), b: "y" }))).toEqual([
      { reason: "FieldValueTooLong", field: "", message: "Too long: may not be more than 1048576 bytes" },
    ]);
  });

  it("keeps immutable config maps immutable", () => {
    const old = cm({ a: "1" }, { immutable: true });
    expect(fields(validateConfigMap(cm({ a: "2" }, { immutable: true }), old))).toEqual(["data"]);
    expect(validateConfigMap(cm({ a: "1" }, { immutable: true }), old)).toEqual([]);
  });
});

describe("validateEvent", () => {
  const ev = (extra: Record<string, unknown>): KubeObject =>
    ({
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: "web.17a", namespace: "default" },
      ...extra,
    }) as KubeObject;

  it("requires the involved object and a matching namespace", () => {
    expect(validateEvent(ev({}))).toEqual([
      { reason: "FieldValueRequired", field: "involvedObject", message: "Required value" },
    ]);
    expect(
      validateEvent(
        ev({ involvedObject: { kind: "Pod", name: "web", namespace: "default" }, reason: "Started" }),
      ),
    ).toEqual([]);
    expect(validateEvent(ev({ involvedObject: { kind: "Pod", name: "web", namespace: "other" } }))).toEqual([
      {
        reason: "FieldValueInvalid",
        field: "involvedObject.namespace",
        message: 'Invalid value: "other": does not match event.namespace',
      },
    ]);
  });

  it("requires reporting fields on new-style events", () => {
    const causes = validateEvent(
      ev({
        involvedObject: { kind: "Pod", name: "web", namespace: "default" },
        eventTime: "2024-01-01T00:00:00.000000Z",
      }),
    );
    expect(fields(causes)).toEqual([
      "reportingComponent",
      "reportingComponent",
      "reportingComponent",
      "reportingInstance",
      "action",
      "reason",
    ]);
  });
});

describe("validateLease", () => {
  it("checks durations and transitions", () => {
    const lease: KubeObject = {
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: { name: "node-1", namespace: "kube-node-lease" },
      spec: { holderIdentity: "node-1", leaseDurationSeconds: 40, renewTime: "2024-01-01T00:00:00.000000Z" },
    };
    expect(validateLease(lease)).toEqual([]);
    const bad = deepCopy(lease);
    bad.spec = { leaseDurationSeconds: 0, leaseTransitions: -1, renewTime: "yesterday" };
    expect(fields(validateLease(bad))).toEqual([
      "spec.leaseDurationSeconds",
      "spec.leaseTransitions",
      "spec.renewTime",
    ]);
    expect(validateLease(bad)[0]?.message).toBe("Invalid value: 0: must be greater than 0");
  });
});

describe("validateEndpoints", () => {
  const ep = (subsets: unknown[]): KubeObject =>
    ({
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: { name: "web", namespace: "default" },
      subsets,
    }) as KubeObject;

  it("accepts valid subsets", () => {
    expect(
      validateEndpoints(
        ep([
          { addresses: [{ ip: "10.244.0.5", nodeName: "node-1" }], ports: [{ port: 80, protocol: "TCP" }] },
        ]),
      ),
    ).toEqual([]);
    expect(validateEndpoints(ep([{ addresses: [{ ip: "fd00::5" }], ports: [{ port: 80 }] }]))).toEqual([]);
  });

  it("checks addresses and ports", () => {
    const causes = validateEndpoints(
      ep([
        { ports: [{ port: 80 }] },
        {
          addresses: [{ ip: "10.0.0.256" }, { ip: "127.0.0.1" }],
          ports: [
            { name: "a", port: 0 },
            { port: 81, protocol: "ICMP" },
          ],
        },
      ]),
    );
    expect(find(causes, "subsets[0]").message).toBe(
      "Required value: must specify `addresses` or `notReadyAddresses`",
    );
    expect(find(causes, "subsets[1].addresses[0].ip").message).toBe(
      'Invalid value: "10.0.0.256": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    );
    expect(find(causes, "subsets[1].addresses[1].ip").message).toBe(
      'Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    );
    expect(find(causes, "subsets[1].ports[0].port").message).toBe(
      "Invalid value: 0: must be between 1 and 65535, inclusive",
    );
    expect(find(causes, "subsets[1].ports[1].name").message).toBe("Required value");
    expect(find(causes, "subsets[1].ports[1].protocol").reason).toBe("FieldValueNotSupported");
  });
});
