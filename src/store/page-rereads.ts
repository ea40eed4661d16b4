import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { optional, toUtcIso } from "./values.ts";

export interface PageReread {
  articleId: number;
  /** The host that could not be read (its cool-down decides when to try again). */
  host: string;
  reason: string;
  queuedAt: string;
  attempts: number;
  lastError?: string;
}

interface Row {
  article_id: number;
  host: string;
  reason: string;
  queued_at: string;
  attempts: number;
  last_error: string | null;
}

/** Articles stored with the feed's text because their page could not be read: read them later. */
export class PageRereadTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  queuePageReread(input: { articleId: number; host: string; reason: string; queuedAt: string | Date }): void {
    this.sql(
      `INSERT INTO page_rereads (article_id, host, reason, queued_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(article_id) DO UPDATE SET reason = excluded.reason`,
    ).run(input.articleId, input.host, input.reason, toUtcIso(input.queuedAt));
  }

  /** The queue, oldest first. */
  listPageRereads(): PageReread[] {
    const rows = this.sql("SELECT * FROM page_rereads ORDER BY queued_at, article_id").all() as Row[];
    return rows.map((r) => ({
      articleId: r.article_id,
      host: r.host,
      reason: r.reason,
      queuedAt: r.queued_at,
      attempts: r.attempts,
      ...(optional(r.last_error) !== undefined ? { lastError: r.last_error! } : {}),
    }));
  }

  /** A try that did not get the page: counted, and the article stays queued. */
  notePageRereadAttempt(articleId: number, error: string): void {
    this.sql("UPDATE page_rereads SET attempts = attempts + 1, last_error = ? WHERE article_id = ?").run(
      error,
      articleId,
    );
  }

  /** The page was read (or the article is gone): off the queue. */
  finishPageReread(articleId: number): void {
    this.sql("DELETE FROM page_rereads WHERE article_id = ?").run(articleId);
  }
}
