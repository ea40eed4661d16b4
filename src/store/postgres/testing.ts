/** Postgres helpers for tests that need the database's own locks (test/queue-reply-kill.test.ts). */
import pg from "pg";

/**
 * Takes an EXCLUSIVE lock on `table` in a transaction of its own connection: reads go on, every
 * write (and every SELECT … FOR UPDATE) waits until release() commits. For tests.
 */
export async function holdTableWrites(url: string, table: string): Promise<{ release(): Promise<void> }> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
  } catch (error) {
    await client.end();
    throw error;
  }
  return {
    async release() {
      try {
        await client.query("COMMIT");
      } finally {
        await client.end();
      }
    },
  };
}

/** How many connections are waiting for a lock in a statement whose text contains `fragment`. For tests. */
export async function countLockWaiters(url: string, fragment: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND strpos(query, $1) > 0",
      [fragment],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}
