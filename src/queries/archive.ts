import type { QueryContext } from "./context.ts";

/** A published day in the archive: how many entries and the top entry's title. */
export interface ArchiveDay {
  date: string;
  entries: number;
  /** The first (highest ranked) entry's title; absent on an empty day. */
  topTitle?: string;
}

/**
 * Every published day, newest first, for the archive calendar. Read from the store's headlines
 * (counted inside SQLite), so a year of days costs no briefing parsed here.
 */
export async function listArchiveDays(ctx: QueryContext): Promise<ArchiveDay[]> {
  const rows = await ctx.store.listBriefingHeadlines(1);
  return rows
    .map((r) => ({ date: r.date, entries: r.entries, topTitle: r.topTitles[0] }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The published days just before and after `date` (for prev/next links), if any. */
export async function neighbourDays(
  ctx: QueryContext,
  date: string,
): Promise<{ previous?: string; next?: string }> {
  const dates = (await ctx.store.listBriefings()).map((b) => b.date);
  let previous: string | undefined;
  let next: string | undefined;
  for (const d of dates) {
    if (d < date && (previous === undefined || d > previous)) previous = d;
    if (d > date && (next === undefined || d < next)) next = d;
  }
  return { previous, next };
}
