import { UsageError } from "../errors.ts";
import type { BriefingItem } from "../model/briefing.ts";
import type { Stars } from "../model/entry.ts";
import { addDays, dayOf, parseDay } from "../time.ts";
import { briefingOf, type QueryContext } from "./context.ts";
import { type EntryId, entryIdOf, parseEntryId } from "./entry-id.ts";

/** What trends group published entries by. */
export type TrendDimension = "tag" | "org";

/** Calendar days, inclusive, in the config's zone. */
export interface Period {
  from: string;
  to: string;
}

/** A published entry, as cited by trends, timelines and comparisons (id, title, link). */
export interface EntryRef {
  id?: EntryId;
  date: string;
  title: string;
  org: string;
  stars: Stars;
  url: string;
}

/** One tag or org over a period: how many published entries carry it, and against the period before. */
export interface TrendItem {
  key: string;
  entries: number;
  /** Entries of the period just before, of the same length. */
  previous: number;
  delta: number;
  /** Its highest-★ entries of the period (at most three). */
  top: EntryRef[];
}

export interface TrendsReport extends Period {
  by: TrendDimension;
  previous: Period;
  /** Published entries in the period. */
  entries: number;
  /** Most entries first. */
  items: TrendItem[];
  /** Largest rise against the previous period first (only keys that rose). */
  movers: TrendItem[];
}

interface DatedItem {
  date: string;
  item: BriefingItem;
}

/** Checks a period's days and order, one clear message per mistake. */
export function checkPeriod(period: Period, name = "period"): void {
  for (const [flag, day] of [
    ["from", period.from],
    ["to", period.to],
  ] as const)
    if (!parseDay(day))
      throw new UsageError(
        `${name}.${flag} 须为 YYYY-MM-DD 日期 (must be a real date as YYYY-MM-DD), got "${day}"`,
      );
  if (period.from > period.to)
    throw new UsageError(`${name}: from ${period.from} 晚于 to ${period.to} (from is after to)`);
  if (daysIn(period) > 366) throw new UsageError(`${name}: 最长 366 天 (at most 366 days)`);
}

function daysIn(period: Period): number {
  return Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;
}

/** The period of the same length ending the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const n = daysIn(period);
  return { from: addDays(period.from, -n), to: addDays(period.from, -1) };
}

/** The published entries of the days in `period`, oldest day first, in briefing order. */
export async function readPublishedItems(ctx: QueryContext, period: Period): Promise<DatedItem[]> {
  const dates = (await ctx.store.listBriefings(ctx.config.briefing.id))
    .map((b) => b.date)
    .filter((d) => d >= period.from && d <= period.to)
    .sort();
  const out: DatedItem[] = [];
  for (const date of dates) {
    const stored = await ctx.store.getBriefing(date, ctx.config.briefing.id);
    if (stored) for (const item of briefingOf(stored).items) out.push({ date, item });
  }
  return out;
}

export function refOf({ date, item }: DatedItem): EntryRef {
  return {
    id: item.articleId === undefined ? undefined : entryIdOf(item.articleId),
    date,
    title: item.entry.title,
    org: item.entry.org,
    stars: item.entry.stars,
    url: item.url,
  };
}

function keysOf(item: BriefingItem, by: TrendDimension): string[] {
  const raw = by === "org" ? [item.entry.org] : (item.entry.tags ?? []);
  return [...new Set(raw.map((k) => k.trim()).filter(Boolean))];
}

/** Groups items by tag or org (case-insensitively; the first spelling seen names the group). */
export function countBy(
  items: readonly DatedItem[],
  by: TrendDimension,
): Map<string, { key: string; items: DatedItem[] }> {
  const groups = new Map<string, { key: string; items: DatedItem[] }>();
  for (const dated of items)
    for (const key of keysOf(dated.item, by)) {
      const fold = key.toLowerCase();
      const group = groups.get(fold) ?? { key, items: [] };
      group.items.push(dated);
      groups.set(fold, group);
    }
  return groups;
}

function topRefs(items: readonly DatedItem[], n = 3): EntryRef[] {
  return [...items]
    .sort((a, b) => b.item.entry.stars - a.item.entry.stars || (a.date < b.date ? 1 : -1))
    .slice(0, n)
    .map(refOf);
}

/** Pure: trend items of `current` against `before`, most entries first (ties: rising first, then name). */
export function rankTrends(
  current: readonly DatedItem[],
  before: readonly DatedItem[],
  by: TrendDimension,
): TrendItem[] {
  const now = countBy(current, by);
  const then = countBy(before, by);
  return [...now.entries()]
    .map(([fold, group]) => {
      const previous = then.get(fold)?.items.length ?? 0;
      const entries = group.items.length;
      return { key: group.key, entries, previous, delta: entries - previous, top: topRefs(group.items) };
    })
    .sort((a, b) => b.entries - a.entries || b.delta - a.delta || a.key.localeCompare(b.key));
}

/** Tags or orgs of the published entries over a period, with the top movers against the period before. */
export async function getTrends(
  ctx: QueryContext,
  request: Period & { by: TrendDimension; limit?: number },
): Promise<TrendsReport> {
  checkPeriod(request);
  const limit = request.limit ?? 20;
  const previous = previousPeriod(request);
  const current = await readPublishedItems(ctx, request);
  const items = rankTrends(current, await readPublishedItems(ctx, previous), request.by);
  return {
    by: request.by,
    from: request.from,
    to: request.to,
    previous,
    entries: current.length,
    items: items.slice(0, limit),
    movers: items
      .filter((i) => i.delta > 0)
      .sort((a, b) => b.delta - a.delta || b.entries - a.entries || a.key.localeCompare(b.key))
      .slice(0, limit),
  };
}

/** One period of a comparison: its entries, mean ★ and strongest entries. */
export interface PeriodSummary extends Period {
  entries: number;
  meanStars: number;
  top: EntryRef[];
}

export interface PeriodComparison {
  by: TrendDimension;
  a: PeriodSummary;
  b: PeriodSummary;
  /** Each tag/org with its entries in a and b, largest change (b − a, either way) first. */
  changes: { key: string; a: number; b: number; delta: number }[];
}

function summarise(period: Period, items: readonly DatedItem[]): PeriodSummary {
  const stars = items.reduce((sum, i) => sum + i.item.entry.stars, 0);
  return {
    ...period,
    entries: items.length,
    meanStars: items.length ? Math.round((stars / items.length) * 100) / 100 : 0,
    top: topRefs(items, 5),
  };
}

/** Two periods side by side (e.g. this week and last): counts, ★ and the tags/orgs that changed most. */
export async function comparePeriods(
  ctx: QueryContext,
  request: { a: Period; b: Period; by: TrendDimension; limit?: number },
): Promise<PeriodComparison> {
  checkPeriod(request.a, "a");
  checkPeriod(request.b, "b");
  const a = await readPublishedItems(ctx, request.a);
  const b = await readPublishedItems(ctx, request.b);
  const countsA = countBy(a, request.by);
  const countsB = countBy(b, request.by);
  const folds = new Set([...countsA.keys(), ...countsB.keys()]);
  const changes = [...folds]
    .map((fold) => {
      const na = countsA.get(fold)?.items.length ?? 0;
      const nb = countsB.get(fold)?.items.length ?? 0;
      return { key: (countsB.get(fold) ?? countsA.get(fold))!.key, a: na, b: nb, delta: nb - na };
    })
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || y.b - x.b || x.key.localeCompare(y.key))
    .slice(0, request.limit ?? 20);
  return { by: request.by, a: summarise(request.a, a), b: summarise(request.b, b), changes };
}

/** One day of a story: the entry published then, and how many other outlets covered it (同题报道). */
export interface TimelineStep extends EntryRef {
  related: number;
}

export interface StoryTimeline {
  /** The entry asked for. */
  id: EntryId;
  /** Oldest first: the first report, then each follow-up. */
  steps: TimelineStep[];
}

/**
 * One story across days: from the entry, back through the earlier briefings it follows up, and
 * forward through later briefings that follow it up (each within dedup.windowDays of the step
 * before). Undefined when the id names no stored article.
 */
export async function getStoryTimeline(ctx: QueryContext, id: EntryId): Promise<StoryTimeline | undefined> {
  const articleId = parseEntryId(id);
  const article = articleId === undefined ? undefined : await ctx.store.getArticle(articleId);
  if (!article) return undefined;
  const dates = (await ctx.store.listBriefings(ctx.config.briefing.id)).map((b) => b.date).sort();
  const cache = new Map<string, BriefingItem[]>();
  const itemsOf = async (date: string): Promise<BriefingItem[]> => {
    if (!cache.has(date)) {
      const stored = await ctx.store.getBriefing(date, ctx.config.briefing.id);
      cache.set(date, stored ? briefingOf(stored).items : []);
    }
    return cache.get(date)!;
  };
  const step = (date: string, item: BriefingItem): TimelineStep => ({
    ...refOf({ date, item }),
    related: item.related?.length ?? 0,
  });
  const date = dayOf(article.publishedAt, ctx.config.timezone);
  const start = (await itemsOf(date)).find((i) => i.articleId === articleId || i.url === article.url);
  if (!start) return { id, steps: [] };
  const steps: TimelineStep[] = [step(date, start)];
  // Back: each entry names the earlier story it follows up.
  for (let at = start, seen = 0; at.followUpOf && seen < 60; seen++) {
    const { date: earlier, url } = at.followUpOf;
    const found = (await itemsOf(earlier)).find((i) => i.url === url);
    if (!found) break;
    steps.unshift(step(earlier, found));
    at = found;
  }
  // Forward: the first later entry that follows the last step up, while within the window.
  let last = steps.at(-1)!;
  for (const later of dates.filter((d) => d > date)) {
    if (later > addDays(last.date, ctx.config.dedup.windowDays)) break;
    const found = (await itemsOf(later)).find((i) => i.followUpOf?.url === last.url);
    if (!found) continue;
    last = step(later, found);
    steps.push(last);
  }
  return { id, steps };
}
