/**
 * A request body as the REST layer takes it: text (JSON, YAML, patches), or, for a Kubernetes
 * protobuf body (`application/vnd.kubernetes.protobuf`, sent by kubectl's typed clients), the
 * decoded object as JSON.
 */
import { badRequest, unsupportedMediaType } from "../k8s/errors";
import type { JsonValue } from "../k8s/object";
import { decodeKubernetesProtobuf, isKubernetesProtobuf, ProtobufError } from "./decode";

export interface DecodedBody {
  body?: string;
  json?: JsonValue;
  contentType?: string;
}

export function decodeRequestBody(
  bytes: Uint8Array | undefined,
  contentType: string | undefined,
): DecodedBody {
  if (!bytes || bytes.byteLength === 0) return { contentType };
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/vnd.kubernetes.protobuf") {
    if (!isKubernetesProtobuf(bytes)) throw unsupportedMediaType(type);
    try {
      return { json: decodeKubernetesProtobuf(bytes), contentType: "application/json" };
    } catch (error) {
      if (error instanceof ProtobufError) throw badRequest(`error decoding request body: ${error.message}`);
      throw error;
    }
  }
  return { body: new TextDecoder().decode(bytes), contentType };
}
