/** Printers of the small kinds: namespaces (STATUS), configmaps (DATA), leases (HOLDER). */

import { objectAt, stringAt } from "../k8s/json";
import { translateTimestampSince } from "./duration";
import { AGE_COLUMN, column, NAME_COLUMN, type Printer } from "./types";

export const namespacePrinter: Printer = {
  columns: [NAME_COLUMN, column("Status", "string", "The status of the namespace"), AGE_COLUMN],
  cells: (ns, now) => [
    ns.metadata.name ?? "",
    stringAt(objectAt(ns.status).phase),
    translateTimestampSince(ns.metadata.creationTimestamp, now),
  ],
};

export const configMapPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column(
      "Data",
      "string",
      "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.",
    ),
    AGE_COLUMN,
  ],
  cells: (cm, now) => [
    cm.metadata.name ?? "",
    Object.keys(objectAt(cm.data)).length + Object.keys(objectAt(cm.binaryData)).length,
    translateTimestampSince(cm.metadata.creationTimestamp, now),
  ],
};

export const leasePrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column(
      "Holder",
      "string",
      "holderIdentity contains the identity of the holder of a current lease. If Coordinated Leader Election is used, the holder identity must be equal to the elected LeaseCandidate.metadata.name field.",
    ),
    AGE_COLUMN,
  ],
  cells: (lease, now) => [
    lease.metadata.name ?? "",
    stringAt(objectAt(lease.spec).holderIdentity),
    translateTimestampSince(lease.metadata.creationTimestamp, now),
  ],
};

function intOrString(v: unknown): string {
  return typeof v === "number" || typeof v === "string" ? String(v) : "N/A";
}

export const podDisruptionBudgetPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column("Min Available", "string", "The minimum number of pods that must be available"),
    column("Max Unavailable", "string", "The maximum number of pods that may be unavailable"),
    column("Allowed Disruptions", "integer", "Calculated number of pods that may be disrupted at this time"),
    AGE_COLUMN,
  ],
  cells: (pdb, now) => [
    pdb.metadata.name ?? "",
    intOrString(objectAt(pdb.spec).minAvailable),
    intOrString(objectAt(pdb.spec).maxUnavailable),
    typeof objectAt(pdb.status).disruptionsAllowed === "number"
      ? (objectAt(pdb.status).disruptionsAllowed as number)
      : 0,
    translateTimestampSince(pdb.metadata.creationTimestamp, now),
  ],
};
