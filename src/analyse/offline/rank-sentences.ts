import type { Segmenter } from "./segmenter.ts";
import type { Unit } from "./standalone-units.ts";
import { rankByTextRank } from "./textrank.ts";

export interface RankedUnit extends Unit {
  /** Content words (lowercased), for similarity. */
  words: string[];
  /** 0–1: TextRank centrality blended with position. */
  score: number;
}

/** The similarity graph is quadratic: beyond this many sentences the rest rank by position only. */
export const MAX_GRAPH_SENTENCES = 80;
const TEXTRANK_WEIGHT = 0.6;
const POSITION_WEIGHT = 0.4;

const STOPWORDS = new Set(
  "我们 你们 他们 它们 一个 一种 这个 那个 这些 那些 这种 这样 可以 进行 以及 已经 没有 就是 自己 因为 所以 如果 同时 其中 还是 什么 非常 而且 不是 目前 对于 以上 之后 之前 以后 通过 并且 或者 以及 由于 但是 然而 不过 此外 另外 其实 可能 需要 能够 这一 一些 一下 还有 表示 认为 the and for with that this from are was were has have"
    .split(" ")
    .filter((w) => w.length > 0),
);

/**
 * Scores candidate sentences: TextRank over their content words (first MAX_GRAPH_SENTENCES only)
 * plus a lead bonus that decays with position, since news puts the point first.
 */
export function rankSentences(candidates: readonly Unit[], segmenter: Segmenter): RankedUnit[] {
  const words = candidates.map((s) => contentWords(segmenter.cut(s.text)));
  const graphSize = Math.min(candidates.length, MAX_GRAPH_SENTENCES);
  const centrality = rankByTextRank(words.slice(0, graphSize).map((w) => new Set(w)));
  return candidates.map((sentence, i) => {
    const position = 1 / (1 + 0.25 * i);
    const score = TEXTRANK_WEIGHT * (centrality[i] ?? 0) + POSITION_WEIGHT * position;
    return { ...sentence, words: words[i]!, score };
  });
}

/** Lowercased words of two or more characters, minus stopwords, numbers and punctuation. */
export function contentWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const word = token.trim().toLowerCase();
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    if (!/[\p{L}]/u.test(word)) continue;
    out.push(word);
  }
  return out;
}
