/**
 * A printer built from a kind's `printerColumns` data (lib/k8s/kinds.ts), for kinds without a
 * printer module of their own: NAME, then each column read at its path (`[]` joins lists).
 */
import type { KindInfo, PrinterColumn } from "../k8s/kinds";
import type { JsonValue, KubeObject } from "../k8s/object";
import { isJsonObject } from "../k8s/object";
import { translateTimestampSince } from "./duration";
import { type Cell, column, NAME_COLUMN, type Printer } from "./types";

function valuesAt(value: JsonValue | undefined, parts: string[]): JsonValue[] {
  if (value === undefined || value === null) return [];
  if (parts.length === 0) return [value];
  const [head = "", ...rest] = parts;
  const isList = head.endsWith("[]");
  const key = isList ? head.slice(0, -2) : head;
  if (!isJsonObject(value)) return [];
  const next = value[key];
  if (isList) return Array.isArray(next) ? next.flatMap((v) => valuesAt(v, rest)) : [];
  return valuesAt(next, rest);
}

function cellOf(c: PrinterColumn, obj: KubeObject, now: number): Cell {
  if (!c.path) return null;
  const values = valuesAt(obj as unknown as JsonValue, c.path.split("."));
  if (c.path === "metadata.creationTimestamp") return translateTimestampSince(values[0], now);
  if (values.length === 0) return c.type === "string" ? "<none>" : null;
  if (values.length === 1 && typeof values[0] !== "object") return values[0] as Cell;
  return values.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(",");
}

export function genericPrinter(info: KindInfo): Printer {
  return {
    columns: [
      NAME_COLUMN,
      ...info.printerColumns.map((c) =>
        column(c.name, c.type, c.description ?? "", { format: c.format, priority: c.priority }),
      ),
    ],
    cells: (obj, now) => [obj.metadata.name ?? "", ...info.printerColumns.map((c) => cellOf(c, obj, now))],
  };
}
