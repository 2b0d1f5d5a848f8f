/**
 * The `watches` table: each socket's watches kept in SQLite, so after the cluster object is evicted
 * from memory (hibernation) the next message finds every watch of every open socket in place.
 */
import type { WatchRequest } from "./watch";

/** The SQL the table needs: the Durable Object's `ctx.storage.sql`, narrowed. */
export type Sql = Pick<SqlStorage, "exec">;

export class WatchTable {
  constructor(private readonly sql: Sql) {
    sql.exec(
      "CREATE TABLE IF NOT EXISTS watches (socket TEXT NOT NULL, id TEXT NOT NULL, request TEXT NOT NULL, PRIMARY KEY (socket, id))",
    );
  }

  save(socketId: string, id: string, request: WatchRequest): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO watches (socket, id, request) VALUES (?, ?, ?)",
      socketId,
      id,
      JSON.stringify(request),
    );
  }

  remove(socketId: string, id: string): void {
    this.sql.exec("DELETE FROM watches WHERE socket = ? AND id = ?", socketId, id);
  }

  removeSocket(socketId: string): void {
    this.sql.exec("DELETE FROM watches WHERE socket = ?", socketId);
  }

  /** A socket's watches, to start again after hibernation. */
  of(socketId: string): { id: string; request: WatchRequest }[] {
    return this.sql
      .exec<{ id: string; request: string }>("SELECT id, request FROM watches WHERE socket = ?", socketId)
      .toArray()
      .map((row) => ({ id: row.id, request: JSON.parse(row.request) as WatchRequest }));
  }

  /** Forgets the watches of sockets that are gone (closed while the object was away). */
  keepOnly(live: ReadonlySet<string>): void {
    for (const row of this.sql.exec<{ socket: string }>("SELECT DISTINCT socket FROM watches").toArray()) {
      if (!live.has(row.socket)) this.removeSocket(row.socket);
    }
  }
}
