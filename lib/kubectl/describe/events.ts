/** The `Events:` section: events whose involvedObject is the described object, oldest first. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { parseTime } from "../../k8s/time";
import { humanDuration } from "../../printers/duration";
import type { Ctx } from "../command";
import type { DescribeWriter } from "./writer";

/** Lists the object's events with the field selector kubectl uses. */
export async function eventsFor(ctx: Ctx, object: JsonObject, kind: string): Promise<JsonObject[]> {
  const meta = objectAt(object.metadata);
  const fields = [`involvedObject.name=${String(meta.name ?? "")}`];
  if (meta.namespace) fields.push(`involvedObject.namespace=${String(meta.namespace)}`);
  fields.push(`involvedObject.kind=${kind}`);
  if (meta.uid) fields.push(`involvedObject.uid=${String(meta.uid)}`);
  const ns = typeof meta.namespace === "string" && meta.namespace ? meta.namespace : "default";
  try {
    const list = await ctx.api.json(`/api/v1/namespaces/${ns}/events`, {
      query: { fieldSelector: fields.join(",") },
    });
    return Array.isArray(list.items) ? list.items.filter(isJsonObject) : [];
  } catch {
    return [];
  }
}

function lastTime(e: JsonObject): number {
  return (
    parseTime(e.lastTimestamp) ??
    parseTime(objectAt(e.series).lastObservedTime) ??
    parseTime(e.eventTime) ??
    parseTime(objectAt(e.metadata).creationTimestamp) ??
    0
  );
}

function firstTime(e: JsonObject): number {
  return (
    parseTime(e.firstTimestamp) ??
    parseTime(e.eventTime) ??
    parseTime(objectAt(e.metadata).creationTimestamp) ??
    0
  );
}

export function writeEvents(w: DescribeWriter, events: JsonObject[], now: number): void {
  if (events.length === 0) {
    w.write(0, "Events:\t<none>\n");
    return;
  }
  const sorted = [...events].sort((a, b) => lastTime(a) - lastTime(b));
  w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.write(1, "----\t------\t----\t----\t-------\n");
  for (const e of sorted) {
    const count = Number(e.count ?? objectAt(e.series).count ?? 1);
    const age = humanDuration(now - lastTime(e));
    const interval = count > 1 ? `${age} (x${count} over ${humanDuration(now - firstTime(e))})` : age;
    const source = objectAt(e.source);
    const from = String(source.component ?? e.reportingComponent ?? e.reportingController ?? "");
    const fromText = source.host ? `${from}, ${String(source.host)}` : from;
    w.write(
      1,
      `${String(e.type ?? "")}\t${String(e.reason ?? "")}\t${interval}\t${fromText}\t${String(e.message ?? "").trim()}\n`,
    );
  }
}
