/**
 * Kubernetes `Status` errors. Every refusal of the API server is one of these, with the reason,
 * code and message wording of kube-apiserver (k8s.io/apimachinery/pkg/api/errors).
 */
import type { JsonObject } from "./object";

export type CauseType =
  | "FieldValueRequired"
  | "FieldValueInvalid"
  | "FieldValueNotSupported"
  | "FieldValueDuplicate"
  | "FieldValueForbidden"
  | "FieldValueTooLong"
  | "FieldValueTypeInvalid"
  | "FieldValueNotFound";

/** One cause of a refusal (metav1.StatusCause): its type travels as `reason` in JSON. */
export interface StatusCause {
  reason: CauseType | "DisruptionBudget";
  message: string;
  field?: string;
}

/** One bad field of an invalid object: `field` is a path such as `spec.template.spec.containers[0].image`. */
export interface FieldCause extends StatusCause {
  reason: CauseType;
  field: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status extends JsonObject {
  kind: "Status";
  apiVersion: "v1";
  metadata: JsonObject;
  status: "Failure" | "Success";
  message: string;
  reason: string;
  details?: StatusDetails & JsonObject;
  code: number;
}

/** An error the API answers with: a Status body and its HTTP code. */
export class ApiError extends Error {
  readonly status: Status;
  constructor(status: Status) {
    super(status.message);
    this.status = status;
  }
  get code(): number {
    return this.status.code;
  }
  get reason(): string {
    return this.status.reason;
  }
}

export interface ResourceRef {
  /** API group, "" for the core group. */
  group: string;
  /** Plural resource name, as in `deployments`. */
  plural: string;
  kind: string;
}

/** `deployments.apps` or `pods`: how Kubernetes names a resource in messages. */
export function qualifiedResource(ref: Pick<ResourceRef, "group" | "plural">): string {
  return ref.group ? `${ref.plural}.${ref.group}` : ref.plural;
}

/** A Failure Status with its code, reason, message and optional details, as an ApiError. */
export function failure(
  code: number,
  reason: string,
  message: string,
  details?: StatusDetails | JsonObject,
): ApiError {
  const status: Status = {
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message,
    reason,
    code,
  };
  if (details) status.details = details as StatusDetails & JsonObject;
  return new ApiError(status);
}

export function notFound(ref: ResourceRef, name: string): ApiError {
  return failure(404, "NotFound", `${qualifiedResource(ref)} "${name}" not found`, {
    name,
    group: ref.group,
    kind: ref.plural,
  });
}

export function alreadyExists(ref: ResourceRef, name: string): ApiError {
  return failure(409, "AlreadyExists", `${qualifiedResource(ref)} "${name}" already exists`, {
    name,
    group: ref.group,
    kind: ref.plural,
  });
}

export function conflict(ref: ResourceRef, name: string, why: string): ApiError {
  return failure(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${qualifiedResource(ref)} "${name}": ${why}`,
    {
      name,
      group: ref.group,
      kind: ref.plural,
    },
  );
}

export const STALE_OBJECT =
  "the object has been modified; please apply your changes to the latest version and try again";

export function invalid(ref: ResourceRef, name: string, causes: FieldCause[]): ApiError {
  const kindGroup = ref.group ? `${ref.kind}.${ref.group}` : ref.kind;
  const list = causes.map((c) => `${c.field}: ${c.message}`);
  const joined = list.length === 1 ? list[0] : `[${list.join(", ")}]`;
  return failure(422, "Invalid", `${kindGroup} "${name}" is invalid: ${joined}`, {
    name,
    group: ref.group,
    kind: ref.kind,
    causes,
  });
}

export function badRequest(message: string): ApiError {
  return failure(400, "BadRequest", message);
}

export function methodNotAllowed(message: string): ApiError {
  return failure(405, "MethodNotAllowed", message);
}

export function requestEntityTooLarge(limitBytes: number): ApiError {
  return failure(413, "RequestEntityTooLarge", `Request entity too large: limit is ${limitBytes}`);
}

export function unsupportedMediaType(contentType: string): ApiError {
  return failure(
    415,
    "UnsupportedMediaType",
    `the body of the request was in an unknown format - accepted media types include: application/json, application/merge-patch+json, application/json-patch+json, application/strategic-merge-patch+json (got ${JSON.stringify(contentType)})`,
  );
}

export function expired(message: string): ApiError {
  return failure(410, "Expired", message);
}

export function gone(message: string): ApiError {
  return failure(410, "Gone", message);
}

export function forbidden(message: string): ApiError {
  return failure(403, "Forbidden", message);
}

export function tooManyRequests(message: string, retryAfterSeconds: number): ApiError {
  return failure(429, "TooManyRequests", message, { retryAfterSeconds });
}

export function timeout(message: string): ApiError {
  return failure(504, "Timeout", message);
}

export function internalError(message: string): ApiError {
  return failure(500, "InternalError", `Internal error occurred: ${message}`);
}

/** Turns anything thrown into an ApiError (unexpected errors become 500 InternalError). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return internalError(message);
}

/** Helpers to build field causes with kube-apiserver's message wording (apimachinery field/errors.go). */
export const cause = {
  required(field: string, detail = ""): FieldCause {
    return {
      reason: "FieldValueRequired",
      field,
      message: detail ? `Required value: ${detail}` : "Required value",
    };
  },
  invalid(field: string, value: unknown, detail: string): FieldCause {
    return { reason: "FieldValueInvalid", field, message: `Invalid value: ${formatValue(value)}: ${detail}` };
  },
  notSupported(field: string, value: unknown, supported: string[]): FieldCause {
    const list = supported.map((s) => JSON.stringify(s)).join(", ");
    return {
      reason: "FieldValueNotSupported",
      field,
      message: `Unsupported value: ${formatValue(value)}: supported values: ${list}`,
    };
  },
  duplicate(field: string, value: unknown): FieldCause {
    return { reason: "FieldValueDuplicate", field, message: `Duplicate value: ${formatValue(value)}` };
  },
  forbidden(field: string, detail: string): FieldCause {
    return { reason: "FieldValueForbidden", field, message: `Forbidden: ${detail}` };
  },
  tooLong(field: string, maxLength: number): FieldCause {
    return {
      reason: "FieldValueTooLong",
      field,
      message: `Too long: may not be more than ${maxLength} bytes`,
    };
  },
  typeInvalid(field: string, value: unknown, detail: string): FieldCause {
    return {
      reason: "FieldValueTypeInvalid",
      field,
      message: `Invalid value: ${formatValue(value)}: ${detail}`,
    };
  },
};

function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "null";
  return JSON.stringify(value);
}
