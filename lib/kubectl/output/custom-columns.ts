/** `-o custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image`. */
import { KubectlError } from "../api";
import { pathValues, showValue } from "./jsonpath";
import { tabulate } from "./tabwriter";

export function parseColumns(spec: string): { header: string; path: string }[] {
  return spec.split(",").map((part) => {
    const colon = part.indexOf(":");
    if (colon < 0)
      throw new KubectlError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    const path = part.slice(colon + 1);
    return {
      header: part.slice(0, colon),
      path: path.startsWith(".") || path.startsWith("{") ? path : `.${path}`,
    };
  });
}

export function customColumns(spec: string, objects: readonly unknown[], noHeaders: boolean): string {
  const cols = parseColumns(spec);
  const rows = objects.map((o) =>
    cols.map((c) => {
      const values = pathValues(c.path, o);
      return values.length === 0 ? "<none>" : values.map(showValue).join(",");
    }),
  );
  return tabulate(noHeaders ? rows : [cols.map((c) => c.header), ...rows]);
}
