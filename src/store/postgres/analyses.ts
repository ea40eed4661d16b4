import {
  type AnalysisKey,
  type AnalysisRow,
  type SaveAnalysisInput,
  type StoredAnalysis,
  toAnalysis,
  type UsageColumns,
} from "../analyses.ts";
import { nullable, toUtcIso } from "../values.ts";
import { indexAnalysis } from "./search-docs.ts";
import type { Sql } from "./sql.ts";

/** Analyses, unique per (article, content hash, analyser, prompt version): the Postgres form of ../analyses.ts. */
export class PgAnalysisTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  async findAnalysis(key: AnalysisKey): Promise<StoredAnalysis | undefined> {
    const row = await this.sql.row<AnalysisRow>(
      `SELECT * FROM analyses WHERE content_hash = ? AND analyser_name = ? AND prompt_version = ?
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [key.contentHash, key.analyser, key.promptVersion],
    );
    return row && toAnalysis(row);
  }

  /** Stores an outcome (or keeps the existing one), its superseded usage and its search document in one transaction. */
  saveAnalysis(input: SaveAnalysisInput): Promise<{ id: number; saved: boolean }> {
    return this.sql.atomic(async (sql) => {
      const before = await sql.row<UsageColumns>(
        `SELECT run_id, calls, prompt_tokens, completion_tokens, usage_estimated, cost, currency FROM analyses
         WHERE article_id = ? AND content_hash = ? AND analyser_name = ? AND prompt_version = ?
         FOR UPDATE`,
        [input.articleId, input.contentHash, input.analyser.name, input.analyser.promptVersion],
      );
      const result = await this.#upsert(sql, input);
      if (result.saved) await indexAnalysis(sql, result.id);
      if (result.saved && before?.calls) await keepUsage(sql, before);
      if (!result.saved && input.usage) {
        const u = input.usage;
        await keepUsage(sql, {
          run_id: input.runId ?? null,
          calls: u.calls,
          prompt_tokens: u.promptTokens,
          completion_tokens: u.completionTokens,
          usage_estimated: u.estimated ? 1 : 0,
          cost: u.cost ?? null,
          currency: u.currency ?? null,
        });
      }
      return result;
    });
  }

  async #upsert(sql: Sql, input: SaveAnalysisInput): Promise<{ id: number; saved: boolean }> {
    const { analyser, usage } = input;
    const values = [
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
      input.createdAt ? toUtcIso(input.createdAt) : this.now().toISOString(),
      nullable(input.runId),
    ];
    const saved = await sql.row<{ id: number }>(
      `INSERT INTO analyses (article_id, content_hash, analyser_kind, analyser_name, prompt_version, fallback,
         fallback_reason, status, entry, reason, error, raw_reply, calls, prompt_tokens, completion_tokens,
         usage_estimated, cost, currency, created_at, run_id)
       VALUES (${values.map(() => "?").join(", ")})
       ON CONFLICT(article_id, content_hash, analyser_name, prompt_version) DO UPDATE SET
         analyser_kind = excluded.analyser_kind, fallback = excluded.fallback,
         fallback_reason = excluded.fallback_reason, status = excluded.status, entry = excluded.entry,
         reason = excluded.reason, error = excluded.error, raw_reply = excluded.raw_reply,
         calls = excluded.calls, prompt_tokens = excluded.prompt_tokens,
         completion_tokens = excluded.completion_tokens, usage_estimated = excluded.usage_estimated,
         cost = excluded.cost, currency = excluded.currency, created_at = excluded.created_at,
         run_id = excluded.run_id
       WHERE ?::boolean OR analyses.status = 'failed'
       RETURNING id`,
      [...values, input.replace === true],
    );
    if (saved !== undefined) return { id: saved.id, saved: true };
    const existing = await sql.row<{ id: number }>(
      `SELECT id FROM analyses
       WHERE article_id = ? AND content_hash = ? AND analyser_name = ? AND prompt_version = ?`,
      [input.articleId, input.contentHash, analyser.name, analyser.promptVersion],
    );
    return { id: existing!.id, saved: false };
  }

  async listAnalysesForArticles(articleIds: readonly number[]): Promise<StoredAnalysis[]> {
    const rows = await this.sql.rows<AnalysisRow>(
      `SELECT * FROM analyses WHERE article_id = ANY(?::bigint[])
       ORDER BY article_id, created_at DESC, id DESC`,
      [articleIds],
    );
    return rows.map(toAnalysis);
  }
}

async function keepUsage(sql: Sql, u: UsageColumns): Promise<void> {
  await sql.run(
    `INSERT INTO superseded_usage (run_id, calls, prompt_tokens, completion_tokens, usage_estimated, cost, currency)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [u.run_id, u.calls, u.prompt_tokens, u.completion_tokens, u.usage_estimated, u.cost, u.currency],
  );
}
