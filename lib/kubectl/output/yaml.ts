/** YAML and JSON as kubectl prints them: keys sorted, lists not indented, 4-space JSON. */
import { parseAllDocuments, stringify } from "yaml";
import { KubectlError } from "../api";

/** Aliases a manifest may use before we call it a YAML bomb. */
export const MAX_YAML_ALIASES = 100;
/** The largest manifest `-f` accepts. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

export function toYaml(value: unknown): string {
  return stringify(value, {
    sortMapEntries: true,
    indentSeq: false,
    lineWidth: 0,
    aliasDuplicateObjects: false,
    // go-yaml quotes what YAML 1.1 would read as another type: timestamps, yes/no, on/off.
    version: "1.1",
  });
}

/** JSON keeps the order of the fields (Go's struct order for what the server sends). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}

/** The objects of a multi-document YAML or JSON text; `List` kinds are flattened into their items. */
export function parseManifests(text: string, source: string): unknown[] {
  if (text.length > MAX_MANIFEST_BYTES)
    throw new KubectlError(`${source} is ${text.length} bytes; the limit is ${MAX_MANIFEST_BYTES}`);
  const out: unknown[] = [];
  const docs = parseAllDocuments(text, { prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      throw new KubectlError(`error parsing ${source}: ${doc.errors[0]?.message ?? "invalid YAML"}`);
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (e) {
      throw new KubectlError(`error parsing ${source}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (value === null || value === undefined) continue;
    if (
      typeof value === "object" &&
      !Array.isArray(value) &&
      (value as { kind?: unknown }).kind?.toString().endsWith("List")
    ) {
      const items = (value as { items?: unknown }).items;
      if (Array.isArray(items)) {
        out.push(...items);
        continue;
      }
    }
    out.push(value);
  }
  const size = JSON.stringify(out).length;
  if (size > MAX_MANIFEST_BYTES * 4)
    throw new KubectlError(`error parsing ${source}: the documents expand to ${size} bytes of JSON`);
  return out;
}
