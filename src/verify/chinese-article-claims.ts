// Claims read only against a Chinese article (check-text.ts): an English article's words for them are
// not matched here. Comparisons turned round without a rival (check-antonyms.ts), negations dropped
// in a plain clause (plain-assertions.ts), reported speech moved to another person
// (indirect-speakers.ts), quantifiers widened (widened-quantifiers.ts) and firsts the article denies
// (denied-firsts.ts).
import { checkAntonym, findAntonyms } from "./check-antonyms.ts";
import { checkAssertion } from "./check-negation.ts";
import type { TextClaim } from "./check-text.ts";
import { checkDeniedClause, findPlainClauses } from "./denied-clauses.ts";
import { checkAssertedFirst, findAssertedFirsts } from "./denied-firsts.ts";
import { checkConjunctClaim, findConjunctClaims } from "./dropped-conjuncts.ts";
import type { ArticleIndex } from "./index-article.ts";
import { checkIndirectSpeech, findIndirectSpeech } from "./indirect-speakers.ts";
import { findPlainAssertions } from "./plain-assertions.ts";
import { claimsOf } from "./text-claims.ts";
import { checkWidened, findWidened } from "./widened-quantifiers.ts";
import { checkWidenedScope, findWidenedScopes } from "./widened-scopes.ts";

export function chineseArticleClaims(clean: string, index: ArticleIndex): TextClaim[] {
  return [
    // "赵清和希望行业看第 200 次" where the article has 温岚 say it: reported speech moved.
    ...claimsOf("name", findIndirectSpeech(clean), (s) => checkIndirectSpeech(s, index)),
    // "历史上首次" where the article says "这并不是…第一次": a first the article denies.
    ...claimsOf("qualifier", findAssertedFirsts(clean), (f) => checkAssertedFirst(f, index.text)),
    // "所有接入工具的 Agent" where the article says 几乎所有: a quantifier widened.
    ...claimsOf("qualifier", findWidened(clean), (w) => checkWidened(w, index.text)),
    // "交付快于预期" where the article says "比预期的慢": a comparison turned round.
    ...claimsOf("qualifier", findAntonyms(clean), (a) => checkAntonym(a, index.text)),
    // "报告给出了赔偿方案" where the article says 并未给出: a negation dropped with no 已. Only the
    // refused are claims: every plain clause would be one otherwise.
    ...claimsOf(
      "qualifier",
      findPlainAssertions(clean).filter((a) => !checkAssertion(a, index).supported),
      (a) => checkAssertion(a, index),
    ),
    // "仅用于科研的模型" where the article says 仅用于科研且不向公众开放的模型: a condition of two dropped.
    ...claimsOf(
      "qualifier",
      findConjunctClaims(clean).filter((c) => !checkConjunctClaim(c, index).supported),
      (c) => checkConjunctClaim(c, index),
    ),
    // "所有用户均适用" where the article says 仅适用于按量付费用户: a part told as all.
    ...claimsOf(
      "qualifier",
      findWidenedScopes(clean).filter((w) => !checkWidenedScope(w, index).supported),
      (w) => checkWidenedScope(w, index),
    ),
    // "训练数据也一并公开" where the article says 训练数据不会公开: every word denied, said of the same.
    ...claimsOf(
      "qualifier",
      // One claim per dropped negation: a clause check-negation.ts refuses already is not counted twice.
      findPlainClauses(clean).filter(
        (c) => !checkDeniedClause(c, index).supported && checkAssertion(c, index).supported,
      ),
      (c) => checkDeniedClause(c, index),
    ),
  ];
}
