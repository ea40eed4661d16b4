// "Up to" told as typical: the article gives a figure as a ceiling ("最长 4 小时", "up to 200 megawatts",
// "could reach up to €1.5 billion") and the entry gives the same figure as an average, a usual value
// or a sure total ("平均续航 4 小时", "满负荷 200 兆瓦", "总投资将达 15 亿欧元", "typically lasts 4 hours").
// The figure check finds the number in the article and lets it through; the ceiling is lost. An
// entry figure led by such a word (in its own clause, with no ceiling word of its own) is refused
// when the article writes that figure after a ceiling word and never after an average or usual word.
// An article that does not bound the figure gives no verdict here.
import type { Figure } from "./figure.ts";
import { findFigures } from "./find-figures.ts";

export interface TypicalFigure {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
}

/** Words that make a figure a usual value or a sure total, just before it. */
const TYPICAL =
  /(?:平均(?:为|达|约)?|日常(?:使用)?|通常(?:为|可达)?|一般(?:为|可达)?|典型(?:值|工况下)?|满负荷(?:运行)?|满载|常规|将达到?|将为|\b(?:on average|average(?:s|d)?(?: of)?|typical(?:ly)?(?: of)?|usually|normally|at full (?:load|capacity)|will (?:reach|total|be))\b)(?:[^，,。；;！？!?\d]{0,4}|(?:\s+[a-z]+){1,2}\s+)$/i;
/** Ceiling words: the figure is at most this. */
const CEILING =
  /(?:最长|最高|最多|至多|不超过|不高于|高达|上限为?|峰值|最大|\b(?:up to|at most|as much as|as high as|as many as|maximum(?: of)?|max\.?|peak(?: of)?)\b)[^，,。；;！？!?\d]{0,6}$/i;
const CEILING_ANYWHERE =
  /最长|最高|最多|至多|不超过|不高于|高达|上限|峰值|最大|\b(?:up to|at most|as much as|as high as|maximum|max|peak)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;

function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !CLAUSE.test(text[start - 1]!)) start--;
  return start;
}

function clauseEnd(text: string, at: number): number {
  let stop = at;
  while (stop < text.length && !CLAUSE.test(text[stop]!)) stop++;
  return stop;
}

const before = (text: string, f: { index: number }) => text.slice(clauseStart(text, f.index), f.index);

export function findTypicalFigures(text: string): TypicalFigure[] {
  const out: TypicalFigure[] = [];
  for (const f of findFigures(text)) {
    if (f.kind !== "number" || f.inName) continue;
    const lead = before(text, f);
    if (!TYPICAL.test(lead)) continue;
    if (CEILING_ANYWHERE.test(text.slice(clauseStart(text, f.index), clauseEnd(text, f.end)))) continue;
    out.push({ raw: f.raw, index: f.index, end: f.end, figure: f });
  }
  return out;
}

const same = (a: Figure, b: Figure) =>
  a.value === b.value && a.percent === b.percent && (a.unit ?? "") === (b.unit ?? "");

export function checkTypicalFigure(
  claim: TypicalFigure,
  articleText: string,
): { supported: boolean; reason: string } {
  const mentions = findFigures(articleText, { all: true }).filter(
    (f) => f.kind === "number" && same(f, claim.figure),
  );
  const bounded = mentions.filter((f) => CEILING.test(before(articleText, f)));
  if (bounded.length === 0 || mentions.some((f) => TYPICAL.test(before(articleText, f))))
    return { supported: true, reason: "the article does not give the figure only as a ceiling" };
  const m = bounded[0]!;
  const said = articleText.slice(Math.max(clauseStart(articleText, m.index), m.index - 14), m.end);
  return {
    supported: false,
    reason: `the article gives ${claim.raw} as a ceiling ("${said}"), never as usual: "up to" told as typical`,
  };
}
