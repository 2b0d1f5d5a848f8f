import { describe, expect, it } from "vitest";
import { decodeKubernetesProtobuf } from "../../lib/protobuf/decode";
import { decodeRequestBody } from "../../lib/protobuf/request";

// A minimal protobuf writer, enough to build what kubectl's typed clients send.
const enc = new TextEncoder();
function varint(n: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(n));
  const out: number[] = [];
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v ? b | 0x80 : b);
  } while (v);
  return out;
}
const int = (field: number, n: number | bigint) => [...varint(field << 3), ...varint(n)];
const bytes = (field: number, b: number[] | Uint8Array) => [
  ...varint((field << 3) | 2),
  ...varint(b.length),
  ...b,
];
const str = (field: number, s: string) => bytes(field, [...enc.encode(s)]);
const msg = (field: number, ...parts: number[][]) => bytes(field, parts.flat());
const entry = (field: number, k: string, v: string) => msg(field, str(1, k), str(2, v));
function envelope(apiVersion: string, kind: string, raw: number[]): Uint8Array {
  return new Uint8Array([
    0x6b,
    0x38,
    0x73,
    0x00,
    ...msg(1, str(1, apiVersion), str(2, kind)),
    ...bytes(2, raw),
  ]);
}

describe("Kubernetes protobuf bodies", () => {
  it("decodes a Deployment as kubectl create deployment sends it", () => {
    const raw = [
      // metadata: name, labels, an empty (zero) creationTimestamp
      ...msg(1, str(1, "web"), str(2, ""), entry(11, "app", "web"), msg(8)),
      // spec: replicas 0 (a pointer: kept), selector, template, strategy with IntOrString and paused=false
      ...msg(
        2,
        int(1, 0),
        msg(2, entry(1, "app", "web")),
        msg(
          3,
          msg(1, entry(11, "app", "web"), msg(8)),
          msg(
            2,
            msg(
              2,
              str(1, "nginx"),
              str(2, "nginx:1.27"),
              msg(6, int(3, 80), str(4, "TCP"), int(2, 0)),
              msg(8, msg(1, str(1, "cpu"), msg(2, str(1, "100m")))),
              int(16, 0),
            ),
            int(4, 30),
          ),
        ),
        msg(
          4,
          str(1, "RollingUpdate"),
          msg(2, msg(1, int(1, 1), str(3, "25%")), msg(2, int(1, 0), int(2, 1))),
        ),
        int(7, 0),
      ),
    ];
    expect(decodeKubernetesProtobuf(envelope("apps/v1", "Deployment", raw))).toEqual({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web", labels: { app: "web" } },
      spec: {
        replicas: 0,
        selector: { matchLabels: { app: "web" } },
        template: {
          metadata: { labels: { app: "web" } },
          spec: {
            containers: [
              {
                name: "nginx",
                image: "nginx:1.27",
                ports: [{ containerPort: 80, protocol: "TCP" }],
                resources: { limits: { cpu: "100m" } },
              },
            ],
            terminationGracePeriodSeconds: 30,
          },
        },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: 1 } },
      },
    });
  });

  it("decodes times, negative numbers and binary data", () => {
    const raw = [
      ...msg(1, str(1, "c"), msg(8, int(1, 1_700_000_000)), int(10, -1)),
      ...msg(3, str(1, "bin"), bytes(2, [0, 1, 2])),
    ];
    expect(decodeKubernetesProtobuf(envelope("v1", "ConfigMap", raw))).toEqual({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "c", creationTimestamp: "2023-11-14T22:13:20Z", deletionGracePeriodSeconds: -1 },
      binaryData: { bin: "AAEC" },
    });
  });

  it("answers 415 for protobuf without the magic, 400 for a kind without a schema, text otherwise", () => {
    const t = "application/vnd.kubernetes.protobuf";
    expect(() => decodeRequestBody(new Uint8Array([1, 2, 3]), t)).toThrow(/unknown format/);
    expect(() => decodeRequestBody(envelope("batch/v1", "Job", []), t)).toThrow(
      /no protobuf schema for batch\/v1, Kind=Job/,
    );
    expect(() => decodeRequestBody(new Uint8Array([0x6b, 0x38, 0x73, 0, 10, 200]), t)).toThrow(
      /malformed protobuf/,
    );
    expect(decodeRequestBody(enc.encode('{"a":1}'), "application/json")).toEqual({
      body: '{"a":1}',
      contentType: "application/json",
    });
    expect(
      decodeRequestBody(envelope("policy/v1", "Eviction", [...msg(1, str(1, "p"))]), t).json,
    ).toMatchObject({ kind: "Eviction", metadata: { name: "p" } });
  });
});
