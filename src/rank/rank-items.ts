import type { BriefingItem } from "../model/index.ts";

export interface RankOptions {
  /** Entries with fewer stars than this go to `belowThreshold` (still ranked, for the footer/archive). */
  minStars: number;
}

export interface RankResult {
  kept: BriefingItem[];
  belowThreshold: BriefingItem[];
}

/**
 * The briefing's order: ★ high to low, then the source's position in the config, then publish time
 * (earliest first), then URL so that equal items never depend on input order. Pure: returns new arrays.
 */
export function compareItems(a: BriefingItem, b: BriefingItem): number {
  if (a.entry.stars !== b.entry.stars) return b.entry.stars - a.entry.stars;
  if (a.sourceOrder !== b.sourceOrder) return a.sourceOrder - b.sourceOrder;
  const ta = Date.parse(a.publishedAt);
  const tb = Date.parse(b.publishedAt);
  // An unreadable date sorts last rather than poisoning the comparison with NaN.
  const sa = Number.isNaN(ta) ? Number.POSITIVE_INFINITY : ta;
  const sb = Number.isNaN(tb) ? Number.POSITIVE_INFINITY : tb;
  if (sa !== sb) return sa < sb ? -1 : 1;
  // Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
  if (a.url !== b.url) return a.url < b.url ? -1 : 1;
  return 0;
}

/** Sorts items into the briefing's order and splits off those under the star threshold. */
export function rankItems(items: readonly BriefingItem[], options: RankOptions): RankResult {
  const sorted = [...items].sort(compareItems);
  return {
    kept: sorted.filter((item) => item.entry.stars >= options.minStars),
    belowThreshold: sorted.filter((item) => item.entry.stars < options.minStars),
  };
}
