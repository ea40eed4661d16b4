// The end of a range of days written once with its month: "10 月 14 日至 17 日", "11 月 26 日 10:00 至
// 27 日 05:00", "10 月 8 至 27 日", "October 8 to 27", "Oct. 14–17". The end is a date of the start's
// month (and year), not a bare number: without it "27" in an entry's "October 8 to 27" matched nothing
// in an article that writes "10 月 8 日至 10 月 27 日" (and the article's own "至 17 日" matched no date).

/** Fields of a date as find-dates.ts reads them. */
export interface RangeFields {
  y?: string;
  m?: string;
  d?: string;
}

/** What may join a range's start and end. */
const JOIN_ZH = String.raw`\s*(?:至|到|~|～|-|–|—)\s*`;
const JOIN_EN = String.raw`\s*(?:to|through|until|till|-|–|—)\s*`;
/** A time of day after a day ("26 日 10:00"). */
const TIME = String.raw`(?:\s*\d{1,2}:\d{2})?`;

/** After a date with its day: the other end, a day only ("至 27 日", " to 27"). */
const END_ZH = new RegExp(`^${TIME}${JOIN_ZH}(\\d{1,2})\\s*[日号]`);
// An English end stands alone: before punctuation, a year, Chinese, the end of the text ("to 27:") or a
// word that leads on to something else ("to 17 in Hangzhou", "to 21 for Pro users"); never before a
// word it counts ("to 27 percent", "to 27 developers").
const LEADS_ON =
  "in|at|on|for|from|through|and|or|with|by|as|when|while|during|before|after|across|inclusive|but|via";
const END_EN = new RegExp(
  `^${TIME}${JOIN_EN}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\.\\d)(?=\\s*(?:$|[,;:!?)，。；：、）]|\\.(?!\\d)|(?:19|20)\\d{2}\\b|[\\u4e00-\\u9fff])|\\s+(?:${LEADS_ON})\\b)`,
);

/**
 * The range's end after a found date: a day with no month of its own right after the start
 * ("10 月 14 日至 17 日" → the 17th of October). Undefined when no such end follows or it is not later.
 */
export function rangeEnd(
  rest: string,
  start: RangeFields,
  english: boolean,
): { fields: RangeFields; index: number; end: number } | undefined {
  if (!start.m || !start.d) return undefined;
  const m = (english ? END_EN : END_ZH).exec(rest);
  if (!m) return undefined;
  const day = Number(m[1]);
  if (day <= Number(start.d) || day > 31) return undefined;
  const at = m[0].lastIndexOf(m[1]!);
  return { fields: { y: start.y, m: start.m, d: m[1] }, index: at, end: m[0].length };
}

/** "10 月 8 至 27 日": a month, a day without 日, then the end with it; both ends are dates. */
export const OPEN_START_ZH = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\s*月\\s*(\\d{1,2})(?=${JOIN_ZH}\\d{1,2}\\s*[日号])`,
  "g",
);
