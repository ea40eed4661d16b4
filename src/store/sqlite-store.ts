import { AsyncLocalStorage } from "node:async_hooks";
import type { Database } from "better-sqlite3";
import { AlertTable } from "./alerts.ts";
import { AnalysisTable } from "./analyses.ts";
import { AnalysisReplyTable } from "./analysis-replies.ts";
import { ArticleTable } from "./articles.ts";
import { BriefingTable } from "./briefings.ts";
import { openDatabase } from "./database.ts";
import { DeliveryTable } from "./deliveries.ts";
import { DraftTable } from "./drafts.ts";
import { FacetFacts } from "./facet-facts.ts";
import { HostCooldownTable } from "./host-cooldowns.ts";
import { HostRequestTable } from "./host-requests.ts";
import { JudgementTable } from "./judgements.ts";
import { PageRereadTable } from "./page-rereads.ts";
import { RevokedSessionTable } from "./revoked-sessions.ts";
import { RunLockTable } from "./run-lock.ts";
import { RunTable } from "./runs.ts";
import { SearchIndexTable } from "./search-index.ts";
import { createSearchThreads } from "./search-threads.ts";
import { SerialQueue } from "./serial-queue.ts";
import { SourceTable } from "./sources.ts";
import type {
  OpenStoreOptions,
  Store,
  StoreOps,
  StoreTransaction,
  WriteBatch,
  WriteBatchOptions,
} from "./store.ts";
import { StoryTable } from "./stories.ts";
import { UsageLedger } from "./usage-ledger.ts";

/** The table classes answer synchronously (better-sqlite3); the facade turns them into the contract. */
type SyncOps = {
  [K in keyof StoreOps]: (...args: Parameters<StoreOps[K]>) => Awaited<ReturnType<StoreOps[K]>>;
};

type Methods<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] };

/** Binds every public method of a table object, so a facade (this one, postgres/) can spread them. */
export function methodsOf<T extends object>(table: T): Methods<T> {
  const bound: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(table))) {
    const value = (table as Record<string, unknown>)[name];
    if (name !== "constructor" && typeof value === "function") bound[name] = value.bind(table);
  }
  return bound as Methods<T>;
}

/** Runs a synchronous call as a promise (a throw becomes a rejection). */
function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Every operation of `ops`, each run through `call`. */
function asyncOps(ops: SyncOps, call: <T>(fn: () => T) => Promise<T>): StoreOps {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(ops) as [string, (...args: unknown[]) => unknown][])
    wrapped[name] = (...args: unknown[]) => call(() => fn(...args));
  return wrapped as unknown as StoreOps;
}

/**
 * Opens (creating and migrating as needed) the SQLite store at `path`.
 *
 * One connection, synchronous underneath. Transactions over async bodies are made atomic and
 * serialised here: `transaction` and `WriteBatch.run` take a per-store queue, then run
 * BEGIN IMMEDIATE (or a SAVEPOINT inside an open batch chunk) … COMMIT, or ROLLBACK when the body
 * throws. While the queue is held, calls on the store wait their turn, so no outside call lands in
 * (or reads) a transaction in progress.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const db: Database = openDatabase(path, { busyTimeoutMs: options.busyTimeoutMs });
  const now = options.now ?? (() => new Date());
  const ops: SyncOps = {
    ...methodsOf(new SourceTable(db, now)),
    ...methodsOf(new ArticleTable(db, now)),
    ...methodsOf(new AnalysisTable(db, now)),
    ...methodsOf(new AnalysisReplyTable(db, now)),
    ...methodsOf(new UsageLedger(db)),
    ...methodsOf(new BriefingTable(db, now)),
    ...methodsOf(new DraftTable(db)),
    ...methodsOf(new RunTable(db)),
    ...methodsOf(new RunLockTable(db)),
    ...methodsOf(new DeliveryTable(db)),
    ...methodsOf(new StoryTable(db, now)),
    ...methodsOf(new JudgementTable(db)),
    ...methodsOf(new AlertTable(db)),
    ...methodsOf(new HostCooldownTable(db)),
    ...methodsOf(new RevokedSessionTable(db)),
    ...methodsOf(new HostRequestTable(db)),
    ...methodsOf(new PageRereadTable(db)),
    ...methodsOf(
      new SearchIndexTable(db, { facetFacts: options.keepFacetFacts ? new FacetFacts(db) : undefined }),
    ),
  };
  const queue = new SerialQueue();
  // The content version: another connection's commits and this one's writes (prepared once, not per call).
  const version = db
    .prepare("SELECT data_version || '.' || total_changes() FROM pragma_data_version")
    .pluck();
  let uncommitted = 0;
  // Marks the async context of a transaction body, to refuse (not deadlock on) a call on the store.
  const inside = new AsyncLocalStorage<true>();
  let savepoints = 0;

  /** A call on the store: at once when no transaction holds the queue, else after it. */
  const outside = <T>(fn: () => T): Promise<T> => {
    if (!queue.busy) return settle(fn);
    if (inside.getStore())
      return Promise.reject(
        new Error("a store call inside store.transaction: use the tx it passes to its function"),
      );
    return queue.run(() => fn());
  };

  /** Runs `fn` as one transaction, or as a savepoint when one is open already. The queue is held. */
  const runTransaction = async <T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> => {
    const savepoint = db.inTransaction ? `tx_${++savepoints}` : undefined;
    db.exec(savepoint ? `SAVEPOINT ${savepoint}` : "BEGIN IMMEDIATE");
    let open = true;
    const ended = () => Promise.reject(new Error("the transaction has ended: its tx cannot be used"));
    const nested = new SerialQueue();
    const tx: StoreTransaction = {
      ...asyncOps(ops, (call) => (open ? settle(call) : ended())),
      transaction: (inner) => (open ? nested.run(() => runTransaction(inner)) : ended()),
    };
    try {
      const result = await fn(tx);
      db.exec(savepoint ? `RELEASE ${savepoint}` : "COMMIT");
      return result;
    } catch (error) {
      if (db.open && db.inTransaction)
        db.exec(savepoint ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : "ROLLBACK");
      throw error;
    } finally {
      open = false;
    }
  };

  // A file's searches on worker threads (each its own read-only connection); ":memory:" has no file to share.
  const threads =
    (options.searchThreads ?? 0) > 0 && path !== ":memory:" && path !== ""
      ? createSearchThreads(path, {
          threads: options.searchThreads!,
          busyTimeoutMs: options.busyTimeoutMs,
          fallback: {
            searchDocuments: (input) => outside(() => ops.searchDocuments(input)),
            countSearchFacets: (input) => outside(() => ops.countSearchFacets(input)),
          },
        })
      : undefined;

  const store: Store = {
    path,
    ...asyncOps(ops, outside),
    ...(threads
      ? { searchDocuments: threads.searchDocuments, countSearchFacets: threads.countSearchFacets }
      : {}),
    transaction: (fn) => {
      if (inside.getStore())
        return Promise.reject(new Error("store.transaction inside store.transaction: use tx.transaction"));
      return queue.run(() => inside.run(true, () => runTransaction(fn)));
    },
    batchWrites: (batchOptions) => openWriteBatch(db, queue, inside, runTransaction, batchOptions),
    // PRAGMA data_version changes when another connection (or process) commits; this connection's
    // own writes show in total_changes(), which counts every row a statement changed (rolled back
    // ones too: a needless change of token, never a missed one). An open chunk's rows are visible
    // but not committed: a token of its own each time.
    contentVersion: () =>
      outside(() => (db.inTransaction ? `open.${++uncommitted}` : (version.get() as string))),
    close: async () => {
      await threads?.close();
      if (queue.busy) await queue.run(() => undefined);
      if (db.open) db.close();
    },
  };
  return store;
}

function openWriteBatch(
  db: Database,
  queue: SerialQueue,
  inside: AsyncLocalStorage<true>,
  runTransaction: <T>(fn: (tx: StoreTransaction) => Promise<T>) => Promise<T>,
  options: WriteBatchOptions = {},
): WriteBatch {
  const size = Math.max(1, options.size ?? 200);
  const maxMs = options.maxMs ?? 1000;
  let calls = 0;
  let chunkOpen = false;
  let timer: NodeJS.Timeout | undefined;
  let timerError: unknown;
  /** Commits the chunk this batch opened; the queue is held. */
  const commitChunk = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    calls = 0;
    if (!chunkOpen) return;
    chunkOpen = false;
    if (!db.open || !db.inTransaction) return;
    try {
      db.exec("COMMIT");
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  };
  return {
    run: (fn) => {
      if (inside.getStore())
        return Promise.reject(new Error("batch.run inside store.transaction: use tx.transaction"));
      return queue.run(() =>
        inside.run(true, async () => {
          // Inside someone else's open chunk, a call simply joins it (as a savepoint).
          if (!db.inTransaction) {
            db.exec("BEGIN");
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
            return await runTransaction(fn);
          } finally {
            if (chunkOpen && calls >= size) commitChunk();
          }
        }),
      );
    },
    commit: () =>
      queue.run(() => {
        commitChunk();
        if (timerError !== undefined) {
          const error = timerError;
          timerError = undefined;
          throw error;
        }
      }),
  };
}
