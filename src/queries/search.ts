import { UsageError } from "../errors.ts";
import { briefingIdOf } from "../model/briefing-id.ts";
import type { Stars } from "../model/index.ts";
import { parseSearchQuery, type SearchTerm } from "../model/search-text.ts";
import type { SearchFacets, Store } from "../store/index.ts";
import { dayOf, dayRange, parseDay } from "../time.ts";
import type { QueryContext } from "./context.ts";
import { type Highlighted, highlightAll, snippetOf, termPattern } from "./highlight.ts";
import { listUnpublishedDraftArticles } from "./pending.ts";
import { flat, SNIPPET_SLACK, SNIPPET_WIDTH, shownMatches } from "./search-shown.ts";

/** What a front end asks: the words, and optional filters (days are calendar days in `timeZone`). */
export interface SearchRequest {
  query: string;
  /** First day, YYYY-MM-DD (inclusive). */
  from?: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  to?: string;
  sourceId?: string;
  org?: string;
  tag?: string;
  minStars?: number;
  analyser?: string;
  /** How many hits (1–100, default 10). */
  limit?: number;
}

export interface SearchContext {
  timeZone: string;
  /** Recency is measured from here. */
  now: Date;
  /**
   * The readers' view (web, API, MCP) of this briefing: the articles not public yet (a draft
   * awaiting review carries them, pending.ts) are left out of the hits, the total and the facet
   * counts, and a hit published in the briefing shows its entry as published (the editors' edits:
   * title, org, ★, tags, snippet); the facet counts and entry filters read each article's entry as
   * published (none for an analysis not published), and an unpublished analysis's words find
   * nothing (the store's `publishedIn`). Without it (the CLI, the operator's): everything stored.
   */
  readers?: QueryContext;
}

/** The entry shown for a hit: the one that matched, else the article's newest entry passing the filters. */
export interface SearchHitEntry {
  analysisId: number;
  org: string;
  stars: Stars;
  tags: string[];
  analyser: string;
}

export interface SearchHit {
  articleId: number;
  /** Where the words were found: an entry of the article, or only the article itself. */
  matchedIn: "entry" | "article";
  /** The publication day in the context's time zone. */
  date: string;
  publishedAt: string;
  sourceId: string;
  url: string;
  title: Highlighted;
  entry?: SearchHitEntry;
  snippet: Highlighted;
}

export interface SearchResult {
  /** The terms the query was read as (empty: nothing searchable in it). */
  terms: string[];
  /** All matching articles; `hits` holds the first `limit`. */
  total: number;
  /** So many documents matched that only the most recently stored were ranked: `total` is a lower bound. */
  capped: boolean;
  hits: SearchHit[];
  /** Counts per source, org, tag, ★ and analyser, each ignoring its own filter (when asked for). */
  facets?: SearchFacets;
}

export interface SearchOptions {
  /** Also count the facets (the store counts them from the same match of the terms). */
  facets?: boolean;
}

export const MAX_SEARCH_LIMIT = 100;
/**
 * A query's length and distinct terms are bounded: each term is one more alternative the highlighter
 * tries at every position of every hit's text (and one more condition for the store), so a query of
 * thousands of terms took seconds to minutes of one request's CPU (docs/security.md).
 */
export const MAX_QUERY_CHARS = 500;
export const MAX_SEARCH_TERMS = 32;

function checkDay(flag: string, day: string | undefined): void {
  if (day !== undefined && !parseDay(day))
    throw new UsageError(
      `${flag} 须为 YYYY-MM-DD 日期 (${flag} must be a real date as YYYY-MM-DD), got "${day}"`,
    );
}

function checkRequest(r: SearchRequest): void {
  const chars = [...r.query].length;
  if (chars > MAX_QUERY_CHARS)
    throw new UsageError(
      `搜索词最多 ${MAX_QUERY_CHARS} 个字符 (a query takes at most ${MAX_QUERY_CHARS} characters), got ${chars}`,
    );
  checkDay("--from", r.from);
  checkDay("--to", r.to);
  if (r.from && r.to && r.from > r.to)
    throw new UsageError(`--from ${r.from} 晚于 --to ${r.to} (--from is after --to)`);
  const limit = r.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
    throw new UsageError(
      `--limit 须为 1–${MAX_SEARCH_LIMIT} 的整数 (--limit takes 1–${MAX_SEARCH_LIMIT}), got "${r.limit}"`,
    );
  if (r.minStars !== undefined && (!Number.isInteger(r.minStars) || r.minStars < 1 || r.minStars > 5))
    throw new UsageError(`--min-stars 须为 1–5 (--min-stars takes 1–5), got "${r.minStars}"`);
}

/** A term said twice is searched once (it matches the same documents and highlights the same words). */
function distinctTerms(terms: readonly SearchTerm[]): SearchTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.raw.normalize("NFKC").toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether the snippet from `text`, only the start of the article's text (no entry text matching),
 * could differ from the whole text's: the start has no match, or one too near its end (a match
 * further on might have begun earlier, or the window would reach past the cut).
 */
function snippetNeedsWholeText(text: string, pattern: RegExp | undefined): boolean {
  if (!pattern) return false;
  const start = flat(text);
  const at = start.search(pattern);
  return at < 0 || at + 2 * SNIPPET_WIDTH + SNIPPET_SLACK > start.length;
}

/**
 * Full-text search over stored entries and articles: one hit per article, best first (bm25 with a
 * recency boost), with its title and a snippet highlighted. Reads the store only; the same request
 * gives the same result to every front end.
 */
export async function searchEntries(
  store: Store,
  request: SearchRequest,
  context: SearchContext,
  options: SearchOptions = {},
): Promise<SearchResult> {
  checkRequest(request);
  const terms = distinctTerms(parseSearchQuery(request.query));
  if (terms.length > MAX_SEARCH_TERMS)
    throw new UsageError(
      `搜索词最多 ${MAX_SEARCH_TERMS} 个 (a query takes at most ${MAX_SEARCH_TERMS} distinct terms), got ${terms.length}`,
    );
  if (terms.length === 0) return { terms: [], total: 0, capped: false, hits: [] };
  const input = {
    terms,
    from: request.from ? dayRange(request.from, context.timeZone).start : undefined,
    to: request.to ? dayRange(request.to, context.timeZone).end : undefined,
    sourceId: request.sourceId,
    org: request.org,
    tag: request.tag,
    minStars: request.minStars,
    analyser: request.analyser,
    limit: request.limit ?? 10,
    now: context.now,
    // The readers' view: drafts awaiting review left out, and each article's entry facts (the
    // filters, the facet counts, the documents searched) as its briefing published them.
    ...(context.readers
      ? {
          hideArticles: [...(await listUnpublishedDraftArticles(context.readers))].sort((a, b) => a - b),
          publishedIn: briefingIdOf(context.readers.config.briefing.id),
        }
      : {}),
  };
  const pattern = termPattern(terms);
  const limit = input.limit;
  // The readers see each hit's entry as shown (verified, or as published): a hit whose words were
  // only in what verification or an editor removed is no hit. The store indexes the analysis as
  // written, so such hits are dropped here and the next ones asked for in their place.
  let asked = limit;
  let found: Awaited<ReturnType<typeof shownMatches>>;
  for (;;) {
    // One call for the hits and the facets: the store matches the terms once for both.
    found = await shownMatches(store, { ...input, limit: asked }, options, context, terms, pattern);
    const short = found.kept.length < limit && found.result.matches.length === asked;
    if (!short || found.dropped === 0 || asked >= MAX_SHOWN_ASKED) break;
    asked = Math.min(MAX_SHOWN_ASKED, asked + limit + found.dropped);
  }
  const { result, kept, heads: texts } = found;
  const { total, capped, facets } = result;
  const matches = kept.slice(0, limit).map((k) => k.match);
  const shown = kept.slice(0, limit).map((k) => k.shown);
  const articles = found.articles;
  const hits: SearchHit[] = [];
  for (const [i, match] of matches.entries()) {
    const article = articles.get(match.articleId);
    if (!article) continue;
    const { analysis, entry, analyser, texts: entryTextsOf, needsText, matchedInEntry } = shown[i]!;
    let text = "";
    if (needsText) {
      const head = texts.get(article.id) ?? { ...article, text: "", truncated: false };
      text = head.text;
      if (head.truncated && snippetNeedsWholeText(text, pattern))
        text = (await store.getArticle(article.id))?.text ?? text;
    }
    hits.push({
      articleId: match.articleId,
      matchedIn: matchedInEntry ? "entry" : "article",
      date: dayOf(article.publishedAt, context.timeZone),
      publishedAt: article.publishedAt,
      sourceId: article.sourceId,
      url: article.url,
      title: highlightAll(entry?.title || article.title, pattern),
      entry:
        analysis && entry
          ? {
              analysisId: analysis.id,
              org: entry.org,
              stars: entry.stars,
              tags: entry.tags ?? [],
              analyser: analyser ?? analysis.analyser.name,
            }
          : undefined,
      snippet: snippetOf([...entryTextsOf, text], pattern, SNIPPET_WIDTH),
    });
  }
  return {
    terms: terms.map((t) => t.raw),
    total: Math.max(hits.length, total - found.dropped),
    capped,
    hits,
    ...(facets ? { facets } : {}),
  };
}

/** At most this many matches are asked for when hits were dropped as not shown (see searchEntries). */
const MAX_SHOWN_ASKED = 3 * MAX_SEARCH_LIMIT;
