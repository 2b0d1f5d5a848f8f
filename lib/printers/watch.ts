/**
 * Watch events as Tables (`kubectl get -w`): the object of each ADDED, MODIFIED and DELETED event
 * becomes a one-row Table; BOOKMARK and ERROR events keep their object.
 */
import type { WatchEventType } from "../apiserver/watch";
import type { KindInfo } from "../k8s/kinds";
import type { KubeObject } from "../k8s/object";
import { type IncludeObject, toTable } from "./index";

export function tableEventObject(
  info: KindInfo,
  type: WatchEventType,
  objectJson: string,
  options: { now: number; includeObject: IncludeObject; version: string },
): string {
  if (type === "BOOKMARK" || type === "ERROR") return objectJson;
  const obj = JSON.parse(objectJson) as KubeObject;
  const table = toTable(info, [obj], {
    now: options.now,
    includeObject: options.includeObject,
    listMetadata: { resourceVersion: obj.metadata.resourceVersion },
  });
  return JSON.stringify({ ...table, apiVersion: `meta.k8s.io/${options.version}` });
}
