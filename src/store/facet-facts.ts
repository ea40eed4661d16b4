import type { Database, Statement } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import {
  countFacetArticles,
  type FacetArticle,
  type FacetRow,
  facetEntryOf,
  type SearchFacets,
} from "./search-facets.ts";
import {
  dateClauses,
  type MatchRow,
  matchExpression,
  RECENCY_DAYS,
  type SearchDocumentsInput,
  type SearchDocumentsResult,
  toSearchResult,
  WEIGHTS,
} from "./search-index.ts";
import { toUtcIso } from "./values.ts";

/**
 * The facet counts of a search from facts kept in memory (a search thread's, search-thread.ts): the
 * SQL then only names the matching articles (integers), and each article's source and entry facts
 * (org, ★, tags, analyser) come from this copy of `search_docs`, instead of a join that hands
 * ~1,600 rows of text to JS per query. The counts are countFacets' over the same rows in the same
 * order (articles ascending, each one's entries by document id), so they equal countSearchFacets'.
 *
 * The copy is for one store version (another connection's commit changes `PRAGMA data_version`,
 * this connection's own writes `total_changes()`, so the main connection may keep one too): a version read
 * before and after the query must both be the copy's, else the caller counts in SQL. A new version
 * is loaded at most every RELOAD_MS (while a run writes, queries in between count in SQL).
 */

/**
 * The whole search answered from the same copy (`search`): the FTS5 query then only names the
 * matching documents with their bm25 (one query, no join, no GROUP BY in SQL), and the filters, the
 * cap, the grouping by article, the recency boost, the order and the facet counts are computed here
 * over the copy's columns, with the SQL's arithmetic and comparisons (ASCII-only lower(), julianday
 * read from SQLite), so the result is searchDocuments' and countSearchFacets' exactly (search-columns.test.ts
 * compares them over a generated store). Whatever the copy cannot judge as SQL would (a tag that is
 * not a string, a date julianday cannot read) is left to SQL.
 */

/** Loads of a changed store at most this often (ms). */
export const RELOAD_MS = 10_000;

/** A document's columns of search_docs, as the search reads them. */
interface DocFacts {
  articleId: number;
  /** Set for an entry's document. */
  analysisId: number | null;
  publishedAt: string;
  /** julianday(published_at), as SQLite computes it. */
  julianDay: number;
  sourceId: string;
}

/** An entry's facts as the search's entry filters read them in SQL (searchDocuments). */
interface EntryFilterFacts {
  analysisId: number;
  org: string | null;
  stars: number | null;
  /** The tags' values, ASCII-lowercased (lower(value) of json_each); undefined: not all strings. */
  tagKeys: string[] | undefined;
  analyser: string | null;
}

interface Facts {
  version: string;
  loadedAt: number;
  /** Each article's facts, parsed once (tags, lowercased keys) so a query only counts. */
  articles: Map<number, FacetArticle>;
  /** Every document by id (the FTS rowid). */
  docs: Map<number, DocFacts>;
  /** Each article's entries, in document order. */
  entries: Map<number, EntryFilterFacts[]>;
  /** The least and greatest published_at of any document (a date filter beyond them filters nothing). */
  firstPublished: string;
  lastPublished: string;
  /** Every document could be read as SQL reads it (else `search` leaves every query to SQL). */
  exact: boolean;
  /** Every entry's tags are strings (else a tag filter is left to SQL). */
  tagsExact: boolean;
}

/** SQLite's lower() without ICU: ASCII letters only. */
const sqlLower = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

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
  private facts?: Facts;
  constructor(
    private readonly db: Database,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.sql = cachePreparedStatements(db);
    this.changes = db.prepare("SELECT total_changes()").pluck();
  }
  private readonly changes: Statement;

  /** Another connection's commits (data_version) and this connection's own writes (total_changes). */
  private version(): string {
    return `${this.db.pragma("data_version", { simple: true })}.${this.changes.get()}`;
  }

  /** Loads the copy now (a search thread at its start), so no search waits for it. */
  prime(): void {
    this.current();
  }

  /** The copy for the store as it is now; undefined when it changed too recently to load again. */
  private current(): Facts | undefined {
    const version = this.version();
    if (this.facts?.version === version) return this.facts;
    if (this.facts && this.clock() - this.facts.loadedAt < RELOAD_MS) return undefined;
    const articles = new Map<number, FacetArticle>();
    const docs = new Map<number, DocFacts>();
    const entries = new Map<number, EntryFilterFacts[]>();
    let firstPublished = "";
    let lastPublished = "";
    let exact = true;
    let tagsExact = true;
    const rows = this.sql(
      `SELECT id, article_id, analysis_id, kind, published_at, julianday(published_at) AS julian_day,
         source_id, org, stars, tags, analyser
       FROM search_docs ORDER BY article_id, id`,
    ).all() as (FacetRow & {
      id: number;
      analysis_id: number | null;
      kind: string;
      published_at: string;
      julian_day: number | null;
    })[];
    for (const row of rows) {
      let article = articles.get(row.article_id);
      if (!article) {
        article = { source: row.source_id, entries: [] };
        articles.set(row.article_id, article);
      } else if (row.source_id > article.source) article.source = row.source_id;
      const entry = row.kind === "entry" ? facetEntryOf(row) : undefined;
      if (entry) article.entries.push(entry);
      if (row.julian_day === null) exact = false;
      docs.set(row.id, {
        articleId: row.article_id,
        analysisId: row.analysis_id,
        publishedAt: row.published_at,
        julianDay: row.julian_day ?? Number.NaN,
        sourceId: row.source_id,
      });
      if (firstPublished === "" || row.published_at < firstPublished) firstPublished = row.published_at;
      if (row.published_at > lastPublished) lastPublished = row.published_at;
      if (row.kind === "entry") {
        if (row.analysis_id === null) exact = false;
        const tagKeys = sqlTagKeys(row.tags);
        if (!tagKeys) tagsExact = false;
        let list = entries.get(row.article_id);
        if (!list) {
          list = [];
          entries.set(row.article_id, list);
        }
        list.push({
          analysisId: row.analysis_id ?? 0,
          org: row.org,
          stars: row.stars,
          tagKeys,
          analyser: row.analyser,
        });
      }
    }
    this.facts = {
      version,
      loadedAt: this.clock(),
      articles,
      docs,
      entries,
      firstPublished,
      lastPublished,
      exact,
      tagsExact,
    };
    return this.version() === version ? this.facts : undefined;
  }

  /** countSearchFacets from the copy, or undefined when the caller must count in SQL. */
  count(input: SearchDocumentsInput, cap: number): SearchFacets | undefined {
    const facts = this.current();
    if (!facts) return undefined;
    const { where, params } = dateClauses(input);
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
   * searchDocuments (with its facets when `input.facets`) from the copy, or undefined when the
   * caller must search in SQL. One FTS5 query names the newest matching documents; without a filter
   * that narrows them it also scores them (bm25), else a second one scores the rowid range of those
   * that pass (rowids first, so bm25 runs on about the scored documents only).
   */
  search(input: SearchDocumentsInput, cap: number): SearchDocumentsResult | undefined {
    const facts = this.current();
    if (!facts?.exact) return undefined;
    if (input.tag !== undefined && !facts.tagsExact) return undefined;
    const match = matchExpression(input.terms);
    const from = input.from === undefined ? undefined : toUtcIso(input.from);
    const to = input.to === undefined ? undefined : toUtcIso(input.to);
    // A date bound beyond every stored document's date filters nothing.
    const datesNarrow =
      (from !== undefined && from > facts.firstPublished) || (to !== undefined && to <= facts.lastPublished);
    const entryFilter = this.entryFilter(input);
    if (entryFilter === null) return undefined;
    const narrow = datesNarrow || input.sourceId !== undefined || entryFilter !== undefined;

    /** Documents searched (newest first, at most `cap`): all filters pass; `bm25` their scores. */
    const scored: number[] = [];
    const bm25: number[] = [];
    /** Documents the facets count (newest first, at most `cap`): the dates pass. */
    let counted: number[] = [];
    if (!narrow) {
      const rows = this.sql(
        `SELECT rowid, bm25(search_fts, ${WEIGHTS}) FROM search_fts WHERE search_fts MATCH ?
         ORDER BY rowid DESC LIMIT ?`,
      )
        .raw()
        .all(match, cap) as [number, number][];
      for (const [rowid, score] of rows) {
        if (!facts.docs.has(rowid)) return undefined; // not in the copy: search in SQL
        scored.push(rowid);
        bm25.push(score);
      }
      counted = scored;
    } else {
      const rowids = this.sql("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC")
        .pluck()
        .all(match) as number[];
      const passes = new Map<number, boolean>();
      for (const rowid of rowids) {
        const doc = facts.docs.get(rowid);
        if (!doc) return undefined;
        if (from !== undefined && !(doc.publishedAt >= from)) continue;
        if (to !== undefined && !(doc.publishedAt < to)) continue;
        if (input.facets && counted.length < cap) counted.push(rowid);
        if (scored.length < cap && (input.sourceId === undefined || doc.sourceId === input.sourceId)) {
          let pass = entryFilter === undefined ? true : passes.get(doc.articleId);
          if (pass === undefined) {
            pass = (facts.entries.get(doc.articleId) ?? []).some(entryFilter!);
            passes.set(doc.articleId, pass);
          }
          if (pass) scored.push(rowid);
        }
        if (scored.length >= cap && (!input.facets || counted.length >= cap)) break;
      }
      if (scored.length > 0) {
        // bm25 of the rowid range the scored documents span (both lists newest first).
        const rows = this.sql(
          `SELECT rowid, bm25(search_fts, ${WEIGHTS}) FROM search_fts
           WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC`,
        )
          .raw()
          .all(match, scored.at(-1), scored[0]) as [number, number][];
        let at = 0;
        for (const rowid of scored) {
          while (at < rows.length && rows[at]![0] !== rowid) at++;
          if (at === rows.length) return undefined; // changed in between: search in SQL
          bm25.push(rows[at]![1]);
        }
      }
    }
    const now = this.sql("SELECT julianday(?)").pluck().get(toUtcIso(input.now)) as number;
    if (this.version() !== facts.version) return undefined;

    // The SQL of searchDocuments, step by step: each document's score (bm25 × the recency boost),
    // each article's best (min score, max date and source), the `limit` best articles in its order.
    interface Group {
      articleId: number;
      score: number;
      publishedAt: string;
      sourceId: string;
      /** The best-scoring entry document (score, then the greater analysis id). */
      matchedScore: number;
      matchedId: number | null;
    }
    const groups = new Map<number, Group>();
    for (let i = 0; i < scored.length; i++) {
      const doc = facts.docs.get(scored[i]!)!;
      const score = bm25[i]! * (1.0 + 0.5 / (1.0 + Math.max(0.0, now - doc.julianDay) / RECENCY_DAYS));
      let group = groups.get(doc.articleId);
      if (!group) {
        group = {
          articleId: doc.articleId,
          score,
          publishedAt: doc.publishedAt,
          sourceId: doc.sourceId,
          matchedScore: 0,
          matchedId: null,
        };
        groups.set(doc.articleId, group);
      } else {
        if (score < group.score) group.score = score;
        if (doc.publishedAt > group.publishedAt) group.publishedAt = doc.publishedAt;
        if (doc.sourceId > group.sourceId) group.sourceId = doc.sourceId;
      }
      const id = doc.analysisId;
      if (
        id !== null &&
        (group.matchedId === null ||
          score < group.matchedScore ||
          (score === group.matchedScore && id > group.matchedId))
      ) {
        group.matchedScore = score;
        group.matchedId = id;
      }
    }
    /** ORDER BY score, published_at DESC, article_id DESC. */
    const before = (a: Group, b: Group) =>
      a.score < b.score ||
      (a.score === b.score &&
        (a.publishedAt > b.publishedAt || (a.publishedAt === b.publishedAt && a.articleId > b.articleId)));
    // The best `limit`, kept in order as the groups go by (no sort of them all).
    const top: Group[] = [];
    for (const group of groups.values()) {
      if (top.length === input.limit && !before(group, top.at(-1)!)) continue;
      let at = top.length;
      while (at > 0 && before(group, top[at - 1]!)) at--;
      top.splice(at, 0, group);
      if (top.length > input.limit) top.pop();
    }
    const rows: MatchRow[] = top.map((g) => {
      let entryId: number | null = null;
      for (const e of facts.entries.get(g.articleId) ?? [])
        if ((entryFilter === undefined || entryFilter(e)) && (entryId === null || e.analysisId > entryId))
          entryId = e.analysisId;
      return {
        article_id: g.articleId,
        matched_id: g.matchedId,
        entry_id: entryId,
        score: g.score,
        published_at: g.publishedAt,
        source_id: g.sourceId,
        total: groups.size,
        scored: scored.length,
      };
    });
    const result = toSearchResult(rows, cap);
    if (!input.facets) return result;
    const ids = [...new Set(counted.map((rowid) => facts.docs.get(rowid)!.articleId))].sort((a, b) => a - b);
    const articles = ids.map((id): [number, FacetArticle] => [id, facts.articles.get(id)!]);
    return { ...result, facets: countFacetArticles(articles, input, counted.length >= cap) };
  }

  /**
   * The search's entry filters as SQL applies them (instr(lower(org), lower(?)), a tag equal under
   * lower(), stars at least, the analyser's name): undefined when there are none, null when the copy
   * cannot judge them.
   */
  private entryFilter(input: SearchDocumentsInput): ((e: EntryFilterFacts) => boolean) | undefined | null {
    const { org, tag, minStars, analyser } = input;
    if (org === undefined && tag === undefined && minStars === undefined && analyser === undefined)
      return undefined;
    const orgKey = org === undefined ? undefined : sqlLower(org);
    const tagKey = tag === undefined ? undefined : sqlLower(tag);
    return (e) =>
      (orgKey === undefined || (e.org !== null && sqlLower(e.org).includes(orgKey))) &&
      (tagKey === undefined || (e.tagKeys ?? []).includes(tagKey)) &&
      (minStars === undefined || (e.stars !== null && e.stars >= minStars)) &&
      (analyser === undefined || e.analyser === analyser);
  }
}
