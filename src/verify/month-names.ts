// English month names an English entry writes for a Chinese article's dates ("in October 2025" for
// 2025 年 10 月): a month is a date, not a name, so it is held to the article's months — written as
// N 月 / 十月 or as the English name — and a month the article never gives stays refused.
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const HAN_NUMBER = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** The month (1–12) an English month name or its abbreviation stands for, if it is one. */
export function monthOf(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.indexOf(key);
  if (i >= 0) return i + 1;
  const j = key === "sept" ? 8 : SHORT.indexOf(key);
  return j >= 0 ? j + 1 : undefined;
}

/**
 * Whether a folded article text gives `month`: "10 月", "10月", "十月" (not "十一月" for 一月) or
 * the English name or abbreviation at word edges.
 */
export function articleGivesMonth(folded: string, month: number): boolean {
  if (new RegExp(`(?<![\\d.])0?${month}\\s*月`).test(folded)) return true;
  const han = HAN_NUMBER[month - 1]!;
  if (new RegExp(`(?<![一二三四五六七八九十〇零])${han}月`).test(folded)) return true;
  const forms = [MONTHS[month - 1], SHORT[month - 1], month === 9 ? "sept" : undefined].filter(Boolean);
  return forms.some((f) => new RegExp(`(?<![a-z])${f}(?![a-z])`).test(folded));
}
