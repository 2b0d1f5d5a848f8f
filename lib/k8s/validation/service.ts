/** Service validation (ValidateService / ValidateServiceUpdate of pkg/apis/core/validation). */
import { cause, type FieldCause } from "../errors";
import { arrayAt, stringAt } from "../json";
import type { JsonObject, KubeObject } from "../object";
import { IP_ERROR, isDns1123Label, isDns1123Subdomain, isIP, isValidPortName, isValidPortNum } from "./names";
import { validateLabels, validateObjectMeta, validateQualifiedName } from "./object-meta";
import { invalidRaw, objectOrNone, PROTOCOLS, validateEnum } from "./util";

const SERVICE_TYPES = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
const SESSION_AFFINITIES = ["ClientIP", "None"];
const IP_FAMILY_POLICIES = ["SingleStack", "PreferDualStack", "RequireDualStack"];
const IP_FAMILIES = ["IPv4", "IPv6"];
const TRAFFIC_POLICIES = ["Cluster", "Local"];
const KUBELET_PORT = 10250;

function clusterIPsOf(spec: JsonObject): string[] {
  const ips = arrayAt(spec.clusterIPs).map(stringAt);
  if (ips.length > 0) return ips;
  const ip = stringAt(spec.clusterIP);
  return ip ? [ip] : [];
}

function isHeadless(spec: JsonObject): boolean {
  return clusterIPsOf(spec)[0] === "None";
}

/** ValidatePortNumOrName: an int port or an IANA port name. */
export function validatePortNumOrName(v: unknown, path: string): FieldCause[] {
  if (typeof v === "number") return isValidPortNum(v).map((msg) => cause.invalid(path, v, msg));
  if (typeof v === "string") return isValidPortName(v).map((msg) => cause.invalid(path, v, msg));
  return [];
}

function validateServicePort(
  port: JsonObject,
  requireName: boolean,
  names: Set<string>,
  path: string,
): FieldCause[] {
  const out: FieldCause[] = [];
  const name = stringAt(port.name);
  if (requireName && !name) out.push(cause.required(`${path}.name`));
  else if (name) {
    for (const msg of isDns1123Label(name)) out.push(cause.invalid(`${path}.name`, name, msg));
    if (names.has(name)) out.push(cause.duplicate(`${path}.name`, name));
    else names.add(name);
  }
  const num = typeof port.port === "number" ? port.port : 0;
  for (const msg of isValidPortNum(num)) out.push(cause.invalid(`${path}.port`, num, msg));
  out.push(...validateEnum(port.protocol, PROTOCOLS, `${path}.protocol`));
  if (port.targetPort !== undefined)
    out.push(...validatePortNumOrName(port.targetPort, `${path}.targetPort`));
  if (typeof port.appProtocol === "string")
    out.push(...validateQualifiedName(port.appProtocol, `${path}.appProtocol`));
  if (typeof port.nodePort === "number" && port.nodePort !== 0) {
    for (const msg of isValidPortNum(port.nodePort))
      out.push(cause.invalid(`${path}.nodePort`, port.nodePort, msg));
  }
  return out;
}

function validateServiceSpec(spec: JsonObject): FieldCause[] {
  const out: FieldCause[] = [];
  const type = stringAt(spec.type);
  const ports = arrayAt(spec.ports).map((p) => objectOrNone(p) ?? {});
  const headless = isHeadless(spec);
  const clusterIPs = clusterIPsOf(spec);

  if (ports.length === 0 && !headless && type !== "ExternalName") out.push(cause.required("spec.ports"));
  switch (type) {
    case "LoadBalancer":
      if (headless)
        out.push(
          cause.invalid("spec.clusterIPs[0]", "None", "may not be set to 'None' for LoadBalancer services"),
        );
      ports.forEach((p, i) => {
        if (p.port === KUBELET_PORT) {
          out.push(
            cause.invalid(
              `spec.ports[${i}]`,
              p.port,
              `may not expose port ${KUBELET_PORT} externally since it is used by kubelet`,
            ),
          );
        }
      });
      break;
    case "NodePort":
      if (headless)
        out.push(
          cause.invalid("spec.clusterIPs[0]", "None", "may not be set to 'None' for NodePort services"),
        );
      break;
    case "ExternalName": {
      if (clusterIPs.length > 0)
        out.push(cause.forbidden("spec.clusterIPs", "may not be set for ExternalName services"));
      if (arrayAt(spec.ipFamilies).length > 0) {
        out.push(cause.forbidden("spec.ipFamilies", "may not be set for ExternalName services"));
      }
      if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) {
        out.push(cause.forbidden("spec.ipFamilyPolicy", "may not be set for ExternalName services"));
      }
      const cname = stringAt(spec.externalName).replace(/\.$/, "");
      if (cname)
        for (const msg of isDns1123Subdomain(cname)) out.push(cause.invalid("spec.externalName", cname, msg));
      else out.push(cause.required("spec.externalName"));
      break;
    }
  }

  const names = new Set<string>();
  ports.forEach((p, i) => {
    out.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`));
  });
  if (spec.selector !== undefined && spec.selector !== null)
    out.push(...validateLabels(spec.selector, "spec.selector"));

  out.push(...validateEnum(spec.sessionAffinity, SESSION_AFFINITIES, "spec.sessionAffinity"));

  if (type !== "ExternalName") {
    clusterIPs.forEach((ip, i) => {
      if (ip === "None") {
        if (i > 0) out.push(cause.invalid(`spec.clusterIPs[${i}]`, ip, IP_ERROR));
      } else if (ip !== "" && !isIP(ip)) out.push(cause.invalid(`spec.clusterIPs[${i}]`, ip, IP_ERROR));
    });
  }

  out.push(...validateEnum(spec.type, SERVICE_TYPES, "spec.type"));
  if (type === "ClusterIP") {
    ports.forEach((p, i) => {
      if (typeof p.nodePort === "number" && p.nodePort !== 0) {
        out.push(cause.forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
      }
    });
  }

  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (typeof p.nodePort !== "number" || p.nodePort === 0) return;
    const key = `${stringAt(p.protocol) || "TCP"}/${p.nodePort}`;
    if (nodePorts.has(key)) out.push(cause.duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const protocol = stringAt(p.protocol) || "TCP";
    const key = `${protocol}/${String(p.port)}`;
    if (seen.has(key)) {
      out.push({
        reason: "FieldValueDuplicate",
        field: `spec.ports[${i}]`,
        message: `Duplicate value: core.ServicePort{Name:"", Protocol:${JSON.stringify(protocol)}, AppProtocol:(*string)(nil), Port:${String(p.port)}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`,
      });
    }
    seen.add(key);
  });

  const externallyAccessible =
    type === "LoadBalancer" ||
    type === "NodePort" ||
    (type === "ClusterIP" && arrayAt(spec.externalIPs).length > 0);
  const etp = spec.externalTrafficPolicy;
  if (etp !== undefined && etp !== null && etp !== "") {
    if (!externallyAccessible) {
      out.push(
        cause.invalid(
          "spec.externalTrafficPolicy",
          etp,
          "may only be set for externally-accessible services",
        ),
      );
    } else if (!TRAFFIC_POLICIES.includes(stringAt(etp))) {
      out.push(cause.notSupported("spec.externalTrafficPolicy", etp, TRAFFIC_POLICIES));
    }
  }
  const itp = spec.internalTrafficPolicy;
  if (
    itp !== undefined &&
    itp !== null &&
    type !== "ExternalName" &&
    !TRAFFIC_POLICIES.includes(stringAt(itp))
  ) {
    out.push(cause.notSupported("spec.internalTrafficPolicy", itp, TRAFFIC_POLICIES));
  }
  const policy = spec.ipFamilyPolicy;
  if (
    policy !== undefined &&
    policy !== null &&
    type !== "ExternalName" &&
    !IP_FAMILY_POLICIES.includes(stringAt(policy))
  ) {
    out.push(cause.notSupported("spec.ipFamilyPolicy", policy, IP_FAMILY_POLICIES));
  }
  arrayAt(spec.ipFamilies).forEach((f, i) => {
    if (!IP_FAMILIES.includes(stringAt(f)))
      out.push(cause.notSupported(`spec.ipFamilies[${i}]`, f, IP_FAMILIES));
  });
  return out;
}

/** ClusterIPs may not change once set, except to or from ExternalName (validateUpgradeDowngradeClusterIPs). */
function validateClusterIPUpdate(spec: JsonObject, old: JsonObject): FieldCause[] {
  if (spec.type === "ExternalName" || old.type === "ExternalName") return [];
  const now = clusterIPsOf(spec);
  const before = clusterIPsOf(old);
  // An update that leaves the cluster IP out keeps the allocated one.
  if (now.length === 0 || before.length === 0) return [];
  if (now[0] === "None" && before[0] === "None") return [];
  const printed = `[]string{${now.map((ip) => JSON.stringify(ip)).join(", ")}}`;
  const out: FieldCause[] = [];
  before.forEach((ip, i) => {
    if (i < now.length && now[i] !== ip)
      out.push(invalidRaw(`spec.clusterIPs[${i}]`, printed, "may not change once set"));
  });
  return out;
}

export function validateService(obj: KubeObject, old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1035-label" });
  const spec = objectOrNone(obj.spec) ?? {};
  out.push(...validateServiceSpec(spec));
  if (old) out.push(...validateClusterIPUpdate(spec, objectOrNone(old.spec) ?? {}));
  return out;
}
