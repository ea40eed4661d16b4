import type { Database } from "better-sqlite3";
import type { SearchTerm } from "../model/search-text.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import type { FacetFacts } from "./facet-facts.ts";
import { entryFactsOf } from "./published-entries.ts";
import { countFacets, type FacetRow, type SearchFacets } from "./search-facets.ts";
import { optional, toUtcIso } from "./values.ts";

/**
 * The full-text index (its migration in migrations.ts): `search_fts`, a contentless FTS5 table of pre-tokenised text
 * (model/search-text.ts), and `search_docs`, the filterable facts of each indexed row. One document
 * per article (title, text) and one per analysis with an entry (title, org, tags, summary and
 * bullets). Triggers on `articles` and `analyses` keep both in step with every write, a re-analysis
 * and a cascade delete included; they call the SQL functions of search-functions.ts, so every
 * connection that writes must be opened through `openDatabase`.
 */

/** Column weights of bm25, in the table's column order: title, org, tags, summary, body. */
export const WEIGHTS = "8.0, 4.0, 4.0, 2.0, 1.0";
/** Days over which the recency boost fades: score × (1 + 0.5 / (1 + age / RECENCY_DAYS)). */
export const RECENCY_DAYS = 30;

/**
 * At most this many matching documents (the most recently stored) are scored per query, so a word
 * found in nearly every document still answers in milliseconds (see docs/search.md).
 */
export const SCORED_DOCUMENTS = 3000;

/** What `searchDocuments` returns. */
export interface SearchDocumentsResult {
  /** Matching articles among the scored documents. */
  total: number;
  /** More documents matched than were scored: `total` is a lower bound. */
  capped: boolean;
  matches: SearchMatch[];
  /** When `input.facets`: countSearchFacets of the same input, from the same match of the terms. */
  facets?: SearchFacets;
}

/** What `searchDocuments` takes: parsed terms (all required) and filters. */
export interface SearchDocumentsInput {
  terms: readonly SearchTerm[];
  /** Published at or after (inclusive). */
  from?: string | Date;
  /** Published before (exclusive). */
  to?: string | Date;
  sourceId?: string;
  /** Part of the entry's org, any case. The entry filters (org, tag, minStars, analyser) match entries only. */
  org?: string;
  /** One of the entry's tags, any case. */
  tag?: string;
  minStars?: number;
  /** The analyser's name, e.g. offline-extractive or deepseek/deepseek-chat. */
  analyser?: string;
  limit: number;
  /** Score at most this many matching documents, the most recently stored (default SCORED_DOCUMENTS). */
  scoreAtMost?: number;
  /** Recency is measured from here. */
  now: string | Date;
  /** Also count the facets (`facets` of the result, as countSearchFacets counts them). */
  facets?: boolean;
  /**
   * Leave these articles out of the hits, the total and the facet counts, as if not stored (the
   * query layer's articles not yet public: carried only by a draft awaiting review).
   */
  hideArticles?: readonly number[];
  /**
   * The readers' view of this briefing (its id): an article's entry facts (the entry filters, the
   * facets, the entry to show) are its items as the briefing published them (published_entries:
   * none for an article whose analysis was not published), and an analysis's document matches only
   * when its analyser's entry was published for that article. Without it: the analyses as written.
   */
  publishedIn?: string;
}

/** Whether a search leaves articles out (SQL adds a clause; the kept copy skips their documents). */
export const hidesArticles = (input: SearchDocumentsInput): boolean => (input.hideArticles?.length ?? 0) > 0;

/** One matching article: its best-scoring document (lower score is better, as bm25). */
export interface SearchMatch {
  articleId: number;
  /** Set when an entry of the article matched (the best-scoring one). */
  analysisId?: number;
  /** The entry to show: the one that matched, else the article's newest entry that passes the filters. */
  entryId?: number;
  score: number;
  publishedAt: string;
  sourceId: string;
}

export interface MatchRow {
  article_id: number;
  matched_id: number | null;
  entry_id: number | null;
  score: number;
  published_at: string;
  source_id: string;
  total: number;
  scored: number;
}

/** The rows of a search query (both backends select the same columns) as its result. */
export function toSearchResult(rows: readonly MatchRow[], cap: number): SearchDocumentsResult {
  return {
    total: rows[0]?.total ?? 0,
    capped: (rows[0]?.scored ?? 0) >= cap,
    matches: rows.map((r) => ({
      articleId: r.article_id,
      analysisId: optional(r.matched_id),
      entryId: optional(r.matched_id ?? r.entry_id),
      score: r.score,
      publishedAt: r.published_at,
      sourceId: r.source_id,
    })),
  };
}

/** The FTS5 expression of parsed terms: each term's tokens as a phrase; lone CJK characters as prefixes. */
export function matchExpression(terms: readonly SearchTerm[]): string {
  const quote = (token: string) => `"${token.replaceAll('"', '""')}"`;
  const clauses: string[] = [];
  for (const term of terms) {
    let phrase: string[] = [];
    const flush = () => {
      if (phrase.length > 0) clauses.push(quote(phrase.join(" ")));
      phrase = [];
    };
    for (const { token, prefix } of term.tokens) {
      if (prefix) {
        flush();
        clauses.push(`${quote(token)}*`);
      } else phrase.push(token);
    }
    flush();
  }
  return clauses.join(" AND ");
}

/** The date range of a search as `AND …` clauses on document `d` (the facet counts' only filter in SQL). */
export function dateClauses(input: Pick<SearchDocumentsInput, "from" | "to">): {
  where: string[];
  params: string[];
} {
  const where: string[] = [];
  const params: string[] = [];
  if (input.from !== undefined) {
    where.push("AND d.published_at >= ?");
    params.push(toUtcIso(input.from));
  }
  if (input.to !== undefined) {
    where.push("AND d.published_at < ?");
    params.push(toUtcIso(input.to));
  }
  return { where, params };
}

export class SearchIndexTable {
  private readonly sql: Prepare;
  private readonly facts?: FacetFacts;
  /** `options.facetFacts`: count facets from this in-memory copy of the facts (facet-facts.ts; search threads). */
  constructor(db: Database, options: { facetFacts?: FacetFacts } = {}) {
    this.sql = cachePreparedStatements(db);
    this.facts = options.facetFacts;
  }

  /**
   * Articles matching every term, best first: bm25 (title weighs most) scaled by a recency boost,
   * then newer first. `total` counts the matching articles, not only the `limit` returned; when more
   * than SCORED_DOCUMENTS documents match, only the newest stored are scored and `capped` is set.
   */
  searchDocuments(input: SearchDocumentsInput): SearchDocumentsResult {
    const cap = input.scoreAtMost ?? SCORED_DOCUMENTS;
    if (input.terms.length === 0)
      return {
        total: 0,
        capped: false,
        matches: [],
        ...(input.facets ? { facets: countFacets([], input, cap) } : {}),
      };
    // The kept copy answers both from one FTS5 query (facet-facts.ts), hidden articles left out
    // as SQL leaves them out; else SQL, the reference.
    const kept = this.facts?.search(input, cap);
    if (kept) return kept;
    const result = this.rankInSql(input, cap);
    return input.facets ? { ...result, facets: this.countSearchFacets(input) } : result;
  }

  /** searchDocuments in SQL alone (the reference the kept copy's answers equal). */
  private rankInSql(input: SearchDocumentsInput, cap: number): SearchDocumentsResult {
    const where: string[] = [];
    const params: unknown[] = [];
    // Entry facts filter the article: any of its entries must have them, whichever document matched.
    const entryWhere: string[] = [];
    const entryParams: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      params.push(value);
    };
    const addEntry = (clause: string, value: unknown) => {
      entryWhere.push(clause);
      entryParams.push(value);
    };
    if (input.from !== undefined) add("d.published_at >= ?", toUtcIso(input.from));
    if (input.to !== undefined) add("d.published_at < ?", toUtcIso(input.to));
    if (input.sourceId !== undefined) add("d.source_id = ?", input.sourceId);
    if (hidesArticles(input))
      add("d.article_id NOT IN (SELECT value FROM json_each(?))", JSON.stringify(input.hideArticles));
    const facts = entryFactsOf(input);
    if (facts.searched) add(facts.searched, input.publishedIn);
    if (input.org !== undefined) addEntry("instr(lower(e.org), lower(?)) > 0", input.org);
    if (input.tag !== undefined)
      addEntry("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE lower(value) = lower(?))", input.tag);
    if (input.minStars !== undefined) addEntry("e.stars >= ?", input.minStars);
    if (input.analyser !== undefined) addEntry("e.analyser = ?", input.analyser);
    const entryFilter = (article: string) => [facts.of(article), ...entryWhere].join(" AND ");
    if (entryWhere.length > 0) {
      where.push(`EXISTS (SELECT 1 FROM ${facts.table} AS e WHERE ${entryFilter("d.article_id")})`);
      params.push(...facts.params, ...entryParams);
    }
    // The entry to show: the newest analysis passing the filters (for the readers, of an analyser
    // published for the article, its published facts passing them).
    const entryId =
      facts.table === "search_docs"
        ? `SELECT max(e.analysis_id) FROM search_docs AS e WHERE ${entryFilter("top.article_id")}`
        : `SELECT max(x.analysis_id) FROM search_docs AS x WHERE x.article_id = top.article_id AND x.kind = 'entry'
             AND EXISTS (SELECT 1 FROM published_entries AS e WHERE ${entryFilter("x.article_id")} AND e.analyser = x.analyser)`;
    // Scored: the newest SCORED_DOCUMENTS matching documents (in storage order, which FTS5 walks
    // without sorting); bm25 over every match of a very common word would cost ~250 ms at 100k.
    const rows = this.sql(
      `WITH m AS MATERIALIZED (
         SELECT d.article_id, d.analysis_id, d.published_at, d.source_id,
           bm25(search_fts, ${WEIGHTS})
             * (1.0 + 0.5 / (1.0 + max(0.0, julianday(?) - julianday(d.published_at)) / ${RECENCY_DAYS}.0))
             AS score
         FROM search_fts JOIN search_docs AS d ON d.id = search_fts.rowid
         WHERE search_fts MATCH ? ${where.map((w) => `AND ${w}`).join(" ")}
         ORDER BY search_fts.rowid DESC LIMIT ?
       ),
       a AS (
         SELECT article_id, min(score) AS score, max(published_at) AS published_at, max(source_id) AS source_id
         FROM m GROUP BY article_id
       ),
       top AS (
         SELECT *, count(*) OVER () AS total, (SELECT count(*) FROM m) AS scored FROM a
         ORDER BY score, published_at DESC, article_id DESC LIMIT ?
       )
       SELECT top.*,
         (SELECT x.analysis_id FROM m AS x WHERE x.article_id = top.article_id AND x.analysis_id IS NOT NULL
          ORDER BY x.score, x.analysis_id DESC LIMIT 1) AS matched_id,
         (${entryId}) AS entry_id
       FROM top ORDER BY score, published_at DESC, article_id DESC`,
    ).all(
      toUtcIso(input.now),
      matchExpression(input.terms),
      ...params,
      cap,
      input.limit,
      ...facts.params,
      ...entryParams,
    ) as MatchRow[];
    return toSearchResult(rows, cap);
  }

  /**
   * The facet counts of a search (search-facets.ts): the articles among the newest `scoreAtMost`
   * documents matching the terms and the date range, with every entry's facts, counted in JS.
   */
  countSearchFacets(input: SearchDocumentsInput): SearchFacets {
    const cap = input.scoreAtMost ?? SCORED_DOCUMENTS;
    if (input.terms.length === 0) return countFacets([], input, cap);
    const kept = this.facts?.count(input, cap);
    if (kept) return kept;
    const { where, params }: { where: string[]; params: unknown[] } = dateClauses(input);
    if (hidesArticles(input)) {
      where.push("AND d.article_id NOT IN (SELECT value FROM json_each(?))");
      params.push(JSON.stringify(input.hideArticles));
    }
    const facts = entryFactsOf(input);
    if (facts.searched) {
      where.push(`AND ${facts.searched}`);
      params.push(input.publishedIn);
    }
    const rows = this.sql(
      `WITH m AS MATERIALIZED (
         SELECT d.article_id, d.source_id FROM search_fts JOIN search_docs AS d ON d.id = search_fts.rowid
         WHERE search_fts MATCH ? ${where.join(" ")}
         ORDER BY search_fts.rowid DESC LIMIT ?
       ),
       a AS (SELECT article_id, max(source_id) AS source_id FROM m GROUP BY article_id)
       SELECT a.article_id, a.source_id, e.org, e.stars, e.tags, e.analyser, (SELECT count(*) FROM m) AS scored
       FROM a LEFT JOIN ${facts.table} AS e ON ${facts.of("a.article_id")}
       ${facts.searched ? "ORDER BY a.article_id, e.date" : ""}`,
    ).all(matchExpression(input.terms), ...params, cap, ...facts.params) as FacetRow[];
    return countFacets(rows, input, cap);
  }
}
