/**
 * Which resource a user means by `po`, `deploy`, `deployments.apps` or `Deployment`: read from the
 * server's discovery (`/api/v1`, `/apis`, `/apis/<group>/<version>`) as kubectl's REST mapper does,
 * with the kinds table as a fallback when discovery is not served.
 */
import { KINDS } from "../k8s/kinds";
import { isJsonObject } from "../k8s/object";
import { type Api, KubectlError } from "./api";

export interface ResourceInfo {
  group: string;
  version: string;
  /** The plural, e.g. `deployments`. */
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  verbs: string[];
  categories: string[];
}

/** `deployments.apps`, `pods`: how kubectl names a resource in messages. */
export function qualified(r: Pick<ResourceInfo, "group" | "resource">): string {
  return r.group ? `${r.resource}.${r.group}` : r.resource;
}

/** `deployment.apps`, `pod`: the prefix of `-o name` and of kubectl's success messages. */
export function kindPrefix(r: Pick<ResourceInfo, "group" | "kind">): string {
  const k = r.kind.toLowerCase();
  return r.group ? `${k}.${r.group}` : k;
}

export function apiVersion(r: Pick<ResourceInfo, "group" | "version">): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/** The collection path: `/apis/apps/v1/namespaces/N/deployments`. */
export function collectionPath(r: ResourceInfo, namespace?: string): string {
  const base = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  return r.namespaced && namespace
    ? `${base}/namespaces/${namespace}/${r.resource}`
    : `${base}/${r.resource}`;
}

export function objectPath(r: ResourceInfo, namespace: string, name: string): string {
  return `${collectionPath(r, namespace)}/${encodeURIComponent(name)}`;
}

const ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

function fromKindsTable(): ResourceInfo[] {
  return KINDS.map((k) => ({
    group: k.group,
    version: k.version,
    resource: k.plural,
    singular: k.singular,
    kind: k.kind,
    namespaced: k.namespaced,
    shortNames: [...k.shortNames],
    verbs: ALL_VERBS,
    categories: [...k.categories],
  }));
}

function fromResourceList(group: string, version: string, list: unknown): ResourceInfo[] {
  if (!isJsonObject(list) || !Array.isArray(list.resources)) return [];
  const out: ResourceInfo[] = [];
  for (const r of list.resources) {
    if (!isJsonObject(r) || typeof r.name !== "string" || r.name.includes("/")) continue;
    out.push({
      group,
      version,
      resource: r.name,
      singular:
        typeof r.singularName === "string" && r.singularName
          ? r.singularName
          : String(r.kind ?? "").toLowerCase(),
      kind: String(r.kind ?? ""),
      namespaced: r.namespaced === true,
      shortNames: Array.isArray(r.shortNames) ? r.shortNames.map(String) : [],
      verbs: Array.isArray(r.verbs) ? r.verbs.map(String) : [],
      categories: Array.isArray(r.categories) ? r.categories.map(String) : [],
    });
  }
  return out;
}

/** How long discovery is kept between commands (kubectl's discovery cache keeps it for hours). */
export const DISCOVERY_TTL_MS = 10 * 60_000;
const discoveryCache = new Map<string, { at: number; resources: ResourceInfo[] }>();

/**
 * The server's resources: discovered once per command, or taken from discovery kept under the
 * command's cache key for DISCOVERY_TTL_MS. A word or kind not found in kept discovery discovers
 * again before giving up, as kubectl resets its cache when a resource is missing.
 */
export class Resources {
  private list?: Promise<{ resources: ResourceInfo[]; discovered: boolean }>;
  private fromCache = false;
  constructor(
    private readonly api: Api,
    private readonly cacheKey?: string,
    private readonly now: () => number = Date.now,
  ) {}

  all(): Promise<{ resources: ResourceInfo[]; discovered: boolean }> {
    if (!this.list && this.cacheKey) {
      const kept = discoveryCache.get(this.cacheKey);
      if (kept && this.now() - kept.at < DISCOVERY_TTL_MS) {
        this.fromCache = true;
        this.list = Promise.resolve({ resources: kept.resources, discovered: true });
      }
    }
    this.list ??= this.discover().then(
      (resources) => {
        if (this.cacheKey) discoveryCache.set(this.cacheKey, { at: this.now(), resources });
        return { resources, discovered: true };
      },
      () => ({ resources: fromKindsTable(), discovered: false }),
    );
    return this.list;
  }

  /** Forgets kept discovery and discovers again; false when this command discovered already. */
  private rediscover(): boolean {
    if (!this.fromCache) return false;
    this.fromCache = false;
    if (this.cacheKey) discoveryCache.delete(this.cacheKey);
    this.list = undefined;
    return true;
  }

  private async discover(): Promise<ResourceInfo[]> {
    const core = await this.api.json("/api/v1");
    const out = fromResourceList("", "v1", core);
    const groups = await this.api.json("/apis");
    const lists = Array.isArray(groups.groups) ? groups.groups.filter(isJsonObject) : [];
    const fetched = await Promise.all(
      lists.map(async (g) => {
        const name = String(g.name ?? "");
        const preferred = isJsonObject(g.preferredVersion) ? String(g.preferredVersion.version ?? "") : "";
        if (!name || !preferred) return [];
        try {
          return fromResourceList(name, preferred, await this.api.json(`/apis/${name}/${preferred}`));
        } catch {
          return [];
        }
      }),
    );
    for (const f of fetched) out.push(...f);
    if (out.length === 0) throw new Error("empty discovery");
    return out;
  }

  /** Resolves a user's word; throws kubectl's error when the server has no such resource. */
  async resolve(word: string): Promise<ResourceInfo> {
    const found = await this.find(word);
    if (!found) throw new KubectlError(`the server doesn't have a resource type "${word}"`);
    return found;
  }

  async find(word: string): Promise<ResourceInfo | undefined> {
    const found = this.findIn((await this.all()).resources, word);
    if (found || !this.rediscover()) return found;
    return this.findIn((await this.all()).resources, word);
  }

  private findIn(resources: readonly ResourceInfo[], word: string): ResourceInfo | undefined {
    const lower = word.toLowerCase();
    const dot = lower.indexOf(".");
    const candidates: [string, string][] = [[lower, ""]];
    if (dot > 0) candidates.unshift([lower.slice(0, dot), lower.slice(dot + 1)]);
    for (const [name, group] of candidates) {
      // kubectl also accepts `resource.version.group`, e.g. deployments.v1.apps.
      const groupOk = (r: ResourceInfo) =>
        group === "" ? true : r.group === group || `${r.version}.${r.group}` === group;
      const inGroup = resources.filter(groupOk);
      const hit =
        inGroup.find((r) => r.resource === name) ??
        inGroup.find((r) => r.singular === name) ??
        inGroup.find((r) => r.shortNames.includes(name)) ??
        inGroup.find((r) => r.kind.toLowerCase() === name);
      if (hit) return hit;
    }
    return undefined;
  }

  /** The resource of an object's apiVersion and kind (for `-f` manifests). */
  async forKind(apiVersionText: string, kind: string): Promise<ResourceInfo> {
    try {
      return this.forKindIn((await this.all()).resources, apiVersionText, kind);
    } catch (e) {
      if (!this.rediscover()) throw e;
      return this.forKindIn((await this.all()).resources, apiVersionText, kind);
    }
  }

  private forKindIn(resources: readonly ResourceInfo[], apiVersionText: string, kind: string): ResourceInfo {
    const [group, version] = apiVersionText.includes("/")
      ? apiVersionText.split("/", 2)
      : ["", apiVersionText];
    const hit = resources.find((r) => r.group === group && r.kind === kind);
    if (!hit || (version && hit.version !== version))
      throw new KubectlError(
        `resource mapping not found for name: "" namespace: "" from "": no matches for kind "${kind}" in version "${apiVersionText}"\nensure CRDs are installed first`,
      );
    return hit;
  }
}
