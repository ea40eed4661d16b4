// A negation dropped the other way round: the Chinese article says 尚未在移动机械臂上测试 OpenGrasp-3
// and the English entry says "OpenGrasp-3 has been tested on mobile manipulators". An English clause
// of the entry that denies nothing is read into the dictionary's Chinese words (bilingual-words.ts)
// and its Latin names the article writes; refused when two or more of them, and 60 % of those read,
// are in what a Chinese denial of the article denies (check-negation.ts's negators) and no plain
// clause of the article holds as many. A single read word gives no verdict.
import { chineseWordsOf, englishWords } from "./bilingual-words.ts";
import { NEGATOR } from "./check-negation.ts";
import type { ArticleIndex } from "./index-article.ts";

const EN_DENIAL =
  /\b(?:not|n['’]t|cannot|never|no|neither|nor|without|yet\s+to|unclear|undecided|whether)\b/i;
const EN_CLAUSE = /[^,;:.!?\n。；，]+/g;
const ZH_CLAUSE_BREAK = /[，,。；;！？!?\n：:]/;
const SAME = 0.6;

export interface EnglishClause {
  raw: string;
  index: number;
  end: number;
}

/** The clauses of an entry text written in English (more Latin letters than Chinese) that deny nothing. */
export function findEnglishClauses(text: string): EnglishClause[] {
  const out: EnglishClause[] = [];
  for (const m of text.matchAll(EN_CLAUSE)) {
    const latin = m[0].match(/[A-Za-z]/g)?.length ?? 0;
    const han = m[0].match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    if (latin < 8 || han * 2 > latin || EN_DENIAL.test(m[0])) continue;
    out.push({ raw: m[0].trim(), index: m.index, end: m.index + m[0].length });
  }
  return out;
}

interface Clauses {
  denied: { text: string; raw: string }[];
  plain: string[];
}

const cache = new WeakMap<ArticleIndex, Clauses>();

function clausesOf(index: ArticleIndex): Clauses {
  const known = cache.get(index);
  if (known) return known;
  const out: Clauses = { denied: [], plain: [] };
  for (const clause of index.text.split(ZH_CLAUSE_BREAK)) {
    const m = NEGATOR.exec(clause);
    if (!m) out.plain.push(clause.toLowerCase());
    else
      out.denied.push({
        text: clause.slice(m.index).toLowerCase(),
        raw: clause.slice(m.index, m.index + 24),
      });
  }
  cache.set(index, out);
  return out;
}

/** The verdict of a clause no Chinese denial reads like (not reported as a claim). */
export const NO_ZH_DENIAL = "no Chinese denial of the article reads like it";

export function checkEnglishClause(
  claim: EnglishClause,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const words = englishWords(claim.raw);
  const article = index.text.toLowerCase();
  // Latin names the article writes (a transliteration it does not write cannot be read).
  const names = [...claim.raw.matchAll(/[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9]/g)]
    .map((m) => m[0])
    .filter((n) => /[A-Z0-9]/.test(n) && article.includes(n.toLowerCase()))
    .map((n) => n.toLowerCase());
  const read = [...chineseWordsOf(words), ...new Set(names)];
  if (read.length < 2) return { supported: true, reason: NO_ZH_DENIAL };
  const { denied, plain } = clausesOf(index);
  const score = (text: string) => read.filter((w) => text.includes(w)).length;
  let best: { met: number; raw: string } | undefined;
  for (const d of denied) {
    const met = score(d.text);
    if (met >= 2 && met / read.length >= SAME && (!best || met > best.met)) best = { met, raw: d.raw };
  }
  if (!best) return { supported: true, reason: NO_ZH_DENIAL };
  if (plain.some((p) => score(p) >= best.met))
    return { supported: true, reason: "the article also says it plainly" };
  return { supported: false, reason: `the article denies it ("${best.raw}"): the entry drops the negation` };
}
