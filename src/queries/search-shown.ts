// The readers' side of search (search.ts): each hit with the entry it shows (as published; an
// unpublished analysis only by the article's own words), the texts a snippet reads, and whether
// the article's text is needed for it.
import type { Bullet, Entry } from "../model/index.ts";
import type { SearchTerm } from "../model/search-text.ts";
import type { Store } from "../store/index.ts";
import { dayOf } from "../time.ts";
import { briefingOf, type QueryContext } from "./context.ts";
import { termPattern } from "./highlight.ts";
import type { SearchContext, SearchOptions } from "./search.ts";

export function bulletTexts(bullets: readonly Bullet[] | undefined): string[] {
  return (bullets ?? []).flatMap((b) => [
    [b.label, b.text].filter(Boolean).join("："),
    ...bulletTexts(b.children),
  ]);
}

export function entryTexts(entry: Entry): string[] {
  const sections = [entry.core, entry.results, entry.insights];
  return [entry.summary, ...sections.flatMap((s) => [s?.lead ?? "", ...bulletTexts(s?.bullets)])];
}

/** Characters of a snippet (highlight.ts's window). */
export const SNIPPET_WIDTH = 120;
/** Of an article's text, a hit reads this much (the index holds no more: INDEXED_TEXT_CHARS). */
export const SNIPPET_TEXT_CHARS = 20_000;
/** Room left after a match found in the cut text, so the match cannot be one that runs past the cut. */
export const SNIPPET_SLACK = 1_000;

/** A text as snippetOf reads it: white space runs as one space, trimmed. */
export const flat = (t: string) => t.replace(/\s+/g, " ").trim();

/**
 * Whether the snippet of [...entryTexts, text] reads `text` at all: snippetOf takes the first text
 * with a match, so an article's text counts only when no text of its entry matches (or, with no
 * pattern, when every entry text is empty).
 */
export function snippetNeedsText(entryTexts: readonly string[], pattern: RegExp | undefined): boolean {
  if (!pattern) return entryTexts.every((t) => flat(t) === "");
  return !entryTexts.some((t) => flat(t).search(pattern) >= 0);
}

type StoreSearchInput = Parameters<Store["searchDocuments"]>[0];

/** The searchable texts of an entry as the index reads them: title, org, tags, summary and sections. */
const searchedTexts = (entry: Entry): string[] => [
  entry.title,
  entry.org,
  ...(entry.tags ?? []),
  ...entryTexts(entry),
];

/** Whether every term is found in one of `texts` (the highlighter's reading of a term). */
export function hasEveryTerm(texts: readonly string[], terms: readonly SearchTerm[]): boolean {
  const joined = texts.join("\n").normalize("NFKC");
  return terms.every((t) => {
    const p = termPattern([t]);
    return !p || joined.search(p) >= 0;
  });
}

/**
 * The store's matches with the entry each shows: for the readers, the entry as published (the
 * day's briefing carries it) or else as verified (what /e/<id> shows, queries/entries.ts); a match
 * found in an entry whose shown text no longer has every term (verification dropped the claim, an
 * editor removed the words) stays only when the article's own title and text have them.
 */
export async function shownMatches(
  store: Store,
  input: StoreSearchInput,
  options: SearchOptions,
  context: SearchContext,
  terms: readonly SearchTerm[],
  pattern: RegExp | undefined,
) {
  const result = await store.searchDocuments({ ...input, ...(options.facets ? { facets: true } : {}) });
  const { matches } = result;
  const ids = matches.map((m) => m.articleId);
  // Only what a hit shows: no HTML, and an article's text only for the hits whose snippet comes
  // from it (no text of the entry matches, snippetNeedsText); of that text the start, up to
  // SNIPPET_TEXT_CHARS (the whole text only when the snippet might lie past it).
  const [heads, analyses] = await Promise.all([
    store.listArticleHeads(ids, 0),
    store.listAnalysesForArticles(ids),
  ]);
  const articles = new Map(heads.map((a) => [a.id, a]));
  const analysisById = new Map(analyses.map((a) => [a.id, a]));
  const readers = context.readers;
  const published = readers
    ? await publishedItems(readers, matches, context.timeZone)
    : new Map<number, PublishedItem>();
  const shown = await Promise.all(
    matches.map(async (match) => {
      const found = match.entryId === undefined ? undefined : analysisById.get(match.entryId);
      const analysis = found?.status === "ok" ? found : undefined;
      const item = analysis ? published.get(match.articleId) : undefined;
      // Readers see an analysis's words only as published: an unpublished one (withheld by
      // verification, hidden by an editor, below the briefing's ★) is found and shown by the
      // article's own title and text, never by words no check has passed (its /e/<id> page shows
      // the verified entry, marked 未发布). No verification runs per hit.
      const unpublished = readers !== undefined && analysis !== undefined && !item;
      const entry = unpublished ? undefined : (item?.entry ?? analysis?.entry);
      // Differs from what the index holds (the analysis as written): matched on the shown text.
      const changed =
        readers !== undefined &&
        analysis !== undefined &&
        (entry === undefined ||
          JSON.stringify(searchedTexts(entry)) !== JSON.stringify(searchedTexts(analysis.entry)));
      const texts = match.analysisId !== undefined && entry ? entryTexts(entry) : [];
      return {
        analysis,
        entry,
        analyser: item?.analyser.name ?? analysis?.analyser.name,
        texts,
        matchedInEntry: match.analysisId !== undefined,
        changed,
        needsText: snippetNeedsText(texts, pattern),
      };
    }),
  );
  // A changed entry that no longer matches: the article's words decide (its title and indexed text).
  const demoted = new Set<(typeof shown)[number]>();
  for (const s of shown)
    if (s.changed && s.matchedInEntry && (!s.entry || !hasEveryTerm(searchedTexts(s.entry), terms))) {
      demoted.add(s);
      s.matchedInEntry = false;
      s.texts = [];
      s.needsText = true;
    }
  const textIds = matches.flatMap((m, i) => (shown[i]!.needsText ? [m.articleId] : []));
  const texts = new Map(
    textIds.length === 0
      ? []
      : (await store.listArticleHeads(textIds, SNIPPET_TEXT_CHARS)).map((a) => [a.id, a]),
  );
  const kept: { match: (typeof matches)[number]; shown: (typeof shown)[number] }[] = [];
  let dropped = 0;
  for (const [i, match] of matches.entries()) {
    const s = shown[i]!;
    const head = texts.get(match.articleId);
    // Only a hit the article's own document did not decide (matched in an entry, now not).
    if (demoted.has(s) && !hasEveryTerm([head?.title ?? "", head?.text ?? ""], terms)) {
      dropped++;
      continue;
    }
    kept.push({ match, shown: s });
  }
  return { result, kept, dropped, articles, heads: texts };
}

type PublishedItem = { entry: Entry; analyser: { name: string } };

/** The hits' entries as the briefing published them (its stored briefing of each hit's day). */
async function publishedItems(
  ctx: QueryContext,
  matches: readonly { articleId: number; publishedAt: string }[],
  timeZone: string,
): Promise<Map<number, PublishedItem>> {
  const wanted = new Set(matches.map((m) => m.articleId));
  const out = new Map<number, PublishedItem>();
  for (const date of new Set(matches.map((m) => dayOf(m.publishedAt, timeZone)))) {
    const stored = await ctx.store.getBriefing(date, ctx.config.briefing.id);
    if (!stored) continue;
    for (const item of briefingOf(stored).items)
      if (item.articleId !== undefined && wanted.has(item.articleId)) out.set(item.articleId, item);
  }
  return out;
}
