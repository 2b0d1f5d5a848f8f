/** A pod as a chip: icon + name + status word, coloured by status family; a button that opens its story. */
import type { KubeObject } from "../../../lib/k8s/object";
import { h, setText } from "../dom";
import { type PodStatus, podStatus, STATUS_ICONS } from "../model/pod-status";

export interface Chip {
  el: HTMLButtonElement;
  icon: HTMLElement;
  status: HTMLElement;
  label: string;
}

export function createChip(key: string, onSelect: (key: string) => void): Chip {
  const name = key.slice(key.indexOf("/") + 1);
  const icon = h("span", { class: "ic", "aria-hidden": "true" });
  const status = h("span", { class: "st" });
  const el = h(
    "button",
    { class: "chip", type: "button", "data-pod": key, title: name, onclick: () => onSelect(key) },
    icon,
    h("span", { class: "nm" }, shortName(name)),
    status,
  );
  return { el, icon, status, label: "" };
}

/** Brings a chip up to date; answers whether its status changed. */
export function updateChip(chip: Chip, pod: KubeObject): PodStatus {
  const s = podStatus(pod);
  if (chip.label !== s.label) {
    chip.label = s.label;
    chip.el.className = `chip fam-${s.family}${chip.el.classList.contains("still") ? " still" : ""}`;
    chip.el.dataset.status = s.label;
    setText(chip.icon, STATUS_ICONS[s.family]);
    setText(chip.status, s.label);
  }
  const name = pod.metadata.name ?? "";
  const aria = `pod ${name}: ${s.label}, ${s.ready}/${s.total} ready${s.restarts ? `, ${s.restarts} restarts` : ""}`;
  if (chip.el.getAttribute("aria-label") !== aria) chip.el.setAttribute("aria-label", aria);
  return s;
}

/** A short pulse when a chip changes status; skipped when many change at once (1,000 pods). */
export function pulse(el: HTMLElement, busy: boolean): void {
  if (busy || typeof el.animate !== "function") return;
  el.animate([{ transform: "scale(1.18)" }, { transform: "scale(1)" }], {
    duration: 260,
    easing: "ease-out",
  });
}

/** `my-app-5d8f7c9b4-x7k2p` → `my-app…x7k2p`: the start and the unique end stay readable. */
export function shortName(name: string): string {
  if (name.length <= 16) return name;
  const tail = name.slice(name.lastIndexOf("-") + 1);
  const head = name.slice(0, Math.max(3, 14 - tail.length));
  return `${head}…${tail}`;
}
