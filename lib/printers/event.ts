/**
 * `kubectl get events`: LAST SEEN TYPE REASON OBJECT MESSAGE, wide SUBOBJECT SOURCE FIRST SEEN COUNT
 * NAME (printers.go `printEvent`; the columns are in Kubernetes' order, wide ones interleaved).
 */

import { numberAt, objectAt, stringAt } from "../k8s/json";
import type { JsonValue } from "../k8s/object";
import { translateTimestampSince } from "./duration";
import { column, type Printer } from "./types";

function since(time: JsonValue | undefined, now: number): string {
  return translateTimestampSince(time, now);
}

export const eventPrinter: Printer = {
  columns: [
    column(
      "Last Seen",
      "string",
      "lastObservedTime is the time when last Event from the series was seen before last heartbeat.",
    ),
    column("Type", "string", "Type of this event (Normal, Warning), new types could be added in the future"),
    column(
      "Reason",
      "string",
      "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.",
    ),
    column("Object", "string", "The object that this event is about."),
    column(
      "Subobject",
      "string",
      'If the reference is to a portion of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.',
      { priority: 1 },
    ),
    column(
      "Source",
      "string",
      "The component reporting this event. Should be a short machine understandable string.",
      { priority: 1 },
    ),
    column("Message", "string", "A human-readable description of the status of this operation."),
    column(
      "First Seen",
      "string",
      "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)",
      { priority: 1 },
    ),
    column("Count", "string", "The number of times this event has occurred.", { priority: 1 }),
    column("Name", "string", "Name must be unique within a namespace.", { priority: 1, format: "name" }),
  ],
  cells(ev, now) {
    let first = since(ev.firstTimestamp, now);
    if (!ev.firstTimestamp) first = since(ev.eventTime, now);
    let last = ev.lastTimestamp ? since(ev.lastTimestamp, now) : first;
    let count = numberAt(ev.count);
    const series = ev.series === undefined || ev.series === null ? undefined : objectAt(ev.series);
    if (series) {
      last = since(series.lastObservedTime, now);
      count = numberAt(series.count);
    } else if (count === 0) count = 1;
    const involved = objectAt(ev.involvedObject);
    const kind = stringAt(involved.kind).toLowerCase();
    const target = stringAt(involved.name) ? `${kind}/${stringAt(involved.name)}` : kind;
    const source = objectAt(ev.source);
    const component = stringAt(source.component) || stringAt(ev.reportingComponent);
    const instance = stringAt(source.host) || stringAt(ev.reportingInstance);
    const sourceText = component ? (instance ? `${component}, ${instance}` : component) : "";
    return [
      last,
      stringAt(ev.type),
      stringAt(ev.reason),
      target,
      stringAt(involved.fieldPath),
      sourceText,
      stringAt(ev.message).trim(),
      first,
      count,
      ev.metadata.name ?? "",
    ];
  },
};
