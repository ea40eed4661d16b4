import type { Prepare } from "./database.ts";
import { newestMatches, newestScored } from "./kept-matches.ts";
import type { SearchColumns } from "./search-columns.ts";
import type { FacetArticle } from "./search-facets.ts";
import {
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
 * A whole search answered from the facts FacetFacts keeps in memory (facet-facts.ts loads them and
 * knows their store version; this file only reads them): the FTS5 query then only names the
 * matching documents with their bm25 (one query, no join, no GROUP BY in SQL), and the filters, the
 * cap, the grouping by article, the recency boost, the order and the facet counts are computed here
 * over the copy's columns, with the SQL's arithmetic and comparisons (ASCII-only lower(), julianday
 * read from SQLite), so the result is searchDocuments' and countSearchFacets' exactly (search-columns.test.ts
 * compares them over a generated store). Whatever the copy cannot judge as SQL would (a tag that is
 * not a string, a date julianday cannot read) is left to SQL.
 */

/** An entry's facts as the search's entry filters read them in SQL (searchDocuments). */
export interface EntryFilterFacts {
  analysisId: number;
  org: string | null;
  stars: number | null;
  /** The tags' values, ASCII-lowercased (lower(value) of json_each); undefined: not all strings. */
  tagKeys: string[] | undefined;
  analyser: string | null;
}

/** The copy of search_docs FacetFacts keeps, for one store version. */
export interface KeptFacts {
  version: string;
  loadedAt: number;
  /** Each article's facts, parsed once (tags, lowercased keys) so a query only counts. */
  articles: Map<number, FacetArticle>;
  /** search_docs as columns (search-columns.ts): the search's grouping and facet counts. */
  columns: SearchColumns;
  /** Each article's entries, in document order. */
  entries: Map<number, EntryFilterFacts[]>;
  /** The least and greatest published_at of any document (a date filter beyond them filters nothing). */
  firstPublished: string;
  lastPublished: string;
  /** Every entry's tags are strings (else a tag filter is left to SQL). */
  tagsExact: boolean;
  /**
   * The readers' copy (input.publishedIn): by document id, 1 for an entry document not searched
   * (its analyser's entry was not published for its article).
   */
  hiddenDocs?: Uint8Array;
  /** The share of the copy's documents hidden (a search reads about cap / (1 − share) matches). */
  hiddenShare?: number;
}

/** SQLite's lower() without ICU: ASCII letters only. */
export const sqlLower = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/**
 * searchDocuments (with its facets when `input.facets`) from the copy, or undefined when the
 * caller must search in SQL. Without a filter that narrows them, the newest matching documents
 * and their bm25 come from FTS5 as two plucked lists; with one, a first query names every match
 * and a second scores the rowid range of those that pass (so bm25 runs on about those only).
 */
export function searchKept(
  sql: Prepare,
  facts: KeptFacts,
  input: SearchDocumentsInput,
  cap: number,
  /** Whether the store is still at the copy's version (read after the queries). */
  unchanged: () => boolean,
): SearchDocumentsResult | undefined {
  if (!facts.columns.exact) return undefined;
  if (input.tag !== undefined && !facts.tagsExact) return undefined;
  const columns = facts.columns;
  const { docArticle, docAnalysis, docJulianDay, articlePublished, articleSource } = columns;
  const match = matchExpression(input.terms);
  const from = input.from === undefined ? undefined : toUtcIso(input.from);
  const to = input.to === undefined ? undefined : toUtcIso(input.to);
  // A date bound beyond every stored document's date filters nothing.
  const datesNarrow =
    (from !== undefined && from > facts.firstPublished) || (to !== undefined && to <= facts.lastPublished);
  const entryFilter = entryFilterOf(input);
  if (entryFilter === null) return undefined;
  /** Articles left out as if not stored (hideArticles: not public yet), by their index in the copy. */
  const hidden = hiddenArticles(facts, input);
  const hiddenDocs = facts.hiddenDocs;
  const narrow =
    datesNarrow || input.sourceId !== undefined || entryFilter !== undefined || hidden !== undefined;
  /** The article index of a document (the FTS rowid), or -1 when the copy does not hold it. */
  const articleOf = (rowid: number) => (rowid < docArticle.length ? docArticle[rowid]! - 1 : -1);

  /** Documents searched (newest first, at most `cap`): all filters pass; `bm25` their scores. */
  const scored: number[] = [];
  const bm25: number[] = [];
  /** Documents the facets count (newest first, at most `cap`): the dates pass. */
  let counted: number[] = [];
  if (!narrow) {
    // Rowids and scores as two plucked lists of numbers, not one row array per document: for
    // ~3,000 documents better-sqlite3's row arrays cost more than walking the matches twice.
    // The same order (rowid DESC) and, between the version checks, the same commit. The readers'
    // copy skips the unpublished analyses' documents: then more chunks, older, until the cap fills.
    let below: number | undefined;
    const first = Math.ceil((cap * 1.1) / Math.max(0.1, 1 - (facts.hiddenShare ?? 0)));
    for (let size = hiddenDocs ? first : cap; ; size *= 2) {
      const [rowids, scores] = newestScored(sql, match, size, below);
      if (scores.length !== rowids.length) return undefined; // changed in between: search in SQL
      for (const [i, rowid] of rowids.entries()) {
        if (articleOf(rowid) < 0) return undefined; // not in the copy: search in SQL
        if (hiddenDocs?.[rowid] || scored.length === cap) continue;
        scored.push(rowid);
        bm25.push(scores[i]!);
      }
      if (scored.length === cap || rowids.length < size) break;
      below = rowids.at(-1);
    }
    counted = scored;
  } else {
    const rowids = newestMatches(sql, match, cap);
    const passes = new Map<number, boolean>();
    for (const rowid of rowids) {
      const a = articleOf(rowid);
      if (a < 0) return undefined;
      if (hiddenDocs?.[rowid]) continue;
      const publishedAt = articlePublished[a]!;
      if (from !== undefined && !(publishedAt >= from)) continue;
      if (to !== undefined && !(publishedAt < to)) continue;
      if (hidden?.has(a)) continue;
      if (input.facets && counted.length < cap) counted.push(rowid);
      if (scored.length < cap && (input.sourceId === undefined || articleSource[a] === input.sourceId)) {
        let pass = entryFilter === undefined ? true : passes.get(a);
        if (pass === undefined) {
          pass = (facts.entries.get(columns.articleId[a]!) ?? []).some(entryFilter!);
          passes.set(a, pass);
        }
        if (pass) scored.push(rowid);
      }
      if (scored.length >= cap && (!input.facets || counted.length >= cap)) break;
    }
    if (scored.length > 0) {
      // bm25 of the rowid range the scored documents span (both lists newest first).
      const rows = sql(
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
  const now = sql("SELECT julianday(?)").pluck().get(toUtcIso(input.now)) as number;
  if (!unchanged()) return undefined;

  // The SQL of searchDocuments, step by step: each document's score (bm25 × the recency boost),
  // each article's best (min score; its date and source are its documents'), the `limit` best
  // articles in its order, the best-scoring entry document of each (then the greater analysis id).
  const serial = columns.nextSerial();
  const { articleMark: mark, articleScore: best, articleMatchedScore, articleMatchedId } = columns;
  const groups: number[] = [];
  for (let i = 0; i < scored.length; i++) {
    const rowid = scored[i]!;
    const a = docArticle[rowid]! - 1;
    const score = bm25[i]! * (1.0 + 0.5 / (1.0 + Math.max(0.0, now - docJulianDay[rowid]!) / RECENCY_DAYS));
    if (mark[a] !== serial) {
      mark[a] = serial;
      best[a] = score;
      articleMatchedId[a] = 0;
      groups.push(a);
    } else if (score < best[a]!) best[a] = score;
    const id = docAnalysis[rowid]!;
    if (
      id !== 0 &&
      (articleMatchedId[a] === 0 ||
        score < articleMatchedScore[a]! ||
        (score === articleMatchedScore[a] && id > articleMatchedId[a]!))
    ) {
      articleMatchedScore[a] = score;
      articleMatchedId[a] = id;
    }
  }
  /** ORDER BY score, published_at DESC, article_id DESC. */
  const before = (a: number, b: number) =>
    best[a]! < best[b]! ||
    (best[a] === best[b] &&
      (articlePublished[a]! > articlePublished[b]! ||
        (articlePublished[a] === articlePublished[b] && columns.articleId[a]! > columns.articleId[b]!)));
  // The best `limit`, kept in order as the groups go by (no sort of them all).
  const top: number[] = [];
  for (const a of groups) {
    if (top.length === input.limit && !before(a, top.at(-1)!)) continue;
    let at = top.length;
    while (at > 0 && before(a, top[at - 1]!)) at--;
    top.splice(at, 0, a);
    if (top.length > input.limit) top.pop();
  }
  const rows: MatchRow[] = top.map((a) => {
    const articleId = columns.articleId[a]!;
    let entryId: number | null = null;
    for (const e of facts.entries.get(articleId) ?? [])
      if (
        e.analysisId !== 0 &&
        (entryFilter === undefined || entryFilter(e)) &&
        (entryId === null || e.analysisId > entryId)
      )
        entryId = e.analysisId;
    return {
      article_id: articleId,
      matched_id: articleMatchedId[a] === 0 ? null : articleMatchedId[a]!,
      entry_id: entryId,
      score: best[a]!,
      published_at: articlePublished[a]!,
      source_id: articleSource[a]!,
      total: groups.length,
      scored: scored.length,
    };
  });
  const result = toSearchResult(rows, cap);
  if (!input.facets) return result;
  // The facets' articles: ascending (article indexes ascend with ids).
  const facetSerial = columns.nextSerial();
  const ids: number[] = [];
  for (const rowid of counted) {
    const a = docArticle[rowid]! - 1;
    if (mark[a] !== facetSerial) {
      mark[a] = facetSerial;
      ids.push(a);
    }
  }
  const sorted = Int32Array.from(ids).sort();
  return { ...result, facets: columns.countFacets(sorted, input, counted.length >= cap) };
}

/**
 * The articles a search leaves out (input.hideArticles) as indexes of the copy's columns, or
 * undefined when none: an id the copy does not hold hides nothing (no document of it is searched).
 */
function hiddenArticles(facts: KeptFacts, input: SearchDocumentsInput): Set<number> | undefined {
  if (!input.hideArticles || input.hideArticles.length === 0) return undefined;
  const out = new Set<number>();
  for (const id of input.hideArticles) {
    const a = facts.columns.articleIndexOf(id);
    if (a >= 0) out.add(a);
  }
  return out;
}

/**
 * The search's entry filters as SQL applies them (instr(lower(org), lower(?)), a tag equal under
 * lower(), stars at least, the analyser's name): undefined when there are none, null when the copy
 * cannot judge them.
 */
export function entryFilterOf(
  input: SearchDocumentsInput,
): ((e: EntryFilterFacts) => boolean) | undefined | null {
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
