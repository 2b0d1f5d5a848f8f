/** Endpoints validation (ValidateEndpoints of pkg/apis/core/validation). */
import { cause, type FieldCause } from "../errors";
import { arrayAt, stringAt } from "../json";
import type { KubeObject } from "../object";
import { IP_ERROR, isDns1123Label, isDns1123Subdomain, isIP, isIPv4, isValidPortNum } from "./names";
import { validateObjectMeta, validateQualifiedName } from "./object-meta";
import { objectOrNone, PROTOCOLS, validateEnum } from "./util";

/** ValidateNonSpecialIP: endpoints may not point at unspecified, loopback or link-local addresses. */
function specialIPError(ip: string): string | null {
  if (isIPv4(ip)) {
    const [a, b, c] = ip.split(".").map(Number);
    if (ip.split(".").every((p) => Number(p) === 0)) return "may not be unspecified (0.0.0.0)";
    if (a === 127) return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
    if (a === 169 && b === 254) return "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
    if (a === 224 && b === 0 && c === 0)
      return "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";
    return null;
  }
  const lower = ip.toLowerCase();
  if (lower === "::") return "may not be unspecified (::)";
  if (lower === "::1") return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
  if (/^fe[89ab]/.test(lower)) return "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
  if (lower.startsWith("ff02:"))
    return "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";
  return null;
}

function validateAddress(value: unknown, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const address = objectOrNone(value) ?? {};
  const ip = stringAt(address.ip);
  if (!ip) out.push(cause.required(`${path}.ip`));
  else if (!isIP(ip)) out.push(cause.invalid(`${path}.ip`, ip, IP_ERROR));
  else {
    const special = specialIPError(ip);
    if (special) out.push(cause.invalid(`${path}.ip`, ip, special));
  }
  const hostname = stringAt(address.hostname);
  if (hostname)
    for (const msg of isDns1123Label(hostname)) out.push(cause.invalid(`${path}.hostname`, hostname, msg));
  if (typeof address.nodeName === "string") {
    for (const msg of isDns1123Subdomain(address.nodeName))
      out.push(cause.invalid(`${path}.nodeName`, address.nodeName, msg));
  }
  return out;
}

function validatePort(value: unknown, requireName: boolean, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const port = objectOrNone(value) ?? {};
  const name = stringAt(port.name);
  if (requireName && !name) out.push(cause.required(`${path}.name`));
  else if (name) for (const msg of isDns1123Label(name)) out.push(cause.invalid(`${path}.name`, name, msg));
  const num = typeof port.port === "number" ? port.port : 0;
  for (const msg of isValidPortNum(num)) out.push(cause.invalid(`${path}.port`, num, msg));
  // An absent protocol is defaulted to TCP by the API server before validation.
  out.push(...validateEnum(port.protocol, PROTOCOLS, `${path}.protocol`));
  if (typeof port.appProtocol === "string")
    out.push(...validateQualifiedName(port.appProtocol, `${path}.appProtocol`));
  return out;
}

export function validateEndpoints(obj: KubeObject, _old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  arrayAt(obj.subsets).forEach((sv, i) => {
    const p = `subsets[${i}]`;
    const subset = objectOrNone(sv) ?? {};
    const addresses = arrayAt(subset.addresses);
    const notReady = arrayAt(subset.notReadyAddresses);
    if (addresses.length === 0 && notReady.length === 0) {
      out.push(cause.required(p, "must specify `addresses` or `notReadyAddresses`"));
    }
    addresses.forEach((a, j) => {
      out.push(...validateAddress(a, `${p}.addresses[${j}]`));
    });
    notReady.forEach((a, j) => {
      out.push(...validateAddress(a, `${p}.notReadyAddresses[${j}]`));
    });
    const ports = arrayAt(subset.ports);
    ports.forEach((port, j) => {
      out.push(...validatePort(port, ports.length > 1, `${p}.ports[${j}]`));
    });
  });
  return out;
}
