// A limitation told as a strength: the article says what a product cannot do ("暂不能调用工具",
// "不支持 FP8 精度", "it cannot yet browse the web", "does not support Windows"), and the entry says it
// can ("还能调用工具和联网", "handles both training and inference, including FP8", "supports Windows").
// Each denial of an ability gives what is denied (the words after 不能 / 无法 / 不支持 / cannot / does
// not support …); an entry clause that denies nothing and says an ability or a fact (能, 可, 支持,
// can, supports, handles, including …) and holds most of those words is refused unless a plain clause
// of the article holds them too. The words are compared as denied-intents.ts compares them (bigrams,
// English stems, and the bilingual dictionary across languages). An article that denies no ability
// gives no verdict here.
import { deniedBy, NOT_PLAIN } from "./denied-intents.ts";

export interface AbilityClaim {
  raw: string;
  index: number;
  end: number;
}

/** Article denials of an ability or of support; group 1 is what is denied. */
const DENIALS: readonly RegExp[] = [
  // Not a partial denial (不能只, 无法完全) nor a set phrase (无法无天, 不能不).
  /(?:不能|无法|不可以|不支持|不兼容|不具备|尚不具备|未能)(?!只|仅|单单|完全|全部|都|不|无天|忽视|否认|保证)([^，,；;。！？!?\n]{2,30})/g,
  /\b(?:cannot|can't|can not|is unable to|are unable to|is not able to|are not able to|does not support|do not support|doesn't support|don't support|has no support for|lacks support for)\b(?: (?:yet|currently|still|now))?\b([^,;.!?\n]{2,60})/gi,
];
/** What an entry clause says it can do or has. */
const ABLE =
  /能|可|支持|兼容|适用|具备|会|\b(?:can|could|supports?|supported|handles?|handled|runs?|works?|able|includ(?:es|ed|ing)|offers?|enables?|allows?|lets|has|have|is|are|will)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;
/** A clause that goes on with the one before ("…, including FP8"): read as one with it. */
const GOES_ON = /^\s*(?:including|includ(?:es|ed)|plus|as well as|with|and|包括|以及|并且|且)\b/i;

export function findAbilityClaims(text: string): AbilityClaim[] {
  const out: AbilityClaim[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE.test(text[i]!)) continue;
    if (i < text.length && /[,，]/.test(text[i]!) && GOES_ON.test(text.slice(i + 1))) continue;
    const clause = text.slice(start, i);
    if (clause.trim().length > 0 && !NOT_PLAIN.test(clause) && ABLE.test(clause))
      out.push({ raw: clause.trim(), index: start, end: i });
    start = i + 1;
  }
  return out;
}

export function checkAbilityClaim(
  claim: AbilityClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const denial = deniedBy(claim.raw, articleText, { patterns: DENIALS });
  return denial === undefined
    ? { supported: true, reason: "the article denies no ability this clause holds" }
    : {
        supported: false,
        reason: `the article says it cannot ("${denial}"): a limitation told as a strength`,
      };
}
