// The checks of a Chinese entry against an English article (and one of the entry's own figures):
// what check-text.ts reads word for word in Chinese, read here across languages through
// bilingual-words.ts. Each check reports only what it could judge.
import { checkGrantedClause, findGrantedClauses, NO_CONDITION } from "./check-conditions-en.ts";
import { checkEnAssertion, findEnAssertions, NO_DENIAL } from "./check-negation-en.ts";
import { checkEnglishClause, findEnglishClauses, NO_ZH_DENIAL } from "./check-negation-en-entry.ts";
import { writtenInChinese } from "./check-quotes.ts";
import {
  checkSaidBy,
  checkTranslatedQuote,
  findSaidBy,
  findTranslatedQuotes,
  UNREAD,
} from "./check-quotes-en.ts";
import type { TextClaim } from "./check-text.ts";
import { findFarComparisons } from "./figure-comparisons-far.ts";
import { checkRowFigure, findRowFigures, NO_ROW } from "./figure-for-rows.ts";
import type { ArticleIndex } from "./index-article.ts";
import { checkLeadClaim, findLeadClaims, NO_LEAD_VERDICT } from "./lead-investors.ts";
import { claimsOf } from "./text-claims.ts";

/** The cross-language claims of an entry text (`clean`: full-width folded, as check-text.ts reads it). */
export function crossLanguageClaims(clean: string, index: ArticleIndex): TextClaim[] {
  // "31 亿美元，毛利率约 68%，低于分析师预期 29.5 亿美元": the same unit compared across a figure.
  const far = [
    ...claimsOf("qualifier", findFarComparisons(clean), (c) => c),
    // "本轮由 Seine Capital 领投" where the article says Seine Capital "did not take part".
    ...claimsOf("name", findLeadClaims(clean), (c) => checkLeadClaim(c, index.text), NO_LEAD_VERDICT),
  ];
  if (writtenInChinese(index))
    return [
      ...far,
      // "OpenGrasp-3 has been tested on mobile manipulators" where the article says 尚未…测试.
      ...claimsOf("qualifier", findEnglishClauses(clean), (c) => checkEnglishClause(c, index), NO_ZH_DENIAL),
    ];
  return [
    ...far,
    // “T2 将彻底取代 GPU” that no sentence says; "Tobias Kern 称…" for words another person said.
    ...claimsOf("quote", findTranslatedQuotes(clean), (q) => checkTranslatedQuote(q, index)),
    ...claimsOf("name", findSaidBy(clean), (q) => checkSaidBy(q, index), UNREAD),
    // "1.3B 稠密基线仅 72%" where the article gives 72.0% "for a dense 7B model".
    ...claimsOf("figure", findRowFigures(clean), (f) => checkRowFigure(f, index.text), NO_ROW),
    // "Corvane 已上市" where the article says "Corvane, which is not publicly traded".
    ...claimsOf("qualifier", findEnAssertions(clean), (a) => checkEnAssertion(a, index), NO_DENIAL),
    // "开放权重模型一律豁免" where the article exempts them "only if" not offered commercially.
    ...claimsOf("qualifier", findGrantedClauses(clean), (c) => checkGrantedClause(c, index), NO_CONDITION),
  ];
}
