import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { SerialQueue } from "../serial-queue.ts";
import { methodsOf } from "../sqlite-store.ts";
import type {
  OpenStoreOptions,
  Store,
  StoreOps,
  StoreTransaction,
  WriteBatch,
  WriteBatchOptions,
} from "../store.ts";
import { PgAlertTable } from "./alerts.ts";
import { PgAnalysisTable } from "./analyses.ts";
import { PgAnalysisReplyTable } from "./analysis-replies.ts";
import { PgArticleTable } from "./articles.ts";
import { PgBriefingTable } from "./briefings.ts";
import { PgDeliveryTable } from "./deliveries.ts";
import { PgDraftTable } from "./drafts.ts";
import { PgHostCooldownTable } from "./host-cooldowns.ts";
import { PgHostRequestTable } from "./host-requests.ts";
import { PgJudgementTable } from "./judgements.ts";
import { migratePostgres } from "./migrations.ts";
import { PgPageRereadTable } from "./page-rereads.ts";
import { PgRevokedSessionTable } from "./revoked-sessions.ts";
import { PgRunLockTable } from "./run-lock.ts";
import { PgRunTable } from "./runs.ts";
import { PgSearchIndexTable } from "./search-index.ts";
import { PgSourceTable } from "./sources.ts";
import { ClientSql, PoolSql, pgTypes, type Sql } from "./sql.ts";
import { PgStoryTable } from "./stories.ts";
import { PgUsageLedger } from "./usage-ledger.ts";

/** Every operation of the contract, run through `sql` (the pool, or a transaction's client). */
function opsOn(sql: Sql, now: () => Date): StoreOps {
  return {
    ...methodsOf(new PgSourceTable(sql, now)),
    ...methodsOf(new PgArticleTable(sql, now)),
    ...methodsOf(new PgAnalysisTable(sql, now)),
    ...methodsOf(new PgAnalysisReplyTable(sql, now)),
    ...methodsOf(new PgUsageLedger(sql)),
    ...methodsOf(new PgBriefingTable(sql, now)),
    ...methodsOf(new PgDraftTable(sql)),
    ...methodsOf(new PgRunTable(sql)),
    ...methodsOf(new PgRunLockTable(sql)),
    ...methodsOf(new PgDeliveryTable(sql)),
    ...methodsOf(new PgStoryTable(sql, now)),
    ...methodsOf(new PgJudgementTable(sql)),
    ...methodsOf(new PgAlertTable(sql)),
    ...methodsOf(new PgHostCooldownTable(sql)),
    ...methodsOf(new PgRevokedSessionTable(sql)),
    ...methodsOf(new PgHostRequestTable(sql)),
    ...methodsOf(new PgPageRereadTable(sql)),
    ...methodsOf(new PgSearchIndexTable(sql)),
  };
}

/** The same operations, each run through `call` (which may wait its turn or refuse). */
function guardedOps(ops: StoreOps, call: <T>(fn: () => Promise<T>) => Promise<T>): StoreOps {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(ops) as [string, (...args: unknown[]) => Promise<unknown>][])
    wrapped[name] = (...args: unknown[]) => call(() => fn(...args));
  return wrapped as unknown as StoreOps;
}

export interface OpenPostgresStoreOptions extends OpenStoreOptions {
  /** Connections in the pool (default 10). */
  maxConnections?: number;
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}

/**
 * Opens the Postgres store at `url` (postgres://user:password@host:port/database), migrating the
 * schema as needed. Calls run on a pool of connections; the transaction rules are SQLite's
 * (sqlite-store.ts): `transaction` runs on one dedicated client, BEGIN … COMMIT (ROLLBACK when the
 * body throws), nested ones as SAVEPOINTs; transactions on one store are serialised, and a call on
 * the store waits while one is open (refused from inside it). A write batch keeps its chunk open on
 * one client; the store's own calls go through that client while the chunk is open, so a stage
 * reads what it wrote.
 */
export async function openPostgresStore(url: string, options: OpenPostgresStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const lockTimeout = Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000));
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    // Idle connections never keep a finished command alive.
    allowExitOnIdle: true,
    types: pgTypes,
    // A writer waits for another's row lock this long before failing (SQLite's busy timeout).
    options: `-c lock_timeout=${lockTimeout}`,
  });
  // An idle client's error (the server went away) must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  const poolSql = new PoolSql(pool);
  try {
    await migratePostgres(poolSql, now);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const queue = new SerialQueue();
  const inside = new AsyncLocalStorage<true>();
  const state: StoreState = { chunk: undefined };
  let uncommitted = 0;
  /** Where a call on the store runs: the open chunk's client, else the pool. */
  const current = (): Sql => state.chunk ?? poolSql;

  const outside = <T>(fn: (sql: Sql) => Promise<T>): Promise<T> => {
    if (inside.getStore())
      return Promise.reject(
        new Error("a store call inside store.transaction: use the tx it passes to its function"),
      );
    // Calls on the pool run side by side; on an open chunk's client they take turns with the batch.
    if (!queue.busy && !state.chunk) return fn(poolSql);
    return queue.run(() => fn(current()));
  };

  const runTransaction = async <T>(sql: ClientSql, fn: (tx: StoreTransaction) => Promise<T>): Promise<T> =>
    sql.atomic(async () => {
      let open = true;
      const ended = () => Promise.reject(new Error("the transaction has ended: its tx cannot be used"));
      const nested = new SerialQueue();
      const tx: StoreTransaction = {
        ...guardedOps(opsOn(sql, now), (call) => (open ? call() : ended())),
        transaction: (inner) => (open ? nested.run(() => runTransaction(sql, inner)) : ended()),
      };
      try {
        return await fn(tx);
      } finally {
        open = false;
      }
    });

  /** A top-level transaction: a savepoint inside the open chunk, else a client of its own. */
  const runTopLevel = async <T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> => {
    if (state.chunk) return runTransaction(state.chunk, fn);
    const sql = new ClientSql(await pool.connect());
    try {
      return await runTransaction(sql, fn);
    } finally {
      sql.release();
    }
  };

  const ops = opsOn(poolSql, now);
  // The operations on a chunk's client, made once per chunk (the pool's once): not per call.
  const opsBySql = new WeakMap<Sql, StoreOps>([[poolSql, ops]]);
  const opsFor = (sql: Sql): Record<string, (...a: unknown[]) => Promise<unknown>> => {
    let found = opsBySql.get(sql);
    if (!found) {
      found = opsOn(sql, now);
      opsBySql.set(sql, found);
    }
    return found as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  };
  const outsideOps = Object.fromEntries(
    Object.keys(ops).map((name) => [
      name,
      (...args: unknown[]) => outside((sql) => opsFor(sql)[name]!(...args)),
    ]),
  ) as unknown as StoreOps;

  const store: Store = {
    path: redactUrl(url),
    ...outsideOps,
    transaction: (fn) => {
      if (inside.getStore())
        return Promise.reject(new Error("store.transaction inside store.transaction: use tx.transaction"));
      return queue.run(() => inside.run(true, () => runTopLevel(fn)));
    },
    batchWrites: (batchOptions) => openWriteBatch(pool, state, queue, inside, runTransaction, batchOptions),
    // The server's current snapshot (xmin:xmax:in-progress ids) as text changes whenever any
    // transaction that wrote ends (commit or rollback): a transaction that was in progress leaves the
    // list, one that began later pushes xmax past its id. It is the cluster's, so a commit in another
    // database changes it too (a needless change, never a missed one); reading it writes nothing and
    // takes no lock. An open chunk's rows are visible to this store only: a token of its own each time.
    contentVersion: () =>
      outside(async (sql) =>
        state.chunk
          ? `open.${++uncommitted}`
          : ((await sql.row<{ v: string }>("SELECT pg_current_snapshot()::text AS v"))?.v ?? ""),
      ),
    close: async () => {
      if (queue.busy) await queue.run(() => undefined);
      // An open chunk is cut off, as after a crash: none of it is stored.
      const chunk = state.chunk;
      state.chunk = undefined;
      if (chunk) {
        await chunk.rollback().catch(() => undefined);
        chunk.release();
      }
      await pool.end();
    },
  };
  return store;
}

interface StoreState {
  /** The client of the open batch chunk, inside its transaction. */
  chunk: ClientSql | undefined;
}

function openWriteBatch(
  pool: pg.Pool,
  state: StoreState,
  queue: SerialQueue,
  inside: AsyncLocalStorage<true>,
  runTransaction: <T>(sql: ClientSql, fn: (tx: StoreTransaction) => Promise<T>) => Promise<T>,
  options: WriteBatchOptions = {},
): WriteBatch {
  const size = Math.max(1, options.size ?? 200);
  const maxMs = options.maxMs ?? 1000;
  let calls = 0;
  let chunkOpen = false;
  let timer: NodeJS.Timeout | undefined;
  let timerError: unknown;
  /** Commits the chunk this batch opened; the queue is held. */
  const commitChunk = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    calls = 0;
    if (!chunkOpen) return;
    chunkOpen = false;
    const chunk = state.chunk;
    state.chunk = undefined;
    if (!chunk) return; // the store was closed: the chunk is gone
    try {
      await chunk.commit();
    } catch (error) {
      await chunk.rollback().catch(() => {
        chunk.broken = true;
      });
      throw error;
    } finally {
      chunk.release();
    }
  };
  return {
    run: (fn) => {
      if (inside.getStore())
        return Promise.reject(new Error("batch.run inside store.transaction: use tx.transaction"));
      return queue.run(() =>
        inside.run(true, async () => {
          // Inside another batch's open chunk, a call simply joins it (as a savepoint).
          if (!state.chunk) {
            const chunk = new ClientSql(await pool.connect());
            try {
              await chunk.begin();
            } catch (error) {
              chunk.release();
              throw error;
            }
            state.chunk = chunk;
            chunkOpen = true;
            timer = setTimeout(() => {
              // A failed commit surfaces at the batch's next commit().
              queue.run(commitChunk).catch((error: unknown) => {
                timerError = error;
              });
            }, maxMs);
            timer.unref();
          }
          if (chunkOpen) calls++;
          try {
            return await runTransaction(state.chunk, fn);
          } finally {
            if (chunkOpen && calls >= size) await commitChunk();
          }
        }),
      );
    },
    commit: () =>
      queue.run(async () => {
        await commitChunk();
        if (timerError !== undefined) {
          const error = timerError;
          timerError = undefined;
          throw error;
        }
      }),
  };
}
