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
  const rows = await ctx.store.listBriefingHeadlines(1, ctx.config.briefing.id);
  return rows
    .map((r) => ({ date: r.date, entries: r.entries, topTitle: r.topTitles[0] }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Where a published day stands: when it was generated, and the published days before and after it. */
export interface DayPlace {
  date: string;
  generatedAt: string;
  previous?: string;
  next?: string;
}

/**
 * A published day (or the latest, without `date`) with its neighbours, for prev/next links; its
 * `generatedAt` changes whenever the day is published again, so a front end may key a cache on it.
 * Undefined when the day (or any day) was not published.
 */
export async function locateDay(ctx: QueryContext, date?: string): Promise<DayPlace | undefined> {
  return placeOf(await ctx.store.listBriefingDates(ctx.config.briefing.id), date);
}

function placeOf(
  days: readonly { date: string; generatedAt: string }[],
  date?: string,
): DayPlace | undefined {
  const at = date === undefined ? days.length - 1 : days.findIndex((d) => d.date === date);
  const day = days[at];
  if (!day) return undefined;
  return {
    date: day.date,
    generatedAt: day.generatedAt,
    previous: days[at - 1]?.date,
    next: days[at + 1]?.date,
  };
}

/**
 * locateDay for a front end that serves many days (the web app): the list of published days is
 * read once per store content version (Store.contentVersion, read before the list, as the page
 * cache reads it) instead of once per day page, which for a year of days was a tenth of the CPU
 * of a day page's first render. The answer is locateDay's for the store as it is now.
 */
export function createDayLocator(ctx: QueryContext): (date?: string) => Promise<DayPlace | undefined> {
  let kept: { version: string; days: { date: string; generatedAt: string }[] } | undefined;
  return async (date) => {
    const version = await ctx.store.contentVersion();
    if (kept?.version !== version)
      kept = { version, days: await ctx.store.listBriefingDates(ctx.config.briefing.id) };
    return placeOf(kept.days, date);
  };
}

/**
 * A key that changes whenever a day is published or published again (the number of days and the
 * latest generation time), so a front end may keep pages built from all days (archive, trends).
 */
export async function publishedVersion(ctx: QueryContext): Promise<string> {
  const days = await ctx.store.listBriefingDates(ctx.config.briefing.id);
  const latest =
    days
      .map((d) => d.generatedAt)
      .sort()
      .at(-1) ?? "";
  return `${days.length}|${latest}`;
}
