/** Small typed readers over loosely typed JSON objects, shared by the printers. */
import type { JsonObject, JsonValue } from "../k8s/object";
import { isJsonObject } from "../k8s/object";

export function obj(value: JsonValue | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

export function arr(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function objs(value: JsonValue | undefined): JsonObject[] {
  return arr(value).filter(isJsonObject);
}

export function str(value: JsonValue | undefined): string {
  return typeof value === "string" ? value : "";
}

export function num(value: JsonValue | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** `k=v,k2=v2` sorted by key, or `<none>` (apimachinery `labels.FormatLabels`). */
export function formatLabels(labels: JsonValue | undefined): string {
  const entries = Object.entries(obj(labels))
    .filter(([, v]) => typeof v === "string")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return "<none>";
  return entries.map(([k, v]) => `${k}=${v as string}`).join(",");
}

/**
 * A metav1.LabelSelector as `metav1.LabelSelectorAsSelector(...).String()`: requirements sorted by
 * key, `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`. Nil or empty selects nothing/everything: "".
 */
export function formatLabelSelector(selector: JsonValue | undefined): string {
  const s = obj(selector);
  const reqs: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(obj(s.matchLabels))) {
    reqs.push({ key, text: `${key}=${str(value)}` });
  }
  for (const e of objs(s.matchExpressions)) {
    const key = str(e.key);
    const values = arr(e.values)
      .map((v) => str(v))
      .sort();
    switch (e.operator) {
      case "In":
        reqs.push({ key, text: `${key} in (${values.join(",")})` });
        break;
      case "NotIn":
        reqs.push({ key, text: `${key} notin (${values.join(",")})` });
        break;
      case "Exists":
        reqs.push({ key, text: key });
        break;
      case "DoesNotExist":
        reqs.push({ key, text: `!${key}` });
        break;
      default:
        return "<invalid>";
    }
  }
  return reqs
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => r.text)
    .join(",");
}

/** The CONTAINERS and IMAGES cells of a pod template (printers.go `layoutContainerCells`). */
export function containerCells(template: JsonValue | undefined): [string, string] {
  const containers = objs(obj(obj(template).spec).containers);
  return [containers.map((c) => str(c.name)).join(","), containers.map((c) => str(c.image)).join(",")];
}
