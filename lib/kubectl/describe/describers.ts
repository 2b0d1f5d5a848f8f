/** kubectl's describers for the kinds the playground serves, plus a generic one. */
import { objectAt } from "../../k8s/json";
import type { JsonObject, JsonValue } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { translateTimestampSince } from "../../printers/duration";
import type { Ctx } from "../command";
import { DescribeWriter, describeTime, multiline } from "./writer";

const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

function list(v: JsonValue | undefined): JsonObject[] {
  return Array.isArray(v) ? v.filter(isJsonObject) : [];
}

function s(v: JsonValue | undefined, none = "<none>"): string {
  return v === undefined || v === null || v === "" ? none : String(v);
}

function header(w: DescribeWriter, o: JsonObject, namespaced: boolean): void {
  const meta = objectAt(o.metadata);
  w.line(0, "Name", s(meta.name, ""));
  if (namespaced) w.line(0, "Namespace", s(meta.namespace, ""));
}

function labelsAndAnnotations(w: DescribeWriter, o: JsonObject): void {
  const meta = objectAt(o.metadata);
  multiline(w, 0, "Labels", meta.labels);
  multiline(w, 0, "Annotations", meta.annotations, [LAST_APPLIED], ": ");
}

function selectorText(sel: JsonValue | undefined): string {
  const o = objectAt(sel);
  const parts: string[] = [];
  const ml = objectAt(o.matchLabels);
  for (const k of Object.keys(ml).sort()) parts.push(`${k}=${String(ml[k])}`);
  for (const e of list(o.matchExpressions)) {
    const values = Array.isArray(e.values) ? e.values.map(String).join(",") : "";
    const op = String(e.operator ?? "");
    if (op === "Exists") parts.push(String(e.key));
    else if (op === "DoesNotExist") parts.push(`!${String(e.key)}`);
    else parts.push(`${String(e.key)} ${op.toLowerCase()} (${values})`);
  }
  return parts.length ? parts.join(",") : "<none>";
}

function mapText(m: JsonValue | undefined): string {
  const o = objectAt(m);
  const keys = Object.keys(o).sort();
  return keys.length ? keys.map((k) => `${k}=${String(o[k])}`).join(",") : "<none>";
}

function containerState(w: DescribeWriter, level: number, title: string, state: JsonObject): void {
  if (isJsonObject(state.running)) {
    w.line(level, title, "Running");
    w.line(level + 1, "Started", describeTime(state.running.startedAt));
  } else if (isJsonObject(state.waiting)) {
    w.line(level, title, "Waiting");
    w.line(level + 1, "Reason", s(state.waiting.reason, ""));
  } else if (isJsonObject(state.terminated)) {
    const t = state.terminated;
    w.line(level, title, "Terminated");
    w.line(level + 1, "Reason", s(t.reason, ""));
    w.line(level + 1, "Exit Code", String(t.exitCode ?? 0));
    w.line(level + 1, "Started", describeTime(t.startedAt));
    w.line(level + 1, "Finished", describeTime(t.finishedAt));
  } else w.line(level, title, "Waiting");
}

function resources(w: DescribeWriter, level: number, c: JsonObject): void {
  const r = objectAt(c.resources);
  for (const [title, key] of [
    ["Limits", "limits"],
    ["Requests", "requests"],
  ] as const) {
    const m = objectAt(r[key]);
    if (Object.keys(m).length === 0) continue;
    w.write(level, `${title}:\n`);
    for (const k of Object.keys(m).sort()) w.line(level + 1, k, String(m[k]));
  }
}

function containers(
  w: DescribeWriter,
  level: number,
  title: string,
  spec: JsonObject,
  status?: JsonObject,
): void {
  const cs = list(spec.containers);
  w.write(level, `${title}:\n`);
  for (const c of cs) {
    const st = list(status?.containerStatuses).find((x) => x.name === c.name);
    w.write(level + 1, `${String(c.name)}:\n`);
    if (status) w.line(level + 2, "Container ID", s(st?.containerID, ""));
    w.line(level + 2, "Image", s(c.image, ""));
    if (status) w.line(level + 2, "Image ID", s(st?.imageID, ""));
    const ports = list(c.ports);
    w.line(
      level + 2,
      ports.length > 1 ? "Ports" : "Port",
      ports.length
        ? ports.map((p) => `${String(p.containerPort)}/${String(p.protocol ?? "TCP")}`).join(", ")
        : "<none>",
    );
    w.line(
      level + 2,
      ports.length > 1 ? "Host Ports" : "Host Port",
      ports.length
        ? ports.map((p) => `${String(p.hostPort ?? 0)}/${String(p.protocol ?? "TCP")}`).join(", ")
        : "<none>",
    );
    if (Array.isArray(c.command)) {
      w.write(level + 2, "Command:\n");
      for (const x of c.command) w.write(level + 3, `${String(x)}\n`);
    }
    if (Array.isArray(c.args)) {
      w.write(level + 2, "Args:\n");
      for (const x of c.args) w.write(level + 3, `${String(x)}\n`);
    }
    if (st) {
      containerState(w, level + 2, "State", objectAt(st.state));
      if (Object.keys(objectAt(st.lastState)).length)
        containerState(w, level + 2, "Last State", objectAt(st.lastState));
      w.line(level + 2, "Ready", st.ready === true ? "True" : "False");
      w.line(level + 2, "Restart Count", String(st.restartCount ?? 0));
    }
    resources(w, level + 2, c);
    const env = list(c.env);
    if (env.length === 0) w.line(level + 2, "Environment", "<none>");
    else {
      w.write(level + 2, "Environment:\n");
      for (const e of env) w.line(level + 3, String(e.name), s(e.value, ""));
    }
    const mounts = list(c.volumeMounts);
    if (mounts.length === 0) w.line(level + 2, "Mounts", "<none>");
    else {
      w.write(level + 2, "Mounts:\n");
      for (const m of mounts)
        w.write(level + 3, `${String(m.mountPath)} from ${String(m.name)} (${m.readOnly ? "ro" : "rw"})\n`);
    }
  }
}

function volumes(w: DescribeWriter, level: number, spec: JsonObject): void {
  const vs = list(spec.volumes);
  if (vs.length === 0) {
    w.line(level, "Volumes", "<none>");
    return;
  }
  w.write(level, "Volumes:\n");
  for (const v of vs) {
    w.write(level + 1, `${String(v.name)}:\n`);
    const type = Object.keys(v).find((k) => k !== "name") ?? "";
    w.line(level + 2, "Type", type);
  }
}

function tolerations(spec: JsonObject): string[] {
  return list(spec.tolerations).map((t) => {
    let text = s(t.key, "");
    if (t.value) text += `=${String(t.value)}`;
    if (t.effect) text += `:${String(t.effect)}`;
    if (t.operator === "Exists" && !t.key) text = `op=Exists${t.effect ? `:${String(t.effect)}` : ""}`;
    else if (t.operator === "Exists") text += " op=Exists";
    if (t.tolerationSeconds !== undefined) text += ` for ${String(t.tolerationSeconds)}s`;
    return text;
  });
}

function multilineList(w: DescribeWriter, level: number, title: string, items: string[]): void {
  if (items.length === 0) {
    w.line(level, title, "<none>");
    return;
  }
  items.forEach((t, i) => {
    w.write(level, i === 0 ? `${title}:\t${t}\n` : `\t${t}\n`);
  });
}

function podTemplate(w: DescribeWriter, template: JsonObject): void {
  w.write(0, "Pod Template:\n");
  multiline(w, 1, "Labels", objectAt(template.metadata).labels);
  const ann = objectAt(objectAt(template.metadata).annotations);
  if (Object.keys(ann).length) multiline(w, 1, "Annotations", ann, [], ": ");
  const spec = objectAt(template.spec);
  containers(w, 1, "Containers", spec);
  volumes(w, 1, spec);
  multiline(w, 1, "Node-Selectors", spec.nodeSelector);
  multilineList(w, 1, "Tolerations", tolerations(spec));
}

function conditions(w: DescribeWriter, conds: JsonObject[], withReason: boolean): void {
  if (conds.length === 0) return;
  w.write(0, "Conditions:\n");
  w.write(1, withReason ? "Type\tStatus\tReason\n" : "Type\tStatus\n");
  w.write(1, withReason ? "----\t------\t------\n" : "----\t------\n");
  for (const c of conds)
    w.write(
      1,
      withReason
        ? `${String(c.type)} \t${String(c.status)}\t${s(c.reason, "")}\n`
        : `${String(c.type)} \t${String(c.status)}\n`,
    );
}

export function describePod(o: JsonObject, _ctx: Ctx): DescribeWriter {
  const w = new DescribeWriter();
  const meta = objectAt(o.metadata);
  const spec = objectAt(o.spec);
  const status = objectAt(o.status);
  header(w, o, true);
  w.line(0, "Priority", String(spec.priority ?? 0));
  if (spec.priorityClassName) w.line(0, "Priority Class Name", String(spec.priorityClassName));
  w.line(0, "Service Account", s(spec.serviceAccountName, "default"));
  w.line(0, "Node", spec.nodeName ? `${String(spec.nodeName)}/${s(status.hostIP, "")}` : "<none>");
  if (status.startTime) w.line(0, "Start Time", describeTime(status.startTime));
  labelsAndAnnotations(w, o);
  if (meta.deletionTimestamp) {
    w.line(0, "Status", `Terminating (lasts ${translateTimestampSince(meta.deletionTimestamp, Date.now())})`);
    w.line(0, "Termination Grace Period", `${String(meta.deletionGracePeriodSeconds ?? 30)}s`);
  } else w.line(0, "Status", s(status.phase, "Unknown"));
  if (status.reason) w.line(0, "Reason", String(status.reason));
  if (status.message) w.line(0, "Message", String(status.message));
  w.line(0, "IP", s(status.podIP, ""));
  const ips = list(status.podIPs);
  if (ips.length === 0) w.line(0, "IPs", "<none>");
  else {
    w.write(0, "IPs:\n");
    for (const ip of ips) w.line(1, "IP", String(ip.ip));
  }
  const owner = list(meta.ownerReferences).find((r) => r.controller === true);
  if (owner) w.line(0, "Controlled By", `${String(owner.kind)}/${String(owner.name)}`);
  containers(w, 0, "Containers", spec, status);
  conditions(w, list(status.conditions), false);
  volumes(w, 0, spec);
  w.line(0, "QoS Class", s(status.qosClass, ""));
  multiline(w, 0, "Node-Selectors", spec.nodeSelector);
  multilineList(w, 0, "Tolerations", tolerations(spec));
  return w;
}

export function describeDeployment(o: JsonObject, _ctx: Ctx): DescribeWriter {
  const w = new DescribeWriter();
  const meta = objectAt(o.metadata);
  const spec = objectAt(o.spec);
  const status = objectAt(o.status);
  header(w, o, true);
  w.line(0, "CreationTimestamp", describeTime(meta.creationTimestamp));
  labelsAndAnnotations(w, o);
  w.line(0, "Selector", selectorText(spec.selector));
  const desired = Number(spec.replicas ?? 1);
  w.line(
    0,
    "Replicas",
    `${desired} desired | ${String(status.updatedReplicas ?? 0)} updated | ${String(status.replicas ?? 0)} total | ${String(status.availableReplicas ?? 0)} available | ${String(status.unavailableReplicas ?? 0)} unavailable`,
  );
  const strategy = objectAt(spec.strategy);
  w.line(0, "StrategyType", s(strategy.type, "RollingUpdate"));
  w.line(0, "MinReadySeconds", String(spec.minReadySeconds ?? 0));
  if ((strategy.type ?? "RollingUpdate") === "RollingUpdate") {
    const ru = objectAt(strategy.rollingUpdate);
    w.line(
      0,
      "RollingUpdateStrategy",
      `${s(ru.maxUnavailable, "25%")} max unavailable, ${s(ru.maxSurge, "25%")} max surge`,
    );
  }
  podTemplate(w, objectAt(spec.template));
  conditions(w, list(status.conditions), true);
  return w;
}

export function describeReplicaSet(o: JsonObject, _ctx: Ctx): DescribeWriter {
  const w = new DescribeWriter();
  const meta = objectAt(o.metadata);
  const spec = objectAt(o.spec);
  const status = objectAt(o.status);
  header(w, o, true);
  w.line(0, "Selector", selectorText(spec.selector));
  labelsAndAnnotations(w, o);
  const owner = list(meta.ownerReferences).find((r) => r.controller === true);
  if (owner) w.line(0, "Controlled By", `${String(owner.kind)}/${String(owner.name)}`);
  w.line(0, "Replicas", `${String(status.replicas ?? 0)} current / ${String(spec.replicas ?? 1)} desired`);
  w.line(
    0,
    "Pods Status",
    `${String(status.readyReplicas ?? 0)} Running / 0 Waiting / 0 Succeeded / 0 Failed`,
  );
  podTemplate(w, objectAt(spec.template));
  conditions(w, list(status.conditions), true);
  return w;
}

export function describeService(o: JsonObject, _ctx: Ctx): DescribeWriter {
  const w = new DescribeWriter();
  const spec = objectAt(o.spec);
  header(w, o, true);
  labelsAndAnnotations(w, o);
  w.line(0, "Selector", mapText(spec.selector));
  w.line(0, "Type", s(spec.type, "ClusterIP"));
  w.line(0, "IP Family Policy", s(spec.ipFamilyPolicy, "SingleStack"));
  w.line(0, "IP Families", Array.isArray(spec.ipFamilies) ? spec.ipFamilies.join(",") : "IPv4");
  w.line(0, "IP", s(spec.clusterIP, "None"));
  w.line(0, "IPs", Array.isArray(spec.clusterIPs) ? spec.clusterIPs.join(",") : s(spec.clusterIP, "None"));
  const ingress = list(objectAt(objectAt(o.status).loadBalancer).ingress);
  if (ingress.length)
    w.line(0, "LoadBalancer Ingress", ingress.map((i) => s(i.ip ?? i.hostname, "")).join(", "));
  for (const p of list(spec.ports)) {
    const name = s(p.name, "<unset>");
    w.line(0, "Port", `${name}\t${String(p.port)}/${String(p.protocol ?? "TCP")}`);
    w.line(0, "TargetPort", `${String(p.targetPort ?? p.port)}/${String(p.protocol ?? "TCP")}`);
    if (p.nodePort) w.line(0, "NodePort", `${name}\t${String(p.nodePort)}/${String(p.protocol ?? "TCP")}`);
  }
  w.line(0, "Session Affinity", s(spec.sessionAffinity, "None"));
  if (spec.externalTrafficPolicy) w.line(0, "External Traffic Policy", String(spec.externalTrafficPolicy));
  w.line(0, "Internal Traffic Policy", s(spec.internalTrafficPolicy, "Cluster"));
  return w;
}

export function describeNode(o: JsonObject, _ctx: Ctx, podsOnNode: JsonObject[] = []): DescribeWriter {
  const w = new DescribeWriter();
  const meta = objectAt(o.metadata);
  const spec = objectAt(o.spec);
  const status = objectAt(o.status);
  header(w, o, false);
  w.line(0, "Roles", "<none>");
  labelsAndAnnotations(w, o);
  w.line(0, "CreationTimestamp", describeTime(meta.creationTimestamp));
  const taints = list(spec.taints).map(
    (t) => `${String(t.key)}${t.value ? `=${String(t.value)}` : ""}:${String(t.effect)}`,
  );
  multilineList(w, 0, "Taints", taints);
  w.line(0, "Unschedulable", spec.unschedulable === true ? "true" : "false");
  const conds = list(status.conditions);
  if (conds.length) {
    w.write(0, "Conditions:\n");
    w.write(1, "Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for (const c of conds)
      w.write(
        1,
        `${String(c.type)} \t${String(c.status)} \t${describeTime(c.lastHeartbeatTime)} \t${describeTime(c.lastTransitionTime)} \t${s(c.reason, "")} \t${s(c.message, "")}\n`,
      );
  }
  const addresses = list(status.addresses);
  if (addresses.length) {
    w.write(0, "Addresses:\n");
    for (const a of addresses) w.line(1, String(a.type), String(a.address));
  }
  for (const [title, key] of [
    ["Capacity", "capacity"],
    ["Allocatable", "allocatable"],
  ] as const) {
    const m = objectAt(status[key]);
    if (Object.keys(m).length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const k of Object.keys(m).sort()) w.line(1, k, String(m[k]));
  }
  if (spec.podCIDR) w.line(0, "PodCIDR", String(spec.podCIDR));
  w.write(0, `Non-terminated Pods:\t(${podsOnNode.length} in total)\n`);
  w.write(1, "Namespace\tName\tCPU Requests\tMemory Requests\tAge\n");
  w.write(1, "---------\t----\t------------\t---------------\t---\n");
  for (const p of podsOnNode) {
    const pm = objectAt(p.metadata);
    const req = (key: string) =>
      list(objectAt(p.spec).containers)
        .map((c) => objectAt(objectAt(c.resources).requests)[key])
        .filter((v) => v !== undefined)
        .map(String)
        .join("+") || "0";
    w.write(
      1,
      `${String(pm.namespace)}\t${String(pm.name)}\t${req("cpu")}\t${req("memory")}\t${translateTimestampSince(pm.creationTimestamp, Date.now())}\n`,
    );
  }
  return w;
}

export function describeNamespace(o: JsonObject, _ctx: Ctx): DescribeWriter {
  const w = new DescribeWriter();
  header(w, o, false);
  labelsAndAnnotations(w, o);
  w.line(0, "Status", s(objectAt(o.status).phase, "Active"));
  w.write(0, "\nNo resource quota.\n\nNo LimitRange resource.\n");
  return w;
}

export function describeConfigMap(o: JsonObject, _ctx: Ctx): DescribeWriter {
  const w = new DescribeWriter();
  header(w, o, true);
  labelsAndAnnotations(w, o);
  w.write(0, "\nData\n====\n");
  const data = objectAt(o.data);
  for (const k of Object.keys(data).sort()) w.write(0, `${k}:\n----\n${String(data[k])}\n\n`);
  w.write(0, "\nBinaryData\n====\n");
  return w;
}

export function describeEndpoints(o: JsonObject, _ctx: Ctx): DescribeWriter {
  const w = new DescribeWriter();
  header(w, o, true);
  labelsAndAnnotations(w, o);
  w.write(0, "Subsets:\n");
  for (const sub of list(o.subsets)) {
    w.line(
      1,
      "Addresses",
      list(sub.addresses)
        .map((a) => String(a.ip))
        .join(",") || "<none>",
    );
    w.line(
      1,
      "NotReadyAddresses",
      list(sub.notReadyAddresses)
        .map((a) => String(a.ip))
        .join(",") || "<none>",
    );
    w.write(1, "Ports:\n");
    w.write(2, "Name\tPort\tProtocol\n");
    w.write(2, "----\t----\t--------\n");
    for (const p of list(sub.ports))
      w.write(2, `${s(p.name, "<unset>")}\t${String(p.port)}\t${String(p.protocol ?? "TCP")}\n`);
  }
  return w;
}

/** Any other kind: metadata, then the rest of the object as indented fields. */
export function describeGeneric(o: JsonObject, _ctx: Ctx, namespaced: boolean): DescribeWriter {
  const w = new DescribeWriter();
  header(w, o, namespaced);
  labelsAndAnnotations(w, o);
  w.line(0, "API Version", s(o.apiVersion, ""));
  w.line(0, "Kind", s(o.kind, ""));
  const walk = (v: JsonValue, level: number) => {
    for (const [k, x] of Object.entries(objectAt(v))) {
      if (isJsonObject(x)) {
        w.write(level, `${title(k)}:\n`);
        walk(x, level + 1);
      } else if (Array.isArray(x)) {
        w.write(level, `${title(k)}:\n`);
        for (const item of x) {
          if (isJsonObject(item)) walk(item, level + 1);
          else w.write(level + 1, `${String(item)}\n`);
        }
      } else w.line(level, title(k), String(x));
    }
  };
  const { apiVersion: _a, kind: _k, metadata: _m, ...rest } = o;
  walk(rest, 0);
  return w;
}

function title(k: string): string {
  return k.charAt(0).toUpperCase() + k.slice(1);
}
