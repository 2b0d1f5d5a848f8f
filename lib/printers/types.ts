/** The shapes of server-side printing: meta.k8s.io/v1 Table, its columns and rows. */
import type { JsonObject, JsonPrimitive, KubeObject } from "../k8s/object";

export interface ColumnDefinition extends JsonObject {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  format: string;
  description: string;
  /** 0: shown by `kubectl get`; > 0: only with `-o wide`. */
  priority: number;
}

export type Cell = JsonPrimitive;

export interface TableRow extends JsonObject {
  cells: Cell[];
  object: JsonObject | null;
}

export interface Table extends JsonObject {
  kind: "Table";
  apiVersion: string;
  metadata: JsonObject;
  columnDefinitions: ColumnDefinition[];
  rows: TableRow[];
}

/** One kind's printer: its columns (always including the wide ones) and one object's cells. */
export interface Printer {
  columns: ColumnDefinition[];
  cells(obj: KubeObject, now: number): Cell[];
}

/** Builds a column definition with Kubernetes' defaults (format "", priority 0). */
export function column(
  name: string,
  type: ColumnDefinition["type"],
  description: string,
  extra: { format?: string; priority?: number } = {},
): ColumnDefinition {
  return { name, type, format: extra.format ?? "", description, priority: extra.priority ?? 0 };
}

export const NAME_COLUMN = column(
  "Name",
  "string",
  "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
  { format: "name" },
);

export const AGE_COLUMN = column(
  "Age",
  "string",
  "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
);
