// A negation dropped with no 已 to mark it: "报告给出了具体赔偿方案" for the article's "报告并未给出
// 具体赔偿方案"; "并承诺 v3 在所有任务上优于 v1" for "但不承诺 v3 在所有任务上优于 v1". check-negation.ts
// reads what an entry asserts after 已/实现/正在; a plain clause asserts as much. Each clause of an
// entry that denies nothing and has words enough to compare is read the same way (checkAssertion):
// refused when it reads as a clause the article denies and as no plain clause of the article.
import type { Assertion } from "./check-negation.ts";
import { contentWords } from "./figure-words.ts";

const CLAUSE = /[^，,。；;！？!?\n：:]+/g;
/** Any denial, hedge or condition in the entry's own clause: such a clause is not read here. */
const NOT_PLAIN =
  /[不未没无非否别勿免]|如果|若|除非|是否|可能|或许|也许|计划|将|拟|预计|[仍尚还]需|[尚仍有]待/;
/** Clauses check-negation.ts reads already (after 已 / 实现 / 正在). */
const ASSERTED = /已|实现|正在/;
/** Fewer words than this say too little to be matched with an article's clause. */
const ENOUGH = 4;

/** The plain clauses of an entry text, as assertions. */
export function findPlainAssertions(text: string): Assertion[] {
  const out: Assertion[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const clause = m[0];
    if (NOT_PLAIN.test(clause) || ASSERTED.test(clause)) continue;
    const words = contentWords(clause);
    if (words.size < ENOUGH) continue;
    out.push({ raw: clause.trim(), index: m.index, end: m.index + clause.length, words });
  }
  return out;
}
