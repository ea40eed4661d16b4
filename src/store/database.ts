import BetterSqlite3, { type Database, type Statement } from "better-sqlite3";
import { migrate } from "./migrations.ts";
import { registerSearchFunctions } from "./search-functions.ts";

export interface OpenDatabaseOptions {
  /** How long a writer waits for another process's lock before SQLITE_BUSY, in ms. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/**
 * Opens (creating if needed) the SQLite file with the settings every connection needs, then brings
 * the schema up to date. WAL lets another process (`daybrief search`, `runs`, `sources`) read while a run
 * writes.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  const db = new BetterSqlite3(path, { readonly: options.readonly ?? false });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    db.pragma("foreign_keys = ON");
    // The search index's triggers tokenise with these: every connection that may write needs them.
    registerSearchFunctions(db);
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      // In WAL mode NORMAL is durable against application crashes and much faster than FULL.
      db.pragma("synchronous = NORMAL");
      migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export type Prepare = (sql: string) => Statement;

/** better-sqlite3 compiles on every prepare(); the table classes reuse statements by their text. */
export function cachePreparedStatements(db: Database): Prepare {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
