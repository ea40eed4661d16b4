// A condition dropped across languages: the English article says "Open-weight models released for
// research are exempt, but only if they are not offered as a commercial service" and the Chinese
// entry says 开放权重模型一律豁免. figure-conditions.ts holds a figure to the Chinese conditions before
// it; here an entry clause, read through bilingual-words.ts, that says what an English sentence
// grants only under a condition (only if, provided (that), as long as, on condition that, subject
// to, unless, a sentence's opening if) must carry a condition in its sentence: a Chinese word of condition (前提,
// 条件, 只要, 如果, 仅当, 除非, 须 …) or a read word of the condition itself. A clause the dictionary
// reads too little of (fewer than two words) gives no verdict.
import { type Concept, conceptsOf, englishSentences, englishWords, meets } from "./bilingual-words.ts";
import type { ArticleIndex } from "./index-article.ts";

/**
 * Words that make what their sentence grants conditional. A bare "if" only opens its sentence ("If
 * approved, …"); "when" is left out: "brittle when the policy model is small" describes, and "when it
 * launched in 2023" tells a time.
 */
const MARKER =
  /\b(?:(?:but\s+)?only\s+(?:if|when)|provided\s+(?:that\s+)?|providing\s+that|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition\s+that|subject\s+to|unless)\b|^\s*(?:if|unless)\b/i;
/** "It is unclear if", "asked if", "even if": no condition of the sentence's claim. */
const NOT_A_CONDITION = /\b(?:unclear|uncertain|asked|whether|know|see|decide[sd]?|even|as)\s+$/i;
/** A condition the entry's sentence carries in Chinese. */
const ZH_CONDITION =
  /前提|条件|只要|如果|若|仅当|只有|除非|须|需|仅限|仅适用|才|一旦|倘若|假如|取决|视.{1,8}而定|情况下|的话|时[，,]/;
const ZH_SENTENCE_BREAK = /[。；;！？!?\n]/;
const ZH_CLAUSE_BREAK = /[，,。；;！？!?\n：:｜|]/;
/** How much of a clause's read words the granted part must meet. */
const SAME = 0.6;

interface Conditional {
  /** What the sentence grants under the condition. */
  granted: string;
  /** The condition. */
  condition: string;
  raw: string;
}

const cache = new WeakMap<ArticleIndex, Conditional[]>();

function conditionalsOf(index: ArticleIndex): Conditional[] {
  const known = cache.get(index);
  if (known) return known;
  const out: Conditional[] = [];
  for (const s of englishSentences(index.text)) {
    const m = MARKER.exec(s.text);
    if (!m || NOT_A_CONDITION.test(s.text.slice(0, m.index))) continue;
    const before = s.text.slice(0, m.index).replace(/[,;:\s]+$/, "");
    const after = s.text.slice(m.index + m[0].length);
    if (before.trim().length > 0) {
      // "X are exempt, but only if Y": the condition runs to the next clause break.
      out.push({
        granted: englishWords(before),
        condition: englishWords(after.split(/[;:]/)[0]!),
        raw: m[0] + after,
      });
    } else {
      // "Unless Y, X" / "If Y, X": the condition is the first clause.
      const comma = after.indexOf(",");
      if (comma < 0) continue;
      out.push({
        granted: englishWords(after.slice(comma + 1)),
        condition: englishWords(after.slice(0, comma)),
        raw: s.text.slice(0, m.index + m[0].length + comma),
      });
    }
  }
  cache.set(index, out);
  return out;
}

export interface GrantedClause {
  raw: string;
  index: number;
  end: number;
  concepts: Concept[];
  /** The read words of the clause's whole sentence. */
  sentence: Concept[];
  /** The sentence carries a Chinese word of condition. */
  conditioned: boolean;
}

/** Every clause of a Chinese entry text with two or more words the dictionary reads. */
export function findGrantedClauses(text: string): GrantedClause[] {
  const out: GrantedClause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !ZH_SENTENCE_BREAK.test(text[i]!)) continue;
    const sentence = text.slice(start, i);
    const conditioned = ZH_CONDITION.test(sentence);
    const all = conceptsOf(sentence);
    let from = 0;
    for (let j = 0; j <= sentence.length; j++) {
      if (j < sentence.length && !ZH_CLAUSE_BREAK.test(sentence[j]!)) continue;
      const clause = sentence.slice(from, j);
      const concepts = conceptsOf(clause);
      if (concepts.length >= 2 && /[\u4e00-\u9fff]/.test(clause))
        out.push({
          raw: clause.trim(),
          index: start + from,
          end: start + j,
          concepts,
          sentence: all,
          conditioned,
        });
      from = j + 1;
    }
    start = i + 1;
  }
  return out;
}

/** The verdict of a clause no conditional English sentence reads like (not reported as a claim). */
export const NO_CONDITION = "no conditional English sentence reads like it";

export function checkGrantedClause(
  claim: GrantedClause,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  for (const c of conditionalsOf(index)) {
    const met = claim.concepts.filter((x) => meets(x, c.granted)).length;
    if (met < 2 || met / claim.concepts.length < SAME) continue;
    if (claim.conditioned) return { supported: true, reason: "the entry keeps a condition of the article's" };
    // A word of the condition itself, the granted part's words aside.
    if (claim.sentence.some((x) => meets(x, c.condition) && !meets(x, c.granted)))
      return { supported: true, reason: "the entry carries the article's condition" };
    return {
      supported: false,
      reason: `the article grants it only under a condition ("${c.raw.trim().slice(0, 80)}"): the entry drops it`,
    };
  }
  return { supported: true, reason: NO_CONDITION };
}
