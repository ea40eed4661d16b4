// "从 75% 提升至 80%": a change has a direction. Both figures being in the article is not enough when
// the article states the change the other way round ("从 80% 降到 75%" in the entry).

import type { Figure } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

// The period may come again before the later figure ("由每周 40 次调整为每周 60 次").
const BETWEEN = /^[^，。；,;！？!?\d]{0,12}?(?:到|至|为|成|→|->)(?:\s*每[\u4e00-\u9fff]{1,3})?\s*$/;
const FROM = /[从由][^，。；,;！？!?]{0,16}$/;

/** "to RMB 210 million from RMB 530 million": the later figure is where the change started. */
const TO_BEFORE = /\bto\s+(?:[A-Z]{3}\s?)?$/;
const FROM_BETWEEN = /^\s+from\s+(?:[A-Z]{3}\s?)?$/;
/** "亏损 2.1 亿元，去年同期为 5.3 亿元": the later figure is the earlier period's, so the change ran from it. */
const EARLIER_BETWEEN =
  /^[^，。；,;！？!?\d]{0,8}[，,]\s*(?:去年同期|上年同期|上一年同期|一年前|上季度|上一季度|上一代|上代)(?:为|是)?\s*$/;

/**
 * Pairs [from, to] of figures the text writes as a change ("从 A … 到 B", "由 A 升至 B", "to B from
 * A", "B，去年同期为 A").
 */
export function findChanges(text: string, figures: readonly Figure[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (a.kind !== "number" || b.kind !== "number") continue;
    const between = text.slice(a.end, b.index);
    const before = text.slice(Math.max(0, a.index - 16), a.index);
    if (BETWEEN.test(between) && FROM.test(before)) pairs.push([i, i + 1]);
    else if ((FROM_BETWEEN.test(between) && TO_BEFORE.test(before)) || EARLIER_BETWEEN.test(between))
      pairs.push([i + 1, i]);
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
