import { join } from "node:path";
import { writeFileAtomic } from "../deliver/index.ts";
import type { Briefing } from "../model/briefing.ts";
import {
  type FeedBriefing,
  followsLinkRules,
  type IndexOptions,
  renderAtomFeed,
  renderHtml,
  renderHtmlFragment,
  renderIndexHtml,
  renderSearchIndex,
  SITE_SEARCH_SCRIPT,
} from "../render/index.ts";
import type { BriefingHeadline, Store } from "../store/index.ts";

/** Days in feed.xml: the latest ones. */
export const FEED_DAYS = 30;

/**
 * Entries a day's feed entry carries (its top ranked; the rest are on the day's page), so the feed
 * is at most FEED_DAYS × this many entries however big the days are.
 */
export const FEED_ENTRIES_PER_DAY = 30;

/** A day's feed entry content: its first FEED_ENTRIES_PER_DAY entries as an HTML fragment. */
export function feedHtmlOf(briefing: Briefing): string {
  return renderHtmlFragment(briefing, { maxEntries: FEED_ENTRIES_PER_DAY });
}

/** A day's page relative to the site (and archive) root: YYYY/YYYY-MM-DD.html. */
export function dayPagePath(date: string): string {
  return `${date.slice(0, 4)}/${date}.html`;
}

/** The stored briefing of a day, parsed; undefined when none is stored. */
export async function readStoredBriefing(
  store: Store,
  date: string,
  briefingId?: string,
): Promise<Briefing | undefined> {
  const stored = await store.getBriefing(date, briefingId);
  return stored?.briefing;
}

/** A day's feed entry: its page's path, the briefing's date and zone, its entries as an HTML fragment. */
export function toFeedBriefing(briefing: Briefing, title: string): FeedBriefing {
  return {
    date: briefing.date,
    timezone: briefing.timezone,
    generatedAt: briefing.generatedAt,
    path: dayPagePath(briefing.date),
    html: feedHtmlOf(briefing),
    title: `${title} | ${briefing.date}`,
  };
}

/**
 * The feed's days: the latest FEED_DAYS stored feed entries (one bounded read of small rows, the
 * entries as published), newest first. A day stored without its entry (before digests, or saved by
 * other code), or whose stored entry links or shows an address today's rules refuse (published by an
 * older daybrief: `followsLinkRules`), is rendered from its stored briefing: at most FEED_DAYS such
 * reads, never more.
 */
export async function latestFeedBriefings(
  store: Store,
  title: string,
  briefingId?: string,
): Promise<FeedBriefing[]> {
  const out: FeedBriefing[] = [];
  for (const row of await store.listFeedEntries(FEED_DAYS, briefingId)) {
    // Stored as published; a day published under older link rules is rendered again instead.
    if (row.html !== undefined && followsLinkRules(row.html)) {
      out.push({
        date: row.date,
        timezone: row.timezone,
        generatedAt: row.generatedAt,
        path: dayPagePath(row.date),
        html: row.html,
        title: `${title} | ${row.date}`,
      });
      continue;
    }
    const briefing = await readStoredBriefing(store, row.date, briefingId);
    if (briefing) out.push({ ...toFeedBriefing(briefing, title), generatedAt: row.generatedAt });
  }
  return out;
}

/** The archive's index page over the stored days (newest first), linking day pages and feed.xml. */
export function renderArchiveIndex(
  days: readonly BriefingHeadline[],
  title: string,
  extra: Pick<IndexOptions, "search"> = {},
): string {
  return renderIndexHtml(
    days.map((day) => ({
      date: day.date,
      title: `${title} | ${day.date}`,
      entries: day.entries,
      topTitles: day.topTitles,
    })),
    { title: `${title} · 归档`, hrefFor: dayPagePath, feedHref: "feed.xml", ...extra },
  );
}

export interface PublishSiteOptions {
  /** The folder to write (created; files in it are replaced, none removed). */
  outDir: string;
  title: string;
  /** Public root URL of the site: absolute feed ids and links. Without it the feed uses urn:uuid ids. */
  siteUrl?: string;
  /** Which briefing of the install (config `briefings`); absent: the default one. */
  briefingId?: string;
}

export interface PublishSiteResult {
  days: number;
  entries: number;
  /** Paths written, relative to outDir. */
  files: string[];
}

/**
 * Writes a static site of the whole archive from the store: one page per stored day, an index page
 * with client-side search, the Atom feed of the latest FEED_DAYS, the search index (JSON) and the
 * search script. Every file is plain and relative-linked, so any static host (GitHub Pages, a bucket,
 * nginx) serves it from any path.
 */
export async function publishSite(store: Store, options: PublishSiteOptions): Promise<PublishSiteResult> {
  const headlines = await store.listBriefingHeadlines(3, options.briefingId);
  const title = options.title;
  const briefings: Briefing[] = [];
  const files: string[] = [];
  const write = async (path: string, text: string) => {
    await writeFileAtomic(join(options.outDir, path), text);
    files.push(path);
  };
  for (const day of headlines) {
    const briefing = await readStoredBriefing(store, day.date);
    if (!briefing) continue;
    briefings.push(briefing);
    await write(dayPagePath(day.date), renderHtml(briefing));
  }
  await write(
    "index.html",
    renderArchiveIndex(headlines, title, {
      search: { indexHref: "search-index.json", scriptHref: "search.js" },
    }),
  );
  const feed = briefings.slice(0, FEED_DAYS).map((b) => toFeedBriefing(b, title));
  await write("feed.xml", renderAtomFeed(feed, { siteUrl: options.siteUrl, title }));
  await write("search-index.json", renderSearchIndex(briefings, dayPagePath));
  await write("search.js", SITE_SEARCH_SCRIPT);
  return { days: briefings.length, entries: briefings.reduce((n, b) => n + b.items.length, 0), files };
}
