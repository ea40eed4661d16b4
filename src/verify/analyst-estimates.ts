// An analysts' estimate told as the company's guidance: the article says "有券商分析师预计，其 2026 年营收
// 可达 8 亿元。招股书并未给出业绩指引" or "Analysts polled by LSEG had expected revenue of $2.63 billion",
// and the entry says "公司预计 2026 年营收可达 8 亿元", "公司预计第四财季营收 26.3 亿美元". The figure is the
// article's; whose forecast it is is not. An entry figure whose clause gives the forecast to the
// company (公司预计, 指引, guidance, the company expects …) and names no analyst is refused when every
// sentence of the article that gives the figure is an analyst's (分析师, 券商, 市场预期, analysts,
// consensus, Wall Street …) and none is the company's own forecast.
import type { Figure } from "./figure.ts";
import { clauseAround, sentenceAround } from "./figure-words.ts";
import { findFigures } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

/** A forecast given to the company itself, in the entry. */
const COMPANY_FORECAST =
  /(?:公司|官方|管理层|集团)[^，,。；;]{0,12}(?:预计|预期|预测|指引|给出|展望)|指引|\bguidance\b|\bguided\b|\bguides\b|\b(?:company|firm|it|management) (?:expects|forecasts|projects|predicts)\b|\boutlook\b/i;
/** Whose the article's forecast is: an analyst's. */
const ANALYST =
  /分析师|券商|研究机构|机构预测|市场预期|一致预期|华尔街|\banalysts?\b|\bconsensus\b|\bWall Street\b|\bpolled\b|\bbrokers?\b/i;
/** The company's own forecast, in the article. */
const OWN_FORECAST =
  /指引|公司预计|公司预期|管理层预计|\bguidance\b|\bguided\b|\bexpects\b|\bforecasts\b|\boutlook\b/i;

export interface ForecastClaim {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
}

export function findCompanyForecasts(text: string): ForecastClaim[] {
  if (!COMPANY_FORECAST.test(text)) return [];
  return findFigures(text)
    .filter((f) => {
      if (f.kind !== "number") return false;
      const clause = clauseAround(text, f.index, f.end, 60);
      return COMPANY_FORECAST.test(clause) && !ANALYST.test(clause);
    })
    .map((figure) => ({ raw: figure.raw, index: figure.index, end: figure.end, figure }));
}

const lastAt = (re: RegExp, text: string) =>
  Math.max(-1, ...[...text.matchAll(new RegExp(re.source, "gi"))].map((m) => m.index));

/**
 * Whether the article's figure is an analysts' estimate: its clause says so ("the $940 million analysts
 * had forecast"), or, in a clause of its own, the nearest forecaster before it in its sentence is an
 * analyst ("有券商分析师预计，…营收可达 8 亿元"), not the company ("指引为 155 亿美元，上下浮动 2%，高于分析师…").
 */
function analystsAt(text: string, f: Figure): boolean {
  const clause = clauseAround(text, f.index, f.end, 60);
  if (ANALYST.test(clause)) return !OWN_FORECAST.test(clause.replace(ANALYST, ""));
  if (OWN_FORECAST.test(clause)) return false;
  const sentence = sentenceAround(text, f.index, f.end, 200);
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(clause)));
  return lastAt(ANALYST, before) > lastAt(OWN_FORECAST, before);
}

export function checkCompanyForecast(
  claim: ForecastClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const mentions = index.figures.filter((f) => !f.derived && !f.inName && sameFigure(claim.figure, f));
  if (!mentions.length || !mentions.every((f) => analystsAt(index.text, f)))
    return { supported: true, reason: "the article does not give it as analysts' only" };
  return {
    supported: false,
    reason: `the article gives ${claim.raw} as analysts' estimate, not the company's forecast`,
  };
}
