// A plan told as done by its date: "二期已于 2027 年底建成" where the article says "计划于 2027 年底完成二期
// 建设". The step may be worded otherwise (建成 / 完成建设), but the date gives it away: an entry that
// says something was already done in a year the article names only as planned (计划于 / 将于 / 预计 …
// before every mention of that year) is refused. A year the article never names gives no verdict here.
import { PENDING } from "./check-tense.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface DoneDate {
  raw: string;
  index: number;
  end: number;
  year: string;
}

/** "已于 2027 年底", "已经在 2026 年 6 月", "均已于 2025 年" — done, at a year. */
const DONE_AT = /(?:已经|均已|现已|已)\s*(?:于|在)\s*((?:19|20)\d{2})\s*年/g;

export function findDoneDates(text: string): DoneDate[] {
  return [...text.matchAll(DONE_AT)].map((m) => ({
    raw: m[0],
    index: m.index,
    end: m.index + m[0].length,
    year: m[1]!,
  }));
}

export function checkDoneDate(claim: DoneDate, index: ArticleIndex): { supported: boolean; reason: string } {
  const text = index.text;
  let mentions = 0;
  for (const m of text.matchAll(new RegExp(`(?<!\\d)${claim.year}(?!\\d)`, "g"))) {
    mentions++;
    if (!PENDING.test(text.slice(Math.max(0, m.index - 16), m.index)))
      return { supported: true, reason: `the article names ${claim.year} not only as a plan` };
  }
  if (mentions === 0) return { supported: true, reason: `the article does not name ${claim.year}` };
  return {
    supported: false,
    reason: `the article names ${claim.year} only for what is planned or expected ("${claim.raw}" tells it as done)`,
  };
}
