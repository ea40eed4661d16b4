// "从 75% 提升至 80%": a change has a direction. Both figures being in the article is not enough when
// the article states the change the other way round ("从 80% 降到 75%" in the entry). English changes
// ("from 14% to 9%", "slowed to 9% in the quarter, from 14%") are read too, so the two languages cross.

import type { Figure } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

// The period may come again before the later figure ("由每周 40 次调整为每周 60 次").
const BETWEEN = /^[^，。；,;！？!?\d]{0,12}?(?:到|至|为|成|→|->)\s*(?:每[\u4e00-\u9fff]{1,3}|约|近)?\s*$/;
const FROM = /[从由][^，。；,;！？!?]{0,16}$/;
/** "68 元涨到 98 元", "120 万下调至 90 万": a change verb between says it is a change without 从. */
const MOVED_BETWEEN =
  /^[^，。；,;！？!?\d]{0,6}?(?:涨|升|增|提高|提升|上调|上涨|上升|增加|增长|降|减|跌|下调|下降|下滑|减少|回落|缩减|调整|改)(?:到|至|为|成)\s*(?:每[\u4e00-\u9fff]{1,3}|约|近)?\s*$/;
/** "from 14% to 9%", "rose from 68 to 98", "from about $3 billion to $5 billion": the English 从 … 至. */
const EN_FROM = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:[A-Z]{3}\s?|[$€£¥]\s?)?$/i;
const EN_TO_BETWEEN =
  /^\s*[a-zA-Z%/-]{0,12}\s*(?:to|up to|down to)\s+(?:about\s+|around\s+|roughly\s+)?(?:[A-Z]{3}\s?|[$€£¥]\s?)?$/i;

/**
 * "to RMB 210 million from RMB 530 million", "slowed to 9% in the quarter, from 14% a year earlier":
 * the later figure is where the change started (a few words of when may stand before the from).
 */
const TO_BEFORE = /\bto\s+(?:about\s+|around\s+|roughly\s+)?(?:[A-Z]{3}\s?)?$/i;
const FROM_BETWEEN =
  /^(?:\s+(?:in|on|for|during|over|at)\s[^.;!?\d,]{0,24})?,?\s+from\s+(?:about\s+|around\s+)?(?:[A-Z]{3}\s?)?$/i;
/** "亏损 2.1 亿元，去年同期为 5.3 亿元": the later figure is the earlier period's, so the change ran from it. */
const EARLIER_BETWEEN =
  /^[^，。；,;！？!?\d]{0,8}[，,]\s*(?:去年同期|上年同期|上一年同期|一年前|上季度|上一季度|上一代|上代)(?:为|是)?\s*$/;

/**
 * Pairs [from, to] of figures the text writes as a change ("从 A … 到 B", "由 A 升至 B", "A 涨到 B",
 * "from A to B", "to B from A", "B，去年同期为 A").
 */
export function findChanges(text: string, figures: readonly Figure[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (a.kind !== "number" || b.kind !== "number") continue;
    const between = text.slice(a.end, b.index);
    const before = text.slice(Math.max(0, a.index - 16), a.index);
    if ((BETWEEN.test(between) && FROM.test(before)) || MOVED_BETWEEN.test(between)) pairs.push([i, i + 1]);
    else if (EN_TO_BETWEEN.test(between) && EN_FROM.test(before)) pairs.push([i, i + 1]);
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
