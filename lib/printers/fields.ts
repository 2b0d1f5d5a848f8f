/** Label, selector and container cells shared by the printers (the JSON readers are lib/k8s/json.ts). */

import { arrayAt, objectAt, objectsAt, stringAt } from "../k8s/json";
import type { JsonValue } from "../k8s/object";

/** `k=v,k2=v2` sorted by key, or `<none>` (apimachinery `labels.FormatLabels`). */
export function formatLabels(labels: JsonValue | undefined): string {
  const entries = Object.entries(objectAt(labels))
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
  const s = objectAt(selector);
  const reqs: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(objectAt(s.matchLabels))) {
    reqs.push({ key, text: `${key}=${stringAt(value)}` });
  }
  for (const e of objectsAt(s.matchExpressions)) {
    const key = stringAt(e.key);
    const values = arrayAt(e.values)
      .map((v) => stringAt(v))
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
  const containers = objectsAt(objectAt(objectAt(template).spec).containers);
  return [
    containers.map((c) => stringAt(c.name)).join(","),
    containers.map((c) => stringAt(c.image)).join(","),
  ];
}
