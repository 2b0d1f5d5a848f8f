/**
 * The cluster's etcd: objects and their change log in the Durable Object's SQLite storage.
 *
 * Every commit is one SQLite transaction that writes the objects, appends one change-log row per
 * object under a new cluster-wide revision, and advances the revision counter. The revision is the
 * objects' `metadata.resourceVersion`, strictly increasing, as in etcd. The log is kept for a
 * window (a number of revisions or an age, whichever keeps more) and compacted beyond it.
 *
 * Current objects are also held in memory (the API server's watch cache), so reads never parse
 * JSON from storage; storage is read only when the object wakes up, and for log replays.
 */
import type { Author, ChangeType, CommittedChange, Mutation } from "../../lib/apiserver/change";
import type { KubeObject } from "../../lib/k8s/object";

export interface HistoryWindow {
  /** Keep at least this many revisions of change log. */
  revisions: number;
  /** Keep at least this much time of change log, in milliseconds. */
  ageMs: number;
}

export const DEFAULT_HISTORY: HistoryWindow = { revisions: 5000, ageMs: 5 * 60_000 };

interface ChangeRow extends Record<string, SqlStorageValue> {
  rv: number;
  type: string;
  resource: string;
  namespace: string;
  name: string;
  body: string;
  prev: string | null;
  at: number;
}

export type { CommittedChange };

export class ObjectStore {
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private rev = 0;
  private compacted = 0;
  private writesSinceCompaction = 0;
  /** Called after each commit, with its changes in revision order (the watch fan-out). */
  onCommit: ((changes: readonly CommittedChange[]) => void) | undefined;

  constructor(
    private readonly sql: SqlStorage,
    private readonly transact: <T>(fn: () => T) => T,
    public history: HistoryWindow = DEFAULT_HISTORY,
  ) {
    this.sql.exec(`CREATE TABLE IF NOT EXISTS objects (
      resource TEXT NOT NULL, namespace TEXT NOT NULL, name TEXT NOT NULL,
      rv INTEGER NOT NULL, body TEXT NOT NULL,
      PRIMARY KEY (resource, namespace, name)) WITHOUT ROWID`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS changes (
      rv INTEGER PRIMARY KEY, type TEXT NOT NULL, resource TEXT NOT NULL, namespace TEXT NOT NULL,
      name TEXT NOT NULL, body TEXT NOT NULL, prev TEXT, at INTEGER NOT NULL)`);
    this.sql.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    for (const row of this.sql.exec<{ key: string; value: string }>("SELECT key, value FROM meta")) {
      if (row.key === "revision") this.rev = Number(row.value);
      if (row.key === "compacted") this.compacted = Number(row.value);
    }
    for (const row of this.sql.exec<{ resource: string; namespace: string; name: string; body: string }>(
      "SELECT resource, namespace, name, body FROM objects",
    )) {
      this.bucket(row.resource).set(key(row.namespace, row.name), JSON.parse(row.body) as KubeObject);
    }
  }

  /** The revision of the last commit. */
  get revision(): number {
    return this.rev;
  }

  /** The newest revision no longer in the change log: a watch or continue from before it is expired. */
  get compactedRevision(): number {
    return this.compacted;
  }

  get(resource: string, namespace: string, name: string): KubeObject | undefined {
    return this.objects.get(resource)?.get(key(namespace, name));
  }

  /** The objects of a resource (in one namespace, or all), ordered by namespace then name like etcd keys. */
  list(resource: string, namespace?: string): KubeObject[] {
    const bucket = this.objects.get(resource);
    if (!bucket) return [];
    const out: KubeObject[] = [];
    for (const obj of bucket.values()) {
      if (namespace === undefined || (obj.metadata.namespace ?? "") === namespace) out.push(obj);
    }
    return out.sort(compareObjects);
  }

  /** Every object's key, for a reset. */
  keys(): { resource: string; namespace: string; name: string }[] {
    const out: { resource: string; namespace: string; name: string }[] = [];
    for (const [resource, bucket] of this.objects) {
      for (const obj of bucket.values()) {
        out.push({ resource, namespace: obj.metadata.namespace ?? "", name: obj.metadata.name ?? "" });
      }
    }
    return out;
  }

  count(resource: string): number {
    return this.objects.get(resource)?.size ?? 0;
  }

  /**
   * Writes the mutations in one transaction, each under its own new revision, and returns the
   * changes made. Objects passed in are stamped with their revision and kept: callers hand over
   * fresh objects and do not mutate them afterwards.
   */
  commit(mutations: readonly Mutation[], now = Date.now(), author?: Author): CommittedChange[] {
    if (mutations.length === 0) return [];
    const changes: CommittedChange[] = [];
    this.transact(() => {
      let rev = this.rev;
      for (const m of mutations) {
        rev += 1;
        const change = this.writeOne(m, rev, now);
        if (author) change.author = author;
        changes.push(change);
      }
      this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('revision', ?)", String(rev));
    });
    // The transaction committed: only now does the in-memory view follow it.
    for (const c of changes) {
      const bucket = this.bucket(c.resource);
      if (c.type === "DELETED") bucket.delete(key(c.namespace, c.name));
      else bucket.set(key(c.namespace, c.name), c.object);
    }
    this.rev = changes[changes.length - 1]!.revision;
    this.writesSinceCompaction += changes.length;
    this.onCommit?.(changes);
    return changes;
  }

  private writeOne(m: Mutation, rev: number, now: number): CommittedChange {
    if (m.type === "put") {
      const ns = m.object.metadata.namespace ?? "";
      const name = m.object.metadata.name ?? "";
      const prev = this.get(m.resource, ns, name) ?? null;
      m.object.metadata.resourceVersion = String(rev);
      const json = JSON.stringify(m.object);
      this.sql.exec(
        "INSERT OR REPLACE INTO objects (resource, namespace, name, rv, body) VALUES (?, ?, ?, ?, ?)",
        m.resource,
        ns,
        name,
        rev,
        json,
      );
      const type: ChangeType = prev ? "MODIFIED" : "ADDED";
      this.appendChange(rev, type, m.resource, ns, name, json, prev, now);
      return {
        revision: rev,
        type,
        resource: m.resource,
        namespace: ns,
        name,
        object: m.object,
        prev,
        at: now,
        json,
      };
    }
    const prev = this.get(m.resource, m.namespace, m.name);
    if (!prev) throw new Error(`delete of a missing object ${m.resource}/${m.namespace}/${m.name}`);
    const last: KubeObject = { ...prev, metadata: { ...prev.metadata, resourceVersion: String(rev) } };
    const json = JSON.stringify(last);
    this.sql.exec(
      "DELETE FROM objects WHERE resource = ? AND namespace = ? AND name = ?",
      m.resource,
      m.namespace,
      m.name,
    );
    this.appendChange(rev, "DELETED", m.resource, m.namespace, m.name, json, prev, now);
    return {
      revision: rev,
      type: "DELETED",
      resource: m.resource,
      namespace: m.namespace,
      name: m.name,
      object: last,
      prev,
      at: now,
      json,
    };
  }

  private appendChange(
    rev: number,
    type: ChangeType,
    resource: string,
    ns: string,
    name: string,
    json: string,
    prev: KubeObject | null,
    now: number,
  ): void {
    this.sql.exec(
      "INSERT INTO changes (rv, type, resource, namespace, name, body, prev, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      rev,
      type,
      resource,
      ns,
      name,
      json,
      prev ? JSON.stringify(prev) : null,
      now,
    );
  }

  /**
   * The changes after `revision`, oldest first, optionally of one resource. The caller checks
   * `revision >= compactedRevision` first; older history is gone.
   */
  *changesAfter(revision: number, resource?: string): Generator<CommittedChange> {
    const cursor = resource
      ? this.sql.exec<ChangeRow>(
          "SELECT * FROM changes WHERE rv > ? AND resource = ? ORDER BY rv",
          revision,
          resource,
        )
      : this.sql.exec<ChangeRow>("SELECT * FROM changes WHERE rv > ? ORDER BY rv", revision);
    for (const row of cursor) {
      yield {
        revision: row.rv,
        type: row.type as ChangeType,
        resource: row.resource,
        namespace: row.namespace,
        name: row.name,
        object: JSON.parse(row.body) as KubeObject,
        prev: row.prev === null ? null : (JSON.parse(row.prev) as KubeObject),
        at: row.at,
        json: row.body,
      };
    }
  }

  /**
   * The objects of a resource as they were at `revision` (for consistent paging with `continue`):
   * the current objects, with every change made after `revision` undone from the log.
   */
  listAt(resource: string, revision: number, namespace?: string): KubeObject[] {
    if (revision >= this.rev) return this.list(resource, namespace);
    const before = new Map<string, KubeObject | null>();
    for (const c of this.changesAfter(revision, resource)) {
      const k = key(c.namespace, c.name);
      if (!before.has(k)) before.set(k, c.prev);
    }
    const out: KubeObject[] = [];
    for (const [k, obj] of this.objects.get(resource) ?? []) {
      if (!before.has(k) && (namespace === undefined || (obj.metadata.namespace ?? "") === namespace))
        out.push(obj);
    }
    for (const obj of before.values()) {
      if (obj && (namespace === undefined || (obj.metadata.namespace ?? "") === namespace)) out.push(obj);
    }
    return out.sort(compareObjects);
  }

  /** Whether enough was written since the last compaction for another to be worth it. */
  get compactionDue(): boolean {
    return this.writesSinceCompaction >= Math.max(100, this.history.revisions / 10);
  }

  /** Drops change-log entries outside the kept window; returns how many were dropped. */
  compact(now = Date.now()): number {
    this.writesSinceCompaction = 0;
    const byRevision = this.rev - this.history.revisions;
    if (byRevision <= this.compacted) return 0;
    // Keep whichever window is larger: drop only what is outside both.
    const upTo = this.newestChangeBefore(now - this.history.ageMs, this.compacted, byRevision);
    if (upTo <= this.compacted) return 0;
    let dropped = 0;
    this.transact(() => {
      dropped = this.sql.exec("DELETE FROM changes WHERE rv <= ?", upTo).rowsWritten;
      this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('compacted', ?)", String(upTo));
    });
    this.compacted = upTo;
    return dropped;
  }

  /**
   * The newest revision in (`after`, `upTo`] whose change is older than `cutoff`, or `after` when
   * none is. Changes are written in revision order with a clock that does not go back, so `at`
   * grows along the log: a binary search over the primary key finds it without scanning a log
   * that, within its age window, holds every change of a large convergence.
   */
  private newestChangeBefore(cutoff: number, after: number, upTo: number): number {
    const atOf = (rv: number): number | undefined =>
      this.sql
        .exec<{ at: number }>(
          "SELECT at FROM changes WHERE rv <= ? AND rv > ? ORDER BY rv DESC LIMIT 1",
          rv,
          after,
        )
        .toArray()[0]?.at;
    const newest = atOf(upTo);
    if (newest !== undefined && newest < cutoff) return upTo;
    let lo = after;
    let hi = upTo;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const at = atOf(mid);
      if (at !== undefined && at < cutoff) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** Cluster-wide settings and markers kept beside the objects (not objects themselves). */
  getMeta(name: string): string | undefined {
    const row = this.sql
      .exec<{ value: string }>("SELECT value FROM meta WHERE key = ?", `x:${name}`)
      .toArray()[0];
    return row?.value;
  }

  setMeta(name: string, value: string): void {
    this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", `x:${name}`, value);
  }

  private bucket(resource: string): Map<string, KubeObject> {
    let b = this.objects.get(resource);
    if (!b) {
      b = new Map();
      this.objects.set(resource, b);
    }
    return b;
  }
}

function key(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

function compareObjects(a: KubeObject, b: KubeObject): number {
  const an = a.metadata.namespace ?? "";
  const bn = b.metadata.namespace ?? "";
  if (an !== bn) return an < bn ? -1 : 1;
  const a1 = a.metadata.name ?? "";
  const b1 = b.metadata.name ?? "";
  return a1 < b1 ? -1 : a1 > b1 ? 1 : 0;
}
