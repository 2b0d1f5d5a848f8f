/** What Deployments and ReplicaSets share (pkg/apis/apps/validation): selector, replicas, pod template. */
import { cause, type FieldCause } from "../errors";
import type { JsonValue } from "../object";
import { validateLabelSelector } from "./object-meta";
import { validatePodTemplateSpec } from "./pod-spec";
import {
  FIELD_IMMUTABLE,
  goLabelSelector,
  goStringMap,
  invalidRaw,
  nonNegative,
  objectOrNone,
  selectorMatches,
  semanticEqual,
  stringMap,
} from "./util";

/** ValidatePodTemplateSpecForReplicaSet: labels match the selector, restartPolicy Always, no deadline. */
export function validateTemplateForReplicaSet(
  templateValue: JsonValue | undefined,
  selector: JsonValue | undefined,
  path: string,
): FieldCause[] {
  const out: FieldCause[] = [];
  const template = objectOrNone(templateValue);
  if (!template) return [cause.required(path)];
  const labels = objectOrNone(template.metadata)?.labels;
  const sel = objectOrNone(selector);
  const selectorEmpty =
    !sel || (stringMap(sel.matchLabels).length === 0 && !Array.isArray(sel.matchExpressions));
  if (!selectorEmpty && !selectorMatches(selector, labels)) {
    out.push(
      invalidRaw(
        `${path}.metadata.labels`,
        goStringMap(labels),
        "`selector` does not match template `labels`",
      ),
    );
  }
  out.push(...validatePodTemplateSpec(template, path));
  const spec = objectOrNone(template.spec) ?? {};
  if (spec.restartPolicy !== undefined && spec.restartPolicy !== "Always") {
    out.push(cause.notSupported(`${path}.spec.restartPolicy`, spec.restartPolicy, ["Always"]));
  }
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null) {
    out.push(
      cause.invalid(
        `${path}.spec.activeDeadlineSeconds`,
        spec.activeDeadlineSeconds,
        "activeDeadlineSeconds in ReplicaSet is not Supported",
      ),
    );
  }
  return out;
}

/** The selector/replicas/template part of a Deployment or ReplicaSet spec. */
export function validateReplicatedSpec(specValue: JsonValue | undefined, path: string): FieldCause[] {
  const spec = objectOrNone(specValue) ?? {};
  const out = [...nonNegative(`${path}.replicas`, spec.replicas)];
  const selector = objectOrNone(spec.selector);
  if (!selector) {
    out.push(cause.required(`${path}.selector`));
    return out;
  }
  out.push(...validateLabelSelector(selector, `${path}.selector`));
  const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0;
  if (stringMap(selector.matchLabels).length + exprs === 0) {
    out.push(
      invalidRaw(`${path}.selector`, goLabelSelector(selector), "empty selector is invalid for deployment"),
    );
  }
  out.push(...validateTemplateForReplicaSet(spec.template, selector, `${path}.template`));
  out.push(...nonNegative(`${path}.minReadySeconds`, spec.minReadySeconds));
  return out;
}

/** apps/v1 makes the selector immutable. */
export function validateSelectorUnchanged(
  spec: JsonValue | undefined,
  oldSpec: JsonValue | undefined,
): FieldCause[] {
  const selector = objectOrNone(spec)?.selector;
  const oldSelector = objectOrNone(oldSpec)?.selector;
  if (semanticEqual(selector, oldSelector)) return [];
  return [invalidRaw("spec.selector", goLabelSelector(selector), FIELD_IMMUTABLE)];
}
