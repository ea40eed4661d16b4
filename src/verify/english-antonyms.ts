// A comparison turned round within English: the article says "so Halcyon trails on code", "latency is
// higher than the baseline's", and the English entry says "so it leads on code", "latency is lower".
// check-antonyms.ts reads a Chinese entry's 快于/慢于 against a Chinese article; this is the English
// pair. An English entry clause with one word of an opposite pair (leads/trails, higher/lower …) is
// refused when an article clause with the other word holds its other words (two or more, most of
// them) and no article clause with the same word holds as many.
import { findEnglishClauses } from "./check-negation-en-entry.ts";
import type { TextClaim } from "./check-text.ts";
import { stems } from "./english-stems.ts";
import type { ArticleIndex } from "./index-article.ts";
import { claimsOf } from "./text-claims.ts";

/** Opposite words, stemmed as denied-clauses-en.ts stems them. */
const PAIRS: Array<[string, string]> = [
  ["lead", "trail"],
  ["ahead", "behind"],
  ["higher", "lower"],
  ["faster", "slower"],
  ["better", "worse"],
  ["above", "below"],
  ["outperform", "underperform"],
  ["larger", "smaller"],
  ["cheaper", "costlier"],
];
const SAME = 0.6;

const opposite = (w: string) => PAIRS.find((p) => p.includes(w))?.find((x) => x !== w);

const cache = new WeakMap<ArticleIndex, Set<string>[]>();
function clausesOf(index: ArticleIndex): Set<string>[] {
  let known = cache.get(index);
  if (!known) {
    known = index.text.split(/[,;:.!?\n—–()]|\b(?:but|while|whereas|so)\b/i).map(stems);
    cache.set(index, known);
  }
  return known;
}

export function checkEnglishAntonym(
  clause: { raw: string },
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const words = stems(clause.raw);
  for (const w of words) {
    const other = opposite(w);
    if (!other) continue;
    const rest = [...words].filter((x) => x !== w);
    if (rest.length === 0) continue;
    const held = (c: Set<string>) => rest.filter((x) => c.has(x)).length;
    const clauses = clausesOf(index);
    const against = Math.max(0, ...clauses.filter((c) => c.has(other)).map(held));
    if (against < 1 || against / rest.length < SAME) continue;
    if (clauses.some((c) => c.has(w) && held(c) >= against)) continue;
    return {
      supported: false,
      reason: `the article says it the other way ("${other}"): the entry turns it round`,
    };
  }
  return { supported: true, reason: "the article says nothing the other way" };
}

/** English clauses of an English entry that turn round a comparison of an English article (only the refused). */
export function englishAntonymClaims(clean: string, index: ArticleIndex): TextClaim[] {
  const refused = findEnglishClauses(clean).filter((c) => !checkEnglishAntonym(c, index).supported);
  return claimsOf("qualifier", refused, (c) => checkEnglishAntonym(c, index));
}
