/**
 * `kubectl get deployments` (NAME READY UP-TO-DATE AVAILABLE AGE) and `replicasets` (NAME DESIRED
 * CURRENT READY AGE), both with wide CONTAINERS IMAGES SELECTOR (printers.go `printDeployment`,
 * `printReplicaSet`).
 */

import { numberAt, objectAt } from "../k8s/json";
import type { KubeObject } from "../k8s/object";
import { translateTimestampSince } from "./duration";
import { containerCells, formatLabelSelector } from "./fields";
import { AGE_COLUMN, type Cell, type ColumnDefinition, column, NAME_COLUMN, type Printer } from "./types";

const TEMPLATE_COLUMNS: ColumnDefinition[] = [
  column("Containers", "string", "Names of each container in the template.", { priority: 1 }),
  column("Images", "string", "Images referenced by each container in the template.", { priority: 1 }),
  column(
    "Selector",
    "string",
    "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.",
    { priority: 1 },
  ),
];

function templateCells(obj_: KubeObject): Cell[] {
  const spec = objectAt(obj_.spec);
  const [containers, images] = containerCells(spec.template);
  return [containers, images, formatLabelSelector(spec.selector)];
}

export const deploymentPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column("Ready", "string", "Number of the pod with ready state"),
    column(
      "Up-to-date",
      "integer",
      "Total number of non-terminating pods targeted by this deployment that have the desired template spec.",
    ),
    column(
      "Available",
      "integer",
      "Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.",
    ),
    AGE_COLUMN,
    ...TEMPLATE_COLUMNS,
  ],
  cells(d, now) {
    const spec = objectAt(d.spec);
    const status = objectAt(d.status);
    return [
      d.metadata.name ?? "",
      `${numberAt(status.readyReplicas)}/${numberAt(spec.replicas)}`,
      numberAt(status.updatedReplicas),
      numberAt(status.availableReplicas),
      translateTimestampSince(d.metadata.creationTimestamp, now),
      ...templateCells(d),
    ];
  },
};

export const replicaSetPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    column(
      "Desired",
      "integer",
      "Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset",
    ),
    column(
      "Current",
      "integer",
      "Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset",
    ),
    column(
      "Ready",
      "integer",
      "The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.",
    ),
    AGE_COLUMN,
    ...TEMPLATE_COLUMNS,
  ],
  cells(rs, now) {
    const spec = objectAt(rs.spec);
    const status = objectAt(rs.status);
    return [
      rs.metadata.name ?? "",
      numberAt(spec.replicas),
      numberAt(status.replicas),
      numberAt(status.readyReplicas),
      translateTimestampSince(rs.metadata.creationTimestamp, now),
      ...templateCells(rs),
    ];
  },
};
