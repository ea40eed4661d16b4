import type { PageReread } from "../page-rereads.ts";
import { toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Articles whose page is still to be read (the Postgres form of ../page-rereads.ts). */
export class PgPageRereadTable {
  constructor(private readonly sql: Sql) {}

  async queuePageReread(input: {
    articleId: number;
    host: string;
    reason: string;
    queuedAt: string | Date;
  }): Promise<void> {
    await this.sql.run(
      `INSERT INTO page_rereads (article_id, host, reason, queued_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(article_id) DO UPDATE SET reason = excluded.reason`,
      [input.articleId, input.host, input.reason, toUtcIso(input.queuedAt)],
    );
  }

  async listPageRereads(): Promise<PageReread[]> {
    const rows = await this.sql.rows<{
      article_id: number;
      host: string;
      reason: string;
      queued_at: string;
      attempts: number;
      last_error: string | null;
    }>("SELECT * FROM page_rereads ORDER BY queued_at, article_id");
    return rows.map((r) => ({
      articleId: r.article_id,
      host: r.host,
      reason: r.reason,
      queuedAt: r.queued_at,
      attempts: r.attempts,
      ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    }));
  }

  async notePageRereadAttempt(articleId: number, error: string): Promise<void> {
    await this.sql.run(
      "UPDATE page_rereads SET attempts = attempts + 1, last_error = ? WHERE article_id = ?",
      [error, articleId],
    );
  }

  async finishPageReread(articleId: number): Promise<void> {
    await this.sql.run("DELETE FROM page_rereads WHERE article_id = ?", [articleId]);
  }
}
