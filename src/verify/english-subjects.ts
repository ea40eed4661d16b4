// A figure an English article states only by working it out (derive-figures.ts: a share of a total,
// a ratio of two amounts) has no Chinese words to compare with a Chinese claim's: the dictionary
// words of the claim's clause (bilingual-words.ts) must be met in the article figure's words, or
// "网络业务约占总营收的七成" takes the 72% worked out for "Data center revenue … $6.81 billion".
// Words the dictionary cannot read give no verdict.
import { conceptsOf, englishWords, meets } from "./bilingual-words.ts";

const CHINESE = /[\u4e00-\u9fff]/;

export function saysTheSame(claimClause: string, articleWords: string): boolean {
  // Each figure's words (a pair's are joined by a line break) up to its sentence's end: an English
  // clause may run on into the next sentence ("…$6.81 billion. Networking revenue was…").
  const own = articleWords.split("\n").map((w) => w.split(/(?<=[^\d\s])\.\s+(?=[A-Z"“])/)[0]);
  const words = englishWords(own.join(" "));
  return conceptsOf(claimClause)
    .filter((c) => CHINESE.test(c.key))
    .every((c) => meets(c, words));
}
