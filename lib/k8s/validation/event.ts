/** Event validation (core/v1 Events: legacyValidateEvent of pkg/apis/core/validation). */
import { cause, type FieldCause } from "../errors";
import { stringAt } from "../json";
import type { KubeObject } from "../object";
import { byteLength, isDns1123Subdomain } from "./names";
import { validateObjectMeta, validateQualifiedName } from "./object-meta";
import { objectOrNone } from "./util";

const REPORTING_INSTANCE_LIMIT = 128;
const ACTION_LIMIT = 128;
const REASON_LIMIT = 128;
const NOTE_LIMIT = 1024;

export function validateEvent(obj: KubeObject, _old?: KubeObject): FieldCause[] {
  const out = validateObjectMeta(obj.metadata, { namespaced: true, nameRule: "dns1123-subdomain" });
  const involved = objectOrNone(obj.involvedObject);
  if (!involved) {
    out.push(cause.required("involvedObject"));
    return out;
  }
  const namespace = stringAt(obj.metadata.namespace);
  const involvedNamespace = stringAt(involved.namespace);
  const mismatch = (): FieldCause =>
    cause.invalid("involvedObject.namespace", involvedNamespace, "does not match event.namespace");

  if (!stringAt(obj.eventTime)) {
    if (!involvedNamespace) {
      if (namespace !== "" && namespace !== "default") out.push(mismatch());
    } else if (namespace !== involvedNamespace) out.push(mismatch());
  } else {
    if (!involvedNamespace && namespace !== "default" && namespace !== "kube-system") out.push(mismatch());
    const controller = stringAt(obj.reportingComponent);
    if (!controller) out.push(cause.required("reportingComponent"));
    out.push(...validateQualifiedName(controller, "reportingComponent"));
    const instance = stringAt(obj.reportingInstance);
    if (!instance) out.push(cause.required("reportingInstance"));
    if (byteLength(instance) > REPORTING_INSTANCE_LIMIT) {
      out.push(
        cause.invalid("reportingInstance", "", `can have at most ${REPORTING_INSTANCE_LIMIT} characters`),
      );
    }
    const action = stringAt(obj.action);
    if (!action) out.push(cause.required("action"));
    if (byteLength(action) > ACTION_LIMIT)
      out.push(cause.invalid("action", "", `can have at most ${ACTION_LIMIT} characters`));
    const reason = stringAt(obj.reason);
    if (!reason) out.push(cause.required("reason"));
    if (byteLength(reason) > REASON_LIMIT)
      out.push(cause.invalid("reason", "", `can have at most ${REASON_LIMIT} characters`));
    if (byteLength(stringAt(obj.message)) > NOTE_LIMIT) {
      out.push(cause.invalid("message", "", `can have at most ${NOTE_LIMIT} characters`));
    }
  }
  if (namespace)
    for (const msg of isDns1123Subdomain(namespace)) out.push(cause.invalid("namespace", namespace, msg));
  return out;
}
