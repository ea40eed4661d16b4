import {
  type AnalysisKey,
  type AnalysisRow,
  analysisValues,
  type SaveAnalysisInput,
  type StoredAnalysis,
  toAnalysis,
  UPSERT_ANALYSIS,
  type UsageColumns,
  usageColumnsOf,
} from "../analyses.ts";
import { FORGET_REPLY_SQL, replyKeyParams } from "../analysis-replies.ts";
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
        await keepUsage(sql, usageColumnsOf(input.usage, input.runId));
      }
      if (input.settlesReply) await sql.run(FORGET_REPLY_SQL, replyKeyParams(input.settlesReply));
      return result;
    });
  }

  async #upsert(sql: Sql, input: SaveAnalysisInput): Promise<{ id: number; saved: boolean }> {
    const { analyser } = input;
    const values = analysisValues(input, this.now);
    const saved = await sql.row<{ id: number }>(UPSERT_ANALYSIS, [...values, input.replace === true]);
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
