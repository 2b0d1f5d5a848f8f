/**
 * Server-side printing, as kube-apiserver's TableConvertor does it with printers.go: a
 * `meta.k8s.io/v1 Table` whose columns and cells are what `kubectl get` prints. The server always
 * fills the wide (`priority: 1`) columns; kubectl hides them without `-o wide`.
 *
 *   toTable(info, objects, { now, includeObject, listMetadata })
 */
import type { KindInfo } from "../k8s/kinds";
import { resourceKey } from "../k8s/kinds";
import type { JsonObject, KubeObject } from "../k8s/object";
import { eventPrinter } from "./event";
import { genericPrinter } from "./generic";
import { nodePrinter } from "./node";
import { podPrinter } from "./pod";
import { endpointsPrinter, servicePrinter } from "./service";
import { configMapPrinter, leasePrinter, namespacePrinter, podDisruptionBudgetPrinter } from "./simple";
import type { Printer, Table, TableRow } from "./types";
import { deploymentPrinter, replicaSetPrinter } from "./workloads";

export type { ColumnDefinition, Printer, Table, TableRow } from "./types";

const PRINTERS: Record<string, Printer> = {
  pods: podPrinter,
  nodes: nodePrinter,
  "deployments.apps": deploymentPrinter,
  "replicasets.apps": replicaSetPrinter,
  services: servicePrinter,
  endpoints: endpointsPrinter,
  namespaces: namespacePrinter,
  events: eventPrinter,
  configmaps: configMapPrinter,
  "leases.coordination.k8s.io": leasePrinter,
  "poddisruptionbudgets.policy": podDisruptionBudgetPrinter,
};

/** What each row carries besides its cells (the `includeObject` query parameter). */
export type IncludeObject = "None" | "Metadata" | "Object";

export interface TableOptions {
  /** The clock for AGE columns (ms since the epoch). */
  now: number;
  /** Default `Metadata`: a PartialObjectMetadata per row. */
  includeObject?: IncludeObject;
  /** The list's (or object's) resourceVersion, continue token and remaining count. */
  listMetadata?: JsonObject;
  /** Whether to include columnDefinitions (watch events after the first may leave them out). */
  noHeaders?: boolean;
}

export function printerFor(info: KindInfo): Printer {
  return PRINTERS[resourceKey(info)] ?? genericPrinter(info);
}

/** Parses the `includeObject` query parameter: undefined when invalid. */
export function parseIncludeObject(value: string | null): IncludeObject | undefined {
  if (value === null || value === "") return "Metadata";
  return value === "None" || value === "Metadata" || value === "Object" ? value : undefined;
}

function rowObject(obj: KubeObject, include: IncludeObject): JsonObject | null {
  if (include === "None") return null;
  if (include === "Object") return obj as unknown as JsonObject;
  return {
    kind: "PartialObjectMetadata",
    apiVersion: "meta.k8s.io/v1",
    metadata: obj.metadata as JsonObject,
  };
}

/** The Table of some objects of one kind. */
export function toTable(info: KindInfo, objects: readonly KubeObject[], options: TableOptions): Table {
  const printer = printerFor(info);
  const include = options.includeObject ?? "Metadata";
  const rows: TableRow[] = objects.map((obj) => ({
    cells: printer.cells(obj, options.now),
    object: rowObject(obj, include),
  }));
  const metadata: JsonObject = {};
  for (const key of ["resourceVersion", "continue", "remainingItemCount"]) {
    const v = options.listMetadata?.[key];
    if (v !== undefined && v !== "") metadata[key] = v;
  }
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata,
    columnDefinitions: options.noHeaders ? [] : printer.columns,
    rows,
  };
}
