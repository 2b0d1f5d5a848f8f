/** `kubectl get`: tables from the server's Table answers, or objects as yaml/json/name/jsonpath/custom-columns; `-w` streams. */
import { objectAt } from "../../k8s/json";
import type { JsonObject } from "../../k8s/object";
import { isJsonObject } from "../../k8s/object";
import { ApiStatusError, errorText, TABLE_ACCEPT } from "../api";
import {
  ALL_NAMESPACES_FLAG,
  type Command,
  type Ctx,
  OUTPUT_FLAG,
  SELECTOR_FLAG,
  UsageError,
} from "../command";
import { pathValues } from "../output/jsonpath";
import {
  fallbackTable,
  isTable,
  type Table,
  type TableOptions,
  tableLines,
  tableRows,
} from "../output/table";
import { columnWidths, tabulate } from "../output/tabwriter";
import { collectionPath, kindPrefix, objectPath, type ResourceInfo } from "../resources";
import {
  itemsOf,
  namespaceFor,
  type OutputFormat,
  outputFormat,
  printObjects,
  type ResourceTarget,
  resolveTargets,
} from "./shared";
import { watchStream } from "./watch";

export const getCommand: Command = {
  name: "get",
  short: "Display one or many resources",
  group: "Basic Commands (Intermediate)",
  long: 'Display one or many resources.\n\n Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don\'t specify any namespace.\n\nUse "kubectl api-resources" for a complete list of supported resources.',
  usage:
    "[(-o|--output=)json|yaml|name|jsonpath|custom-columns|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
  examples:
    "# List all pods in ps output format\nkubectl get pods\n\n# List all pods with more information (such as node name)\nkubectl get pods -o wide\n\n# List a single deployment in JSON output format\nkubectl get deployment my-app -o json\n\n# List the names of all pods\nkubectl get pods -o jsonpath='{.items[*].metadata.name}'\n\n# Watch pods\nkubectl get pods -w",
  flags: [
    ALL_NAMESPACES_FLAG,
    OUTPUT_FLAG,
    SELECTOR_FLAG,
    {
      name: "field-selector",
      type: "string",
      usage: "Selector (field query) to filter on, supports '=', '==', and '!='.",
    },
    {
      name: "no-headers",
      type: "bool",
      usage:
        "When using the default or custom-column output format, don't print headers (default print headers).",
    },
    {
      name: "show-labels",
      type: "bool",
      usage: "When printing, show all labels as the last column (default hide labels column)",
    },
    {
      name: "label-columns",
      short: "L",
      type: "stringSlice",
      usage: "Accepts a comma separated list of labels that are going to be presented as columns.",
    },
    {
      name: "sort-by",
      type: "string",
      usage:
        "If non-empty, sort list types using this field specification. The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}').",
    },
    {
      name: "watch",
      short: "w",
      type: "bool",
      usage: "After listing/getting the requested object, watch for changes.",
    },
    {
      name: "watch-only",
      type: "bool",
      usage: "Watch for changes to the requested object(s), without listing/getting first.",
    },
    {
      name: "show-kind",
      type: "bool",
      usage: "If present, list the resource type for the requested object(s).",
    },
    {
      name: "ignore-not-found",
      type: "bool",
      usage: "If set to true, suppresses NotFound error for specific objects that do not exist.",
    },
  ],
  run: runGet,
};

const NEED_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.';

async function runGet(ctx: Ctx): Promise<number> {
  if (ctx.args.length === 0 && ctx.flags.list("filename").length === 0) {
    ctx.err(
      `${NEED_TYPE}\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n`,
    );
    return 1;
  }
  const format = outputFormat(ctx.flags.string("output"));
  const targets = await resolveTargets(ctx, ctx.args);
  const all = ctx.flags.bool("all-namespaces");
  const watch = ctx.flags.bool("watch") || ctx.flags.bool("watch-only");
  if (watch && targets.length > 1) throw new UsageError("you may only specify a single resource type");
  const several =
    targets.length > 1 || ctx.flags.bool("show-kind") || ctx.args[0]?.split(",").includes("all") === true;
  let code = 0;
  let printedTables = 0;
  const collected: JsonObject[] = [];
  let anyFound = false;
  for (const target of targets) {
    if (format.t === "table") {
      const result = await getTable(ctx, target, all);
      code = Math.max(code, result.code);
      if (result.table.rows.length === 0) continue;
      anyFound = true;
      if (watch && ctx.flags.bool("watch-only")) break;
      const options = tableOptions(ctx, format, all, several ? `${kindPrefix(target.resource)}/` : "");
      if (printedTables > 0) ctx.out("\n");
      printedTables++;
      ctx.out(tabulate(tableLines(await sorted(ctx, target, result.table, all), options)));
    } else {
      const result = await getObjects(ctx, target, all);
      code = Math.max(code, result.code);
      collected.push(...result.objects);
      if (result.objects.length) anyFound = true;
    }
  }
  if (format.t !== "table") {
    const single = targets.length === 1 && (targets[0]?.names.length ?? 0) === 1;
    if (collected.length > 0 || format.t === "json" || format.t === "yaml") {
      if (!(collected.length === 0 && (targets[0]?.names.length ?? 0) > 0))
        printObjects(ctx, format, sortObjects(ctx, collected), single);
    }
  }
  if (
    !anyFound &&
    code === 0 &&
    !watch &&
    (format.t === "table" || format.t === "name" || format.t === "custom-columns" || format.t === "jsonpath")
  ) {
    if (format.t === "table" || format.t === "name") noResources(ctx, targets, all);
  }
  if (watch && targets[0]) return Math.max(code, await watchTarget(ctx, targets[0], all, format));
  return code;
}

function noResources(ctx: Ctx, targets: ResourceTarget[], all: boolean): void {
  if (targets.some((t) => t.names.length > 0)) return;
  const namespaced = targets.some((t) => t.resource.namespaced);
  ctx.err(
    namespaced && !all ? `No resources found in ${ctx.namespace} namespace.\n` : "No resources found\n",
  );
}

function tableOptions(ctx: Ctx, format: OutputFormat, all: boolean, namePrefix: string): TableOptions {
  return {
    wide: format.t === "table" && format.wide,
    noHeaders: ctx.flags.bool("no-headers"),
    showLabels: ctx.flags.bool("show-labels"),
    labelColumns: ctx.flags.list("label-columns"),
    withNamespace: all,
    namePrefix,
  };
}

function listQuery(ctx: Ctx): Record<string, string> {
  return { labelSelector: ctx.flags.string("selector"), fieldSelector: ctx.flags.string("field-selector") };
}

/** The rows of a target as a Table: one list request, or one GET per name (NotFound printed, then go on). */
async function getTable(
  ctx: Ctx,
  target: ResourceTarget,
  all: boolean,
): Promise<{ table: Table; code: number }> {
  const r = target.resource;
  const ns = namespaceFor(ctx, r, all);
  if (target.names.length === 0) {
    const answer = await ctx.api.json(collectionPath(r, ns), { accept: TABLE_ACCEPT, query: listQuery(ctx) });
    return { table: asTable(answer, ctx), code: 0 };
  }
  let table: Table | undefined;
  let code = 0;
  for (const name of target.names) {
    try {
      const answer = await ctx.api.json(objectPath(r, ns ?? ctx.namespace, name), { accept: TABLE_ACCEPT });
      const t = asTable(answer, ctx);
      if (!table) table = t;
      else table.rows.push(...t.rows);
    } catch (e) {
      if (e instanceof ApiStatusError && e.code === 404 && ctx.flags.bool("ignore-not-found")) continue;
      ctx.err(`${errorText(e)}\n`);
      code = 1;
    }
  }
  return { table: table ?? { kind: "Table", columnDefinitions: [], rows: [] }, code };
}

function asTable(answer: JsonObject, ctx: Ctx): Table {
  return isTable(answer) ? answer : fallbackTable(answer, ctx.io.now());
}

async function getObjects(
  ctx: Ctx,
  target: ResourceTarget,
  all: boolean,
): Promise<{ objects: JsonObject[]; code: number }> {
  const r = target.resource;
  const ns = namespaceFor(ctx, r, all);
  if (target.names.length === 0) {
    const list = await ctx.api.json(collectionPath(r, ns), { query: listQuery(ctx) });
    return { objects: itemsOf(list, r), code: 0 };
  }
  const objects: JsonObject[] = [];
  let code = 0;
  for (const name of target.names) {
    try {
      objects.push(await ctx.api.json(objectPath(r, ns ?? ctx.namespace, name)));
    } catch (e) {
      if (e instanceof ApiStatusError && e.code === 404 && ctx.flags.bool("ignore-not-found")) continue;
      ctx.err(`${errorText(e)}\n`);
      code = 1;
    }
  }
  return { objects, code };
}

function sortKey(v: unknown): string | number {
  return typeof v === "number" ? v : typeof v === "string" ? v : JSON.stringify(v ?? "");
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function sortObjects(ctx: Ctx, objects: JsonObject[]): JsonObject[] {
  const by = ctx.flags.string("sort-by");
  if (!by) return objects;
  return [...objects].sort((a, b) => compare(sortKey(pathValues(by, a)[0]), sortKey(pathValues(by, b)[0])));
}

/** `--sort-by` over a Table: the full objects are read once to find each row's key. */
async function sorted(ctx: Ctx, target: ResourceTarget, table: Table, all: boolean): Promise<Table> {
  const by = ctx.flags.string("sort-by");
  if (!by) return table;
  const { objects } = await getObjects(ctx, target, all);
  const keyOf = new Map<string, string | number>();
  for (const o of objects) {
    const meta = objectAt(o.metadata);
    keyOf.set(`${String(meta.namespace ?? "")}/${String(meta.name ?? "")}`, sortKey(pathValues(by, o)[0]));
  }
  const rowKey = (row: Table["rows"][number]) => {
    const meta = row.object && isJsonObject(row.object.metadata) ? row.object.metadata : {};
    return keyOf.get(`${String(meta.namespace ?? "")}/${String(meta.name ?? "")}`) ?? "";
  };
  return { ...table, rows: [...table.rows].sort((a, b) => compare(rowKey(a), rowKey(b))) };
}

/** `-w`: after the listing, one line per watch event until Ctrl-C. */
async function watchTarget(
  ctx: Ctx,
  target: ResourceTarget,
  all: boolean,
  format: OutputFormat,
): Promise<number> {
  const r: ResourceInfo = target.resource;
  const ns = namespaceFor(ctx, r, all);
  const query: Record<string, string> = { ...listQuery(ctx), watch: "true" };
  if (target.names.length === 1) query.fieldSelector = `metadata.name=${target.names[0]}`;
  // The listing just printed the current state; a watch from "now" would race, so watch from the list's version.
  const list = await ctx.api.json(collectionPath(r, ns), { query: listQuery(ctx) });
  const rv = isJsonObject(list.metadata) ? String(list.metadata.resourceVersion ?? "") : "";
  if (rv && !ctx.flags.bool("watch-only")) query.resourceVersion = rv;
  const options = tableOptions(ctx, format, all, "");
  let widths: number[] | undefined;
  let columns: Table["columnDefinitions"] | undefined;
  await watchStream(
    ctx,
    collectionPath(r, ns),
    query,
    format.t === "table" ? TABLE_ACCEPT : "application/json",
    (event) => {
      const obj = event.object;
      if (format.t !== "table") {
        printObjects(
          ctx,
          format,
          [
            obj.kind === "Table"
              ? obj
              : { apiVersion: r.group ? `${r.group}/${r.version}` : r.version, kind: r.kind, ...obj },
          ],
          true,
        );
        return;
      }
      let table = isTable(obj) ? obj : fallbackTable(obj, ctx.io.now());
      if (table.columnDefinitions?.length) columns = table.columnDefinitions;
      else if (columns) table = { ...table, columnDefinitions: columns };
      const rows = tableRows(table, options);
      if (!widths) {
        widths = columnWidths(tableLines(table, options));
        if (!options.noHeaders && ctx.flags.bool("watch-only"))
          ctx.out(tabulate(tableLines({ ...table, rows: [] }, options), widths));
      }
      ctx.out(tabulate(rows, widths));
    },
  );
  return 0;
}
