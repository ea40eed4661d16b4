import type { Database } from "better-sqlite3";
import type { Article, Source, SourceFetchState } from "../model/index.ts";
import type { RaiseAlertInput, RecoverAlertInput, StoredAlert } from "./alerts.ts";
import { AlertTable } from "./alerts.ts";
import type { AnalysisKey, SaveAnalysisInput, StoredAnalysis } from "./analyses.ts";
import { AnalysisTable } from "./analyses.ts";
import type { ArticlePatch } from "./articles.ts";
import { ArticleTable } from "./articles.ts";
import type { BriefingHeadline, BriefingSummary, SaveBriefingInput, StoredBriefing } from "./briefings.ts";
import { BriefingTable } from "./briefings.ts";
import { openDatabase } from "./database.ts";
import type { Delivery, DeliveryKey, DeliveryStatus, RecordDeliveryInput } from "./deliveries.ts";
import { DeliveryTable } from "./deliveries.ts";
import { type HostCooldown, HostCooldownTable } from "./host-cooldowns.ts";
import { HostRequestTable } from "./host-requests.ts";
import { JudgementTable, type SaveJudgementInput } from "./judgements.ts";
import { type PageReread, PageRereadTable } from "./page-rereads.ts";
import { type LockOwner, RunLockTable, type TakeLockResult } from "./run-lock.ts";
import type { FinishRunInput, Run, StartRunInput } from "./runs.ts";
import { RunTable } from "./runs.ts";
import { type SearchDocumentsInput, type SearchDocumentsResult, SearchIndexTable } from "./search-index.ts";
import type { FetchFailure, FetchSuccess, SourceHealth } from "./sources.ts";
import { SourceTable } from "./sources.ts";
import type { SaveStoryInput, Story } from "./stories.ts";
import { StoryTable } from "./stories.ts";
import type { UsageSum } from "./usage-ledger.ts";
import { UsageLedger } from "./usage-ledger.ts";

export interface OpenStoreOptions {
  /** Clock for bookkeeping times (updated_at, default createdAt). */
  now?: () => Date;
  /** Wait for another process's write lock this long before failing, in ms (default 5000). */
  busyTimeoutMs?: number;
}

/** Everything daybrief persists, behind sentence-like methods. All calls are synchronous. */
export interface Store {
  readonly path: string;

  upsertSource(source: Source): void;
  getSource(sourceId: string): Source | undefined;
  getFetchState(sourceId: string): SourceFetchState | undefined;
  recordFetchSuccess(sourceId: string, success: FetchSuccess): void;
  recordFetchNotModified(sourceId: string, at: string): void;
  recordFetchFailure(sourceId: string, failure: FetchFailure): void;
  listSourceHealth(): SourceHealth[];

  articleExists(url: string): boolean;
  getArticle(id: number): Article | undefined;
  findArticleByUrl(url: string): Article | undefined;
  findArticleByGuid(sourceId: string, guid: string): Article | undefined;
  findArticleByContentHash(contentHash: string): Article | undefined;
  saveArticle(article: Article): { id: number; inserted: boolean };
  updateArticle(id: number, patch: ArticlePatch): boolean;
  listArticlesPublishedBetween(start: string | Date, end: string | Date): Article[];
  listArticlesForDay(date: string, timeZone: string): Article[];
  listArticlesByIds(ids: readonly number[]): Article[];
  listPageTextChars(sourceId: string, limit?: number): number[];
  listRecentTextFrom(
    sourceId: string,
    limit?: number,
  ): { textFrom?: "feed" | "page"; status: Article["status"] }[];

  saveHostCooldown(input: HostCooldown): void;
  listHostCooldowns(at: string | Date): HostCooldown[];
  countHostRequests(host: string, day: string): number;
  addHostRequests(host: string, day: string, count: number): void;
  queuePageReread(input: { articleId: number; host: string; reason: string; queuedAt: string | Date }): void;
  listPageRereads(): PageReread[];
  notePageRereadAttempt(articleId: number, error: string): void;
  finishPageReread(articleId: number): void;

  findAnalysis(key: AnalysisKey): StoredAnalysis | undefined;
  saveAnalysis(input: SaveAnalysisInput): { id: number; saved: boolean };
  listAnalysesForArticles(articleIds: readonly number[]): StoredAnalysis[];
  sumUsageForRun(runId: number): UsageSum;
  sumUsageForDate(date: string): UsageSum;
  sumUsageBetween(start: string | Date, end: string | Date): UsageSum;

  saveBriefing(input: SaveBriefingInput): void;
  getBriefing(date: string): StoredBriefing | undefined;
  listBriefings(): BriefingSummary[];
  /** Published dates with their generation time, oldest first (reads no briefing's JSON). */
  listBriefingDates(): { date: string; generatedAt: string }[];
  listBriefingHeadlines(top?: number): BriefingHeadline[];

  startRun(input: StartRunInput): number;
  finishRun(runId: number, input: FinishRunInput): void;
  markInterruptedRuns(at: string, isGone: (run: { pid?: number; host?: string }) => boolean): number[];
  getRun(runId: number): Run | undefined;
  listRuns(limit?: number): Run[];

  hasDelivered(key: DeliveryKey): boolean;
  recordDelivery(input: RecordDeliveryInput): void;
  deliveryState(key: DeliveryKey): { status: DeliveryStatus; unknownOutcomes: number } | undefined;
  listSentParts(date: string, channel: string): { partKey: string; entries: string[] }[];
  listDeliveries(date: string): Delivery[];
  listFailedDeliveries(date?: string): Delivery[];

  saveStory(input: SaveStoryInput): number;

  findJudgement(pairKey: string): boolean | undefined;
  saveJudgement(input: SaveJudgementInput): void;
  listStoriesSince(date: string): Story[];

  openAlerts(): StoredAlert[];
  raiseAlert(input: RaiseAlertInput): boolean;
  recoverAlert(input: RecoverAlertInput): boolean;
  listAlerts(sourceId: string, limit?: number): StoredAlert[];

  /** Full-text search: matching articles (via their text or an entry), best first. */
  searchDocuments(input: SearchDocumentsInput): SearchDocumentsResult;

  takeRunLock(token: string, owner: LockOwner, isStale: (held: LockOwner) => boolean): TakeLockResult;
  releaseRunLock(token: string): boolean;
  runLockHolder(): LockOwner | undefined;

  /** Runs `fn` in one transaction (nested calls become savepoints). `fn` must be synchronous. */
  transaction<T>(fn: () => T): T;
  /**
   * Writes of a stage that awaits between them (pages, analyses), grouped into chunk transactions
   * instead of one transaction per row: see WriteBatch.
   */
  batchWrites(options?: WriteBatchOptions): WriteBatch;
  close(): void;
}

export interface WriteBatchOptions {
  /** Calls per chunk transaction (default 200). */
  size?: number;
  /** A chunk open this long is committed at the next turn of the event loop (default 1000 ms), so
   * another process's writer never waits long for the lock. */
  maxMs?: number;
}

/**
 * An open chunk transaction that store calls join. Each `run` is one savepoint: a call that throws
 * leaves nothing of itself, the others stay. A chunk is committed when it is full, when it has
 * been open `maxMs`, and at `commit()`; it is stored all or nothing (a chunk whose commit fails, or
 * that a crash or close cuts off, leaves none of its rows). Reads on the store see the open chunk.
 */
export interface WriteBatch {
  run<T>(fn: () => T): T;
  /** Commits the open chunk (a stage calls it when it ends, also when it fails). */
  commit(): void;
}

function openWriteBatch(db: Database, options: WriteBatchOptions = {}): WriteBatch {
  const size = Math.max(1, options.size ?? 200);
  const maxMs = options.maxMs ?? 1000;
  let calls = 0;
  let timer: NodeJS.Timeout | undefined;
  const commit = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (calls === 0) return;
    calls = 0;
    if (!db.inTransaction) return;
    try {
      db.exec("COMMIT");
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  };
  return {
    run(fn) {
      // Inside someone else's transaction, a call simply joins it (as a savepoint).
      if (calls === 0 && !db.inTransaction) {
        db.exec("BEGIN");
        timer = setTimeout(commit, maxMs);
        timer.unref();
      } else if (calls === 0) return db.transaction(fn)();
      calls++;
      let result: ReturnType<typeof fn>;
      try {
        result = db.transaction(fn)();
      } finally {
        if (calls >= size) commit();
      }
      return result;
    },
    commit,
  };
}

type Methods<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] };

/** Binds every public method of a table object, so the facade can spread them. */
function methodsOf<T extends object>(table: T): Methods<T> {
  const bound: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(table))) {
    const value = (table as Record<string, unknown>)[name];
    if (name !== "constructor" && typeof value === "function") bound[name] = value.bind(table);
  }
  return bound as Methods<T>;
}

/** Opens (creating and migrating as needed) the SQLite store at `path`. */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const db: Database = openDatabase(path, { busyTimeoutMs: options.busyTimeoutMs });
  const now = options.now ?? (() => new Date());
  return {
    path,
    ...methodsOf(new SourceTable(db, now)),
    ...methodsOf(new ArticleTable(db, now)),
    ...methodsOf(new AnalysisTable(db, now)),
    ...methodsOf(new UsageLedger(db)),
    ...methodsOf(new BriefingTable(db, now)),
    ...methodsOf(new RunTable(db)),
    ...methodsOf(new RunLockTable(db)),
    ...methodsOf(new DeliveryTable(db)),
    ...methodsOf(new StoryTable(db, now)),
    ...methodsOf(new JudgementTable(db)),
    ...methodsOf(new AlertTable(db)),
    ...methodsOf(new HostCooldownTable(db)),
    ...methodsOf(new HostRequestTable(db)),
    ...methodsOf(new PageRereadTable(db)),
    ...methodsOf(new SearchIndexTable(db)),
    transaction: <T>(fn: () => T): T =>
      db.transaction(() => {
        const result = fn();
        // better-sqlite3 would commit before an async body finished; refuse (and roll back) instead.
        if (result instanceof Promise) throw new TypeError("store.transaction needs a synchronous function");
        return result;
      })(),
    batchWrites: (options) => openWriteBatch(db, options),
    close: () => {
      db.close();
    },
  };
}
