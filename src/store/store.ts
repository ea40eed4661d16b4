import type { AnalysisOutcome } from "../model/analysis.ts";
import type { Article, BriefingEdit, NewBriefingEdit, Source, SourceFetchState } from "../model/index.ts";
import type { RaiseAlertInput, RecoverAlertInput, StoredAlert } from "./alerts.ts";
import type { AnalysisKey, SaveAnalysisInput, StoredAnalysis } from "./analyses.ts";
import type { ArticleHead, ArticlePatch } from "./articles.ts";
import type {
  BriefingHeadline,
  BriefingSummary,
  SaveBriefingInput,
  StoredBriefing,
  StoredFeedEntry,
} from "./briefings.ts";
import type {
  Delivery,
  DeliveryCount,
  DeliveryKey,
  DeliveryStatus,
  RecordDeliveryInput,
} from "./deliveries.ts";
import type { DraftStatus, DraftSummary, SaveDraftInput, StoredDraft } from "./drafts.ts";
import type { HostCooldown } from "./host-cooldowns.ts";
import type { SaveJudgementInput } from "./judgements.ts";
import type { PageReread } from "./page-rereads.ts";
import type { LockOwner, TakeLockResult } from "./run-lock.ts";
import type { FinishRunInput, Run, RunCount, RunProgress, StartRunInput } from "./runs.ts";
import type { SearchFacets } from "./search-facets.ts";
import type { SearchDocumentsInput, SearchDocumentsResult } from "./search-index.ts";
import type { FetchFailure, FetchSuccess, SourceHealth } from "./sources.ts";
import type { SaveStoryInput, Story, StorySegmentRow } from "./stories.ts";
import type { UsageSum } from "./usage-ledger.ts";

/**
 * The store contract: everything daybrief persists, behind sentence-like async methods that take and
 * return typed model values (a briefing is a `Briefing`, never its JSON text). SQLite implements it
 * today (sqlite-store.ts); any other backend implements the same interface and passes the same
 * contract suite (test/store-contract/). Callers never see SQL, rows or encodings.
 */
export interface StoreOps {
  upsertSource(source: Source): Promise<void>;
  getFetchState(sourceId: string): Promise<SourceFetchState | undefined>;
  recordFetchSuccess(sourceId: string, success: FetchSuccess): Promise<void>;
  recordFetchNotModified(sourceId: string, at: string): Promise<void>;
  recordFetchFailure(sourceId: string, failure: FetchFailure): Promise<void>;
  listSourceHealth(): Promise<SourceHealth[]>;

  articleExists(url: string): Promise<boolean>;
  getArticle(id: number): Promise<Article | undefined>;
  findArticleByUrl(url: string): Promise<Article | undefined>;
  findArticleByContentHash(contentHash: string): Promise<Article | undefined>;
  saveArticle(article: Article): Promise<{ id: number; inserted: boolean }>;
  updateArticle(id: number, patch: ArticlePatch): Promise<boolean>;
  listArticlesPublishedBetween(start: string | Date, end: string | Date): Promise<Article[]>;
  listArticlesForDay(date: string, timeZone: string): Promise<Article[]>;
  listArticlesByIds(ids: readonly number[]): Promise<Article[]>;
  /** What search hits show: no HTML or links, the text cut to its first `textChars` characters. */
  listArticleHeads(ids: readonly number[], textChars: number): Promise<ArticleHead[]>;
  listPageTextChars(sourceId: string, limit?: number): Promise<number[]>;
  listRecentTextFrom(
    sourceId: string,
    limit?: number,
  ): Promise<{ textFrom?: "feed" | "page"; status: Article["status"] }[]>;

  saveHostCooldown(input: HostCooldown): Promise<void>;
  /** Ends web session `id` before its cookie expires at `expiresAt`; forgets ended ones expired at `now`. */
  revokeSession(id: string, expiresAt: string | Date, now: string | Date): Promise<void>;
  isSessionRevoked(id: string): Promise<boolean>;
  listHostCooldowns(at: string | Date): Promise<HostCooldown[]>;
  countHostRequests(host: string, day: string): Promise<number>;
  addHostRequests(host: string, day: string, count: number): Promise<void>;
  queuePageReread(input: {
    articleId: number;
    host: string;
    reason: string;
    queuedAt: string | Date;
  }): Promise<void>;
  listPageRereads(): Promise<PageReread[]>;
  notePageRereadAttempt(articleId: number, error: string): Promise<void>;
  finishPageReread(articleId: number): Promise<void>;

  findAnalysis(key: AnalysisKey): Promise<StoredAnalysis | undefined>;
  saveAnalysis(input: SaveAnalysisInput): Promise<{ id: number; saved: boolean }>;
  listAnalysesForArticles(articleIds: readonly number[]): Promise<StoredAnalysis[]>;
  /**
   * Records an analyser's reply the moment it comes back, before anything else is done with it, so
   * a retry after the process died reuses it instead of paying again; saveAnalysis with
   * `settlesReply` forgets it.
   */
  recordAnalysisReply(key: AnalysisKey, outcome: AnalysisOutcome, runId?: number): Promise<void>;
  /** The recorded, not yet saved reply for this key, if any. */
  findAnalysisReply(key: AnalysisKey): Promise<AnalysisOutcome | undefined>;
  sumUsageForRun(runId: number): Promise<UsageSum>;
  sumUsageForDate(date: string): Promise<UsageSum>;

  /*
   * Briefings, drafts, edits, deliveries and runs belong to one briefing of the install (config
   * `briefings`): each method takes its id, absent meaning the default briefing (`default`), and a
   * value of the default briefing carries no `briefingId` (model/briefing-id.ts).
   */
  saveBriefing(input: SaveBriefingInput): Promise<void>;
  getBriefing(date: string, briefingId?: string): Promise<StoredBriefing | undefined>;
  listBriefings(briefingId?: string): Promise<BriefingSummary[]>;
  /** Published dates with their generation time, oldest first (reads no briefing's body). */
  listBriefingDates(briefingId?: string): Promise<{ date: string; generatedAt: string }[]>;
  /** Newest first, each day's first `top` (≤ HEADLINE_TITLES) titles, from the digests (no briefing parsed). */
  listBriefingHeadlines(top?: number, briefingId?: string): Promise<BriefingHeadline[]>;
  /** The latest `limit` days' stored feed entries, newest first (a bounded, indexed read). */
  listFeedEntries(limit: number, briefingId?: string): Promise<StoredFeedEntry[]>;

  /** A day's draft awaiting review (publish.review); a re-run replaces it, undecided again. */
  saveDraft(input: SaveDraftInput): Promise<void>;
  getDraft(date: string, briefingId?: string): Promise<StoredDraft | undefined>;
  /** Newest date first, only those with `status` when given (no briefing body). */
  listDrafts(status?: DraftStatus, briefingId?: string): Promise<DraftSummary[]>;
  /** Every briefing's undecided drafts, oldest first (the review deadline publishes them all). */
  listDueDrafts(): Promise<DraftSummary[]>;
  /** Publishes or discards an undecided draft; false when it is not undecided (or unknown). */
  decideDraft(
    date: string,
    decision: { status: "published" | "discarded"; by: string; at: string },
    briefingId?: string,
  ): Promise<boolean>;
  /** One editor's edit (an audit row, never changed afterwards); returns its id. */
  addBriefingEdit(input: NewBriefingEdit): Promise<number>;
  /** A day's edits, oldest first. */
  listBriefingEdits(date: string, briefingId?: string): Promise<BriefingEdit[]>;

  startRun(input: StartRunInput): Promise<number>;
  finishRun(runId: number, input: FinishRunInput): Promise<void>;
  /** A running run's progress as it goes (cleared by finishRun): another process's /runs shows it. */
  recordRunProgress(runId: number, progress: RunProgress): Promise<void>;
  markInterruptedRuns(
    at: string,
    isGone: (run: { pid?: number; host?: string }) => boolean,
  ): Promise<number[]>;
  getRun(runId: number): Promise<Run | undefined>;
  listRuns(limit?: number): Promise<Run[]>;
  /** Runs per briefing and status (all time), for `/metrics`. */
  countRuns(): Promise<RunCount[]>;

  hasDelivered(key: DeliveryKey): Promise<boolean>;
  recordDelivery(input: RecordDeliveryInput): Promise<void>;
  deliveryState(key: DeliveryKey): Promise<{ status: DeliveryStatus; unknownOutcomes: number } | undefined>;
  listSentParts(
    date: string,
    channel: string,
    briefingId?: string,
  ): Promise<{ partKey: string; entries: string[] }[]>;
  listDeliveries(date: string, briefingId?: string): Promise<Delivery[]>;
  /** Delivered parts per briefing, channel and status (all time), for `/metrics`. */
  countDeliveries(): Promise<DeliveryCount[]>;

  /** Saves or replaces a story a briefing published (briefing, date, storyKey); returns its id. */
  saveStory(input: SaveStoryInput, briefingId?: string): Promise<number>;

  findJudgement(pairKey: string): Promise<boolean | undefined>;
  saveJudgement(input: SaveJudgementInput): Promise<void>;
  /** A briefing's stories of dates in [date, before) (before: no end), in date and id order. */
  listStoriesSince(date: string, before?: string, briefingId?: string): Promise<Story[]>;
  /** The stories with these ids that still exist, in date and id order. */
  listStoriesByIds(ids: readonly number[]): Promise<Story[]>;
  /** Saves or replaces a briefing date's earlier-story index segment (dedup/story-segment.ts bytes). */
  saveStorySegment(date: string, data: Uint8Array, briefingId?: string): Promise<void>;
  /** Every date in [from, before) with the briefing's stored stories, with its segment's bytes when one is stored. */
  listStorySegments(from: string, before: string, briefingId?: string): Promise<StorySegmentRow[]>;

  openAlerts(): Promise<StoredAlert[]>;
  raiseAlert(input: RaiseAlertInput): Promise<boolean>;
  recoverAlert(input: RecoverAlertInput): Promise<boolean>;
  listAlerts(sourceId: string, limit?: number): Promise<StoredAlert[]>;

  /**
   * Full-text search: matching articles (via their text or an entry), best first; with
   * `input.facets`, also countSearchFacets' counts (SQLite: from the same match of the terms).
   */
  searchDocuments(input: SearchDocumentsInput): Promise<SearchDocumentsResult>;
  /**
   * Facet counts of the same search (search-facets.ts): per source, org, tag, ★ and analyser, each
   * facet ignoring its own filter. `limit` is not used.
   */
  countSearchFacets(input: SearchDocumentsInput): Promise<SearchFacets>;

  takeRunLock(
    token: string,
    owner: LockOwner,
    isStale: (held: LockOwner) => boolean,
  ): Promise<TakeLockResult>;
  releaseRunLock(token: string): Promise<boolean>;
  runLockHolder(): Promise<LockOwner | undefined>;
}

/** The handle a transaction body works through: the same operations, inside the transaction. */
export interface StoreTransaction extends StoreOps {
  /** A nested transaction (a savepoint): it rolls back alone when `fn` throws. */
  transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
}

export interface Store extends StoreOps {
  /** Where the data lives (a file path for SQLite), for messages. */
  readonly path: string;
  /**
   * Runs `fn` in one transaction: its writes through `tx` are stored all together or, when `fn`
   * throws (or rejects), not at all. Transactions on one store are serialised: a second one, and any
   * call on the store itself, waits until the first has committed or rolled back. Inside `fn` use
   * `tx`, never the store (the SQLite store refuses such a call rather than deadlock).
   */
  transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /**
   * Writes of a stage that awaits between them (pages, analyses), grouped into chunk transactions
   * instead of one transaction per row: see WriteBatch.
   */
  batchWrites(options?: WriteBatchOptions): WriteBatch;
  /**
   * An opaque token of what the store holds: it changes whenever a commit may have changed any
   * stored data — through this store or any other connection or process on the same data — so a
   * front end can keep what it rendered under the token it read *before* reading the data
   * (src/server/page-cache.ts). Two equal tokens mean no commit in between. While a transaction or
   * write-batch chunk of this store is open (its uncommitted rows are visible to this store's
   * calls), every call returns a new token, so nothing read then is ever matched again. Tokens mean
   * nothing across stores or processes.
   */
  contentVersion(): Promise<string>;
  /** Waits for pending work, then closes. */
  close(): Promise<void>;
}

export interface WriteBatchOptions {
  /** Calls per chunk transaction (default 200). */
  size?: number;
  /** A chunk open this long is committed at the next turn of the event loop (default 1000 ms), so
   * another process's writer never waits long for the lock. */
  maxMs?: number;
}

/**
 * An open chunk transaction. Each `run` is one nested transaction: a call that throws leaves nothing
 * of itself, the others stay. A chunk is committed when it is full, when it has been open `maxMs`,
 * and at `commit()`; it is stored all or nothing (a chunk whose commit fails, or that a crash or
 * close cuts off, leaves none of its rows). Reads on the store see the open chunk.
 */
export interface WriteBatch {
  run<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Commits the open chunk (a stage calls it when it ends, also when it fails). */
  commit(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Clock for bookkeeping times (updated_at, default createdAt). */
  now?: () => Date;
  /** Wait for another process's write lock this long before failing, in ms (default 5000). */
  busyTimeoutMs?: number;
  /**
   * SQLite: run searchDocuments and countSearchFacets on this many worker threads, each with its own
   * read-only connection (search-threads.ts), so a search does not hold the event loop (`daybrief
   * serve`). 0 (the default): on the calling thread. Ignored by Postgres, whose queries never block it.
   */
  searchThreads?: number;
  /**
   * SQLite: search and count facets from facts kept in memory (facet-facts.ts: search_docs' columns,
   * one FTS5 query per search) on the calling thread too (search threads always do). For a
   * long-lived process (`daybrief serve`); a one-off command pays the load and gains nothing.
   */
  keepFacetFacts?: boolean;
}
