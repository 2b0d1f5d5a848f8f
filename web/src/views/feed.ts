/** The shared command feed: who ran what, its exit code and its output (folded). */
import type { FeedEntry } from "../../../lib/session/protocol";
import { h } from "../dom";
import { PanelView } from "./panel";

const KEPT = 200;

export class FeedView extends PanelView {
  readonly el = h("section", { class: "feed", "aria-label": "Shared command feed" });
  private entries: FeedEntry[] = [];

  reset(entries: FeedEntry[]): void {
    this.entries = entries.slice(-KEPT);
    this.changed();
  }

  add(entry: FeedEntry): void {
    if (this.entries.some((e) => e.seq === entry.seq)) return;
    this.entries.push(entry);
    if (this.entries.length > KEPT) this.entries.shift();
    this.changed();
  }

  protected draw(): void {
    const items = [...this.entries]
      .reverse()
      .map((e) =>
        h(
          "li",
          { class: e.exitCode === 0 ? "ok" : "failed", "data-seq": e.seq },
          h(
            "div",
            { class: "row" },
            h(
              "span",
              { class: "avatar small", style: `background:${e.participant.color}`, "aria-hidden": "true" },
              initials(e.participant.name),
            ),
            h("strong", {}, e.participant.name),
            h("time", {}, new Date(e.at).toLocaleTimeString()),
            h(
              "span",
              { class: e.exitCode === 0 ? "badge ok" : "badge bad" },
              e.exitCode === 0 ? "✓ ok" : `✗ exit ${e.exitCode}`,
            ),
          ),
          h("code", { class: "cmd" }, `$ ${e.command}`),
          e.output ? h("details", {}, h("summary", {}, "output"), h("pre", {}, e.output)) : null,
        ),
      );
    this.el.replaceChildren(
      h("h2", {}, "Command feed"),
      items.length
        ? h("ol", { class: "feed-list" }, items)
        : h("p", { class: "empty" }, "Commands run by anyone in this cluster appear here."),
    );
  }
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "?") + (parts[1]?.[0] ?? "")).toUpperCase();
}
