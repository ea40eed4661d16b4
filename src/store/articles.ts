import type { Database } from "better-sqlite3";
import type { Article, ArticleLink, ArticleStatus, TextFrom } from "../model/index.ts";
import { dayRange } from "../time.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, optional, parseJson, toUtcIso } from "./values.ts";

export interface ArticleRow {
  id: number;
  source_id: string;
  url: string;
  original_url: string;
  guid: string | null;
  title: string;
  author: string | null;
  account: string | null;
  published_at: string;
  first_seen_at: string;
  content_hash: string;
  text: string;
  html: string;
  links: string;
  status: string;
  status_reason: string | null;
  text_from: string | null;
}

/** What a search hit shows of an article: no HTML or links, and its text cut to a prefix. */
export interface ArticleHead {
  id: number;
  sourceId: string;
  url: string;
  title: string;
  publishedAt: string;
  /** The first `textChars` characters of the text. */
  text: string;
  /** The text is longer than what `text` holds. */
  truncated: boolean;
}

interface ArticleHeadRow {
  id: number;
  source_id: string;
  url: string;
  title: string;
  published_at: string;
  text: string;
  truncated: number | boolean;
}

export function toArticleHead(row: ArticleHeadRow): ArticleHead {
  return {
    id: row.id,
    sourceId: row.source_id,
    url: row.url,
    title: row.title,
    publishedAt: row.published_at,
    text: row.text,
    truncated: Boolean(row.truncated),
  };
}

/** Fields a later step may change (status upgrade, full text replacing the feed summary, …). */
export type ArticlePatch = Partial<Omit<Article, "id" | "statusReason">> & {
  /** null clears it (a page read later replaces the feed's stand-in). */
  statusReason?: string | null;
};

export function toArticle(row: ArticleRow): Article {
  return compact({
    id: row.id,
    sourceId: row.source_id,
    url: row.url,
    originalUrl: row.original_url,
    guid: optional(row.guid),
    title: row.title,
    author: optional(row.author),
    account: optional(row.account),
    publishedAt: row.published_at,
    firstSeenAt: row.first_seen_at,
    contentHash: row.content_hash,
    text: row.text,
    html: row.html,
    links: parseJson<ArticleLink[]>(row.links, []),
    status: row.status as ArticleStatus,
    statusReason: optional(row.status_reason),
    textFrom: optional(row.text_from) as TextFrom | undefined,
  });
}

/** Model field → column and how to bind it. The one place the mapping lives for writes. */
export const articleColumns: {
  [K in keyof ArticlePatch]-?: [string, (value: NonNullable<ArticlePatch[K]>) => unknown];
} = {
  sourceId: ["source_id", (v) => v],
  url: ["url", (v) => v],
  originalUrl: ["original_url", (v) => v],
  guid: ["guid", (v) => v],
  title: ["title", (v) => v],
  author: ["author", (v) => v],
  account: ["account", (v) => v],
  publishedAt: ["published_at", (v) => toUtcIso(v)],
  firstSeenAt: ["first_seen_at", (v) => toUtcIso(v)],
  contentHash: ["content_hash", (v) => v],
  text: ["text", (v) => v],
  html: ["html", (v) => v],
  links: ["links", (v) => JSON.stringify(v)],
  status: ["status", (v) => v],
  statusReason: ["status_reason", (v) => v],
  textFrom: ["text_from", (v) => v],
};

export function bindArticleField<K extends keyof ArticlePatch>(
  key: K,
  value: ArticlePatch[K],
): [string, unknown] {
  const [column, encode] = articleColumns[key] as [string, (value: unknown) => unknown];
  return [column, value === undefined || value === null ? null : encode(value)];
}

/** Articles, unique by canonical URL. Times are stored as UTC ISO so ranges compare as strings. */
export class ArticleTable {
  private readonly sql: Prepare;
  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  articleExists(url: string): boolean {
    return this.sql("SELECT 1 FROM articles WHERE url = ?").pluck().get(url) !== undefined;
  }

  getArticle(id: number): Article | undefined {
    return this.#one("SELECT * FROM articles WHERE id = ?", id);
  }

  findArticleByUrl(url: string): Article | undefined {
    return this.#one("SELECT * FROM articles WHERE url = ?", url);
  }

  /** The earliest article with this text: a later one with the same hash is a duplicate of it. */
  findArticleByContentHash(contentHash: string): Article | undefined {
    return this.#one("SELECT * FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", contentHash);
  }

  /** Inserts unless the URL is known; either way returns the row's id. */
  saveArticle(article: Article): { id: number; inserted: boolean } {
    const { id: _ignored, ...fields } = article;
    const bound = (Object.keys(articleColumns) as (keyof ArticlePatch)[]).map((key) =>
      bindArticleField(key, fields[key]),
    );
    const names = [...bound.map(([column]) => column), "updated_at"];
    const inserted = this.sql(
      `INSERT INTO articles (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})
       ON CONFLICT(url) DO NOTHING RETURNING id`,
    )
      .pluck()
      .get(...bound.map(([, value]) => value), this.now().toISOString()) as number | undefined;
    if (inserted !== undefined) return { id: inserted, inserted: true };
    const existing = this.sql("SELECT id FROM articles WHERE url = ?").pluck().get(article.url) as number;
    return { id: existing, inserted: false };
  }

  /** Changes the given fields (undefined leaves a field alone). Returns false for an unknown id. */
  updateArticle(id: number, patch: ArticlePatch): boolean {
    const keys = (Object.keys(patch) as (keyof ArticlePatch)[]).filter(
      (key) => key in articleColumns && patch[key] !== undefined,
    );
    if (keys.length === 0) return this.getArticle(id) !== undefined;
    const bound = keys.map((key) => bindArticleField(key, patch[key]));
    const assignments = [...bound.map(([column]) => `${column} = ?`), "updated_at = ?"].join(", ");
    const result = this.sql(`UPDATE articles SET ${assignments} WHERE id = ?`).run(
      ...bound.map(([, value]) => value),
      this.now().toISOString(),
      id,
    );
    return result.changes > 0;
  }

  /** Articles with start <= publishedAt < end, oldest first. */
  listArticlesPublishedBetween(start: string | Date, end: string | Date): Article[] {
    const rows = this.sql(
      "SELECT * FROM articles WHERE published_at >= ? AND published_at < ? ORDER BY published_at, id",
    ).all(toUtcIso(start), toUtcIso(end)) as ArticleRow[];
    return rows.map(toArticle);
  }

  /** Articles published on a calendar day (YYYY-MM-DD) in a zone: the day's [start, end) in UTC. */
  listArticlesForDay(date: string, timeZone: string): Article[] {
    const { start, end } = dayRange(date, timeZone);
    return this.listArticlesPublishedBetween(start, end);
  }

  /** Articles by id, in the order asked; unknown ids are skipped. */
  listArticlesByIds(ids: readonly number[]): Article[] {
    const rows = this.sql(
      "SELECT a.* FROM json_each(?) AS j JOIN articles AS a ON a.id = j.value ORDER BY j.key",
    ).all(JSON.stringify(ids)) as ArticleRow[];
    return rows.map(toArticle);
  }

  /** The articles' heads in the order of `ids` (unknown ids are skipped), their text cut to `textChars`. */
  listArticleHeads(ids: readonly number[], textChars: number): ArticleHead[] {
    const rows = this.sql(
      `SELECT a.id, a.source_id, a.url, a.title, a.published_at, substr(a.text, 1, ?) AS text,
         length(a.text) > ? AS truncated
       FROM json_each(?) AS j JOIN articles AS a ON a.id = j.value ORDER BY j.key`,
    ).all(textChars, textChars, JSON.stringify(ids)) as ArticleHeadRow[];
    return rows.map(toArticleHead);
  }

  /**
   * Text lengths (non-space characters) of a source's latest articles read in full from their page,
   * newest first: the yardstick for "is this feed text the whole article".
   */
  listPageTextChars(sourceId: string, limit = 20): number[] {
    const texts = this.sql(
      `SELECT text FROM articles WHERE source_id = ? AND status = 'ok' AND text_from = 'page'
       ORDER BY first_seen_at DESC, id DESC LIMIT ?`,
    )
      .pluck()
      .all(sourceId, limit) as string[];
    return texts.map((t) => t.replace(/\s+/g, "").length);
  }

  /** How a source's latest articles were read (newest first): the trail a bridge's health is read from. */
  listRecentTextFrom(sourceId: string, limit = 10): { textFrom?: TextFrom; status: ArticleStatus }[] {
    const rows = this.sql(
      `SELECT text_from, status FROM articles WHERE source_id = ? AND status IN ('ok', 'feed-only')
       ORDER BY first_seen_at DESC, id DESC LIMIT ?`,
    ).all(sourceId, limit) as { text_from: string | null; status: string }[];
    return rows.map((r) =>
      compact({ textFrom: optional(r.text_from) as TextFrom | undefined, status: r.status as ArticleStatus }),
    );
  }

  #one(sql: string, ...params: unknown[]): Article | undefined {
    const row = this.sql(sql).get(...params) as ArticleRow | undefined;
    return row && toArticle(row);
  }
}
