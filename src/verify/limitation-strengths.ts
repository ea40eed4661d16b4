// A limitation told as a strength, by opposite words in either language: the article says "IFEval 上
// 落后 3.7 分", "题量较小，结论仅供参考", "it was slower and no more accurate", and the entry says "IFEval
// 同样领先", "the question bank is large enough for the results to be conclusive", "made it faster
// and more accurate". Each pair below has a strength and its limitation, in Chinese and English. An
// entry clause with a strength (not denied: "no more accurate" is the limitation) is refused when an
// article sentence holds the limitations of the same pairs and no strength of them, and either
// - two pairs or more meet there (the entry's clause turns round two of the article's words, which
//   no other reading of the sentence explains, in whatever language either is written); or
// - one pair meets, in a clause that holds every name of the entry's clause (IFEval, MATH-500: Latin
//   words with a capital or digit), and no article clause with the strength (read with the first
//   clause of its sentence, where an elided subject stands) holds them all.
// Neither is refused when the entry tells the article's limitation from the other side ("faster than
// Loadstar's" where the article says Loadstar's sorters are slower; "GPT-4o 领先它" where it trails
// GPT-4o): strength-sides.ts.
// Denials of an ability are denied-abilities.ts's; comparisons with figures are figure-comparisons.ts's.

import { otherSide, sidesOf } from "./strength-sides.ts";

export interface StrengthClaim {
  raw: string;
  index: number;
  end: number;
  /** The strengths of its whole sentence ("样本量足够大，结论可靠" turns round two in two clauses). */
  sentence: string;
}

interface Pair {
  strength: RegExp;
  limitation: RegExp;
}

/** Strength and limitation; "no/not/less" before an English strength makes it the limitation. */
const PAIRS: readonly Pair[] = [
  {
    strength: /领先|优于|胜过|(?<!\b(?:not?|never)\s)\b(?:leads?|leading|ahead of|outperforms?|beats?)\b/i,
    limitation: /落后|逊于|不及|不如|\b(?:trails?|trailing|behind|lags?|lagging|underperforms?)\b/i,
  },
  {
    strength: /更快|快于|提速|加快|(?<!\b(?:not?|never|no)\s)\b(?:faster|quicker|sped up|speeds? up)\b/i,
    limitation: /更慢|慢于|变慢|拖慢|\b(?:slower|slowed|slows? down)\b/i,
  },
  {
    strength: /更准确?|更精准|准确率更高|(?<!\b(?:not?|never|no)\s)\bmore accurate\b|\bbetter accuracy\b/i,
    limitation:
      /不够准确|准确率更低|没有更准|\b(?:no|not|never) more accurate\b|\bless accurate\b|\bworse accuracy\b/i,
  },
  {
    strength: /足够大|足够多|规模充足|\b(?:large|big) enough\b|\bsufficient(?:ly large)?\b|\bample\b/i,
    limitation: /较小|偏小|太小|不足|有限|\b(?:small|too small|limited|insufficient)\b/i,
  },
  {
    strength: /(?<!不具|没有|并非|不能下)定论|结论可靠|确凿|\b(?:conclusive|definitive)\b/i,
    limitation:
      /仅供参考|初步|参考意义|\b(?:indicative(?: only)?|preliminary|only indicative|for reference only|inconclusive)\b/i,
  },
];

const CLAUSE = /[，,；;。！？!?\n]/;
const SENTENCE = /[。！？!?\n]|\.(?=\s|$)/;
/** A strength the entry itself denies or hedges is no strength told. */
const DENIED = /[不未没非无]|尚|\b(?:not|no|never|nor|yet to|inconclusive)\b/i;

const strengthsOf = (text: string) => PAIRS.filter((p) => p.strength.test(text) && !p.limitation.test(text));
const limitationsOf = (text: string) =>
  PAIRS.filter((p) => p.limitation.test(text) && !p.strength.test(text));
/** Names of a clause: Latin words with a capital letter or a digit (IFEval, MATH-500, Qwen3-14B). */
const namesOf = (text: string) =>
  new Set(
    (text.match(/[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9+]|[A-Z]/g) ?? [])
      .filter((w) => /[A-Z0-9]/.test(w.slice(1)) || /^[A-Z]{2,}/.test(w))
      .map((w) => w.toLowerCase()),
  );

/** A clause before its first strength or limitation word: where an elided subject stands. */
const subjectPart = (clause: string) => {
  const at = PAIRS.flatMap((p) => [p.strength.exec(clause)?.index, p.limitation.exec(clause)?.index]);
  return clause.slice(0, Math.min(clause.length, ...at.filter((i) => i !== undefined)));
};

/** Whether a sentence ends at `j` (a full stop before a space, not a decimal point). */
const endsAt = (text: string, j: number) =>
  /[。！？!?\n]/.test(text[j]!) || (text[j] === "." && /\s/.test(text[j + 1] ?? " "));

function sentenceAt(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !endsAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !endsAt(text, b)) b++;
  return text.slice(a, b);
}

export function findStrengthClaims(text: string): StrengthClaim[] {
  const out: StrengthClaim[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE.test(text[i]!)) continue;
    const clause = text.slice(start, i);
    if (strengthsOf(clause).length > 0 && !DENIED.test(clause.replace(/\bno more accurate\b/gi, "")))
      out.push({ raw: clause.trim(), index: start, end: i, sentence: sentenceAt(text, start, i) });
    start = i + 1;
  }
  return out;
}

export function checkStrengthClaim(
  claim: StrengthClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const ok = { supported: true, reason: "the article states no limitation opposite to this strength" };
  const mine = strengthsOf(claim.raw);
  const sentences = articleText.split(SENTENCE);
  // Two pairs turned round in one article sentence that states none of these strengths (the entry's
  // sentence may hold the second).
  const around = strengthsOf(claim.sentence);
  // The same fact from the other side: the entry's sides against the article clause's, split at the
  // strength and at the limitation.
  const fromOtherSide = (text: string, p: Pair) => {
    const entry = sidesOf(claim.raw, p.strength);
    const article = sidesOf(text, p.limitation);
    return entry !== undefined && article !== undefined && otherSide(entry, article);
  };
  for (const s of sentences) {
    const met = limitationsOf(s).filter((p) => around.includes(p));
    if (
      met.length >= 2 &&
      met.some((p) => mine.includes(p)) &&
      !around.some((p) => p.strength.test(s)) &&
      !met.some((p) => mine.includes(p) && fromOtherSide(s, p))
    )
      return {
        supported: false,
        reason: `the article says the opposite ("${s.trim().slice(0, 60)}"): a limitation told as a strength`,
      };
  }
  // One pair, said of the same names.
  const names = namesOf(claim.raw);
  if (names.size === 0) return ok;
  const holds = (text: string) => [...names].every((n) => namesOf(text).has(n));
  for (const p of mine) {
    let weak: string | undefined;
    let strong = false;
    for (const s of sentences) {
      const clauses = s.split(CLAUSE);
      for (const c of clauses) {
        // An elided subject stands in the sentence's first clause ("X 在 A 上领先，但在 B 上落后").
        if (
          p.limitation.test(c) &&
          !p.strength.test(c) &&
          holds(`${clauses[0]} ${c}`) &&
          !fromOtherSide(c === clauses[0] ? c : `${subjectPart(clauses[0]!)} ${c}`, p)
        )
          weak ??= c.trim();
        if (p.strength.test(c) && !DENIED.test(c) && holds(`${clauses[0]} ${c}`)) strong = true;
      }
    }
    if (weak !== undefined && !strong)
      return {
        supported: false,
        reason: `the article says the opposite of ${[...names].join("/")} ("${weak.slice(0, 60)}"): a limitation told as a strength`,
      };
  }
  return ok;
}
