/**
 * Nodes as cards (capacity, allocated cpu/memory bars from pod requests, Ready/NotReady, cordon and
 * taints in words and icons), their pods as chips, and the queue of pods waiting for a node. Keyed
 * DOM: one element per node and per pod, updated in place once per animation frame.
 */
import type { KubeObject } from "../../../lib/k8s/object";
import { h, setText } from "../dom";
import { schedule } from "../frame";
import { type ClusterModel, keyOf } from "../model/cluster-model";
import { allocatable, formatCpu, formatMemory, holdsResources, podRequests } from "../model/resources";
import { type Chip, createChip, pulse, updateChip } from "./pod-chip";

interface NodeCard {
  el: HTMLElement;
  badges: HTMLElement;
  capacity: HTMLElement;
  cpu: Bar;
  memory: Bar;
  count: HTMLElement;
  chips: HTMLElement;
  signature: string;
}

interface Bar {
  el: HTMLElement;
  fill: HTMLElement;
  text: HTMLElement;
}

interface PodPlace {
  chip: Chip;
  home: string;
}

const QUEUE = "";
/** How long one frame may spend drawing pods before the rest waits for the next frame. */
const FRAME_BUDGET_MS = 8;

export class NodesView {
  readonly el: HTMLElement;
  private readonly grid: HTMLElement;
  private readonly queueList: HTMLElement;
  private readonly queueCount: HTMLElement;
  private readonly cards = new Map<string, NodeCard>();
  private readonly pods = new Map<string, PodPlace>();
  private readonly dirtyPods = new Set<string>();
  private readonly dirtyNodes = new Set<string>();
  private readonly render = () => this.draw();

  constructor(
    private readonly model: ClusterModel,
    private readonly onSelect: (podKey: string) => void,
  ) {
    this.queueCount = h("span", { class: "count" }, "0");
    this.queueList = h("div", { class: "chips", role: "list" });
    this.grid = h("div", { class: "node-grid" });
    this.el = h(
      "section",
      { class: "nodes-view", "aria-label": "Nodes and their pods" },
      h(
        "div",
        { class: "queue", "aria-live": "polite" },
        h("h3", {}, "Waiting for a node ", this.queueCount),
        this.queueList,
        h("p", { class: "empty-note" }, "No pod is waiting: the scheduler has placed them all."),
      ),
      this.grid,
    );
    model.on("pods", (_change, pod, old) => {
      this.dirtyPods.add(keyOf(pod));
      if (old) this.markNodeOf(old);
      schedule(this.render);
    });
    model.on("nodes", (_change, node) => {
      this.dirtyNodes.add(node.metadata.name ?? "");
      schedule(this.render);
    });
  }

  private markNodeOf(pod: KubeObject): void {
    const node = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
    if (node) this.dirtyNodes.add(node);
  }

  private draw(): void {
    const started = performance.now();
    const busy = this.dirtyPods.size > 40;
    for (const name of this.dirtyNodes) this.ensureCard(name);
    // A burst (1,000 pods at once) is drawn over several frames, a slice of at most
    // FRAME_BUDGET_MS each, so the page keeps answering and animating in between.
    let drawn = 0;
    for (const key of this.dirtyPods) {
      this.drawPod(key, busy);
      this.dirtyPods.delete(key);
      if (++drawn % 25 === 0 && performance.now() - started > FRAME_BUDGET_MS) break;
    }
    if (this.dirtyPods.size) schedule(this.render);
    for (const name of this.dirtyNodes) this.drawNode(name);
    this.dirtyNodes.clear();
    const waiting = this.queueList.childElementCount;
    setText(this.queueCount, String(waiting));
    this.el.classList.toggle("queue-empty", waiting === 0);
  }

  private drawPod(key: string, busy: boolean): void {
    const [namespace, name] = [key.slice(0, key.indexOf("/")), key.slice(key.indexOf("/") + 1)];
    const pod = this.model.get("pods", name, namespace);
    const place = this.pods.get(key);
    if (!pod) {
      if (place) {
        this.pods.delete(key);
        if (place.home) this.dirtyNodes.add(place.home);
        leave(place.chip.el);
      }
      return;
    }
    const nodeName = (pod.spec as { nodeName?: string } | undefined)?.nodeName ?? "";
    const home = nodeName && this.ensureCard(nodeName) ? nodeName : QUEUE;
    if (!place) {
      const chip = createChip(key, this.onSelect);
      if (busy) chip.el.classList.add("still"); // a thousand pods at once: no entrance animations
      updateChip(chip, pod);
      this.pods.set(key, { chip, home });
      this.insert(chip.el, home);
    } else {
      const before = place.chip.label;
      updateChip(place.chip, pod);
      if (place.home !== home) {
        if (place.home) this.dirtyNodes.add(place.home);
        place.home = home;
        this.insert(place.chip.el, home); // the insertion replays the entrance animation
      } else if (before !== place.chip.label) {
        pulse(place.chip.el, busy);
      }
    }
    if (home) this.dirtyNodes.add(home);
  }

  private insert(el: HTMLElement, home: string): void {
    el.classList.remove("leaving");
    const list = home ? this.cards.get(home)!.chips : this.queueList;
    list.append(el);
  }

  private ensureCard(name: string): NodeCard | undefined {
    const existing = this.cards.get(name);
    if (existing) return existing;
    if (!this.model.get("nodes", name)) return undefined;
    const bar = (label: string): Bar => {
      const fill = h("span", { class: "fill" });
      const text = h("span", { class: "bar-text" });
      const el = h(
        "div",
        { class: "bar", role: "meter", "aria-label": label, "aria-valuemin": 0, "aria-valuemax": 100 },
        fill,
        text,
      );
      return { el, fill, text };
    };
    const card: NodeCard = {
      el: h("article", { class: "node-card", "data-node": name, "aria-label": `node ${name}` }),
      badges: h("div", { class: "badges" }),
      capacity: h("div", { class: "capacity" }),
      cpu: bar("CPU requested"),
      memory: bar("memory requested"),
      count: h("span", { class: "count" }),
      chips: h("div", { class: "chips", role: "list" }),
      signature: "",
    };
    card.el.append(
      h("header", {}, h("h3", {}, name), card.count),
      card.badges,
      card.capacity,
      card.cpu.el,
      card.memory.el,
      card.chips,
    );
    // Keep the cards in name order.
    const after = [...this.cards.keys()].filter(
      (n) => n.localeCompare(name, undefined, { numeric: true }) > 0,
    );
    const next = after.length
      ? this.cards.get(after.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))[0]!)
      : undefined;
    this.grid.insertBefore(card.el, next?.el ?? null);
    this.cards.set(name, card);
    this.dirtyNodes.add(name);
    return card;
  }

  private drawNode(name: string): void {
    const card = this.cards.get(name);
    if (!card) return;
    const node = this.model.get("nodes", name);
    if (!node) {
      card.el.remove();
      this.cards.delete(name);
      // Its pods go back to the queue picture until they are deleted or bound elsewhere.
      for (const [key, place] of this.pods) if (place.home === name) this.dirtyPods.add(key);
      if (this.dirtyPods.size) schedule(this.render);
      return;
    }
    const capacity = allocatable(node);
    let cpu = 0;
    let memory = 0;
    let pods = 0;
    for (const [key, place] of this.pods) {
      if (place.home !== name) continue;
      const slash = key.indexOf("/");
      const pod = this.model.get("pods", key.slice(slash + 1), key.slice(0, slash));
      if (!pod || !holdsResources(pod)) continue;
      const r = podRequests(pod);
      cpu += r.cpu;
      memory += r.memory;
      pods += 1;
    }
    setBar(card.cpu, cpu, capacity.cpu, `cpu ${formatCpu(cpu)} / ${formatCpu(capacity.cpu)}`);
    setBar(
      card.memory,
      memory,
      capacity.memory,
      `memory ${formatMemory(memory)} / ${formatMemory(capacity.memory)}`,
    );
    setText(card.count, `${pods} / ${capacity.pods} pods`);
    card.chips.classList.toggle("dense", card.chips.childElementCount > 24);
    const signature = nodeSignature(node);
    if (signature === card.signature) return;
    card.signature = signature;
    const { badges, classes } = nodeBadges(node);
    card.badges.replaceChildren(...badges);
    card.el.className = ["node-card", ...classes].join(" ");
    const labels = node.metadata.labels ?? {};
    setText(
      card.capacity,
      `${formatCpu(capacity.cpu)} cpu · ${formatMemory(capacity.memory)} · ${labels["topology.kubernetes.io/zone"] ?? ""}`,
    );
  }
}

function setBar(bar: Bar, used: number, total: number, text: string): void {
  const pct = total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0;
  bar.fill.style.width = `${pct}%`;
  bar.el.classList.toggle("high", pct >= 90);
  bar.el.setAttribute("aria-valuenow", String(pct));
  setText(bar.text, `${text} (${pct}%)`);
}

interface NodeShape {
  spec?: { unschedulable?: boolean; taints?: { key: string; value?: string; effect: string }[] };
  status?: { conditions?: { type: string; status: string; reason?: string }[] };
}

function nodeSignature(node: KubeObject): string {
  const { spec, status } = node as unknown as NodeShape;
  const ready = status?.conditions?.find((c) => c.type === "Ready")?.status ?? "Unknown";
  const { allocatable, capacity } = (node.status ?? {}) as { allocatable?: unknown; capacity?: unknown };
  return JSON.stringify([ready, spec?.unschedulable ?? false, spec?.taints ?? [], allocatable, capacity]);
}

export function nodeBadges(node: KubeObject): { badges: HTMLElement[]; classes: string[] } {
  const { spec, status } = node as unknown as NodeShape;
  const ready = status?.conditions?.find((c) => c.type === "Ready");
  const badges: HTMLElement[] = [];
  const classes: string[] = [];
  if (ready?.status === "True") badges.push(badge("ok", "✓", "Ready"));
  else {
    classes.push("not-ready");
    badges.push(badge("bad", "✗", ready?.status === "False" ? "NotReady" : "Unknown"));
  }
  if (spec?.unschedulable) {
    classes.push("cordoned");
    badges.push(badge("warn", "⊘", "Cordoned (SchedulingDisabled)"));
  }
  for (const t of spec?.taints ?? []) {
    if (t.key === "node.kubernetes.io/unschedulable") continue;
    classes.push("tainted");
    badges.push(badge("warn", "⚠", `Taint ${t.key}${t.value ? `=${t.value}` : ""}:${t.effect}`));
  }
  return { badges, classes };
}

function badge(kind: string, icon: string, text: string): HTMLElement {
  return h("span", { class: `badge ${kind}` }, h("span", { "aria-hidden": "true" }, icon), ` ${text}`);
}

/** Plays the exit animation, then removes the element. */
export function leave(el: HTMLElement): void {
  el.classList.add("leaving");
  setTimeout(() => {
    if (el.classList.contains("leaving")) el.remove();
  }, 350);
}
