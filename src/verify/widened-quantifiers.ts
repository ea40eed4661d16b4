// A quantifier widened: "所有接入工具的 Agent 都有类似风险" when the article says "几乎所有接入工具的
// Agent 都存在类似风险"; "全部客户" for its "大部分客户". The hedge is the claim: dropping it turns
// "almost every" into "every". An entry's 所有/全部/一切 + what it quantifies is refused (Chinese
// articles) when the article quantifies the same thing (a Latin word or two bigrams in common) only
// with a hedge (几乎/近乎/基本/大多数/大部分 …), and never plainly.
import { contentWords } from "./figure-words.ts";
// The same thing quantified: a Latin word, or two bigrams, in common (as a step's object).
import { sameObject as same } from "./step-objects.ts";

const HEDGE = "几乎|差不多|近乎|基本上?|绝大多数|大多数|大部分|多数|绝大部分";
const OBJECT = "([^，,。；;！？!?\\n]{2,14})";
/** The entry's plain "all": not after a hedge. */
const ALL = new RegExp(`(?<!${HEDGE})(?:所有|全部|一切)${OBJECT}`, "g");
/** The article's hedged quantifiers ("几乎所有 X", "大多数 X") and its plain ones. */
const HEDGED = new RegExp(`(?:${HEDGE})(?:所有|全部|一切|的)?${OBJECT}`, "g");

export interface Widened {
  words: Set<string>;
  raw: string;
  index: number;
  end: number;
}

const found = (text: string, re: RegExp): Widened[] =>
  [...text.matchAll(re)]
    .map((m) => ({ words: contentWords(m[1]!), raw: m[0], index: m.index, end: m.index + m[0].length }))
    .filter((w) => w.words.size > 0);

export function findWidened(text: string): Widened[] {
  return found(text, ALL);
}

export function checkWidened(claim: Widened, articleText: string): { supported: boolean; reason: string } {
  const hedged = found(articleText, HEDGED).find((h) => same(claim.words, h.words));
  if (!hedged) return { supported: true, reason: "the article hedges nothing like it" };
  if (found(articleText, ALL).some((p) => same(claim.words, p.words)))
    return { supported: true, reason: "the article also says it of all" };
  return { supported: false, reason: `the article hedges it ("${hedged.raw}"): the entry drops the hedge` };
}
