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

interface FacetEntry {
  org: string;
  /** `org` lowercased. */
  orgKey: string;
  stars: number;
  tags: string[];
  analyser: string;
  /** The entry filters this entry fails (usually none). */
  fails: Facet[];
}

type Facet = "source" | "org" | "tag" | "stars" | "analyser";

const lower = (text: string) => text.toLowerCase();

function ranked(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_VALUES);
}

/** Counts the facets of the rows for the filters of `input` (the terms and dates are already applied). */
export function countFacets(
  rows: readonly FacetRow[],
  input: SearchDocumentsInput,
  cap: number,
): SearchFacets {
  const org = input.org === undefined ? undefined : lower(input.org);
  const tag = input.tag === undefined ? undefined : lower(input.tag);
  const entryFilters: Facet[] = [];
  if (org !== undefined) entryFilters.push("org");
  if (tag !== undefined) entryFilters.push("tag");
  if (input.minStars !== undefined) entryFilters.push("stars");
  if (input.analyser !== undefined) entryFilters.push("analyser");

  const articles = new Map<number, { source: string; entries: FacetEntry[] }>();
  for (const row of rows) {
    let article = articles.get(row.article_id);
    if (!article) {
      article = { source: row.source_id, entries: [] };
      articles.set(row.article_id, article);
    }
    if (row.analyser === null) continue;
    const parsed = row.tags && row.tags !== "[]" ? parseJson<unknown>(row.tags, []) : [];
    const tags = Array.isArray(parsed) ? parsed.map(String).filter((t) => t !== "") : [];
    const entry: FacetEntry = {
      org: row.org ?? "",
      orgKey: lower(row.org ?? ""),
      stars: row.stars ?? -1,
      tags,
      analyser: row.analyser,
      fails: [],
    };
    if (org !== undefined && !entry.orgKey.includes(org)) entry.fails.push("org");
    if (tag !== undefined && !tags.some((t) => lower(t) === tag)) entry.fails.push("tag");
    if (input.minStars !== undefined && !(entry.stars >= input.minStars)) entry.fails.push("stars");
    if (input.analyser !== undefined && entry.analyser !== input.analyser) entry.fails.push("analyser");
    article.entries.push(entry);
  }

  /** Whether an entry passes every entry filter but `skip`'s. */
  const eligible = (e: FacetEntry, skip: Facet) =>
    e.fails.length === 0 || (e.fails.length === 1 && e.fails[0] === skip);
  /** Whether the entry filters other than `skip`'s hold for the article (one entry passes them all). */
  const entriesPass = (entries: FacetEntry[], skip: Facet) =>
    entryFilters.every((f) => f === skip) || entries.some((e) => eligible(e, skip));

  const source = new Map<string, number>();
  const orgArticles = new Map<string, Set<number>>();
  const orgShown = new Map<string, string>();
  const tags = new Map<string, { shown: string; count: number; last: number }>();
  const stars = [0, 0, 0, 0, 0, 0];
  const analysers = new Map<string, { count: number; last: number }>();
  for (const [id, article] of articles) {
    if (entriesPass(article.entries, "source"))
      source.set(article.source, (source.get(article.source) ?? 0) + 1);
    if (input.sourceId !== undefined && article.source !== input.sourceId) continue;
    let best = -1;
    for (const e of article.entries) {
      if (eligible(e, "org") && e.orgKey !== "") {
        let set = orgArticles.get(e.orgKey);
        if (!set) {
          set = new Set();
          orgArticles.set(e.orgKey, set);
          orgShown.set(e.orgKey, e.org);
        }
        set.add(id);
      }
      // `last`: the article counted last, so an article counts once per value.
      if (eligible(e, "tag"))
        for (const t of e.tags) {
          const key = lower(t);
          const known = tags.get(key);
          if (!known) tags.set(key, { shown: t, count: 1, last: id });
          else if (known.last !== id) {
            known.count++;
            known.last = id;
          }
        }
      if (eligible(e, "stars") && e.stars > best) best = e.stars;
      if (eligible(e, "analyser")) {
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
    capped: (rows[0]?.scored ?? 0) >= cap,
    source: ranked(source),
    org: ranked(orgs),
    tag: ranked(new Map([...tags.values()].map((t) => [t.shown, t.count]))),
    stars: [5, 4, 3, 2, 1].map((n) => ({ value: String(n), count: stars[n]! })),
    analyser: ranked(new Map([...analysers].map(([name, a]) => [name, a.count]))),
  };
}
