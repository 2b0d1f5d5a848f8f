/** Reading the schema table as JSON sees it: definition names of kinds and inline fields flattened. */
import { MESSAGES } from "./generated";
import type { FieldSchema } from "./types";

/**
 * Fields embedded with `json:",inline"` (anonymous struct fields in Go, so without a JSON name in
 * the table): their message's fields belong to the parent in JSON.
 */
const INLINE_FIELDS: Readonly<Record<string, string>> = {
  "io.k8s.api.core.v1.EphemeralContainer": "ephemeralContainerCommon",
  "io.k8s.api.core.v1.Volume": "volumeSource",
  "io.k8s.api.core.v1.Probe": "handler",
};

/** Whether a field of a message is embedded inline. */
export function isInlineField(message: string, field: FieldSchema): boolean {
  return (
    INLINE_FIELDS[message] === field.name ||
    (field.name === "localObjectReference" && field.type === "io.k8s.api.core.v1.LocalObjectReference")
  );
}

export const SCALAR_TYPES: ReadonlySet<string> = new Set([
  "string",
  "int32",
  "int64",
  "bool",
  "double",
  "float",
  "bytes",
]);

/** The Go package of an API group, as in definition names: `""` → core, `coordination.k8s.io` → coordination. */
function packageOf(group: string): string {
  return group === "" ? "core" : group.split(".")[0]!;
}

/** The message (and OpenAPI definition) name of a kind: `io.k8s.api.apps.v1.Deployment`. */
export function definitionOf(gvk: { group: string; version: string; kind: string }): string {
  return `io.k8s.api.${packageOf(gvk.group)}.${gvk.version}.${gvk.kind}`;
}

const cache = new Map<string, FieldSchema[]>();

/** The fields of a message with its inline fields flattened, as they appear in JSON. */
export function jsonFieldsOf(name: string): FieldSchema[] {
  let fields = cache.get(name);
  if (!fields) {
    const message = MESSAGES[name];
    fields = (message?.fields ?? []).flatMap((f) =>
      isInlineField(name, f) && f.type ? jsonFieldsOf(f.type) : [f],
    );
    cache.set(name, fields);
  }
  return fields;
}
