// A qualifier check compares the entry's wording with the article's around one phrase: "市网信办将责令
// 限期改正" against a sentence that goes on "拒不改正的，依法暂停", "采用 128 个路由专家" against one that
// also says "先预测各专家的负载". When the entry's sentence IS one of the article's sentences, whole and
// word for word, it keeps every condition, negation and hedge the article gives: nothing was dropped.
// Only a whole sentence counts (a part of one may leave out its "据传，" or its "拒不").
import type { TextClaim } from "./check-text.ts";
import { foldText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";
import { articleSpans, insideSpans, unassertedSpans } from "./unasserted-spans.ts";

const END = /[。！？!?\n]/;
/**
 * What "word for word" leaves out: white space, sentence and quote marks, brackets and emoji. Never a
 * decimal point, sign, percent, comparison or range mark (compactText drops every \p{P}\p{S}: "增长
 * 35%" was the same as "增长 3.5%", "Orbit 20" as "Orbit 2.0").
 */
const DECOR =
  /[\s，、。！？!?；;："“”'‘’「」『』《》〈〉()（）【】[\]…·|｜#*]|\p{Extended_Pictographic}|\uFE0F/gu;
const wordsOf = (text: string) => foldText(text).replace(DECOR, "");
const SENTENCES = /[^。！？!?\n]+/g;

interface Sentences {
  /** Sentences the article says. */
  said: Set<string>;
  /** Sentences it only asks: the entry may ask them too, not tell them. */
  asked: Set<string>;
}
const known = new WeakMap<ArticleIndex, Sentences>();

/** The article's sentences, word for word (wordsOf), once per index. */
function articleSentences(index: ArticleIndex): Sentences {
  let sets = known.get(index);
  if (!sets) {
    // A sentence the article rumours or reports as denied is not the article's to give; one it asks
    // is the entry's to ask.
    const spans = articleSpans(index.text);
    sets = { said: new Set(), asked: new Set() };
    for (const m of index.text.matchAll(SENTENCES)) {
      const words = wordsOf(m[0]);
      if (words.length < 8) continue;
      const kind = insideSpans(spans, m.index, m.index + m[0].length);
      if (!kind) sets.said.add(words);
      else if (kind === "question") sets.asked.add(words);
    }
    known.set(index, sets);
  }
  return sets;
}

/** The whole sentence of `text` around [from, to), and whether it ends in a question mark. */
function sentenceOf(text: string, from: number, to: number): { sentence: string; asks: boolean } {
  let start = from;
  while (start > 0 && !END.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !END.test(text[end]!)) end++;
  return { sentence: text.slice(start, end), asks: text[end] === "？" || text[end] === "?" };
}

/** Unsupported qualifier claims whose entry sentence is one of the article's, whole: supported. */
export function keepWholeSentences(text: string, claims: TextClaim[], index: ArticleIndex): TextClaim[] {
  return claims.map((c) => {
    if (c.supported || c.kind !== "qualifier" || !c.at) return c;
    const { sentence: whole, asks } = sentenceOf(text, c.at[0], c.at[1]);
    const sentence = wordsOf(whole);
    const { said, asked } = articleSentences(index);
    if (sentence.length < 8 || !(said.has(sentence) || (asks && asked.has(sentence)))) return c;
    return {
      ...c,
      supported: true,
      reason: "the entry gives the article's whole sentence, qualifiers and all",
    };
  });
}

/**
 * Whether an entry's title is the article's own title, whole or one of its sentences ("重磅！" and
 * emoji left out): its claims are then the title's, and the article's title is their source.
 */
export function isArticleTitle(title: string, articleTitle: string): boolean {
  const own = wordsOf(title);
  if (own.length < 4) return false;
  // A title that asks ("星河要收购北辰？"), rumours or is denied says nothing is so.
  const parts = [articleTitle, ...[...articleTitle.matchAll(/[^。！？!?|｜]+[。！？!?]*/g)].map((m) => m[0])];
  // A part the article asks is the entry's only when the entry's title asks it too.
  const asks = unassertedSpans(title).some((s) => s[2] === "question");
  return parts.some((p) => {
    if (wordsOf(p) !== own) return false;
    const kinds = unassertedSpans(p).map((s) => s[2]);
    return !kinds.includes("reported") && (asks || kinds.length === 0);
  });
}
