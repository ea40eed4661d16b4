// "从 75% 提升至 80%": a change has a direction. Both figures being in the article is not enough when
// the article states the change the other way round ("从 80% 降到 75%" in the entry).

import type { Figure } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

const BETWEEN = /^[^，。；,;！？!?\d]{0,12}?(?:到|至|为|成|→|->)\s*$/;
const FROM = /[从由][^，。；,;！？!?]{0,16}$/;

/** Pairs [from, to] of figures the text writes as a change ("从 A … 到 B", "由 A 升至 B"). */
export function findChanges(text: string, figures: readonly Figure[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (a.kind !== "number" || b.kind !== "number") continue;
    if (!BETWEEN.test(text.slice(a.end, b.index))) continue;
    if (!FROM.test(text.slice(Math.max(0, a.index - 16), a.index))) continue;
    pairs.push([i, i + 1]);
  }
  return pairs;
}

/**
 * False when the article writes the same change only the other way round ("从 80% 降到 75%" for an
 * entry's "从 75% 提升到 80%"); true otherwise (each figure then stands on its own).
 */
export function changeInOrder(from: Figure, to: Figure, index: ArticleIndex): boolean {
  let reversed = false;
  for (const [i, j] of findChanges(index.text, index.figures)) {
    const [a, b] = [index.figures[i]!, index.figures[j]!];
    if (sameFigure(from, a) && sameFigure(to, b)) return true;
    if (sameFigure(from, b) && sameFigure(to, a)) reversed = true;
  }
  return !reversed;
}
