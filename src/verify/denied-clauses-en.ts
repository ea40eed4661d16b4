// A negation dropped within English: the article says "The training data has not been released",
// "The model does not support image input", "The paper has not been peer reviewed", and the English
// entry says "The training data is released alongside the weights", "supports image input", "has been
// peer reviewed". check-negation-en.ts reads a Chinese entry against an English article and
// check-negation-en-entry.ts an English entry against a Chinese one; this is the English pair, read as
// denied-clauses.ts reads the Chinese one: each English denial split into what it is said of (the
// words before the negator) and what is denied (the words after it); an entry clause that denies
// nothing, holds every word denied (stemmed) and enough of what it is said of is refused unless a
// plain clause of the article says those words of it too.
import { findEnglishClauses } from "./check-negation-en-entry.ts";
import type { TextClaim } from "./check-text.ts";
import { holds, shared } from "./denied-clauses.ts";
import { englishAntonymClaims } from "./english-antonyms.ts";
import { stems } from "./english-stems.ts";
import type { ArticleIndex } from "./index-article.ts";
import { claimsOf } from "./text-claims.ts";
import { articleSpans, insideSpans } from "./unasserted-spans.ts";

const NEGATOR =
  /\b(?:not(?!\s+(?:only|just|least|to\s+mention)\b)|n['’]t|cannot|never|no(?!\s+(?:longer|more|less|doubt)\b)(?=\s+[a-z])|neither|nor|yet\s+to|declined\s+to|refused\s+to)\b/i;
const CLAUSE_BREAK = /[,;:—–()]|\b(?:but|while|although|whereas)\b/i;
interface Denial {
  denied: Set<string>;
  of: Set<string>;
  raw: string;
}

const cache = new WeakMap<ArticleIndex, { denials: Denial[]; plain: Set<string>[] }>();

function articleClauses(index: ArticleIndex) {
  const known = cache.get(index);
  if (known) return known;
  const denials: Denial[] = [];
  const plain: Set<string>[] = [];
  const spans = articleSpans(index.text);
  let at = 0;
  for (const sentence of index.text.split(/[.!?\n]\s/)) {
    const from = index.text.indexOf(sentence, at);
    at = from + sentence.length;
    // A sentence the article only asks, rumours or reports as denied is no plain clause.
    const asked = insideSpans(spans, from, at);
    let before = "";
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      if (!clause?.trim()) continue;
      const m = NEGATOR.exec(clause);
      if (!m) {
        if (!asked) plain.push(stems(clause));
      } else {
        const denied = stems(clause.slice(m.index + m[0].length));
        let of = stems(clause.slice(0, m.index));
        if (of.size === 0) of = stems(before);
        if (denied.size > 0 && of.size > 0)
          denials.push({ denied, of, raw: clause.slice(m.index, m.index + 32).trim() });
      }
      before = clause;
    }
  }
  const clauses = { denials, plain };
  cache.set(index, clauses);
  return clauses;
}

export function checkEnglishDenied(
  clause: { raw: string },
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const words = stems(clause.raw);
  const { denials, plain } = articleClauses(index);
  for (const d of denials) {
    if (!holds(words, d.denied)) continue;
    const of = shared(words, d.of);
    if (of === 0 || d.denied.size + of < 3) continue;
    if (plain.some((p) => holds(p, d.denied) && shared(p, words) - d.denied.size >= of)) continue;
    return { supported: false, reason: `the article denies it ("${d.raw}"): the entry drops the negation` };
  }
  return { supported: true, reason: "the article denies nothing it says" };
}

/**
 * English clauses of the entry that read as what an English article denies, or that turn round one
 * of its comparisons (english-antonyms.ts): only the refused.
 */
export function englishDeniedClaims(clean: string, index: ArticleIndex): TextClaim[] {
  const refused = findEnglishClauses(clean).filter((c) => !checkEnglishDenied(c, index).supported);
  return [
    ...claimsOf("qualifier", refused, (c) => checkEnglishDenied(c, index)),
    ...englishAntonymClaims(clean, index),
  ];
}
