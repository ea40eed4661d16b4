import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";

/** Who holds the run lock. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO 8601 UTC. */
  since: string;
  command: string;
}

export type TakeLockResult = { acquired: true } | { acquired: false; owner: LockOwner };

interface LockRow extends LockOwner {
  token: string;
}

/**
 * The run lock: one row. Reading the holder, judging it stale and replacing it happen in one
 * IMMEDIATE transaction, so SQLite's write lock serialises every contender: two processes that both
 * find a stale lock cannot both take it (the second sees the first one's row).
 */
export class RunLockTable {
  private readonly sql: Prepare;
  constructor(private readonly db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  takeRunLock(token: string, owner: LockOwner, isStale: (held: LockOwner) => boolean): TakeLockResult {
    const take = this.db.transaction((): TakeLockResult => {
      const held = this.sql("SELECT token, pid, host, since, command FROM run_lock WHERE id = 1").get() as
        | LockRow
        | undefined;
      if (held && held.token !== token && !isStale(held)) {
        const { token: _t, ...owner } = held;
        return { acquired: false, owner };
      }
      this.sql(
        `INSERT INTO run_lock (id, token, pid, host, since, command) VALUES (1, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET token = excluded.token, pid = excluded.pid, host = excluded.host,
           since = excluded.since, command = excluded.command`,
      ).run(token, owner.pid, owner.host, owner.since, owner.command);
      return { acquired: true };
    });
    return take.immediate();
  }

  /** Releases the lock if this token still holds it (a lock taken over as stale is not ours to drop). */
  releaseRunLock(token: string): boolean {
    return this.sql("DELETE FROM run_lock WHERE id = 1 AND token = ?").run(token).changes > 0;
  }

  runLockHolder(): LockOwner | undefined {
    return this.sql("SELECT pid, host, since, command FROM run_lock WHERE id = 1").get() as
      | LockOwner
      | undefined;
  }
}
