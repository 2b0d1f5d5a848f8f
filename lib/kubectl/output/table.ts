/**
 * Renders the server's `meta.k8s.io/v1 Table` as kubectl's human-readable printer does: upper-case
 * headers, `priority > 0` columns only with `-o wide`, NAMESPACE first with `-A`, LABELS last with
 * `--show-labels`, one column per `-L` key, `kind/name` when several kinds print together.
 */
import { objectAt } from "../../k8s/json";
import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { translateTimestampSince } from "../../printers/duration";

export interface TableColumn {
  name: string;
  type?: string;
  format?: string;
  priority?: number;
}

export interface TableRow {
  cells: JsonValue[];
  object?: JsonObject;
}

export interface Table {
  kind: "Table";
  columnDefinitions: TableColumn[];
  rows: TableRow[];
  metadata?: JsonObject;
}

export interface TableOptions {
  wide?: boolean;
  noHeaders?: boolean;
  showLabels?: boolean;
  labelColumns?: string[];
  withNamespace?: boolean;
  /** `deployment.apps/`: printed before every name when several kinds are listed. */
  namePrefix?: string;
}

export function isTable(value: unknown): value is Table {
  return isJsonObject(value) && value.kind === "Table" && Array.isArray(value.rows);
}

/** The Table kubectl builds itself when the server answers a plain object or list: NAME and AGE. */
export function fallbackTable(listOrObject: JsonObject, now: number): Table {
  const items = Array.isArray(listOrObject.items) ? listOrObject.items.filter(isJsonObject) : [listOrObject];
  return {
    kind: "Table",
    columnDefinitions: [
      { name: "Name", type: "string", format: "name", priority: 0 },
      { name: "Age", type: "string", priority: 0 },
    ],
    rows: items.map((item) => {
      const meta = objectAt(item.metadata);
      return { cells: [meta.name ?? "", translateTimestampSince(meta.creationTimestamp, now)], object: item };
    }),
  };
}

function metadataOf(row: TableRow): JsonObject {
  const obj = row.object;
  return obj && isJsonObject(obj.metadata) ? obj.metadata : {};
}

function cellText(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return "<none>";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export function labelsText(labels: JsonValue | undefined): string {
  if (!isJsonObject(labels) || Object.keys(labels).length === 0) return "<none>";
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${String(labels[k])}`)
    .join(",");
}

/** The visible columns of a Table, by index. */
function visibleColumns(table: Table, wide: boolean): number[] {
  const cols = table.columnDefinitions ?? [];
  return cols
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => wide || !(c.priority ?? 0))
    .map(({ i }) => i);
}

export function tableHeader(table: Table, options: TableOptions): string[] {
  const cols = visibleColumns(table, options.wide ?? false);
  const header = cols.map((i) => (table.columnDefinitions[i]?.name ?? "").toUpperCase());
  if (options.withNamespace) header.unshift("NAMESPACE");
  for (const key of options.labelColumns ?? []) header.push((key.split("/").pop() ?? key).toUpperCase());
  if (options.showLabels) header.push("LABELS");
  return header;
}

export function tableRows(table: Table, options: TableOptions): string[][] {
  const cols = visibleColumns(table, options.wide ?? false);
  const defs = table.columnDefinitions;
  return table.rows.map((row) => {
    const meta = metadataOf(row);
    const cells = cols.map((i) => {
      const text = cellText(row.cells[i]);
      return defs[i]?.format === "name" && options.namePrefix ? `${options.namePrefix}${text}` : text;
    });
    if (options.withNamespace) cells.unshift(typeof meta.namespace === "string" ? meta.namespace : "");
    const labels = objectAt(meta.labels);
    for (const key of options.labelColumns ?? [])
      cells.push(typeof labels[key] === "string" ? labels[key] : "");
    if (options.showLabels) cells.push(labelsText(meta.labels));
    return cells;
  });
}

/** Header (unless --no-headers) and rows, ready for the tabwriter. */
export function tableLines(table: Table, options: TableOptions): string[][] {
  const rows = tableRows(table, options);
  return options.noHeaders ? rows : [tableHeader(table, options), ...rows];
}
