/** Chooses how an HTTP watch stream's objects are written: as they are, or as one-row Tables. */
import type { WatchEventType } from "../apiserver/watch";
import { kindByName } from "../k8s/kinds";
import { tableVersionOf } from "./accept";
import { parseIncludeObject } from "./index";
import { tableEventObject } from "./watch";

export function watchTransform(
  resource: string,
  accept: string | undefined,
  query: URLSearchParams,
): ((type: WatchEventType, objectJson: string) => string) | undefined {
  const version = tableVersionOf(accept);
  const info = kindByName(resource);
  if (!version || !info) return undefined;
  const includeObject = parseIncludeObject(query.get("includeObject")) ?? "Metadata";
  return (type, objectJson) =>
    tableEventObject(info, type, objectJson, { now: Date.now(), includeObject, version });
}
