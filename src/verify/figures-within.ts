// The article's figures in a stretch of its text, by binary search over their positions: an
// evidence quote the article repeats a thousand times was matched against every figure each time.
import type { ArticleIndex } from "./index-article.ts";

/** The article's figures by position, once per index (a quote the article repeats is found often). */
const byPosition = new WeakMap<ArticleIndex, number[]>();

/** Indexes of the article's figures starting in [from, to), in index.figures order. */
export function figuresWithin(index: ArticleIndex, from: number, to: number): number[] {
  let order = byPosition.get(index);
  if (!order) {
    order = index.figures.map((_, i) => i).sort((a, b) => index.figures[a]!.index - index.figures[b]!.index);
    byPosition.set(index, order);
  }
  let lo = 0;
  for (let hi = order.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (index.figures[order[mid]!]!.index < from) lo = mid + 1;
    else hi = mid;
  }
  const within: number[] = [];
  for (let k = lo; k < order.length && index.figures[order[k]!]!.index < to; k++) within.push(order[k]!);
  return within.sort((a, b) => a - b);
}
