import type { FeedItem } from "../model/index.ts";
import { dayOf } from "../time.ts";

/**
 * The items that belong to calendar day `day` ("YYYY-MM-DD") in `timeZone`: by publish time, or,
 * for items without a readable date, by when we first saw them (the caller knows that; we are pure).
 */
export function itemsOnDay(
  items: FeedItem[],
  day: string,
  timeZone: string,
  firstSeen: (item: FeedItem) => string,
): FeedItem[] {
  return items.filter((item) => {
    const instant = item.publishedAt ?? firstSeen(item);
    return !Number.isNaN(Date.parse(instant)) && dayOf(instant, timeZone) === day;
  });
}
