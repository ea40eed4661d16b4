import type { Briefing } from "../model/briefing.ts";
import { addDays } from "../time.ts";
import { briefingOf, type QueryContext } from "./context.ts";
import { type EntryId, entryIdOf } from "./entry-id.ts";

/** Entries per week for one tag or org (index i: `weeks[i]`). */
export interface TrendSeries {
  name: string;
  counts: number[];
}

/** A tag or org whose weekly count changed most between the last two weeks. */
export interface TrendMover {
  kind: "tag" | "org";
  name: string;
  previous: number;
  last: number;
}

/** A story published on several days: the first entry and its follow-ups, in date order. */
export interface TrendStory {
  days: { date: string; id?: EntryId; title: string; url: string }[];
}

export interface WeeklyTrends {
  /** Each week's Monday (YYYY-MM-DD), oldest first; the last week holds `until`. */
  weeks: string[];
  /** The last published day counted (undefined: nothing published). */
  until?: string;
  /** The `top` tags and orgs by entries over the weeks, most first, then "其他" for the rest. */
  tags: TrendSeries[];
  orgs: TrendSeries[];
  movers: TrendMover[];
  stories: TrendStory[];
}

export const OTHER_SERIES = "其他";

export interface TrendOptions {
  /** Weeks to count, ending with the week of the latest briefing (default 12). */
  weeks?: number;
  /** Named series per chart (default 6). */
  top?: number;
}

/** Monday of the week holding `day`. */
export function weekOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Tags and orgs by week, top movers and multi-day stories over the weeks up to the latest briefing. */
export async function getWeeklyTrends(ctx: QueryContext, options: TrendOptions = {}): Promise<WeeklyTrends> {
  const dates = (await ctx.store.listBriefingDates(ctx.config.briefing.id)).map((b) => b.date);
  const until = dates.at(-1);
  if (!until) return computeWeeklyTrends([], options);
  const first = addDays(weekOf(until), -7 * ((options.weeks ?? 12) - 1));
  const briefings: Briefing[] = [];
  for (const date of dates.filter((d) => d >= first)) {
    const stored = await ctx.store.getBriefing(date, ctx.config.briefing.id);
    if (stored) briefings.push(briefingOf(stored));
  }
  return computeWeeklyTrends(briefings, options);
}

/** The pure core of getWeeklyTrends: briefings in, counts out. */
export function computeWeeklyTrends(
  briefings: readonly Briefing[],
  options: TrendOptions = {},
): WeeklyTrends {
  const sorted = [...briefings].sort((a, b) => (a.date < b.date ? -1 : 1));
  const until = sorted.at(-1)?.date;
  if (!until) return { weeks: [], tags: [], orgs: [], movers: [], stories: [] };
  const weekCount = options.weeks ?? 12;
  const lastWeek = weekOf(until);
  const weeks = Array.from({ length: weekCount }, (_, i) => addDays(lastWeek, -7 * (weekCount - 1 - i)));
  const index = new Map(weeks.map((w, i) => [w, i]));
  const tags = new Map<string, number[]>();
  const orgs = new Map<string, number[]>();
  const bump = (map: Map<string, number[]>, name: string, week: number) => {
    const key = name.trim();
    if (!key) return;
    const counts = map.get(key) ?? Array<number>(weekCount).fill(0);
    counts[week]!++;
    map.set(key, counts);
  };
  for (const b of sorted) {
    const week = index.get(weekOf(b.date));
    if (week === undefined) continue;
    for (const item of b.items) {
      bump(orgs, item.entry.org, week);
      for (const tag of new Set(item.entry.tags)) bump(tags, tag, week);
    }
  }
  return {
    weeks,
    until,
    tags: topSeries(tags, options.top ?? 6, weekCount),
    orgs: topSeries(orgs, options.top ?? 6, weekCount),
    movers: [...moversOf("tag", tags), ...moversOf("org", orgs)]
      .sort((a, b) => Math.abs(b.last - b.previous) - Math.abs(a.last - a.previous) || b.last - a.last)
      .slice(0, 10),
    stories: storiesOf(sorted),
  };
}

const total = (counts: readonly number[]) => counts.reduce((s, n) => s + n, 0);

function topSeries(map: Map<string, number[]>, top: number, weeks: number): TrendSeries[] {
  const all = [...map].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  const named = all.slice(0, top).map(([name, counts]) => ({ name, counts }));
  const rest = all.slice(top);
  if (rest.length === 0) return named;
  const counts = Array.from({ length: weeks }, (_, i) => rest.reduce((s, [, c]) => s + c[i]!, 0));
  return [...named, { name: OTHER_SERIES, counts }];
}

function moversOf(kind: TrendMover["kind"], map: Map<string, number[]>): TrendMover[] {
  const out: TrendMover[] = [];
  for (const [name, counts] of map) {
    const last = counts.at(-1) ?? 0;
    const previous = counts.at(-2) ?? 0;
    if (last !== previous) out.push({ kind, name, previous, last });
  }
  return out;
}

/** Chains of follow-ups (an entry's followUpOf names the earlier entry's URL), two days or more. */
function storiesOf(briefings: readonly Briefing[]): TrendStory[] {
  const chainOf = new Map<string, TrendStory>();
  const chains: TrendStory[] = [];
  for (const b of briefings)
    for (const item of b.items) {
      const day = {
        date: b.date,
        id: item.articleId === undefined ? undefined : entryIdOf(item.articleId),
        title: item.entry.title,
        url: item.url,
      };
      const earlier = item.followUpOf;
      let chain = earlier ? chainOf.get(earlier.url) : undefined;
      if (!chain) {
        chain = { days: earlier ? [{ date: earlier.date, title: earlier.title, url: earlier.url }] : [] };
        chains.push(chain);
      }
      chain.days.push(day);
      chainOf.set(item.url, chain);
    }
  return chains
    .filter((c) => new Set(c.days.map((d) => d.date)).size >= 2)
    .sort((a, b) => b.days.length - a.days.length || (a.days.at(-1)!.date < b.days.at(-1)!.date ? 1 : -1))
    .slice(0, 10);
}
