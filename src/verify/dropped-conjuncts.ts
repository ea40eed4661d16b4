// A condition dropped from a pair: the article says "仅用于科研且不向公众开放的模型不适用本办法" and the
// entry says "仅用于科研的模型不适用本办法". Both conditions held together; the entry keeps one and so
// widens the exemption. An article's "A 且/并且/而且/同时 B 的 N" is read as two conditions on N; an
// entry clause "…的 N" with most of A's words but none of B's is refused (Chinese articles).
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

const PAIR =
  /([^，,。；;！？\n、：:]{2,20}?)(?:且|并且|而且|同时)([^，,。；;！？\n、：:]{2,20}?)的([\u4e00-\u9fff]{2,6})/g;
const CLAUSE = /[^，,。；;！？!?\n：:｜|]+/g;
const SAME = 0.6;

interface Pair {
  a: Set<string>;
  b: Set<string>;
  /** The noun as written, which the entry must name after a 的 ("…的模型"). */
  noun: string;
  raw: string;
}

const cache = new WeakMap<ArticleIndex, Pair[]>();

function pairsOf(index: ArticleIndex): Pair[] {
  let known = cache.get(index);
  if (!known) {
    known = [...index.text.matchAll(PAIR)]
      .map((m) => ({
        a: contentWords(m[1]!),
        b: contentWords(m[2]!),
        noun: m[3]!.slice(0, 2),
        raw: m[0].slice(0, 40),
      }))
      .filter((p) => p.a.size >= 1 && p.b.size > 0);
    cache.set(index, known);
  }
  return known;
}

export interface ConjunctClaim {
  raw: string;
  index: number;
  end: number;
  words: Set<string>;
}

export function findConjunctClaims(text: string): ConjunctClaim[] {
  return [...text.matchAll(CLAUSE)]
    .filter((m) => !/且|同时/.test(m[0]))
    .map((m) => ({ raw: m[0].trim(), index: m.index, end: m.index + m[0].length, words: contentWords(m[0]) }))
    .filter((c) => c.words.size >= 2);
}

export function checkConjunctClaim(
  claim: ConjunctClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  for (const p of pairsOf(index)) {
    const has = (s: Set<string>) => [...s].filter((w) => claim.words.has(w)).length;
    if (!claim.raw.includes(`的${p.noun}`) || has(p.a) / p.a.size < SAME || has(p.b) > 0) continue;
    return { supported: false, reason: `the article gives two conditions ("${p.raw}"): the entry drops one` };
  }
  return { supported: true, reason: "the article pairs no condition with it" };
}
