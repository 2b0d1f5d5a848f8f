/**
 * PodSpec validation (pkg/apis/core/validation), shared by Pods and the pod templates of
 * Deployments and ReplicaSets. Fields that defaulting always fills (restartPolicy, dnsPolicy,
 * imagePullPolicy, protocols...) are checked only when present.
 */
import { cause, type FieldCause } from "../errors";
import { arrayAt, stringAt } from "../json";
import { type JsonObject, type JsonValue, jsonEqual } from "../object";
import {
  compareQuantities,
  formatQuantity,
  type Quantity,
  quantityError,
  quantityFromJson,
} from "../quantity";
import {
  inclusiveRangeError,
  isDns1123Label,
  isDns1123Subdomain,
  isRelaxedEnvVarName,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
} from "./names";
import { validateAnnotations, validateLabels, validateQualifiedName } from "./object-meta";
import { nonNegative, notFound, objectOrNone, PROTOCOLS, semanticEqual, validateEnum } from "./util";

export interface PodSpecOptions {
  /** A pod template (of a workload) rather than a pod: a few pod-only checks are skipped. */
  template: boolean;
}

const RESTART_POLICIES = ["Always", "OnFailure", "Never"];
const DNS_POLICIES = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
const PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
const TERMINATION_MESSAGE_POLICIES = ["File", "FallbackToLogsOnError"];
const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
const MAX_UINT32 = 4294967295;

function dnsLabel(value: string, path: string): FieldCause[] {
  return isDns1123Label(value).map((msg) => cause.invalid(path, value, msg));
}

function dnsSubdomain(value: string, path: string): FieldCause[] {
  return isDns1123Subdomain(value).map((msg) => cause.invalid(path, value, msg));
}

/** A toleration or taint effect; `allowEmpty` for tolerations, where empty matches every effect. */
export function validateTaintEffect(effect: unknown, allowEmpty: boolean, path: string): FieldCause[] {
  const e = stringAt(effect);
  if (e === "") return allowEmpty ? [] : [cause.required(path)];
  return TAINT_EFFECTS.includes(e) ? [] : [cause.notSupported(path, e, TAINT_EFFECTS)];
}

export function validateTolerations(tolerations: unknown, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  arrayAt(tolerations).forEach((t, i) => {
    const p = `${path}[${i}]`;
    const tol = objectOrNone(t) ?? {};
    const key = stringAt(tol.key);
    const operator = stringAt(tol.operator);
    const value = stringAt(tol.value);
    if (key) out.push(...validateQualifiedName(key, `${p}.key`));
    if (!key && operator !== "Exists") {
      out.push(
        cause.invalid(
          `${p}.operator`,
          operator,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    }
    if (tol.tolerationSeconds !== undefined && tol.tolerationSeconds !== null && tol.effect !== "NoExecute") {
      out.push(
        cause.invalid(
          `${p}.effect`,
          stringAt(tol.effect),
          "effect must be 'NoExecute' when `tolerationSeconds` is set",
        ),
      );
    }
    switch (operator) {
      case "":
      case "Equal": {
        const errs = isValidLabelValue(value);
        if (errs.length) out.push(cause.invalid(`${p}.operator`, value, errs.join(";")));
        break;
      }
      case "Exists":
        if (value)
          out.push(cause.invalid(`${p}.operator`, tol, "value must be empty when `operator` is 'Exists'"));
        break;
      default:
        out.push(cause.notSupported(`${p}.operator`, operator, ["Equal", "Exists"]));
    }
    if (stringAt(tol.effect)) out.push(...validateTaintEffect(tol.effect, true, `${p}.effect`));
  });
  return out;
}

/** A resource name containers may request: cpu, memory, ephemeral-storage, hugepages-*, or a domain-prefixed name. */
function validateContainerResourceName(name: string, path: string): FieldCause[] {
  const out = validateQualifiedName(name, path);
  if (!name.includes("/")) {
    const standard =
      name === "cpu" || name === "memory" || name === "ephemeral-storage" || name.startsWith("hugepages-");
    if (!standard) out.push(cause.invalid(path, name, "must be a standard resource for containers"));
  }
  return out;
}

/** Whether requests may be below limits (native, non-hugepage resources). */
function overcommitAllowed(name: string): boolean {
  const native = !name.includes("/") || name.includes("kubernetes.io/");
  return native && !name.startsWith("hugepages-");
}

function quantityText(v: unknown): string {
  return typeof v === "number" ? String(v) : stringAt(v);
}

function parsedResources(list: unknown): Map<string, Quantity> {
  const parsed = new Map<string, Quantity>();
  const obj = objectOrNone(list);
  if (!obj) return parsed;
  for (const [name, v] of Object.entries(obj)) {
    const q = quantityFromJson(v);
    if (q) parsed.set(name, q);
  }
  return parsed;
}

/** Container resources: names, quantities, and requests ≤ limits. */
export function validateResourceRequirements(resources: unknown, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const res = objectOrNone(resources) ?? {};
  const check = (list: unknown, p: string): void => {
    const obj = objectOrNone(list);
    if (!obj) return;
    for (const [name, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      const fp = `${p}[${name}]`;
      out.push(...validateContainerResourceName(name, fp));
      const text = quantityText(v);
      const err = typeof v === "string" || typeof v === "number" ? quantityError(text) : "must be a quantity";
      if (err) {
        out.push(cause.invalid(fp, v, err));
        continue;
      }
      const q = quantityFromJson(v);
      if (q && q.nano < 0n) out.push(cause.invalid(fp, text, "must be greater than or equal to 0"));
    }
  };
  check(res.limits, `${path}.limits`);
  check(res.requests, `${path}.requests`);
  const limits = parsedResources(res.limits);
  const requests = parsedResources(res.requests);
  for (const [name, request] of requests) {
    const limit = limits.get(name);
    if (!limit) continue;
    const cmp = compareQuantities(request, limit);
    if (cmp !== 0 && !overcommitAllowed(name)) {
      out.push(
        cause.invalid(
          `${path}.requests`,
          formatQuantity(request),
          `must be equal to ${name} limit of ${formatQuantity(limit)}`,
        ),
      );
    } else if (cmp > 0) {
      out.push(
        cause.invalid(
          `${path}.requests`,
          formatQuantity(request),
          `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`,
        ),
      );
    }
  }
  return out;
}

function validateContainerPorts(ports: unknown, path: string, hostNetwork: boolean): FieldCause[] {
  const out: FieldCause[] = [];
  const names = new Set<string>();
  arrayAt(ports).forEach((pv, i) => {
    const p = `${path}[${i}]`;
    const port = objectOrNone(pv) ?? {};
    const name = stringAt(port.name);
    if (name) {
      const errs = isValidPortName(name);
      if (errs.length) for (const msg of errs) out.push(cause.invalid(`${p}.name`, name, msg));
      else if (names.has(name)) out.push(cause.duplicate(`${p}.name`, name));
      else names.add(name);
    }
    const containerPort = port.containerPort;
    if (containerPort === undefined || containerPort === null || containerPort === 0) {
      out.push(cause.required(`${p}.containerPort`));
    } else {
      for (const msg of isValidPortNum(Number(containerPort)))
        out.push(cause.invalid(`${p}.containerPort`, containerPort, msg));
    }
    const hostPort = port.hostPort;
    if (typeof hostPort === "number" && hostPort !== 0) {
      for (const msg of isValidPortNum(hostPort)) out.push(cause.invalid(`${p}.hostPort`, hostPort, msg));
      if (hostNetwork && hostPort !== containerPort) {
        out.push(
          cause.invalid(`${p}.hostPort`, hostPort, "must match `containerPort` when `hostNetwork` is true"),
        );
      }
    }
    out.push(...validateEnum(port.protocol, PROTOCOLS, `${p}.protocol`));
  });
  return out;
}

const ENV_SOURCES = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"];

function validateEnv(env: unknown, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  arrayAt(env).forEach((ev, i) => {
    const p = `${path}[${i}]`;
    const e = objectOrNone(ev) ?? {};
    const name = stringAt(e.name);
    if (!name) out.push(cause.required(`${p}.name`));
    else for (const msg of isRelaxedEnvVarName(name)) out.push(cause.invalid(`${p}.name`, name, msg));
    const from = objectOrNone(e.valueFrom);
    if (!from) return;
    const vp = `${p}.valueFrom`;
    const sources = ENV_SOURCES.filter((s) => objectOrNone(from[s]) !== undefined);
    if (sources.length === 0) {
      out.push(
        cause.invalid(
          vp,
          "",
          "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`",
        ),
      );
    } else if (stringAt(e.value) !== "") {
      out.push(cause.invalid(vp, "", "may not be specified when `value` is not empty"));
    } else if (sources.length > 1) {
      out.push(cause.invalid(vp, "", "may not have more than one field specified at a time"));
    }
    for (const ref of ["configMapKeyRef", "secretKeyRef"]) {
      const r = objectOrNone(from[ref]);
      if (!r) continue;
      if (!stringAt(r.name)) out.push(cause.required(`${vp}.${ref}.name`));
      if (!stringAt(r.key)) out.push(cause.required(`${vp}.${ref}.key`));
    }
    const fieldRef = objectOrNone(from.fieldRef);
    if (fieldRef && !stringAt(fieldRef.fieldPath)) out.push(cause.required(`${vp}.fieldRef.fieldPath`));
    const resourceRef = objectOrNone(from.resourceFieldRef);
    if (resourceRef && !stringAt(resourceRef.resource))
      out.push(cause.required(`${vp}.resourceFieldRef.resource`));
  });
  return out;
}

function validateVolumeMounts(mounts: unknown, path: string, volumes: Set<string>): FieldCause[] {
  const out: FieldCause[] = [];
  const paths = new Set<string>();
  arrayAt(mounts).forEach((mv, i) => {
    const p = `${path}[${i}]`;
    const m = objectOrNone(mv) ?? {};
    const name = stringAt(m.name);
    if (!name) out.push(cause.required(`${p}.name`));
    else if (!volumes.has(name)) out.push(notFound(`${p}.name`, name));
    const mountPath = stringAt(m.mountPath);
    if (!mountPath) out.push(cause.required(`${p}.mountPath`));
    else if (paths.has(mountPath)) out.push(cause.invalid(`${p}.mountPath`, mountPath, "must be unique"));
    paths.add(mountPath);
  });
  return out;
}

function validateContainer(
  c: JsonObject,
  path: string,
  volumes: Set<string>,
  spec: JsonObject,
  opts: PodSpecOptions,
): FieldCause[] {
  const out: FieldCause[] = [];
  const name = stringAt(c.name);
  if (!name) out.push(cause.required(`${path}.name`));
  else out.push(...dnsLabel(name, `${path}.name`));
  const image = stringAt(c.image);
  if (!image) out.push(cause.required(`${path}.image`));
  else if (!opts.template && image.trim() !== image) {
    out.push(cause.invalid(`${path}.image`, image, "must not have leading or trailing whitespace"));
  }
  out.push(
    ...validateEnum(
      c.terminationMessagePolicy,
      TERMINATION_MESSAGE_POLICIES,
      `${path}.terminationMessagePolicy`,
    ),
  );
  out.push(...validateContainerPorts(c.ports, `${path}.ports`, spec.hostNetwork === true));
  out.push(...validateEnv(c.env, `${path}.env`));
  out.push(...validateEnum(c.imagePullPolicy, PULL_POLICIES, `${path}.imagePullPolicy`));
  out.push(...validateVolumeMounts(c.volumeMounts, `${path}.volumeMounts`, volumes));
  out.push(...validateResourceRequirements(c.resources, `${path}.resources`));
  return out;
}

function validateVolumes(volumes: unknown, path: string): { causes: FieldCause[]; names: Set<string> } {
  const causes: FieldCause[] = [];
  const names = new Set<string>();
  arrayAt(volumes).forEach((vv, i) => {
    const p = `${path}[${i}].name`;
    const name = stringAt(objectOrNone(vv)?.name);
    if (!name) causes.push(cause.required(p));
    else {
      causes.push(...dnsLabel(name, p));
      if (names.has(name)) causes.push(cause.duplicate(p, name));
      else names.add(name);
    }
  });
  return { causes, names };
}

/** ValidatePodSpec: `path` is `spec` for a pod, `spec.template.spec` for a workload's template. */
export function validatePodSpec(
  specValue: JsonValue | undefined,
  path: string,
  opts: PodSpecOptions,
): FieldCause[] {
  const spec = objectOrNone(specValue) ?? {};
  const out: FieldCause[] = [];
  const { causes, names: volumes } = validateVolumes(spec.volumes, `${path}.volumes`);
  out.push(...causes);

  const containerNames = new Set<string>();
  const checkList = (list: JsonValue[], listPath: string): void => {
    list.forEach((cv, i) => {
      const p = `${listPath}[${i}]`;
      const c = objectOrNone(cv) ?? {};
      out.push(...validateContainer(c, p, volumes, spec, opts));
      const name = stringAt(c.name);
      if (name) {
        if (containerNames.has(name)) out.push(cause.duplicate(`${p}.name`, name));
        else containerNames.add(name);
      }
    });
  };
  checkList(arrayAt(spec.initContainers), `${path}.initContainers`);
  const containers = arrayAt(spec.containers);
  if (containers.length === 0) out.push(cause.required(`${path}.containers`));
  checkList(containers, `${path}.containers`);

  out.push(...validateEnum(spec.restartPolicy, RESTART_POLICIES, `${path}.restartPolicy`));
  out.push(...validateEnum(spec.dnsPolicy, DNS_POLICIES, `${path}.dnsPolicy`));
  out.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  const serviceAccountName = stringAt(spec.serviceAccountName);
  if (serviceAccountName) out.push(...dnsSubdomain(serviceAccountName, `${path}.serviceAccountName`));
  const nodeName = stringAt(spec.nodeName);
  if (nodeName) out.push(...dnsSubdomain(nodeName, `${path}.nodeName`));
  const schedulerName = stringAt(spec.schedulerName);
  if (schedulerName) out.push(...dnsSubdomain(schedulerName, `${path}.schedulerName`));
  const hostname = stringAt(spec.hostname);
  if (hostname) out.push(...dnsLabel(hostname, `${path}.hostname`));
  const subdomain = stringAt(spec.subdomain);
  if (subdomain) out.push(...dnsLabel(subdomain, `${path}.subdomain`));
  const ads = spec.activeDeadlineSeconds;
  if (typeof ads === "number" && (ads < 1 || ads > MAX_UINT32)) {
    out.push(cause.invalid(`${path}.activeDeadlineSeconds`, ads, inclusiveRangeError(1, MAX_UINT32)));
  }
  out.push(...nonNegative(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds));
  out.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  return out;
}

/** ValidatePodTemplateSpec: the template's labels and annotations, and its pod spec. */
export function validatePodTemplateSpec(templateValue: JsonValue | undefined, path: string): FieldCause[] {
  const template = objectOrNone(templateValue) ?? {};
  const meta = objectOrNone(template.metadata) ?? {};
  const out = [
    ...validateLabels(meta.labels, `${path}.labels`),
    ...validateAnnotations(meta.annotations, `${path}.annotations`),
    ...validatePodSpec(template.spec, `${path}.spec`, { template: true }),
  ];
  const spec = objectOrNone(template.spec) ?? {};
  if (arrayAt(spec.ephemeralContainers).length > 0) {
    out.push(
      cause.forbidden(`${path}.spec.ephemeralContainers`, "ephemeral containers not allowed in pod template"),
    );
  }
  return out;
}

export const UPDATABLE_POD_SPEC_FIELDS = [
  "`spec.containers[*].image`",
  "`spec.initContainers[*].image`",
  "`spec.activeDeadlineSeconds`",
  "`spec.tolerations` (only additions to existing tolerations)",
  "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
].join(",");

function validateContainerUpdates(
  newList: JsonValue[],
  oldList: JsonValue[],
  path: string,
): { causes: FieldCause[]; stop: boolean } {
  if (newList.length !== oldList.length) {
    return { causes: [cause.forbidden(path, "pod updates may not add or remove containers")], stop: true };
  }
  const causes: FieldCause[] = [];
  newList.forEach((cv, i) => {
    const image = stringAt(objectOrNone(cv)?.image);
    if (!image) causes.push(cause.required(`${path}[${i}].image`));
    if (image.trim() !== image) {
      causes.push(
        cause.invalid(`${path}[${i}].image`, image, "must not have leading or trailing whitespace"),
      );
    }
  });
  return { causes, stop: false };
}

function validateOnlyAddedTolerations(newTols: unknown, oldTols: unknown, path: string): FieldCause[] {
  const fresh = arrayAt(newTols).map((t) => objectOrNone(t) ?? {});
  for (const old of arrayAt(oldTols)) {
    const o = objectOrNone(old) ?? {};
    const found = fresh.some((n) => semanticEqual({ ...o, tolerationSeconds: n.tolerationSeconds }, n));
    if (!found)
      return [cause.forbidden(path, "existing toleration can not be modified except its tolerationSeconds")];
  }
  return [];
}

/** Lists where two JSON values differ, as `- path: old` / `+ path: new` lines. */
function describeDiff(a: unknown, b: unknown, path: string, lines: string[]): void {
  if (semanticEqual(a, b)) return;
  const ao = objectOrNone(a);
  const bo = objectOrNone(b);
  if (ao && bo) {
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)]))
      describeDiff(ao[k], bo[k], `${path}.${k}`, lines);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => {
      describeDiff(x, b[i], `${path}[${i}]`, lines);
    });
    return;
  }
  if (a !== undefined) lines.push(`- ${path}: ${JSON.stringify(a)}`);
  if (b !== undefined) lines.push(`+ ${path}: ${JSON.stringify(b)}`);
}

/** ValidatePodUpdate's spec rules: only images, activeDeadlineSeconds, added tolerations and a few more may change. */
export function validatePodSpecUpdate(
  newValue: JsonValue | undefined,
  oldValue: JsonValue | undefined,
): FieldCause[] {
  const spec = objectOrNone(newValue) ?? {};
  const old = objectOrNone(oldValue) ?? {};
  const out: FieldCause[] = [];
  for (const list of ["containers", "initContainers"]) {
    const r = validateContainerUpdates(arrayAt(spec[list]), arrayAt(old[list]), `spec.${list}`);
    out.push(...r.causes);
    if (r.stop) return out;
  }
  const ads = spec.activeDeadlineSeconds;
  const oldAds = old.activeDeadlineSeconds;
  if (typeof ads === "number") {
    if (ads < 0 || ads > 2147483647) {
      out.push(cause.invalid("spec.activeDeadlineSeconds", ads, inclusiveRangeError(0, 2147483647)));
      return out;
    }
    if (typeof oldAds === "number" && oldAds < ads) {
      out.push(
        cause.invalid("spec.activeDeadlineSeconds", ads, "must be less than or equal to previous value"),
      );
      return out;
    }
  } else if (typeof oldAds === "number") {
    out.push(
      cause.invalid(
        "spec.activeDeadlineSeconds",
        null,
        "must not update from a positive integer to nil value",
      ),
    );
  }
  out.push(...validateOnlyAddedTolerations(spec.tolerations, old.tolerations, "spec.tolerations"));
  if (semanticEqual(spec, old)) return out;

  // The new spec with every field that may change put back to its old value must equal the old spec.
  const munged: JsonObject = { ...spec };
  for (const list of ["containers", "initContainers"]) {
    const oldList = arrayAt(old[list]);
    if (Array.isArray(spec[list])) {
      munged[list] = arrayAt(spec[list]).map((c, i) => {
        const copy = { ...(objectOrNone(c) ?? {}) };
        const prev = objectOrNone(oldList[i]);
        if (prev && "image" in prev) copy.image = prev.image;
        else delete copy.image;
        return copy;
      });
    }
  }
  munged.activeDeadlineSeconds = old.activeDeadlineSeconds;
  munged.tolerations = old.tolerations;
  const grace = spec.terminationGracePeriodSeconds;
  const oldGrace = old.terminationGracePeriodSeconds;
  if (typeof oldGrace === "number" && oldGrace < 0 && grace === 1)
    munged.terminationGracePeriodSeconds = oldGrace;
  const gates = arrayAt(spec.schedulingGates);
  const oldGates = arrayAt(old.schedulingGates);
  if (gates.every((g) => oldGates.some((o) => jsonEqual(o, g)))) munged.schedulingGates = old.schedulingGates;
  if (!semanticEqual(munged, old)) {
    const lines: string[] = [];
    describeDiff(old, munged, "spec", lines);
    out.push(
      cause.forbidden(
        "spec",
        `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS}\n${lines.join("\n")}`,
      ),
    );
  }
  return out;
}
