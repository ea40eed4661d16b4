import type { SearchDocumentsInput } from "./search-index.ts";
import { parseJson } from "./values.ts";

/**
 * Facet counts of a search (the numbers beside the search page's filters), the same on every
 * backend: the backend returns, for the articles matching the terms and the date range, their
 * source and every entry's facts (`FacetRow`), and `countFacets` counts them here. Standard faceted
 * search: each facet's counts apply every other filter but ignore its own selection, so they say how
 * many articles a click on that value would find. Articles are counted, as `total` counts them.
 */

/** How many values each facet lists at most (the most frequent first). */
export const FACET_VALUES = 20;

export interface FacetCount {
  /** A source id, org, tag, analyser name, or for ★ the least number of stars ("1"–"5"). */
  value: string;
  count: number;
}

export interface SearchFacets {
  /** More documents matched than were counted (the newest stored were): counts are lower bounds. */
  capped: boolean;
  source: FacetCount[];
  /** An org's count is what `org=<value>` finds: entries whose org contains it, any case. */
  org: FacetCount[];
  tag: FacetCount[];
  /** `minStars` values, 5 down to 1: articles with an entry of at least that many ★. */
  stars: FacetCount[];
  analyser: FacetCount[];
}

/** One row per (matching article, entry of it); an article without entries has one row of nulls. */
export interface FacetRow {
  article_id: number;
  source_id: string;
  org: string | null;
  stars: number | null;
  /** The entry's tags as JSON text. */
  tags: string | null;
  analyser: string | null;
  /** Matching documents counted (the same on every row). */
  scored: number;
}

/** An entry's facts as counted: parsed and lowercased once (a search thread keeps them, facet-facts.ts). */
export interface FacetEntryFacts {
  org: string;
  /** `org` lowercased. */
  orgKey: string;
  stars: number;
  tags: string[];
  /** `tags` lowercased. */
  tagKeys: string[];
  analyser: string;
}

/** A matching article: its source and its entries' facts, in document order. */
export interface FacetArticle {
  source: string;
  entries: FacetEntryFacts[];
}

type Facet = "source" | "org" | "tag" | "stars" | "analyser";
/** One bit per entry filter an entry fails. */
const BIT: Record<Facet, number> = { source: 0, org: 1, tag: 2, stars: 4, analyser: 8 };

const lower = (text: string) => text.toLowerCase();

function ranked(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_VALUES);
}

/** An entry's facts from a facet row's columns; undefined for a row without an entry (no analyser). */
export function facetEntryOf(
  row: Omit<FacetRow, "article_id" | "source_id" | "scored">,
): FacetEntryFacts | undefined {
  if (row.analyser === null) return undefined;
  const parsed = row.tags && row.tags !== "[]" ? parseJson<unknown>(row.tags, []) : [];
  const tags = Array.isArray(parsed) ? parsed.map(String).filter((t) => t !== "") : [];
  const org = row.org ?? "";
  return {
    org,
    orgKey: lower(org),
    stars: row.stars ?? -1,
    tags,
    tagKeys: tags.map(lower),
    analyser: row.analyser,
  };
}

/** Counts the facets of the rows for the filters of `input` (the terms and dates are already applied). */
export function countFacets(
  rows: readonly FacetRow[],
  input: SearchDocumentsInput,
  cap: number,
): SearchFacets {
  const articles = new Map<number, FacetArticle>();
  for (const row of rows) {
    let article = articles.get(row.article_id);
    if (!article) {
      article = { source: row.source_id, entries: [] };
      articles.set(row.article_id, article);
    }
    const entry = facetEntryOf(row);
    if (entry) article.entries.push(entry);
  }
  return countFacetArticles(articles, input, (rows[0]?.scored ?? 0) >= cap);
}

/**
 * Counts the facets of the matching articles (ascending id, as countFacets' rows come) for the
 * filters of `input`; `capped` as SearchFacets says.
 */
export function countFacetArticles(
  articles: Iterable<readonly [number, FacetArticle]>,
  input: SearchDocumentsInput,
  capped: boolean,
): SearchFacets {
  const org = input.org === undefined ? undefined : lower(input.org);
  const tag = input.tag === undefined ? undefined : lower(input.tag);
  const entryFilters: Facet[] = [];
  if (org !== undefined) entryFilters.push("org");
  if (tag !== undefined) entryFilters.push("tag");
  if (input.minStars !== undefined) entryFilters.push("stars");
  if (input.analyser !== undefined) entryFilters.push("analyser");
  /** The entry filters an entry fails, as bits (usually none). */
  const failsOf = (e: FacetEntryFacts): number => {
    if (entryFilters.length === 0) return 0;
    let fails = 0;
    if (org !== undefined && !e.orgKey.includes(org)) fails |= BIT.org;
    if (tag !== undefined && !e.tagKeys.includes(tag)) fails |= BIT.tag;
    if (input.minStars !== undefined && !(e.stars >= input.minStars)) fails |= BIT.stars;
    if (input.analyser !== undefined && e.analyser !== input.analyser) fails |= BIT.analyser;
    return fails;
  };

  /** Whether an entry failing `fails` passes every entry filter but `skip`'s. */
  const eligible = (fails: number, skip: Facet) => fails === 0 || fails === BIT[skip];

  const source = new Map<string, number>();
  const orgArticles = new Map<string, Set<number>>();
  const orgShown = new Map<string, string>();
  const tags = new Map<string, { shown: string; count: number; last: number }>();
  const stars = [0, 0, 0, 0, 0, 0];
  const analysers = new Map<string, { count: number; last: number }>();
  const fails: number[] = [];
  for (const [id, article] of articles) {
    fails.length = 0;
    for (const e of article.entries) fails.push(failsOf(e));
    // The source facet: the other (entry) filters hold for the article when one entry passes them all.
    if (entryFilters.length === 0 || fails.includes(0))
      source.set(article.source, (source.get(article.source) ?? 0) + 1);
    if (input.sourceId !== undefined && article.source !== input.sourceId) continue;
    let best = -1;
    for (const [i, e] of article.entries.entries()) {
      const f = fails[i]!;
      if (eligible(f, "org") && e.orgKey !== "") {
        let set = orgArticles.get(e.orgKey);
        if (!set) {
          set = new Set();
          orgArticles.set(e.orgKey, set);
          orgShown.set(e.orgKey, e.org);
        }
        set.add(id);
      }
      // `last`: the article counted last, so an article counts once per value.
      if (eligible(f, "tag"))
        for (const [j, t] of e.tags.entries()) {
          const key = e.tagKeys[j]!;
          const known = tags.get(key);
          if (!known) tags.set(key, { shown: t, count: 1, last: id });
          else if (known.last !== id) {
            known.count++;
            known.last = id;
          }
        }
      if (eligible(f, "stars") && e.stars > best) best = e.stars;
      if (eligible(f, "analyser")) {
        const known = analysers.get(e.analyser);
        if (!known) analysers.set(e.analyser, { count: 1, last: id });
        else if (known.last !== id) {
          known.count++;
          known.last = id;
        }
      }
    }
    for (let n = 1; n <= 5 && n <= best; n++) stars[n]!++;
  }
  // What `org=<value>` finds is a substring match, any case: an org's count takes in every article
  // whose entry's org contains it ("Meta" counts "Meta AI" too).
  const orgs = new Map<string, number>();
  for (const [key, articlesOf] of orgArticles) {
    const found = new Set(articlesOf);
    for (const [other, more] of orgArticles)
      if (other !== key && other.includes(key)) for (const a of more) found.add(a);
    orgs.set(orgShown.get(key)!, found.size);
  }
  return {
    capped,
    source: ranked(source),
    org: ranked(orgs),
    tag: ranked(new Map([...tags.values()].map((t) => [t.shown, t.count]))),
    stars: [5, 4, 3, 2, 1].map((n) => ({ value: String(n), count: stars[n]! })),
    analyser: ranked(new Map([...analysers].map(([name, a]) => [name, a.count]))),
  };
}
