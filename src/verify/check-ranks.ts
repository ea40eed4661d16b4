// Ranks: "创意写作仅第九" where the article says 第 6, "较上月升三位" where it says 上升 2 位, "居 20B 以下
// 开源模型第二" where 第二 is another model's. A rank (第 N 名, 排名第 N, 位列第 N, 榜首) and a move on a
// ranking (上升 N 位, 降 N 名) must be in the article with the same value, said of something the
// entry's clause also names (a shared word of its sentence, or of its table row under a 排名 column).
// Only Chinese articles: an English one ranks in words this does not read, so it gives no verdict.

import { writtenInChinese } from "./check-quotes.ts";
import { parseChineseInteger } from "./chinese-numerals.ts";
import { clauseAround, contentWords, sentenceAround } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface Rank {
  raw: string;
  index: number;
  end: number;
  value: number;
  /** A move on a ranking, and which way; a position otherwise. */
  move?: "up" | "down";
}

const N = "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})";
/** 第 N with a ranking verb before it in its clause, or 名/位 after it. */
const ORDINAL = new RegExp(`第\\s*${N}\\s*(名|位(?!置))?`, "g");
/** A ranking verb in the clause before a 第 N: 位列…第一 at a distance, 排第 / 降至第 right before it. */
const RANK_VERB =
  /(?:排名|排行|排在|位列|位居|位于|名列|(?<![家民定])居|跃居|退居)[^，,。；;！？]{0,14}$|(?:排|列|降至|升至|跌至|滑落至|升到|降到|仅)\s*$/;
/** Not a place on a ranking: 第二代, 第三季度, 第一次, 第 3 章 … */
const NOT_RANK =
  /^(?:代|季|次|届|批|款|轮|期|章|节|天|日|周|个|条|项|步|层|阶段|梯队|大|方|人称|作者|部|本|集|篇|场|版|号|页|张|份|句|点|种|类|波)/;
const MOVE = new RegExp(
  `(上升|升|提升|前进|攀升|跃升|下降|降|下滑|跌|后退|下跌)了?\\s*${N}\\s*(?:个)?\\s*(位|名)(?![数置于次])`,
  "g",
);
const TOP = /登顶|(?:登上|位居|问鼎|成为|重回|跃居|占据)?榜首/g;
/** The article's first places in other words: 冠军, 夺冠, 头名, No. 1. */
const ARTICLE_TOP = /冠军|夺冠|头名|首位|\bNo\.?\s?1\b|#1\b/g;
const CLAUSE_BREAK = /[，,。；;！？!?\n：:｜|]/;
const RANK_HEADER = /^(?:排名|名次|排行|rank|#|no\.?)$/i;

const rankValue = (n: string) => (/^\d+$/.test(n) ? Number(n) : parseChineseInteger(n));

/**
 * Ranks and moves in a text, in order. An entry's 第 N needs a ranking verb before it, or 名 after it
 * (第一位 is often "the first person to"); the article's (`loose`) need neither, so an entry is never
 * refused for a place the article writes otherwise (热榜第一, 获得冠军).
 */
export function findRanks(text: string, loose = false): Rank[] {
  const found: Rank[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const end = m.index + m[0].length;
    const value = rankValue(m[1]!);
    if (value === undefined || (!m[2] && NOT_RANK.test(text.slice(end, end + 4)))) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const clause = before.slice(Math.max(...[...before].map((c, i) => (CLAUSE_BREAK.test(c) ? i + 1 : 0))));
    if (!loose && m[2] !== "名" && !RANK_VERB.test(clause)) continue;
    found.push({ raw: m[0], index: m.index, end, value });
  }
  for (const m of text.matchAll(MOVE)) {
    const value = rankValue(m[2]!);
    if (value === undefined) continue;
    const move = /升|提|进|攀|跃/.test(m[1]!) ? "up" : "down";
    found.push({ raw: m[0], index: m.index, end: m.index + m[0].length, value, move });
  }
  for (const m of text.matchAll(TOP))
    found.push({ raw: m[0], index: m.index, end: m.index + m[0].length, value: 1 });
  if (loose)
    for (const m of text.matchAll(ARTICLE_TOP))
      found.push({ raw: m[0], index: m.index, end: m.index + m[0].length, value: 1 });
  return found.sort((a, b) => a.index - b.index);
}

interface ArticleRank {
  value: number;
  move?: "up" | "down";
  words: Set<string>;
}

const cache = new WeakMap<ArticleIndex, ArticleRank[]>();

/** The article's ranks: in its prose, and the rows of a table with a 排名 column. */
function articleRanks(index: ArticleIndex): ArticleRank[] {
  const known = cache.get(index);
  if (known) return known;
  const text = index.text;
  const ranks: ArticleRank[] = findRanks(text, true).map((r) => ({
    value: r.value,
    ...(r.move ? { move: r.move } : {}),
    words: contentWords(sentenceAround(text, r.index, r.end, 200)),
  }));
  let column = -1;
  for (const line of text.split("\n")) {
    if (!line.includes("|")) {
      column = -1;
      continue;
    }
    const cells = line.split("|").map((c) => c.trim());
    const header = cells.findIndex((c) => RANK_HEADER.test(c));
    if (header >= 0) column = header;
    else if (column >= 0 && /^\d{1,3}$/.test(cells[column] ?? ""))
      ranks.push({ value: Number(cells[column]), words: contentWords(line) });
  }
  cache.set(index, ranks);
  return ranks;
}

/** A rank must be the article's, with the same value and way, said of something its clause names. */
export function checkRank(
  claim: Rank,
  text: string,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  if (!writtenInChinese(index)) return { supported: true, reason: "an English article: ranks not read" };
  const same = articleRanks(index).filter((r) => r.value === claim.value && r.move === claim.move);
  const what = claim.move ? `a move of ${claim.value}` : `rank ${claim.value}`;
  if (same.length === 0) return { supported: false, reason: `the article gives no ${what}` };
  const mine = contentWords(clauseAround(text, claim.index, claim.end, 40).replace(claim.raw, " "));
  if (mine.size === 0) return { supported: true, reason: `the article gives ${what}` };
  // Its clause's words, or a name of its sentence ("Nebula-3 较上月升三位，登顶灯塔榜").
  const names = [
    ...sentenceAround(text, claim.index, claim.end, 200).matchAll(/[A-Za-z][A-Za-z0-9.+-]+/g),
  ].map((m) => m[0].toLowerCase());
  const about = same.some((r) => [...mine, ...names].some((w) => r.words.has(w)));
  return about
    ? { supported: true, reason: `the article gives ${what}` }
    : { supported: false, reason: `the article gives ${what} only for something else` };
}
