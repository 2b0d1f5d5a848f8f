/** Services with their endpoints (ready and not-ready addresses, and the pods behind them). */
import type { KubeObject } from "../../../lib/k8s/object";
import { h } from "../dom";
import type { ClusterModel } from "../model/cluster-model";
import { PanelView } from "./panel";

interface ServiceShape {
  spec?: {
    type?: string;
    clusterIP?: string;
    selector?: Record<string, string>;
    ports?: { port: number; targetPort?: number | string; protocol?: string; nodePort?: number }[];
  };
}
interface Address {
  ip: string;
  targetRef?: { name?: string };
}
interface EndpointsShape {
  subsets?: { addresses?: Address[]; notReadyAddresses?: Address[]; ports?: { port: number }[] }[];
}

export class ServicesView extends PanelView {
  readonly el = h("section", { class: "services", "aria-label": "Services and endpoints" });

  constructor(private readonly model: ClusterModel) {
    super();
    model.on("services", () => this.changed());
    model.on("endpoints", () => this.changed());
    model.on("pods", () => this.changed());
  }

  protected draw(): void {
    const services = this.model
      .list("services")
      .sort((a, b) => (a.metadata.name ?? "").localeCompare(b.metadata.name ?? ""));
    this.el.replaceChildren(
      h("h2", {}, "Services"),
      h(
        "ul",
        { class: "list" },
        services.map((svc) => this.service(svc)),
      ),
    );
  }

  private selected(svc: KubeObject, selector: Record<string, string>): KubeObject[] {
    return this.model
      .list("pods")
      .filter(
        (pod) =>
          pod.metadata.namespace === svc.metadata.namespace &&
          !pod.metadata.deletionTimestamp &&
          Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v),
      )
      .sort((a, b) => (a.metadata.name ?? "").localeCompare(b.metadata.name ?? ""));
  }

  private service(svc: KubeObject): HTMLElement {
    const { spec } = svc as unknown as ServiceShape;
    const ep = this.model.get("endpoints", svc.metadata.name ?? "", svc.metadata.namespace) as unknown as
      | EndpointsShape
      | undefined;
    const ready: Address[] = [];
    const notReady: Address[] = [];
    for (const s of ep?.subsets ?? []) {
      ready.push(...(s.addresses ?? []));
      notReady.push(...(s.notReadyAddresses ?? []));
    }
    // Without an Endpoints object (no endpoints controller has written one), show what it would
    // hold: the pods the selector picks, ready or not — said so in words.
    const derived = !ep && Object.keys(spec?.selector ?? {}).length > 0;
    if (derived) {
      for (const pod of this.selected(svc, spec?.selector ?? {})) {
        const address = { ip: podIP(pod) || "no IP yet", targetRef: { name: pod.metadata.name ?? "" } };
        (isReady(pod) ? ready : notReady).push(address);
      }
    }
    const ports = (spec?.ports ?? [])
      .map(
        (p) =>
          `${p.port}${p.nodePort ? `:${p.nodePort}` : ""}→${p.targetPort ?? p.port}/${p.protocol ?? "TCP"}`,
      )
      .join(", ");
    const selector = Object.entries(spec?.selector ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(",");
    return h(
      "li",
      { class: "svc" },
      h(
        "div",
        { class: "row" },
        h("strong", {}, `service/${svc.metadata.name}`),
        h("span", { class: "muted" }, `${spec?.type ?? "ClusterIP"} ${spec?.clusterIP ?? ""}`),
        h("span", {}, ports),
      ),
      selector ? h("div", { class: "muted" }, `selector ${selector}`) : null,
      derived
        ? h("div", { class: "muted derived" }, "pods its selector picks (no Endpoints object for it yet):")
        : null,
      h(
        "div",
        { class: "endpoints" },
        ready.length + notReady.length === 0 ? h("span", { class: "badge warn" }, "⚠ no endpoints") : null,
        ready.map((a) =>
          h("span", { class: "badge ok" }, `✓ ${a.ip}${a.targetRef?.name ? ` (${a.targetRef.name})` : ""}`),
        ),
        notReady.map((a) =>
          h(
            "span",
            { class: "badge bad" },
            `✗ ${a.ip} not ready${a.targetRef?.name ? ` (${a.targetRef.name})` : ""}`,
          ),
        ),
      ),
    );
  }
}

function podIP(pod: KubeObject): string {
  return (pod.status as { podIP?: string } | undefined)?.podIP ?? "";
}

function isReady(pod: KubeObject): boolean {
  const conditions = (pod.status as { conditions?: { type: string; status: string }[] } | undefined)
    ?.conditions;
  return !!podIP(pod) && !!conditions?.some((c) => c.type === "Ready" && c.status === "True");
}
