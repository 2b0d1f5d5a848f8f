/** The cluster's event stream, newest first. */
import type { KubeObject } from "../../../lib/k8s/object";
import { h } from "../dom";
import type { ClusterModel } from "../model/cluster-model";
import { PanelView } from "./panel";

const SHOWN = 150;

export interface EventShape {
  type?: string;
  reason?: string;
  message?: string;
  note?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  firstTimestamp?: string;
  involvedObject?: { kind?: string; name?: string; namespace?: string };
  regarding?: { kind?: string; name?: string; namespace?: string };
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  metadata: KubeObject["metadata"];
}

export function eventTime(e: EventShape): number {
  return (
    Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? "") || 0
  );
}

export function eventTarget(e: EventShape): { kind: string; name: string; namespace: string } {
  const t = e.involvedObject ?? e.regarding ?? {};
  return { kind: t.kind ?? "", name: t.name ?? "", namespace: t.namespace ?? "" };
}

export function eventRow(e: EventShape, withObject = true): HTMLElement {
  const target = eventTarget(e);
  const warn = e.type === "Warning";
  return h(
    "li",
    { class: warn ? "warn" : "" },
    h("span", { class: "ic", "aria-label": warn ? "warning" : "normal" }, warn ? "⚠" : "ℹ"),
    h("time", {}, new Date(eventTime(e)).toLocaleTimeString()),
    h("strong", {}, e.reason ?? ""),
    withObject ? h("span", { class: "muted" }, `${target.kind.toLowerCase()}/${target.name}`) : null,
    h("span", {}, `${e.message ?? e.note ?? ""}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ""}`),
  );
}

export class EventsView extends PanelView {
  readonly el = h("section", { class: "events", "aria-label": "Event stream" });

  constructor(private readonly model: ClusterModel) {
    super();
    model.on("events", () => this.changed());
  }

  protected draw(): void {
    const events = (this.model.list("events") as unknown as EventShape[])
      .sort((a, b) => eventTime(b) - eventTime(a))
      .slice(0, SHOWN);
    this.el.replaceChildren(
      h("h2", {}, "Events"),
      h(
        "ul",
        { class: "event-list" },
        events.map((e) => eventRow(e)),
      ),
    );
  }
}
