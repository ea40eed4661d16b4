// A figure the article only reports, estimates or forecasts, told as confirmed: the article says "据
// 《晚点》援引知情人士报道，投后估值约为 25 亿美元" or "安全机构估计，受影响用户可能多达 50 万" or "plans to
// raise about US$300 million, according to people familiar with the matter", and the entry says "公司
// 披露投后估值为 25 亿美元", "官方确认受影响用户多达 50 万", "招股书显示募资 3 亿美元". The figure and what it
// counts are the article's, so the figure check lets it through; the source is not. An entry figure
// whose sentence names a confirming source (确认, 披露, 公布, 证实, 显示, confirmed …) and hedges
// nothing is refused when every mention of it in the article is nearest a word of report, estimate or
// forecast (据…报道, 知情人士, 估计, 可能, 预测, 指引, reportedly …) rather than one of confirmation.
import type { Figure } from "./figure.ts";
import { findTokens } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

/** The article's words that make a figure reported, estimated or forecast. */
const REPORTED =
  /估计|预计|预估|估算|预测|预期|指引|知情人士|据悉|据[^，,。；;！？\n]{0,16}?(?:报道|透露|消息|援引|爆料)|报道称|透露|传闻|传言|可能|或将|或达|爆料|\b(?:reportedly|according\s+to|people\s+familiar|familiar\s+with|sources?\s+(?:said|say|says)|estimated?|estimates|expects?|expected|guidance|forecasts?|projected|could|might)\b/gi;
/** The article's words that confirm a figure (not when denied: 未披露, 没有公布, 不予置评). */
const CONFIRMED =
  /(?<![未没有不])(?:确认|证实|宣布|公布|披露|公告|财报显示|数据显示)|\b(?:confirmed|announced|disclosed|said\s+in\s+a\s+(?:statement|filing))\b/gi;
/** An entry's word that names a confirming source or a reached figure. */
const ENTRY_CONFIRMS =
  /(?<![未没有不])(?:确认|证实|披露|公布|宣布|显示|已获|已达)|\b(?:confirmed|disclosed|announced|verified|shows?)\b/i;
/** An entry that keeps a source's doubt: any of these in the figure's sentence. */
const ENTRY_HEDGES =
  /据|报道|知情|传闻|传言|估计|预计|预估|预期|预测|指引|可能|或|称|若|如果|一旦|可以|可再|可获|能够|最多|最高|\b(?:reportedly|according|sources?|estimated?|expected|guidance|forecasts?|projected|could|may|might|said|says|if|can|up\s+to)\b/i;

const SENTENCE = /[^。！？!?\n]+/g;

/** Whether the article's mention at `at` is nearer a word of report or estimate than one of confirmation. */
function reportedAt(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !/[。！？!?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[。！？!?\n]/.test(text[end]!)) end++;
  const sentence = text.slice(start, end);
  const nearest = (re: RegExp) => {
    let best = Number.POSITIVE_INFINITY;
    for (const m of sentence.matchAll(re)) {
      const from = start + m.index;
      const d = from > at ? from - at : Math.max(0, at - (from + m[0].length));
      best = Math.min(best, d);
    }
    return best;
  };
  const reported = nearest(REPORTED);
  return reported < Number.POSITIVE_INFINITY && reported < nearest(CONFIRMED);
}

export interface ConfirmedFigure {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
}

/**
 * Figures whose sentence, up to the end of the figure's clause, names a confirming source and hedges
 * nothing ("公司确认约 120 人被裁，公司称…": what comes after the figure's clause is another claim's).
 */
export function findConfirmedFigures(text: string): ConfirmedFigure[] {
  const out: ConfirmedFigure[] = [];
  const figures = findTokens(text).figures;
  for (const m of text.matchAll(SENTENCE)) {
    const [from, to] = [m.index, m.index + m[0].length];
    for (const f of figures) {
      if (f.index < from || f.end > to || f.kind !== "number") continue;
      let stop = f.end;
      while (stop < to && !/[，,；;：:]/.test(text[stop]!)) stop++;
      const read = text.slice(from, stop);
      if (ENTRY_CONFIRMS.test(read) && !ENTRY_HEDGES.test(read))
        out.push({ raw: f.raw, index: f.index, end: f.end, figure: f });
    }
  }
  return out;
}

/** Refused when every mention of the figure in the article is reported, estimated or forecast. */
export function checkConfirmedFigure(
  claim: ConfirmedFigure,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const same = index.figures.filter((f) => sameFigure(claim.figure, f));
  if (same.length === 0 || !same.every((f) => reportedAt(index.text, f.index)))
    return { supported: true, reason: "the article does not give it only as reported or estimated" };
  return {
    supported: false,
    reason: `the article gives ${same[0]!.raw} only as reported, estimated or forecast: the entry tells it as confirmed`,
  };
}
