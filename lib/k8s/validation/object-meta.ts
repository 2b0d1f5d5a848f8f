/** ObjectMeta validation (k8s.io/apimachinery/pkg/api/validation/objectmeta.go) and label helpers. */
import { cause, type FieldCause } from "../errors";
import { arrayAt, stringAt } from "../json";
import { isJsonObject, type ObjectMeta } from "../object";
import {
  byteLength,
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  nameIsPathSegment,
} from "./names";
import { nonNegative, objectOrNone } from "./util";

export type NameRule = "dns1123-subdomain" | "dns1123-label" | "dns1035-label" | "path-segment";

export interface ObjectMetaOptions {
  namespaced: boolean;
  nameRule: NameRule;
}

export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/**
 * Checks a name against a rule. With `prefix` (a generateName), a trailing dash is allowed since
 * random characters follow it.
 */
export function validateName(rule: NameRule, name: string, prefix = false): string[] {
  if (rule === "path-segment") return nameIsPathSegment(name, prefix);
  const masked = prefix && name.length > 1 && name.endsWith("-") ? `${name.slice(0, -1)}a` : name;
  switch (rule) {
    case "dns1123-label":
      return isDns1123Label(masked);
    case "dns1035-label":
      return isDns1035Label(masked);
    default:
      return isDns1123Subdomain(masked);
  }
}

/** ValidateLabelName: a label key (or any qualified name) at `path`, reported with the key as value. */
export function validateQualifiedName(value: string, path: string): FieldCause[] {
  return isQualifiedName(value).map((msg) => cause.invalid(path, value, msg));
}

/** ValidateLabels: keys are qualified names, values label values; both reported on the map's path. */
export function validateLabels(labels: unknown, path: string): FieldCause[] {
  if (labels === undefined || labels === null) return [];
  if (!isJsonObject(labels))
    return [cause.typeInvalid(path, labels, "must be a map of string keys to string values")];
  const out: FieldCause[] = [];
  for (const [k, v] of Object.entries(labels)) {
    if (v === undefined) continue;
    out.push(...validateQualifiedName(k, path));
    if (typeof v !== "string") {
      out.push(cause.typeInvalid(path, v, "must be a string"));
      continue;
    }
    for (const msg of isValidLabelValue(v)) out.push(cause.invalid(path, v, msg));
  }
  return out;
}

/** ValidateAnnotations: keys are qualified names (case-insensitive), 256 KiB in total. */
export function validateAnnotations(annotations: unknown, path: string): FieldCause[] {
  if (annotations === undefined || annotations === null) return [];
  if (!isJsonObject(annotations)) {
    return [cause.typeInvalid(path, annotations, "must be a map of string keys to string values")];
  }
  const out: FieldCause[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    if (v === undefined) continue;
    for (const msg of isQualifiedName(k.toLowerCase())) out.push(cause.invalid(path, k, msg));
    if (typeof v !== "string") out.push(cause.typeInvalid(path, v, "must be a string"));
    size += byteLength(k) + (typeof v === "string" ? byteLength(v) : 0);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) out.push(cause.tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return out;
}

/** ValidateLabelSelector (metav1): matchLabels and matchExpressions. */
export function validateLabelSelector(selector: unknown, path: string): FieldCause[] {
  const sel = objectOrNone(selector);
  if (!sel) return [];
  const out = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  arrayAt(sel.matchExpressions).forEach((e, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const req = objectOrNone(e) ?? {};
    const values = arrayAt(req.values);
    const operator = stringAt(req.operator);
    switch (operator) {
      case "In":
      case "NotIn":
        if (values.length === 0) {
          out.push(cause.required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        }
        break;
      case "Exists":
      case "DoesNotExist":
        if (values.length > 0) {
          out.push(
            cause.forbidden(
              `${p}.values`,
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            ),
          );
        }
        break;
      default:
        out.push(cause.invalid(`${p}.operator`, operator, "not a valid selector operator"));
    }
    out.push(...validateQualifiedName(stringAt(req.key), `${p}.key`));
    values.forEach((v, j) => {
      for (const msg of isValidLabelValue(stringAt(v))) out.push(cause.invalid(`${p}.values[${j}]`, v, msg));
    });
  });
  return out;
}

/** ValidateObjectMeta on create (name rules, namespace scope, labels, annotations, owners, finalizers). */
export function validateObjectMeta(
  meta: ObjectMeta,
  opts: ObjectMetaOptions,
  path = "metadata",
): FieldCause[] {
  const out: FieldCause[] = [];
  const name = stringAt(meta.name);
  const generateName = stringAt(meta.generateName);
  if (generateName) {
    for (const msg of validateName(opts.nameRule, generateName, true)) {
      out.push(cause.invalid(`${path}.generateName`, generateName, msg));
    }
  }
  if (!name) out.push(cause.required(`${path}.name`, "name or generateName is required"));
  else
    for (const msg of validateName(opts.nameRule, name)) out.push(cause.invalid(`${path}.name`, name, msg));

  const namespace = stringAt(meta.namespace);
  if (opts.namespaced) {
    if (!namespace) out.push(cause.required(`${path}.namespace`));
    else
      for (const msg of isDns1123Label(namespace))
        out.push(cause.invalid(`${path}.namespace`, namespace, msg));
  } else if (namespace) {
    out.push(cause.forbidden(`${path}.namespace`, "not allowed on this type"));
  }

  out.push(...nonNegative(`${path}.generation`, meta.generation));
  out.push(...validateLabels(meta.labels, `${path}.labels`));
  out.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  out.push(...validateOwnerReferences(meta.ownerReferences, `${path}.ownerReferences`));
  out.push(...validateFinalizers(meta.finalizers, `${path}.finalizers`));
  return out;
}

export function validateOwnerReferences(refs: unknown, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  let firstController = "";
  arrayAt(refs).forEach((r, i) => {
    const ref = objectOrNone(r) ?? {};
    const p = `${path}[${i}]`;
    const apiVersion = stringAt(ref.apiVersion);
    const kind = stringAt(ref.kind);
    const version = apiVersion.includes("/") ? apiVersion.slice(apiVersion.indexOf("/") + 1) : apiVersion;
    if (!version) out.push(cause.invalid(`${p}.apiVersion`, apiVersion, "version must not be empty"));
    if (!kind) out.push(cause.invalid(`${p}.kind`, kind, "must not be empty"));
    if (!stringAt(ref.name)) out.push(cause.invalid(`${p}.name`, stringAt(ref.name), "must not be empty"));
    if (!stringAt(ref.uid)) out.push(cause.invalid(`${p}.uid`, stringAt(ref.uid), "must not be empty"));
    if (apiVersion === "v1" && kind === "Event") {
      out.push(cause.invalid(p, ref, "/v1, Kind=Event is disallowed from being an owner"));
    }
    if (ref.controller === true) {
      const current = `${kind}/${stringAt(ref.name)}`;
      if (firstController) {
        out.push(
          cause.invalid(
            path,
            refs,
            `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`,
          ),
        );
      } else firstController = current;
    }
  });
  return out;
}

export function validateFinalizers(finalizers: unknown, path: string): FieldCause[] {
  const out: FieldCause[] = [];
  const list = arrayAt(finalizers).map(stringAt);
  for (const f of list) out.push(...validateQualifiedName(f, path));
  if (list.includes("orphan") && list.includes("foregroundDeletion")) {
    out.push(cause.invalid(path, list, "finalizer orphan and foregroundDeletion cannot be both set"));
  }
  return out;
}
