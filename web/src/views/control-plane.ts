/**
 * The control plane made visible: the components as boxes (clients, API server + etcd,
 * controller-manager, scheduler, one kubelet per node) and each `flow` step (a write to the API
 * server, a watch event delivered to a component) animated as a message between them, with its
 * revision. The last steps are also listed as text.
 */
import type { FlowStep } from "../../../lib/session/protocol";
import { h, setText } from "../dom";
import { schedule } from "../frame";

const MAX_IN_FLIGHT = 16;
/** Messages waiting for their flight; older ones beyond this are only listed, not animated. */
const QUEUE_MAX = 40;
/** Launches per frame: a burst becomes a stream a person can follow, a few frames behind at most. */
const PER_FRAME = 2;
const LOG_KEPT = 60;
const TRAVEL_MS = 550;

export class ControlPlaneView {
  readonly el: HTMLElement;
  private readonly stage: HTMLElement;
  private readonly boxes = new Map<string, HTMLElement>();
  private readonly kubelets: HTMLElement;
  private readonly revision: HTMLElement;
  private readonly log: HTMLElement;
  private readonly skipped: HTMLElement;
  private inFlight = 0;
  private dropped = 0;
  private pending: FlowStep[] = [];
  private readonly queue: { step: FlowStep; from: HTMLElement; to: HTMLElement }[] = [];
  /** Messages animated so far (for tests and the docs' figures). */
  flown = 0;
  private lastRevision = 0;
  private readonly render = () => this.draw();
  /** The wires between the API server and every component, which the messages travel along. */
  private readonly wires = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  private readonly wireRender = () => this.drawWires();

  constructor() {
    this.revision = h("span", { class: "rev" }, "revision –");
    this.kubelets = h("div", { class: "cp-kubelets" });
    this.log = h("ol", { class: "flow-log", "aria-label": "Control-plane messages, newest first" });
    this.skipped = h("span", { class: "muted" });
    this.stage = h(
      "div",
      { class: "cp-stage" },
      h("div", { class: "cp-col" }, this.box("clients", "›_", "you & kubectl")),
      h("div", { class: "cp-col" }, this.box("apiserver", "⛁", "API server + etcd", this.revision)),
      h(
        "div",
        { class: "cp-col" },
        this.box("controller-manager", "⚙", "controller-manager"),
        this.box("scheduler", "⇶", "scheduler"),
        this.kubelets,
      ),
    );
    this.el = h(
      "section",
      { class: "control-plane", "aria-label": "Control plane" },
      h("h2", {}, "Control plane ", this.skipped),
      this.stage,
      h("details", { class: "flow-details" }, h("summary", {}, "Messages with revisions"), this.log),
    );
    this.wires.setAttribute("class", "cp-wires");
    this.wires.setAttribute("aria-hidden", "true");
    this.stage.prepend(this.wires);
    if (typeof ResizeObserver === "function") new ResizeObserver(() => this.invalidate()).observe(this.stage);
  }

  /** The nodes known from the watch: one kubelet box each. */
  setNodes(names: string[]): void {
    const wanted = new Set(names.map((n) => `kubelet/${n}`));
    for (const [id, box] of this.boxes) {
      if (id.startsWith("kubelet/") && !wanted.has(id)) {
        box.remove();
        this.boxes.delete(id);
      }
    }
    for (const name of names.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))) {
      const id = `kubelet/${name}`;
      if (!this.boxes.has(id)) this.kubelets.append(this.box(id, "▣", `kubelet ${name}`));
    }
    this.kubelets.classList.toggle("many", names.length > 6);
    this.invalidate();
  }

  /** The latest revision the page has seen (from watches), when no flow step told it yet. */
  setRevision(revision: number): void {
    if (revision > this.lastRevision) {
      this.lastRevision = revision;
      setText(this.revision, `revision ${revision}`);
    }
  }

  add(steps: FlowStep[]): void {
    this.pending.push(...steps);
    schedule(this.render);
  }

  private draw(): void {
    const steps = this.pending;
    this.pending = [];
    for (const step of steps) {
      this.setRevision(step.revision);
      this.logStep(step);
      if (step.count) {
        this.dropped += step.count; // a summary: steps the cluster did not send one by one
        continue;
      }
      const from = this.boxFor(step.kind === "write" ? step.from : "apiserver");
      const to = this.boxFor(step.kind === "write" ? "apiserver" : step.to);
      if (!from || !to || document.hidden) {
        this.dropped += 1;
        continue;
      }
      this.queue.push({ step, from, to });
    }
    while (this.queue.length > QUEUE_MAX) {
      this.queue.shift();
      this.dropped += 1;
    }
    for (let n = 0; n < PER_FRAME && this.queue.length && this.inFlight < MAX_IN_FLIGHT; n++) {
      const next = this.queue.shift();
      if (next) this.fly(next.step, next.from, next.to);
    }
    if (this.queue.length) schedule(this.render);
    setText(this.skipped, this.dropped ? `(${this.dropped} not animated, all listed below)` : "");
  }

  private boxFor(component: string): HTMLElement | undefined {
    if (component.startsWith("participant/") || component === "kubectl") return this.boxes.get("clients");
    return this.boxes.get(component);
  }

  /**
   * Where each box's centre is on the stage, measured once and again only after a resize or a
   * change of the kubelet boxes: reading layout for each message would force the browser to lay
   * out the page in the middle of every frame (1,000 pods arriving).
   */
  private centres = new Map<HTMLElement, { x: number; y: number }>();
  private measured = false;

  /** The boxes moved (a resize, kubelets came or went): measure again, redraw the wires. */
  private invalidate(): void {
    this.measured = false;
    schedule(this.wireRender);
  }

  private drawWires(): void {
    const api = this.boxes.get("apiserver");
    const hub = api && this.centre(api);
    if (!hub) return;
    const lines: SVGLineElement[] = [];
    for (const [id, box] of this.boxes) {
      const end = id === "apiserver" ? undefined : this.centre(box);
      if (!end) continue;
      const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
      line.setAttribute("x1", String(hub.x));
      line.setAttribute("y1", String(hub.y));
      line.setAttribute("x2", String(end.x));
      line.setAttribute("y2", String(end.y));
      lines.push(line);
    }
    this.wires.replaceChildren(...lines);
  }

  private centre(box: HTMLElement): { x: number; y: number } | undefined {
    if (!this.measured) {
      this.centres.clear();
      const stage = this.stage.getBoundingClientRect();
      if (stage.width === 0) return undefined;
      for (const el of this.boxes.values()) {
        const r = el.getBoundingClientRect();
        this.centres.set(el, { x: r.left + r.width / 2 - stage.left, y: r.top + r.height / 2 - stage.top });
      }
      this.measured = true;
    }
    return this.centres.get(box);
  }

  private fly(step: FlowStep, from: HTMLElement, to: HTMLElement): void {
    const a = this.centre(from);
    const b = this.centre(to);
    if (!a || !b) return;
    const [x0, y0, x1, y1] = [a.x, a.y, b.x, b.y];
    this.flown += 1;
    const packet = h(
      "span",
      { class: `packet ${step.kind}`, "aria-hidden": "true" },
      `${step.verb} ${step.resource} #${step.revision}`,
    );
    this.stage.append(packet);
    this.inFlight += 1;
    const done = () => {
      this.inFlight -= 1;
      packet.remove();
      to.animate?.([{ boxShadow: "0 0 0 4px var(--accent)" }, { boxShadow: "0 0 0 0 transparent" }], {
        duration: 400,
      });
    };
    if (typeof packet.animate !== "function") {
      done();
      return;
    }
    const animation = packet.animate(
      [
        { transform: `translate(${x0}px, ${y0}px) translate(-50%, -50%)`, opacity: 0.2 },
        { transform: `translate(${x0}px, ${y0}px) translate(-50%, -50%)`, opacity: 1, offset: 0.1 },
        { transform: `translate(${x1}px, ${y1}px) translate(-50%, -50%)`, opacity: 1 },
      ],
      { duration: TRAVEL_MS, easing: "ease-in-out" },
    );
    animation.onfinish = done;
    animation.oncancel = done;
  }

  private logStep(step: FlowStep): void {
    const target = `${step.resource}/${step.namespace ? `${step.namespace}/` : ""}${step.name}`;
    const text =
      step.kind === "write"
        ? `#${step.revision} ${step.from} → API server: ${step.verb} ${target}`
        : `#${step.revision} API server → ${step.to}: ${step.verb} ${target}`;
    this.log.prepend(h("li", { class: step.kind }, text));
    while (this.log.childElementCount > LOG_KEPT) this.log.lastElementChild?.remove();
  }

  private box(id: string, icon: string, label: string, ...extra: HTMLElement[]): HTMLElement {
    const el = h(
      "div",
      { class: "cp-box", "data-component": id },
      h("span", { class: "cp-icon", "aria-hidden": "true" }, icon),
      h("span", { class: "cp-label" }, label),
      ...extra,
    );
    this.boxes.set(id, el);
    return el;
  }
}
