/**
 * A pod's story, in a dialog: who created it (Deployment → ReplicaSet → Pod), where the scheduler
 * put it and why (its explanation table: nodes filtered out with their reasons, scores of the
 * others), and its life from events and status (pulled, created, started, restarts). It follows
 * the pod live while open.
 */
import type { KubeObject } from "../../../lib/k8s/object";
import type { ScheduleResult } from "../../../lib/scheduler/schedule";
import { h } from "../dom";
import { schedule } from "../frame";
import type { ClusterModel } from "../model/cluster-model";
import { podStatus, STATUS_ICONS } from "../model/pod-status";
import { type EventShape, eventRow, eventTarget, eventTime } from "./events";

interface ContainerStatusShape {
  name: string;
  image?: string;
  ready?: boolean;
  restartCount?: number;
  state?: Record<string, { reason?: string; startedAt?: string; exitCode?: number }>;
  lastState?: Record<string, { reason?: string; exitCode?: number; finishedAt?: string }>;
}

export class PodStory {
  readonly dialog: HTMLDialogElement;
  private readonly body: HTMLElement;
  private key = "";
  private decision: ScheduleResult | null | "loading" | "unavailable" = null;
  private readonly render = () => this.draw();

  constructor(
    private readonly model: ClusterModel,
    private readonly explainUrl: (namespace: string, pod: string) => string,
    onClose: () => void,
  ) {
    this.body = h("div", { class: "story-body" });
    this.dialog = h(
      "dialog",
      { class: "pod-story", "aria-label": "Pod story" },
      h(
        "form",
        { method: "dialog", class: "close" },
        h("button", { type: "submit", "aria-label": "Close" }, "✕ Close"),
      ),
      this.body,
    );
    this.dialog.addEventListener("close", () => {
      this.key = "";
      onClose();
    });
    const redraw = (_c: unknown, obj: KubeObject) => {
      if (this.key && (this.key === `${obj.metadata.namespace}/${obj.metadata.name}` || obj.kind === "Event"))
        schedule(this.render);
    };
    model.on("pods", redraw);
    model.on("events", redraw);
  }

  get open(): string {
    return this.key;
  }

  show(key: string): void {
    if (this.key === key && this.dialog.open) return;
    this.key = key;
    this.decision = "loading";
    void this.loadDecision(key);
    this.draw();
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private async loadDecision(key: string): Promise<void> {
    const [namespace = "default", name = ""] = key.split("/");
    try {
      const res = await fetch(this.explainUrl(namespace, name));
      const body = res.ok ? ((await res.json()) as { decision?: ScheduleResult | null }) : null;
      if (this.key !== key) return;
      this.decision = body ? (body.decision ?? null) : "unavailable";
    } catch {
      if (this.key === key) this.decision = "unavailable";
    }
    schedule(this.render);
  }

  private draw(): void {
    if (!this.key) return;
    const slash = this.key.indexOf("/");
    const namespace = this.key.slice(0, slash);
    const name = this.key.slice(slash + 1);
    const pod = this.model.get("pods", name, namespace);
    const events = (this.model.list("events") as unknown as EventShape[])
      .filter((e) => {
        const t = eventTarget(e);
        return t.kind === "Pod" && t.name === name && (t.namespace || "default") === namespace;
      })
      .sort((a, b) => eventTime(a) - eventTime(b));
    if (!pod) {
      this.body.replaceChildren(
        h("h2", {}, `pod/${name}`),
        h("p", {}, "This pod is gone."),
        h(
          "ul",
          { class: "event-list" },
          events.map((e) => eventRow(e, false)),
        ),
      );
      return;
    }
    const s = podStatus(pod);
    const nodeName = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
    this.body.replaceChildren(
      h("h2", {}, `pod/${name}`),
      h(
        "p",
        { class: `status fam-${s.family}` },
        h("span", { "aria-hidden": "true" }, `${STATUS_ICONS[s.family]} `),
        `${s.label} · ${s.ready}/${s.total} ready · ${s.restarts} restarts · ${nodeName ? `on ${nodeName}` : "not scheduled yet"}`,
      ),
      h("h3", {}, "Created by"),
      h("p", {}, this.lineage(pod)),
      h("h3", {}, "Scheduled"),
      this.scheduling(nodeName),
      h("h3", {}, "Containers"),
      this.containers(pod),
      h("h3", {}, "Its life, from events"),
      events.length
        ? h(
            "ol",
            { class: "event-list" },
            events.map((e) => eventRow(e, false)),
          )
        : h("p", { class: "muted" }, "No event yet."),
    );
  }

  private lineage(pod: KubeObject): string {
    const chain: string[] = [`pod/${pod.metadata.name}`];
    let current: KubeObject | undefined = pod;
    for (let depth = 0; current && depth < 4; depth++) {
      const owner: { kind: string; name: string } | undefined = current.metadata.ownerReferences?.find(
        (r) => r.controller,
      );
      if (!owner) break;
      chain.unshift(`${owner.kind.toLowerCase()}/${owner.name}`);
      const kind: "replicasets" | "deployments" | undefined =
        owner.kind === "ReplicaSet" ? "replicasets" : owner.kind === "Deployment" ? "deployments" : undefined;
      current = kind ? this.model.get(kind, owner.name, pod.metadata.namespace) : undefined;
    }
    const created = pod.metadata.creationTimestamp
      ? ` at ${new Date(pod.metadata.creationTimestamp).toLocaleTimeString()}`
      : "";
    return chain.length > 1 ? `${chain.join(" → ")}${created}` : `created directly${created}`;
  }

  private scheduling(nodeName: string | undefined): HTMLElement {
    const d = this.decision;
    const where = nodeName ? h("p", {}, `Bound to ${nodeName}.`) : h("p", {}, "Waiting for a node.");
    if (d === "loading") return h("div", {}, where, h("p", { class: "muted" }, "Asking the scheduler why…"));
    if (d === "unavailable" || d === null)
      return h(
        "div",
        {},
        where,
        h(
          "p",
          { class: "muted" },
          d === null
            ? "The scheduler has no decision on record for this pod (bound by name, or before a scheduler restart)."
            : "The scheduler's explanation is not available.",
        ),
      );
    const rows = new Map<string, { fits: boolean; reasons: string; score: string }>();
    for (const f of d.filtered)
      rows.set(f.node, { fits: false, reasons: `${f.plugin}: ${f.reasons.join("; ")}`, score: "–" });
    for (const s of d.scores)
      rows.set(s.node, {
        fits: true,
        reasons: Object.entries(s.byPlugin)
          .map(([p, v]) => `${p} ${v}`)
          .join(", "),
        score: String(s.total),
      });
    return h(
      "div",
      {},
      where,
      d.message ? h("p", { class: "badge warn" }, `⚠ ${d.message}`) : null,
      h(
        "table",
        { class: "explain" },
        h(
          "caption",
          {},
          `The scheduler's decision: ${d.feasible} node(s) fit${d.node ? `, ${d.node} chosen` : ""}`,
        ),
        h(
          "thead",
          {},
          h("tr", {}, h("th", {}, "node"), h("th", {}, "fits"), h("th", {}, "score"), h("th", {}, "why")),
        ),
        h(
          "tbody",
          {},
          [...rows].map(([node, r]) =>
            h(
              "tr",
              { class: node === d.node ? "chosen" : "" },
              h("td", {}, node === d.node ? `★ ${node}` : node),
              h("td", {}, r.fits ? "✓ yes" : "✗ no"),
              h("td", {}, r.score),
              h("td", {}, r.reasons),
            ),
          ),
        ),
      ),
    );
  }

  private containers(pod: KubeObject): HTMLElement {
    const statuses =
      (pod.status as { containerStatuses?: ContainerStatusShape[] } | undefined)?.containerStatuses ?? [];
    const specs =
      (pod.spec as { containers?: { name: string; image?: string }[] } | undefined)?.containers ?? [];
    return h(
      "ul",
      { class: "list" },
      specs.map((c) => {
        const cs = statuses.find((x) => x.name === c.name);
        const [state, detail] = Object.entries(cs?.state ?? {})[0] ?? ["waiting", {}];
        const last = Object.entries(cs?.lastState ?? {})[0];
        return h(
          "li",
          {},
          h("strong", {}, c.name),
          ` ${c.image ?? ""} · ${state}${detail.reason ? ` (${detail.reason})` : ""}${detail.startedAt ? ` since ${new Date(detail.startedAt).toLocaleTimeString()}` : ""} · ${cs?.ready ? "✓ ready" : "✗ not ready"} · ${cs?.restartCount ?? 0} restarts`,
          last
            ? h(
                "span",
                { class: "muted" },
                ` · last: ${last[0]} ${last[1].reason ?? ""} exit ${last[1].exitCode ?? "?"}`,
              )
            : null,
        );
      }),
    );
  }
}
