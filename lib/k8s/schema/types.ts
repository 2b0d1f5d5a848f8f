/**
 * The schema table of the served kinds (generated.ts), generated from Kubernetes' own API
 * definitions by scripts/gen-api-schema.mjs. Messages are named as OpenAPI definitions are
 * (`io.k8s.api.core.v1.Pod`); it feeds the protobuf decoder and the OpenAPI documents.
 */

export type ScalarType = "string" | "int32" | "int64" | "bool" | "double" | "float" | "bytes";

export interface FieldSchema {
  /** The protobuf field number. */
  n: number;
  /** The JSON name. */
  name: string;
  /** A scalar type or a message name; absent for maps. */
  type?: string;
  /** A map's key and value types. */
  map?: [string, string];
  /** A list. */
  rep?: boolean;
  /** A pointer in Go: a zero value sent is kept (`replicas: 0`). */
  ptr?: boolean;
  /** No `omitempty` in its JSON tag: always present in JSON. */
  req?: boolean;
  doc?: string;
}

export interface MessageSchema {
  doc?: string;
  fields: FieldSchema[];
}

/** Messages whose JSON form is not their fields (apimachinery's custom marshalling). */
export const SPECIAL_MESSAGES = {
  time: "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
  microTime: "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime",
  duration: "io.k8s.apimachinery.pkg.apis.meta.v1.Duration",
  intOrString: "io.k8s.apimachinery.pkg.util.intstr.IntOrString",
  quantity: "io.k8s.apimachinery.pkg.api.resource.Quantity",
  rawExtension: "io.k8s.apimachinery.pkg.runtime.RawExtension",
  fieldsV1: "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
} as const;
