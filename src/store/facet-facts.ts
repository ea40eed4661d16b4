import type { Database, Statement } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { type EntryFilterFacts, type KeptFacts, searchKept, sqlLower } from "./kept-search.ts";
import { entryFactsOf } from "./published-entries.ts";
import { type ColumnRow, SearchColumns } from "./search-columns.ts";
import { countFacetArticles, type FacetArticle, facetEntryOf, type SearchFacets } from "./search-facets.ts";
import {
  dateClauses,
  hidesArticles,
  matchExpression,
  type SearchDocumentsInput,
  type SearchDocumentsResult,
} from "./search-index.ts";

/**
 * The facet counts of a search from facts kept in memory (a search thread's, search-thread.ts): the
 * SQL then only names the matching articles (integers), and each article's source and entry facts
 * (org, ★, tags, analyser) come from this copy of `search_docs`, instead of a join that hands
 * ~1,600 rows of text to JS per query. The counts are countFacets' over the same rows in the same
 * order (articles ascending, each one's entries by document id), so they equal countSearchFacets'.
 *
 * The whole search is answered from the same copy too (kept-search.ts).
 *
 * The copy is for one store version (another connection's commit changes `PRAGMA data_version`,
 * this connection's own writes `total_changes()`, so the main connection may keep one too): a version read
 * before and after the query must both be the copy's, else the caller counts in SQL. A new version
 * is loaded at most every RELOAD_MS (while a run writes, queries in between count in SQL).
 */

/** Loads of a changed store at most this often (ms). */
export const RELOAD_MS = 10_000;

/** An entry's tags as json_each(tags) yields them, lowercased; undefined when not only strings. */
function sqlTagKeys(tags: string | null): string[] | undefined {
  if (tags === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(tags);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((t) => typeof t === "string")) return undefined;
  return parsed.map(sqlLower);
}

export class FacetFacts {
  private readonly sql: Prepare;
  constructor(
    db: Database,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.sql = cachePreparedStatements(db);
    // One statement prepared once (db.pragma() prepares anew on every call: twice a search).
    this.versionOf = db
      .prepare("SELECT data_version || '.' || total_changes() FROM pragma_data_version")
      .pluck();
  }
  private readonly versionOf: Statement;

  /** Another connection's commits (data_version) and this connection's own writes (total_changes). */
  private version(): string {
    return this.versionOf.get() as string;
  }

  /** Loads the store's copy now (a search thread at its start), so no search waits for it. */
  prime(): void {
    this.currentFor({});
  }

  /**
   * The copy for `input` as the store is now, or undefined when it changed too recently to load
   * again: the store's, or the readers' of a briefing (input.publishedIn), with its entries as
   * published. Each is loaded when first asked for and reloaded on its own (at most every RELOAD_MS),
   * so a server whose searches are all the readers' keeps only theirs fresh.
   */
  private currentFor(input: Pick<SearchDocumentsInput, "publishedIn">): KeptFacts | undefined {
    const key = input.publishedIn === undefined ? "" : `readers ${input.publishedIn}`;
    const version = this.version();
    const known = this.copies.get(key);
    if (known?.version === version) return known;
    if (known && this.clock() - known.loadedAt < RELOAD_MS) return undefined;
    const published =
      input.publishedIn === undefined
        ? undefined
        : (this.sql(
            `SELECT article_id, org, stars, tags, analyser FROM published_entries
             WHERE briefing_id = ? ORDER BY article_id, date`,
          ).all(input.publishedIn) as PublishedRow[]);
    const facts = keptFactsOf(this.rows(), version, this.clock(), published);
    this.copies.set(key, facts);
    return this.version() === version ? facts : undefined;
  }

  /** The copies by key ("": the store's; "readers <briefing id>"). */
  private readonly copies = new Map<string, KeptFacts>();

  private rows(): ColumnRow[] {
    return this.sql(
      `SELECT id, article_id, analysis_id, kind, published_at, julianday(published_at) AS julian_day,
         source_id, org, stars, tags, analyser
       FROM search_docs ORDER BY article_id, id`,
    ).all() as ColumnRow[];
  }

  /** countSearchFacets from the copy, or undefined when the caller must count in SQL. */
  count(input: SearchDocumentsInput, cap: number): SearchFacets | undefined {
    const facts = this.currentFor(input);
    if (!facts) return undefined;
    const { where, params }: { where: string[]; params: unknown[] } = dateClauses(input);
    if (hidesArticles(input)) {
      where.push("AND d.article_id NOT IN (SELECT value FROM json_each(?))");
      params.push(JSON.stringify(input.hideArticles));
    }
    const { searched } = entryFactsOf(input);
    if (searched) {
      where.push(`AND ${searched}`);
      params.push(input.publishedIn);
    }
    const matched = this.sql(
      `SELECT d.article_id FROM search_fts JOIN search_docs AS d ON d.id = search_fts.rowid
       WHERE search_fts MATCH ? ${where.join(" ")}
       ORDER BY search_fts.rowid DESC LIMIT ?`,
    )
      .pluck()
      .all(matchExpression(input.terms), ...params, cap) as number[];
    if (this.version() !== facts.version) return undefined;
    const ids = [...new Set(matched)].sort((a, b) => a - b);
    const articles: [number, FacetArticle][] = [];
    for (const id of ids) {
      const article = facts.articles.get(id);
      if (!article) return undefined; // not in the copy: count in SQL
      articles.push([id, article]);
    }
    return countFacetArticles(articles, input, matched.length >= cap);
  }

  /**
   * searchDocuments (with its facets when `input.facets`) from the copy (kept-search.ts), or
   * undefined when the caller must search in SQL.
   */
  search(input: SearchDocumentsInput, cap: number): SearchDocumentsResult | undefined {
    const facts = this.currentFor(input);
    if (!facts) return undefined;
    return searchKept(this.sql, facts, input, cap, () => this.version() === facts.version);
  }
}

/** A row of published_entries as the readers' copy reads it. */
interface PublishedRow {
  article_id: number;
  org: string;
  stars: number | null;
  tags: string;
  analyser: string;
}

/**
 * The copy of search_docs' rows (ordered by article, id). With `published` (a briefing's
 * published_entries, by article then date): the readers' copy, each article's entries those
 * published, an entry document searched only when its analyser's entry was published (else in
 * `hiddenDocs`), as the SQL of input.publishedIn reads them (search-index.ts, entryFactsOf).
 */
function keptFactsOf(
  rows: readonly ColumnRow[],
  version: string,
  loadedAt: number,
  published?: readonly PublishedRow[],
): KeptFacts {
  const articles = new Map<number, FacetArticle>();
  const entries = new Map<number, EntryFilterFacts[]>();
  let firstPublished = "";
  let lastPublished = "";
  let tagsExact = true;
  const add = (articleId: number, facts: EntryFilterFacts) => {
    let list = entries.get(articleId);
    if (!list) {
      list = [];
      entries.set(articleId, list);
    }
    list.push(facts);
  };
  // The readers': each article's published entries, and its newest analysis of each analyser.
  const publishedOf = new Map<number, PublishedRow[]>();
  for (const p of published ?? []) {
    const list = publishedOf.get(p.article_id);
    if (list) list.push(p);
    else publishedOf.set(p.article_id, [p]);
  }
  const newest = new Map<string, number>();
  let hiddenDocs: Uint8Array | undefined;
  let hiddenCount = 0;
  if (published) {
    hiddenDocs = new Uint8Array(rows.reduce((max, r) => Math.max(max, r.id), 0) + 1);
    for (const row of rows)
      if (row.kind === "entry" && row.analysis_id !== null) {
        const key = `${row.article_id}\n${row.analyser}`;
        if (publishedOf.get(row.article_id)?.some((p) => p.analyser === row.analyser))
          newest.set(key, Math.max(newest.get(key) ?? 0, row.analysis_id));
        else {
          hiddenDocs[row.id] = 1;
          hiddenCount++;
        }
      }
  }
  for (const row of rows) {
    let article = articles.get(row.article_id);
    if (!article) {
      article = { source: row.source_id, entries: [] };
      articles.set(row.article_id, article);
      for (const p of published ? (publishedOf.get(row.article_id) ?? []) : []) {
        article.entries.push(facetEntryOf(p)!);
        const tagKeys = sqlTagKeys(p.tags);
        if (!tagKeys) tagsExact = false;
        const analysisId = newest.get(`${row.article_id}\n${p.analyser}`) ?? 0;
        add(row.article_id, { analysisId, org: p.org, stars: p.stars, tagKeys, analyser: p.analyser });
      }
    } else if (row.source_id > article.source) article.source = row.source_id;
    if (firstPublished === "" || row.published_at < firstPublished) firstPublished = row.published_at;
    if (row.published_at > lastPublished) lastPublished = row.published_at;
    if (row.kind !== "entry" || published) continue;
    const entry = facetEntryOf(row);
    if (entry) article.entries.push(entry);
    const tagKeys = sqlTagKeys(row.tags);
    if (!tagKeys) tagsExact = false;
    add(row.article_id, {
      analysisId: row.analysis_id ?? 0,
      org: row.org,
      stars: row.stars,
      tagKeys,
      analyser: row.analyser,
    });
  }
  const entriesOf = published ? new Map([...articles].map(([id, a]) => [id, a.entries] as const)) : undefined;
  return {
    version,
    loadedAt,
    articles,
    columns: new SearchColumns(rows, entriesOf),
    entries,
    firstPublished,
    lastPublished,
    tagsExact,
    ...(hiddenDocs ? { hiddenDocs, hiddenShare: hiddenCount / Math.max(1, rows.length) } : {}),
  };
}
