import { briefingIdOf } from "../model/briefing-id.ts";
import type { SaveBriefingInput } from "./briefings.ts";
import type { SearchDocumentsInput } from "./search-index.ts";

/**
 * `published_entries` (migration 18): each stored briefing's items as published — the article, and
 * the entry's org, ★, tags and analyser as the briefing carries them (an editor's edits included) —
 * written with the briefing (saveBriefing replaces a day's rows). The readers' search
 * (SearchDocumentsInput.publishedIn) reads entry facts from here instead of the analyses as
 * written: an article's facet counts and entry filters see only what was published, and an
 * analysis's own document finds the article only when its analyser's entry was published.
 */

/** One row: the values of INSERT_PUBLISHED_ENTRY_SQL after (briefing_id, date). */
export type PublishedEntryRow = [
  articleId: number,
  org: string,
  stars: number | null,
  tags: string,
  analyser: string,
];

/** The rows of a briefing's items (read defensively, as digestOf reads them): those with an article. */
export function publishedEntryRows(input: SaveBriefingInput): PublishedEntryRow[] {
  const items: unknown[] = Array.isArray(input.briefing.items) ? input.briefing.items : [];
  const rows = new Map<number, PublishedEntryRow>();
  for (const raw of items) {
    const item = raw as {
      articleId?: unknown;
      entry?: { org?: unknown; stars?: unknown; tags?: unknown };
      analyser?: { name?: unknown };
    };
    if (typeof item?.articleId !== "number" || !Number.isSafeInteger(item.articleId)) continue;
    const entry = item.entry ?? {};
    const tags = Array.isArray(entry.tags) ? entry.tags.filter((t) => typeof t === "string") : [];
    rows.set(item.articleId, [
      item.articleId,
      typeof entry.org === "string" ? entry.org : "",
      typeof entry.stars === "number" && Number.isInteger(entry.stars) ? entry.stars : null,
      JSON.stringify(tags),
      typeof item.analyser?.name === "string" ? item.analyser.name : "",
    ]);
  }
  return [...rows.values()];
}

export const DELETE_PUBLISHED_ENTRIES_SQL =
  "DELETE FROM published_entries WHERE briefing_id = ? AND date = ?";
export const INSERT_PUBLISHED_ENTRY_SQL = `INSERT INTO published_entries
  (briefing_id, date, article_id, org, stars, tags, analyser) VALUES (?, ?, ?, ?, ?, ?, ?)`;

/** The parameters of each insert of a briefing's rows. */
export function publishedEntryParams(input: SaveBriefingInput): unknown[][] {
  const key = [briefingIdOf(input.briefingId), input.date];
  return publishedEntryRows(input).map((row) => [...key, ...row]);
}

/**
 * The readers' view in SQL (input.publishedIn), for both backends: the documents searched (an
 * article's own, or an entry of an analyser published for it) and the table of entry facts `e`
 * (the facet rows then come by article and date: the order the kept copy counts them in).
 */
export function entryFactsOf(input: SearchDocumentsInput): {
  /** The entry facts' table. */
  table: string;
  /** `e` is a fact of `article`: the condition, then its parameters. */
  of: (article: string) => string;
  params: unknown[];
  /** Document `d` is searched (undefined: every document). */
  searched?: string;
} {
  const briefing = input.publishedIn;
  if (briefing === undefined)
    return { table: "search_docs", of: (a) => `e.article_id = ${a} AND e.kind = 'entry'`, params: [] };
  return {
    table: "published_entries",
    of: (a) => `e.article_id = ${a} AND e.briefing_id = ?`,
    params: [briefing],
    searched: `(d.kind = 'article' OR EXISTS (SELECT 1 FROM published_entries AS p
      WHERE p.briefing_id = ? AND p.article_id = d.article_id AND p.analyser = d.analyser))`,
  };
}
