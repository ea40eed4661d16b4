// A frequency changed: "41.2% use it several times a day" where the article's 41.2% use it daily; "每周
// 更新" for the article's 每月. A frequency is no figure, so the figure checks hold the 41.2% and never
// read how often. An entry clause with a figure and a frequency is refused when the article's
// sentences holding that figure name frequencies, in either language, and never this one.
import { type Figure, findFigures } from "./find-figures.ts";
import { sameFigure } from "./same-figure.ts";

export interface FrequencyClaim {
  raw: string;
  index: number;
  end: number;
  frequency: Frequency;
  /** The figure it is the frequency of. */
  figure: Figure;
}

type Frequency = "many-daily" | "daily" | "weekly" | "monthly" | "yearly";

/** Longest first: "several times a day" is not daily, 每天多次 is not 每天. */
const FORMS: Array<[Frequency, RegExp]> = [
  [
    "many-daily",
    /(?:每天|每日|一天)(?:多次|数次|几次|好几次)|\b(?:several|multiple|many|a few)\s+times\s+(?:a|per|each)\s+day\b/gi,
  ],
  ["daily", /每天|每日|天天|日常使用|\b(?:daily|every\s+day|each\s+day|once\s+a\s+day|per\s+day)\b/gi],
  ["weekly", /每周|每星期|\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week|per\s+week)\b/gi],
  ["monthly", /每月|每个月|\b(?:monthly|every\s+month|each\s+month|once\s+a\s+month|per\s+month)\b/gi],
  ["yearly", /每年|\b(?:yearly|annually|every\s+year|each\s+year|per\s+year)\b/gi],
];

const CLAUSE = /[^，。；;！？!?\n]+/g;

/** Each frequency of a text, the longer form winning where two overlap. */
function frequenciesIn(
  text: string,
): Array<{ frequency: Frequency; index: number; end: number; raw: string }> {
  const out: Array<{ frequency: Frequency; index: number; end: number; raw: string }> = [];
  for (const [frequency, re] of FORMS)
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (out.some((o) => o.index < end && m.index < o.end)) continue;
      out.push({ frequency, index: m.index, end, raw: m[0] });
    }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Each frequency of a text with the figure it is of: in its clause, the last figure before it ("63.5%
 * 每天使用", "37.8% consult it daily and 19% weekly"), else the first after it ("每天 63.5% 的人").
 */
function pairsIn(
  text: string,
  all: boolean,
): Array<{ figure: Figure; frequency: Frequency; raw: string; index: number; end: number }> {
  const out: Array<{ figure: Figure; frequency: Frequency; raw: string; index: number; end: number }> = [];
  for (const c of text.matchAll(CLAUSE)) {
    const found = frequenciesIn(c[0]);
    if (found.length === 0) continue;
    const figures = findFigures(c[0], { all }).filter(
      (f) => f.kind === "number" && !f.unit?.startsWith("cal"),
    );
    for (const f of found) {
      const figure = figures.filter((g) => g.index < f.index).pop() ?? figures.find((g) => g.index >= f.end);
      if (figure)
        out.push({
          figure,
          frequency: f.frequency,
          raw: f.raw,
          index: c.index + f.index,
          end: c.index + f.end,
        });
    }
  }
  return out;
}

/** Frequencies in an entry's clauses, each of a figure. */
export function findFrequencyClaims(text: string): FrequencyClaim[] {
  return pairsIn(text, false).map(({ figure, ...p }) => ({ ...p, figure }));
}

export function checkFrequencyClaim(
  claim: FrequencyClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const told = new Set(
    pairsIn(articleText, true)
      .filter((p) => sameFigure(claim.figure, p.figure))
      .map((p) => p.frequency),
  );
  if (told.size === 0 || told.has(claim.frequency))
    return { supported: true, reason: "the article names this frequency for the figure, or none" };
  return {
    supported: false,
    reason: `the article gives ${claim.figure.raw} as ${[...told].join("/")}, not ${claim.frequency} ("${claim.raw}")`,
  };
}
