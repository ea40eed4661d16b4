import pg from "pg";

/**
 * How the Postgres table classes reach the database: the pool (each call on any free connection) or
 * one client inside a transaction. Statements are written with `?` placeholders, as the SQLite
 * tables write them, and numbered ($1, $2 …) here; no statement of ours has a `?` of its own.
 */
export interface Sql {
  rows<R>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** The first row, or undefined. */
  row<R>(text: string, params?: readonly unknown[]): Promise<R | undefined>;
  /** Runs a statement; returns the rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
  /** Runs `fn` atomically: a transaction on a pool, a savepoint inside one. */
  atomic<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
}

const numbered = new Map<string, string>();

/** `?` → `$1`, `$2` … (cached by text). */
export function numberPlaceholders(text: string): string {
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    numbered.set(text, out);
  }
  return out;
}

type Queryable = Pick<pg.ClientBase, "query">;

async function query(on: Queryable, text: string, params: readonly unknown[] = []) {
  return on.query(numberPlaceholders(text), params as unknown[]);
}

/** Calls through one client; `begin`/`commit`/`rollback` nest as savepoints. */
export class ClientSql implements Sql {
  #depth = 0;
  /** A ROLLBACK failed: release the client with an error so the pool drops it. */
  broken = false;
  constructor(readonly client: pg.PoolClient) {}

  /** Back to the pool (dropped when broken). */
  release(): void {
    this.client.release(this.broken ? new Error("connection left in an unknown state") : undefined);
  }

  get inTransaction(): boolean {
    return this.#depth > 0;
  }

  async rows<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
    return (await query(this.client, text, params)).rows as R[];
  }

  async row<R>(text: string, params?: readonly unknown[]): Promise<R | undefined> {
    return (await this.rows<R>(text, params))[0];
  }

  async run(text: string, params?: readonly unknown[]): Promise<number> {
    return (await query(this.client, text, params)).rowCount ?? 0;
  }

  async begin(): Promise<void> {
    await this.client.query(this.#depth === 0 ? "BEGIN" : `SAVEPOINT sp_${this.#depth}`);
    this.#depth++;
  }

  async commit(): Promise<void> {
    const depth = --this.#depth;
    await this.client.query(depth === 0 ? "COMMIT" : `RELEASE SAVEPOINT sp_${depth}`);
  }

  async rollback(): Promise<void> {
    const depth = --this.#depth;
    await this.client.query(
      depth === 0 ? "ROLLBACK" : `ROLLBACK TO SAVEPOINT sp_${depth}; RELEASE SAVEPOINT sp_${depth}`,
    );
  }

  async atomic<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    await this.begin();
    try {
      const result = await fn(this);
      await this.commit();
      return result;
    } catch (error) {
      try {
        await this.rollback();
      } catch {
        // The connection's state is unknown now: the pool must not hand it out again.
        this.broken = true;
      }
      throw error;
    }
  }
}

/** Calls on the pool; `atomic` takes a client for the length of one transaction. */
export class PoolSql implements Sql {
  constructor(readonly pool: pg.Pool) {}

  async rows<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
    return (await query(this.pool, text, params)).rows as R[];
  }

  async row<R>(text: string, params?: readonly unknown[]): Promise<R | undefined> {
    return (await this.rows<R>(text, params))[0];
  }

  async run(text: string, params?: readonly unknown[]): Promise<number> {
    return (await query(this.pool, text, params)).rowCount ?? 0;
  }

  async atomic<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const sql = new ClientSql(await this.pool.connect());
    try {
      return await sql.atomic(fn);
    } finally {
      sql.release();
    }
  }
}

/** bigint (count, sum, ids) and numeric arrive as strings by default; every one of ours fits a double. */
export const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};
