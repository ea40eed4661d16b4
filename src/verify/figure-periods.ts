// A figure moved to another period: "每季度上限 500 万元" when the article says "每年补贴上限为 500 万元";
// "上半年营收 17.5 亿元" for its "前三季度累计营收 17.5 亿元". The figure checks out, and so does its
// measure; the span it was counted over changed. An entry figure whose clause gives a period (a rate's
// 每年/每季度/每月/每天, or a cumulative span's 上半年/前三季度/全年) is refused when the article gives
// the same figure with a period of the same family only, and never this one.
import type { Figure } from "./figure.ts";
import { findFigures } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

/** A period word and what it says: family (rate, span) and period. */
const PERIODS: Array<[RegExp, "rate" | "span", string]> = [
  [/每年|每一年|年均|每年度|\bper year\b|\bannually\b/i, "rate", "year"],
  [/每季度|每个季度|每季|季均|单季|\bper quarter\b|\bquarterly\b/i, "rate", "quarter"],
  [/每月|每个月|月均|\bper month\b|\bmonthly\b/i, "rate", "month"],
  [/每周|周均|\bper week\b|\bweekly\b/i, "rate", "week"],
  [/每天|每日|日均|\bper day\b|\bdaily\b/i, "rate", "day"],
  [/上半年|前两个季度|\bH1\b|first half/i, "span", "h1"],
  [/下半年|\bH2\b|second half/i, "span", "h2"],
  [/前三季度|前三个季度|\b(?:first )?nine months\b|\b9M\b/i, "span", "9m"],
  [/全年|全年度|\bfull[- ]year\b|\bFY\b/i, "span", "year"],
];

/** How far before a figure its period may stand, within its clause. */
const REACH = 14;
const CLAUSE = /[，,。；;！？!?\n：:（(]/;

/** The period a clause gives the figure at `at`: the nearest period word before it. */
function periodBefore(text: string, at: number): { family: string; period: string; raw: string } | undefined {
  let window = text.slice(Math.max(0, at - REACH), at);
  const cut = Math.max(...[...window].map((c, i) => (CLAUSE.test(c) ? i + 1 : 0)), 0);
  window = window.slice(cut);
  let best: { family: string; period: string; raw: string; at: number } | undefined;
  for (const [re, family, period] of PERIODS) {
    const m = new RegExp(re.source, `${re.flags}g`);
    for (const hit of window.matchAll(m))
      if (!best || hit.index > best.at) best = { family, period, raw: hit[0], at: hit.index };
  }
  return best && { family: best.family, period: best.period, raw: best.raw };
}

export interface PeriodClaim {
  figure: Figure;
  family: string;
  period: string;
  /** The figure as written (the period word is `word`). */
  raw: string;
  word: string;
  index: number;
  end: number;
}

/** The entry's figures that carry a period in their clause. */
export function findPeriodClaims(text: string): PeriodClaim[] {
  const out: PeriodClaim[] = [];
  for (const figure of findFigures(text)) {
    if (figure.kind !== "number") continue;
    const p = periodBefore(text, figure.index);
    if (p)
      out.push({
        figure,
        family: p.family,
        period: p.period,
        word: p.raw,
        raw: figure.raw,
        index: figure.index,
        end: figure.end,
      });
  }
  return out;
}

export function checkPeriod(claim: PeriodClaim, index: ArticleIndex): { supported: boolean; reason: string } {
  const periods = index.figures
    .filter((f) => sameFigure(claim.figure, f))
    .map((f) => periodBefore(index.text, f.index))
    .filter((p) => p?.family === claim.family);
  if (!periods.length || periods.some((p) => p!.period === claim.period))
    return { supported: true, reason: "the article gives no other period for this figure" };
  return {
    supported: false,
    reason: `the article gives ${claim.figure.raw} ${periods[0]!.raw}, not ${claim.word}`,
  };
}
