import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../lib/k8s/object";
import {
  checkUnknownFields,
  parseFieldValidation,
  pruneUnknownFields,
} from "../../lib/k8s/validation/unknown-fields";

const DEPLOYMENT = "io.k8s.api.apps.v1.Deployment";

function deployment(extra: JsonObject = {}, container: JsonObject = {}): JsonObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", labels: { app: "web" }, annotations: { "any/key": "x" } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: "web" } },
      strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: "25%" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          containers: [
            { name: "a", image: "nginx", resources: { limits: { cpu: "1" } } },
            { name: "b", image: "nginx", livenessProbe: { httpGet: { port: 80 } }, ...container },
          ],
          volumes: [{ name: "v", configMap: { name: "cm" } }],
        },
      },
      ...extra,
    },
  };
}

describe("unknown fields", () => {
  it("finds none in a valid object: maps, TypeMeta, IntOrString, Quantity and inline fields are known", () => {
    expect(pruneUnknownFields(DEPLOYMENT, deployment()).unknown).toEqual([]);
    expect(
      pruneUnknownFields("io.k8s.api.core.v1.Pod", {
        spec: { ephemeralContainers: [{ name: "debug", image: "busybox", targetContainerName: "a" }] },
      }).unknown,
    ).toEqual([]);
  });

  it("names each unknown field by its path, list indexes included, and drops it", () => {
    const { value, unknown } = pruneUnknownFields(
      DEPLOYMENT,
      deployment({ foo: 1 }, { bogus: true, livenessProbe: { httpGet: { port: 80, nope: 1 } } }),
    );
    expect(unknown).toEqual([
      "spec.template.spec.containers[1].livenessProbe.httpGet.nope",
      "spec.template.spec.containers[1].bogus",
      "spec.foo",
    ]);
    expect(value).toEqual(deployment());
  });

  it("never changes its input, and shares what it keeps", () => {
    const input = deployment({ foo: 1 });
    const before = JSON.stringify(input);
    const { value } = pruneUnknownFields(DEPLOYMENT, input);
    expect(JSON.stringify(input)).toBe(before);
    const spec = (value as JsonObject).spec as JsonObject;
    expect(spec.template).toBe((input.spec as JsonObject).template);
    expect((value as JsonObject).metadata).toBe(input.metadata);
  });

  it("knows apiVersion and kind only where TypeMeta is", () => {
    expect(pruneUnknownFields(DEPLOYMENT, { metadata: { kind: "x" } }).unknown).toEqual(["metadata.kind"]);
  });

  it("leaves free-form fields alone", () => {
    const event = {
      involvedObject: { kind: "Pod", name: "p" },
      metadata: { name: "e", managedFields: [{ fieldsV1: { "f:spec": { "f:anything": {} } } }] },
    };
    expect(pruneUnknownFields("io.k8s.api.core.v1.Event", event).unknown).toEqual([]);
  });

  it("Strict refuses with kube-apiserver's message, Warn warns, Ignore drops silently", () => {
    const bad = deployment({ foo: 1, bar: 2 });
    expect(() => checkUnknownFields(DEPLOYMENT, bad, "Strict")).toThrowError(
      'strict decoding error: unknown field "spec.foo", unknown field "spec.bar"',
    );
    try {
      checkUnknownFields(
        DEPLOYMENT,
        bad,
        "Strict",
        'Deployment in version "v1" cannot be handled as a Deployment: ',
      );
    } catch (e) {
      expect((e as { status: JsonObject }).status).toMatchObject({
        code: 400,
        reason: "BadRequest",
        message:
          'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.foo", unknown field "spec.bar"',
      });
    }
    const warned = checkUnknownFields(DEPLOYMENT, bad, "Warn");
    expect(warned.warnings).toEqual(['unknown field "spec.foo"', 'unknown field "spec.bar"']);
    expect(warned.object).toEqual(deployment());
    const ignored = checkUnknownFields(DEPLOYMENT, bad, "Ignore");
    expect(ignored.warnings).toEqual([]);
    expect(ignored.object).toEqual(deployment());
    const clean = deployment();
    expect(checkUnknownFields(DEPLOYMENT, clean, "Strict").object).toBe(clean);
  });

  it("reads the fieldValidation parameter: Warn by default, an unknown value is a 400", () => {
    expect(parseFieldValidation(null)).toBe("Warn");
    expect(parseFieldValidation("Strict")).toBe("Strict");
    expect(parseFieldValidation("Ignore")).toBe("Ignore");
    expect(() => parseFieldValidation("strict")).toThrowError(/Unsupported value: "strict"/);
  });
});
