import type { Database } from "better-sqlite3";
import type { AnalyserInfo, AnalysisOutcome, Entry, Usage } from "../model/index.ts";
import { FORGET_REPLY_SQL, replyKeyParams } from "./analysis-replies.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, nullable, optional, parseJson, toUtcIso } from "./values.ts";

export interface AnalysisRow {
  id: number;
  article_id: number;
  content_hash: string;
  analyser_kind: string;
  analyser_name: string;
  prompt_version: string;
  fallback: number;
  fallback_reason: string | null;
  status: string;
  entry: string | null;
  reason: string | null;
  error: string | null;
  raw_reply: string | null;
  calls: number | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  usage_estimated: number | null;
  cost: number | null;
  currency: string | null;
  created_at: string;
  run_id: number | null;
}

export interface UsageColumns {
  run_id: number | null;
  calls: number | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  usage_estimated: number | null;
  cost: number | null;
  currency: string | null;
}

/** An outcome as stored: the analyser's result plus where and when it was made. */
export type StoredAnalysis = AnalysisOutcome & {
  id: number;
  articleId: number;
  contentHash: string;
  createdAt: string;
  runId?: number;
};

/** What `saveAnalysis` takes: spread an AnalysisOutcome into it. */
export type SaveAnalysisInput = AnalysisOutcome & {
  articleId: number;
  contentHash: string;
  /** Defaults to the store's clock. */
  createdAt?: string;
  runId?: number;
  /** Overwrite a stored outcome for the same key (`--reanalyse`). */
  replace?: boolean;
  /** The recorded reply (analysis-replies.ts) this outcome comes from: forgotten in the same transaction. */
  settlesReply?: AnalysisKey;
};

export interface AnalysisKey {
  contentHash: string;
  /** AnalyserInfo.name, e.g. "offline-extractive" or "deepseek/deepseek-chat". */
  analyser: string;
  promptVersion: string;
}

function toUsage(row: AnalysisRow): Usage | undefined {
  if (row.calls === null) return undefined;
  return compact({
    calls: row.calls,
    promptTokens: row.prompt_tokens ?? 0,
    completionTokens: row.completion_tokens ?? 0,
    estimated: row.usage_estimated === null ? undefined : row.usage_estimated === 1,
    cost: optional(row.cost),
    currency: optional(row.currency),
  });
}

export function toAnalysis(row: AnalysisRow): StoredAnalysis {
  const analyser: AnalyserInfo = compact({
    kind: row.analyser_kind as AnalyserInfo["kind"],
    name: row.analyser_name,
    promptVersion: row.prompt_version,
    fallback: row.fallback === 1 ? true : undefined,
    fallbackReason: optional(row.fallback_reason),
  });
  const common = compact({
    id: row.id,
    articleId: row.article_id,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    runId: optional(row.run_id),
    analyser,
    usage: toUsage(row),
  });
  if (row.status === "ok")
    return { ...common, status: "ok", entry: parseJson<Entry>(row.entry, {} as Entry) };
  if (row.status === "rejected") return { ...common, status: "rejected", reason: row.reason ?? "" };
  return compact({
    ...common,
    status: "failed" as const,
    error: row.error ?? "",
    rawReply: optional(row.raw_reply),
  });
}

/** A usage as superseded_usage's columns. */
export function usageColumnsOf(u: Usage, runId: number | undefined): UsageColumns {
  return {
    run_id: runId ?? null,
    calls: u.calls,
    prompt_tokens: u.promptTokens,
    completion_tokens: u.completionTokens,
    usage_estimated: u.estimated ? 1 : 0,
    cost: u.cost ?? null,
    currency: u.currency ?? null,
  };
}

/** The 20 values of UPSERT_ANALYSIS, in its column order. */
export function analysisValues(input: SaveAnalysisInput, now: () => Date): unknown[] {
  const { analyser, usage } = input;
  return [
    input.articleId,
    input.contentHash,
    analyser.kind,
    analyser.name,
    analyser.promptVersion,
    analyser.fallback ? 1 : 0,
    nullable(analyser.fallbackReason),
    input.status,
    input.status === "ok" ? JSON.stringify(input.entry) : null,
    input.status === "rejected" ? input.reason : null,
    input.status === "failed" ? input.error : null,
    input.status === "failed" ? nullable(input.rawReply) : null,
    usage ? usage.calls : null,
    usage ? usage.promptTokens : null,
    usage ? usage.completionTokens : null,
    usage?.estimated === undefined ? null : usage.estimated ? 1 : 0,
    nullable(usage?.cost),
    nullable(usage?.currency),
    input.createdAt ? toUtcIso(input.createdAt) : now().toISOString(),
    nullable(input.runId),
  ];
}

/** saveAnalysis's upsert, 20 values then `replace`: the stored outcome is kept unless replaced or failed (shared with postgres/). */
export const UPSERT_ANALYSIS = `INSERT INTO analyses (article_id, content_hash, analyser_kind, analyser_name, prompt_version, fallback,
         fallback_reason, status, entry, reason, error, raw_reply, calls, prompt_tokens, completion_tokens,
         usage_estimated, cost, currency, created_at, run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(article_id, content_hash, analyser_name, prompt_version) DO UPDATE SET
         analyser_kind = excluded.analyser_kind, fallback = excluded.fallback,
         fallback_reason = excluded.fallback_reason, status = excluded.status, entry = excluded.entry,
         reason = excluded.reason, error = excluded.error, raw_reply = excluded.raw_reply,
         calls = excluded.calls, prompt_tokens = excluded.prompt_tokens,
         completion_tokens = excluded.completion_tokens, usage_estimated = excluded.usage_estimated,
         cost = excluded.cost, currency = excluded.currency, created_at = excluded.created_at,
         run_id = excluded.run_id
       WHERE ? OR analyses.status = 'failed'
       RETURNING id`;

/**
 * Analyses, unique per (article, content hash, analyser, prompt version), so a re-run costs nothing.
 * A stored failure never blocks a later outcome for the same key; anything else is kept unless
 * `replace` is set.
 */
export class AnalysisTable {
  private readonly sql: Prepare;
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  /** The latest outcome for this text by this analyser and prompt, from any article carrying it. */
  findAnalysis(key: AnalysisKey): StoredAnalysis | undefined {
    const row = this.sql(
      `SELECT * FROM analyses WHERE content_hash = ? AND analyser_name = ? AND prompt_version = ?
       ORDER BY created_at DESC, id DESC LIMIT 1`,
    ).get(key.contentHash, key.analyser, key.promptVersion) as AnalysisRow | undefined;
    return row && toAnalysis(row);
  }

  /**
   * Stores an outcome; `saved` is false when an existing outcome was kept instead. Whatever is
   * paid stays in the ledger: the usage of an outcome that is replaced, or of one that is not
   * kept, moves to superseded_usage (with its run).
   */
  saveAnalysis(input: SaveAnalysisInput): { id: number; saved: boolean } {
    return this.db.transaction(() => {
      const key = [input.articleId, input.contentHash, input.analyser.name, input.analyser.promptVersion];
      const before = this.sql(
        `SELECT run_id, calls, prompt_tokens, completion_tokens, usage_estimated, cost, currency FROM analyses
         WHERE article_id = ? AND content_hash = ? AND analyser_name = ? AND prompt_version = ?`,
      ).get(...key) as UsageColumns | undefined;
      const result = this.upsertAnalysis(input);
      if (result.saved && before?.calls) this.keepUsage(before);
      if (!result.saved && input.usage) {
        this.keepUsage(usageColumnsOf(input.usage, input.runId));
      }
      if (input.settlesReply) this.sql(FORGET_REPLY_SQL).run(...replyKeyParams(input.settlesReply));
      return result;
    })();
  }

  private keepUsage(u: UsageColumns): void {
    this.sql(
      `INSERT INTO superseded_usage (run_id, calls, prompt_tokens, completion_tokens, usage_estimated, cost, currency)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(u.run_id, u.calls, u.prompt_tokens, u.completion_tokens, u.usage_estimated, u.cost, u.currency);
  }

  private upsertAnalysis(input: SaveAnalysisInput): { id: number; saved: boolean } {
    const { analyser } = input;
    const values = analysisValues(input, this.now);
    const id = this.sql(UPSERT_ANALYSIS)
      .pluck()
      .get(...values, input.replace ? 1 : 0) as number | undefined;
    if (id !== undefined) return { id, saved: true };
    const existing = this.sql(
      `SELECT id FROM analyses
       WHERE article_id = ? AND content_hash = ? AND analyser_name = ? AND prompt_version = ?`,
    )
      .pluck()
      .get(input.articleId, input.contentHash, analyser.name, analyser.promptVersion) as number;
    return { id: existing, saved: false };
  }

  /** Every stored outcome of these articles, by article then newest first (for `render`). */
  listAnalysesForArticles(articleIds: readonly number[]): StoredAnalysis[] {
    const rows = this.sql(
      `SELECT * FROM analyses WHERE article_id IN (SELECT value FROM json_each(?))
       ORDER BY article_id, created_at DESC, id DESC`,
    ).all(JSON.stringify(articleIds)) as AnalysisRow[];
    return rows.map(toAnalysis);
  }
}
