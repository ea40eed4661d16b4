// A price told for the wrong period: the article charges "20 美元/月", "$15 a month", "每年 99 元",
// and the entry says "每年 20 美元", "$15 a year", "每月 99 元". The figure and its currency are the
// article's, so the figure checks let it through. An entry's sum of money with a period (每月, 月费,
// /月, per month, a month, monthly; 年 and week and day alike) is refused when the article writes
// the same sum with a period, never with this one. A sum the article gives without any period gives
// no verdict here. figure-periods.ts reads a plain count's period written before it (每月 50 个任务);
// this reads a sum of money's, before or after it (20 美元/月), with per-units.ts's reader (tagged-figures.ts).
import { otherTag, readTaggedFigures, type TagReader } from "./tagged-figures.ts";

export interface PeriodClaim {
  raw: string;
  index: number;
  end: number;
  value: string;
  period: Period;
}

type Period = "day" | "week" | "month" | "year";

/** A sum: the currency sign before it or the currency word after it. */
const SUM =
  /([$€£¥￥]\s?)?(\d[\d,]*(?:\.\d+)?)\s*(万|亿|million|billion|[kKmM](?![A-Za-z]))?\s*(美元|元|人民币|欧元|英镑|日元|dollars?|euros?|pounds?|USD|RMB|CNY|EUR)?/g;
/** A period written before the sum, up to its clause: 每月 20 美元, 年费 99 元, 每人每月 40 美元. */
const BEFORE: Array<[Period, RegExp]> = [
  ["month", /(?:每个?月|月费|包月|按月|月付)[^，,。；;！？!?\n\d]{0,6}$/],
  ["year", /(?:每年|年费|按年|年付)[^，,。；;！？!?\n\d]{0,6}$/],
  ["week", /(?:每周|周费)[^，,。；;！？!?\n\d]{0,6}$/],
  ["day", /(?:每天|每日|日费)[^，,。；;！？!?\n\d]{0,6}$/],
];
/** A period written right after the sum: 20 美元/月, $15 a month, $99 per year, $20 monthly. */
const AFTER: Array<[Period, RegExp]> = [
  [
    "month",
    /^\s*(?:[/／]\s*(?:月|month|mo(?![A-Za-z]))|每个?月|一个月|(?:per|a|an|each) month\b(?!\s*(?:ago|earlier|later|before|after))|monthly\b)/i,
  ],
  [
    "year",
    /^\s*(?:[/／]\s*(?:年|year|yr(?![A-Za-z]))|每年|(?:per|a|an|each) year\b(?!\s*(?:ago|earlier|later|before|after))|annually\b|yearly\b|per annum\b)/i,
  ],
  [
    "week",
    /^\s*(?:[/／]\s*(?:周|week|wk(?![A-Za-z]))|每周|(?:per|a|an|each) week\b(?!\s*(?:ago|earlier|later|before|after))|weekly\b)/i,
  ],
  [
    "day",
    /^\s*(?:[/／]\s*(?:天|日|day(?![A-Za-z]))|每天|(?:per|a|an|each) day\b(?!\s*(?:ago|earlier|later|before|after))|daily\b)/i,
  ],
];

const READER: TagReader<Period> = {
  figure: SUM,
  digits: 2,
  magnitude: 3,
  // No currency either side is no sum; "2,024 年" is no sum, and a digit before the match is part
  // of another number.
  skip: (m, text) => (m[1] === undefined && m[4] === undefined) || /\d/.test(text[m.index - 1] ?? ""),
  after: 16,
  before: 12,
  AFTER,
  BEFORE,
};

/** The sums of money in a text that carry a period. */
export function findPeriodClaims(text: string): PeriodClaim[] {
  return readTaggedFigures(text, READER).map(({ tag, ...sum }) => ({ ...sum, period: tag }));
}

export function checkPeriodClaim(
  claim: PeriodClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const other = otherTag(claim, claim.period, readTaggedFigures(articleText, READER));
  if (other === undefined)
    return { supported: true, reason: "the article gives this sum with this period, or with none" };
  return {
    supported: false,
    reason: `the article charges ${claim.raw} per ${other}, not per ${claim.period}: a price told for the wrong period`,
  };
}
