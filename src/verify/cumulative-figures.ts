// A running total told as one period's: the article says "截至 2025 年底累计交付 4,300 台", "自开源以来
// 累计下载超 900 万次", "has raised $180 million to date", and the entry says "2025 年全年交付 4300 台",
// "首周下载超 900 万次", "raised $180 million this year", "月活用户 1200 万". The figure and its measure
// are the article's; the span it was counted over is not. An entry figure whose clause names one
// period (全年, 今年, 首周, 本财季, 月活, a year, this year, alone …) and no running total is refused when
// every mention of the same figure in the article is a running total: its sentence says 累计/以来/至今/
// to date/since … and its own clause names no period of its own ("其中 2025 年交付 2,650 台" is the
// year's part of a total, and stands).
import type { Figure } from "./figure.ts";
import { clauseAround, sentenceAround } from "./figure-words.ts";
import { findFigures } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

/** Words of a running total, in either language. */
const RUNNING =
  /累计|累积|迄今|至今|以来|总计|\bto date\b|\bso far\b|\bsince\b|\bin total\b|\baltogether\b|\ball told\b|\bcumulative(?:ly)?\b|\blifetime\b/i;

/** Words that count one period (or a rate per period), in either language. */
const ONE_PERIOD =
  /全年|今年|当年|本年度?|年内|本财季|本季度?|当季|单季|上季度?|首周|首月|首日|当月|本月|单月|月活|日活|周活|新增|新上线|(?:19|20)\d\d\s?年(?!底|末|初)|\bthis (?:year|quarter|month)\b|\blast (?:year|quarter|month)\b|\bin (?:19|20)\d\d\b|\balone\b|\b(?:first|opening) (?:week|month|day)\b|\b(?:monthly|daily|weekly) active\b|\bin the (?:quarter|year)\b/i;

/** A total since the period began is that period's: 今年以来, since the start of the year. */
const YEAR_TO_DATE =
  /(?:今年|本年|年初|本季度?|本月|当月|年内)以来|\bsince (?:the (?:start|beginning) of )?(?:this|the) (?:year|quarter|month)\b|\byear[- ]to[- ]date\b/i;

/** Where a running total starts: 自…以来, since …. */
const SPAN_START = /自.{0,20}?以来|\bsince\b[^,;.]*/gi;

/** A year the figure is, not a figure counted in one. */
const YEAR_LIKE = (f: Figure) => f.kind !== "number" || f.unit === "calyear" || /^(?:19|20)\d\d$/.test(f.raw);

export interface PeriodTotalClaim {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
  /** The period word of the entry's clause. */
  period: string;
}

export function findPeriodTotals(text: string): PeriodTotalClaim[] {
  const out: PeriodTotalClaim[] = [];
  for (const figure of findFigures(text)) {
    if (YEAR_LIKE(figure) || figure.percent) continue;
    const clause = clauseAround(text, figure.index, figure.end, 60);
    const period = ONE_PERIOD.exec(clause)?.[0];
    if (!period || RUNNING.test(clause)) continue;
    out.push({ raw: figure.raw, index: figure.index, end: figure.end, figure, period });
  }
  return out;
}

/** Whether the article's mention of a figure at [at, end) is a running total. */
function runningTotalAt(text: string, at: number, end: number): boolean {
  const sentence = sentenceAround(text, at, end, 200);
  if (!RUNNING.test(sentence) || YEAR_TO_DATE.test(sentence)) return false;
  // "自 2021 年成立以来" and "since 2023" name where the total starts, not a period of its own.
  return !ONE_PERIOD.test(clauseAround(text, at, end, 60).replace(SPAN_START, ""));
}

export function checkPeriodTotal(
  claim: PeriodTotalClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const mentions = index.figures.filter((f) => !f.derived && !f.inName && sameFigure(claim.figure, f));
  if (!mentions.length || mentions.some((f) => !runningTotalAt(index.text, f.index, f.end)))
    return { supported: true, reason: "the article does not give it only as a running total" };
  return {
    supported: false,
    reason: `the article gives ${claim.raw} only as a running total, not for one period ("${claim.period}")`,
  };
}
