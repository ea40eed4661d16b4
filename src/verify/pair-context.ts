// What a figure worked out from two of the article's is about (derive-figures.ts, paired-figures.ts):
// what either is about, and the words of both ("净利润 7.9 亿元，去年同期为 3.7 亿元": the ratio is
// the profit's, against the year-earlier one, so "约为去年同期的两倍" shares words with it).
import type { FigureContext } from "./index-article.ts";
import type { KeyRange } from "./term-ranges.ts";

export function pairContext(a: FigureContext, b: FigureContext): FigureContext {
  const both = (x: Set<string>, y: Set<string>) => new Set([...x, ...y]);
  const later: KeyRange = { has: (k) => a.later.has(k) && !b.own.has(k) };
  return {
    ...a,
    own: both(a.own, b.own),
    names: both(a.names, b.names),
    bound: both(a.bound, b.bound),
    later,
    words: a.words === b.words ? a.words : `${a.words}\n${b.words}`,
  };
}
