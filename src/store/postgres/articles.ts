import type { Article, ArticleStatus, TextFrom } from "../../model/index.ts";
import { dayRange } from "../../time.ts";
import {
  type ArticleHead,
  type ArticlePatch,
  type ArticleRow,
  articleColumns,
  bindArticleField,
  toArticle,
  toArticleHead,
} from "../articles.ts";
import { compact, optional, toUtcIso } from "../values.ts";
import { indexArticle } from "./search-docs.ts";
import type { Sql } from "./sql.ts";

/** Fields whose change re-indexes the article for search (as the SQLite trigger's UPDATE OF list). */
const INDEXED: readonly (keyof ArticlePatch)[] = ["title", "text", "publishedAt", "sourceId"];

/** Articles, unique by canonical URL (the Postgres form of ../articles.ts); writes keep the search index in step. */
export class PgArticleTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  async articleExists(url: string): Promise<boolean> {
    return (await this.sql.row("SELECT 1 FROM articles WHERE url = ?", [url])) !== undefined;
  }

  getArticle(id: number): Promise<Article | undefined> {
    return this.#one("SELECT * FROM articles WHERE id = ?", id);
  }

  findArticleByUrl(url: string): Promise<Article | undefined> {
    return this.#one("SELECT * FROM articles WHERE url = ?", url);
  }

  findArticleByContentHash(contentHash: string): Promise<Article | undefined> {
    return this.#one("SELECT * FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", contentHash);
  }

  /** Inserts unless the URL is known (and indexes it, in the same transaction); returns the row's id. */
  saveArticle(article: Article): Promise<{ id: number; inserted: boolean }> {
    const { id: _ignored, ...fields } = article;
    const bound = (Object.keys(articleColumns) as (keyof ArticlePatch)[]).map((key) =>
      bindArticleField(key, fields[key]),
    );
    const names = [...bound.map(([column]) => column), "updated_at"];
    return this.sql.atomic(async (sql) => {
      const inserted = await sql.row<{ id: number }>(
        `INSERT INTO articles (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})
         ON CONFLICT(url) DO NOTHING RETURNING id`,
        [...bound.map(([, value]) => value), this.now().toISOString()],
      );
      if (inserted !== undefined) {
        await indexArticle(sql, inserted.id);
        return { id: inserted.id, inserted: true };
      }
      const existing = await sql.row<{ id: number }>("SELECT id FROM articles WHERE url = ?", [article.url]);
      return { id: existing!.id, inserted: false };
    });
  }

  async updateArticle(id: number, patch: ArticlePatch): Promise<boolean> {
    const keys = (Object.keys(patch) as (keyof ArticlePatch)[]).filter(
      (key) => key in articleColumns && patch[key] !== undefined,
    );
    if (keys.length === 0) return (await this.getArticle(id)) !== undefined;
    const bound = keys.map((key) => bindArticleField(key, patch[key]));
    const assignments = [...bound.map(([column]) => `${column} = ?`), "updated_at = ?"].join(", ");
    return this.sql.atomic(async (sql) => {
      const changed = await sql.run(`UPDATE articles SET ${assignments} WHERE id = ?`, [
        ...bound.map(([, value]) => value),
        this.now().toISOString(),
        id,
      ]);
      if (changed > 0 && keys.some((key) => INDEXED.includes(key))) await indexArticle(sql, id);
      return changed > 0;
    });
  }

  async listArticlesPublishedBetween(start: string | Date, end: string | Date): Promise<Article[]> {
    const rows = await this.sql.rows<ArticleRow>(
      "SELECT * FROM articles WHERE published_at >= ? AND published_at < ? ORDER BY published_at, id",
      [toUtcIso(start), toUtcIso(end)],
    );
    return rows.map(toArticle);
  }

  listArticlesForDay(date: string, timeZone: string): Promise<Article[]> {
    const { start, end } = dayRange(date, timeZone);
    return this.listArticlesPublishedBetween(start, end);
  }

  async listArticlesByIds(ids: readonly number[]): Promise<Article[]> {
    const rows = await this.sql.rows<ArticleRow>(
      `SELECT a.* FROM unnest(?::bigint[]) WITH ORDINALITY AS j(id, n) JOIN articles AS a ON a.id = j.id
       ORDER BY j.n`,
      [ids],
    );
    return rows.map(toArticle);
  }

  async listArticleHeads(ids: readonly number[], textChars: number): Promise<ArticleHead[]> {
    const rows = await this.sql.rows<Parameters<typeof toArticleHead>[0]>(
      `SELECT a.id, a.source_id, a.url, a.title, a.published_at, substr(a.text, 1, ?::int) AS text,
         length(a.text) > ?::int AS truncated
       FROM unnest(?::bigint[]) WITH ORDINALITY AS j(id, n) JOIN articles AS a ON a.id = j.id
       ORDER BY j.n`,
      [textChars, textChars, ids],
    );
    return rows.map(toArticleHead);
  }

  async listPageTextChars(sourceId: string, limit = 20): Promise<number[]> {
    const rows = await this.sql.rows<{ text: string }>(
      `SELECT text FROM articles WHERE source_id = ? AND status = 'ok' AND text_from = 'page'
       ORDER BY first_seen_at DESC, id DESC LIMIT ?`,
      [sourceId, limit],
    );
    return rows.map((r) => r.text.replace(/\s+/g, "").length);
  }

  async listRecentTextFrom(
    sourceId: string,
    limit = 10,
  ): Promise<{ textFrom?: TextFrom; status: ArticleStatus }[]> {
    const rows = await this.sql.rows<{ text_from: string | null; status: string }>(
      `SELECT text_from, status FROM articles WHERE source_id = ? AND status IN ('ok', 'feed-only')
       ORDER BY first_seen_at DESC, id DESC LIMIT ?`,
      [sourceId, limit],
    );
    return rows.map((r) =>
      compact({ textFrom: optional(r.text_from) as TextFrom | undefined, status: r.status as ArticleStatus }),
    );
  }

  async #one(text: string, ...params: unknown[]): Promise<Article | undefined> {
    const row = await this.sql.row<ArticleRow>(text, params);
    return row && toArticle(row);
  }
}
