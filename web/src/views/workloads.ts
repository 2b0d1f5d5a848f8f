/** Deployments → ReplicaSets → Pods, with rollout progress. */
import type { KubeObject } from "../../../lib/k8s/object";
import { h, setChildren } from "../dom";
import { type ClusterModel, keyOf } from "../model/cluster-model";
import { podStatus, STATUS_ICONS } from "../model/pod-status";
import { PanelView } from "./panel";
import { shortName } from "./pod-chip";

const CHIPS_PER_SET = 30;

interface Replicas {
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  updatedReplicas?: number;
}

export class WorkloadsView extends PanelView {
  readonly el = h("section", { class: "workloads", "aria-label": "Deployments, ReplicaSets and Pods" });

  constructor(
    private readonly model: ClusterModel,
    private readonly onSelect: (podKey: string) => void,
  ) {
    super();
    for (const kind of ["deployments", "replicasets", "pods"] as const) model.on(kind, () => this.changed());
  }

  protected draw(): void {
    const byOwner = new Map<string, KubeObject[]>();
    for (const kind of ["replicasets", "pods"] as const) {
      for (const obj of this.model.list(kind)) {
        const owner = obj.metadata.ownerReferences?.find((r) => r.controller);
        const key = owner ? `${obj.metadata.namespace}/${owner.uid}` : `${obj.metadata.namespace}/-${kind}`;
        const list = byOwner.get(key) ?? [];
        list.push(obj);
        byOwner.set(key, list);
      }
    }
    const deployments = sortByName(this.model.list("deployments"));
    const items: HTMLElement[] = deployments.map((d) => {
      const sets = sortByRevision(byOwner.get(`${d.metadata.namespace}/${d.metadata.uid}`) ?? []);
      const spec = d.spec as { replicas?: number } | undefined;
      const status = (d.status ?? {}) as Replicas;
      const want = spec?.replicas ?? 1;
      const ready = status.readyReplicas ?? 0;
      const updated = status.updatedReplicas ?? 0;
      const done = ready === want && updated === want && (status.replicas ?? 0) === want;
      const pct = want > 0 ? Math.round((Math.min(ready, updated) / want) * 100) : 100;
      return h(
        "li",
        { class: "deploy" },
        h(
          "div",
          { class: "row" },
          h("strong", {}, `deployment/${d.metadata.name}`),
          h("span", { class: `tag ${done ? "ok" : "busy"}` }, done ? "✓ rolled out" : "⟳ rolling out"),
          h(
            "span",
            {},
            `${ready}/${want} ready · ${updated} up-to-date · ${status.availableReplicas ?? 0} available`,
          ),
        ),
        h(
          "div",
          {
            class: "bar",
            role: "progressbar",
            "aria-valuenow": pct,
            "aria-valuemin": 0,
            "aria-valuemax": 100,
            "aria-label": "rollout progress",
          },
          h("span", { class: "fill", style: `width:${pct}%` }),
        ),
        h(
          "ul",
          {},
          sets.map((rs) => this.replicaSet(rs, byOwner)),
        ),
      );
    });
    const loose = byOwner.get("default/-pods") ?? [];
    setChildren(
      this.el,
      h("h2", {}, "Workloads"),
      items.length
        ? h("ul", { class: "tree" }, items)
        : h(
            "p",
            { class: "empty" },
            "No deployment yet. Try: kubectl create deployment my-app --image=nginx --replicas=3",
          ),
      loose.length
        ? h("div", {}, h("h3", {}, "Pods without a controller"), chips(loose, this.onSelect))
        : null,
    );
  }

  private replicaSet(rs: KubeObject, byOwner: Map<string, KubeObject[]>): HTMLElement {
    const pods = byOwner.get(`${rs.metadata.namespace}/${rs.metadata.uid}`) ?? [];
    const want = (rs.spec as { replicas?: number } | undefined)?.replicas ?? 0;
    const status = (rs.status ?? {}) as Replicas;
    const revision = rs.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? "?";
    return h(
      "li",
      { class: "rs" },
      h(
        "div",
        { class: "row" },
        h("span", {}, `replicaset/${rs.metadata.name}`),
        h("span", { class: "muted" }, `revision ${revision}`),
        h("span", {}, `${status.readyReplicas ?? 0}/${want} ready`),
      ),
      chips(pods, this.onSelect),
    );
  }
}

function chips(pods: KubeObject[], onSelect: (key: string) => void): HTMLElement {
  const shown = sortByName(pods).slice(0, CHIPS_PER_SET);
  return h(
    "div",
    { class: "chips static", role: "list" },
    shown.map((pod) => {
      const s = podStatus(pod);
      const key = keyOf(pod);
      return h(
        "button",
        {
          class: `chip fam-${s.family}`,
          type: "button",
          "data-pod": key,
          "data-status": s.label,
          title: pod.metadata.name ?? "",
          onclick: () => onSelect(key),
        },
        h("span", { class: "ic", "aria-hidden": "true" }, STATUS_ICONS[s.family]),
        h("span", { class: "nm" }, shortName(pod.metadata.name ?? "")),
        h("span", { class: "st" }, s.label),
      );
    }),
    pods.length > shown.length ? h("span", { class: "muted" }, `+${pods.length - shown.length} more`) : null,
  );
}

function sortByName(objs: KubeObject[]): KubeObject[] {
  return objs.sort((a, b) => (a.metadata.name ?? "").localeCompare(b.metadata.name ?? ""));
}

function sortByRevision(objs: KubeObject[]): KubeObject[] {
  const rev = (o: KubeObject) => Number(o.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0);
  return objs.sort((a, b) => rev(b) - rev(a));
}
