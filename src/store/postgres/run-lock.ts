import type { LockOwner, TakeLockResult } from "../run-lock.ts";
import type { Sql } from "./sql.ts";

/**
 * The run lock: one row (the Postgres form of ../run-lock.ts). Reading the holder, judging it stale
 * and replacing it happen in one transaction that first takes a transaction-level advisory lock, so
 * every contender is serialised: two processes that both find a stale lock cannot both take it.
 */
const RUN_LOCK_KEY = 0x64617962; // "dayb"

export class PgRunLockTable {
  constructor(private readonly sql: Sql) {}

  takeRunLock(
    token: string,
    owner: LockOwner,
    isStale: (held: LockOwner) => boolean,
  ): Promise<TakeLockResult> {
    return this.sql.atomic(async (sql): Promise<TakeLockResult> => {
      await sql.run("SELECT pg_advisory_xact_lock(?)", [RUN_LOCK_KEY]);
      const held = await sql.row<LockOwner & { token: string }>(
        "SELECT token, pid, host, since, command FROM run_lock WHERE id = 1",
      );
      if (held && held.token !== token && !isStale(held)) {
        const { token: _t, ...holder } = held;
        return { acquired: false, owner: holder };
      }
      await sql.run(
        `INSERT INTO run_lock (id, token, pid, host, since, command) VALUES (1, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET token = excluded.token, pid = excluded.pid, host = excluded.host,
           since = excluded.since, command = excluded.command`,
        [token, owner.pid, owner.host, owner.since, owner.command],
      );
      return { acquired: true };
    });
  }

  async releaseRunLock(token: string): Promise<boolean> {
    return (await this.sql.run("DELETE FROM run_lock WHERE id = 1 AND token = ?", [token])) > 0;
  }

  runLockHolder(): Promise<LockOwner | undefined> {
    return this.sql.row<LockOwner>("SELECT pid, host, since, command FROM run_lock WHERE id = 1");
  }
}
