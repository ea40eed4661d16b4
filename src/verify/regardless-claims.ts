// A condition dropped into a "whatever": the article says "以上成绩均在开启思考模式的条件下测得", "补贴仅针对
// 首次购买本市企业生产的机器人", "With Llama-3.1-70B as the reader, …", and the entry says "无论是否开启
// 思考模式", "购买任何品牌的机器人均可获补贴", "无论用哪种阅读器", "且无附加条件". A "whatever" (无论/不论/不管/
// 任何/无附加条件, regardless of/no matter/any …) claims the fact holds under every condition; the
// article that names one condition and never says "whatever" gives no such thing. An entry's whatever
// is refused unless the article says a whatever too (any of these words, either language) — a denied
// one ("不得用于任何商业用途", "no conditions apply" is absolute-terms.ts's) is no claim.

export interface RegardlessClaim {
  raw: string;
  index: number;
  end: number;
}

/** The entry's whatevers. 任何 only before a noun of kind or brand, not in 任何人 (someone). */
const ENTRY =
  /无论|不论|不管|任何(?:品牌|类型|型号|厂商|场景|条件|模式|设置|情况|配置|语言|规模|版本)|(?:无|没有)(?:任何)?附加条件|\bregardless of\b|\bno matter\b|\bwhatever (?:the )?(?:reader|model|mode|setting|brand|condition|hardware)\b|\bany (?:brand|kind|type|reader|setting|mode|configuration|hardware|condition)s?\b|\b(?:with|for|on|under|in) any\b|\bunder all (?:conditions|settings)\b/gi;
/** Words of a whatever in the article. */
const ARTICLE =
  /无论|不论|不管|任何|均可|一律|附加条件|\bregardless\b|\bno matter\b|\bwhatever\b|\bany\b|\bunder (?:any|all)\b/i;
/** A denial before it in its clause turns it round: 不得用于任何, 并非无论. */
const DENIED = /(?:不|未|没|无需|禁止|不得|并非|not|never|no|without)[^，,。；;]{0,8}$/i;

export function findRegardlessClaims(text: string): RegardlessClaim[] {
  const out: RegardlessClaim[] = [];
  for (const m of text.matchAll(ENTRY)) {
    if (!/^(?:无|没有)/.test(m[0]) && DENIED.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function checkRegardless(
  claim: RegardlessClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  return ARTICLE.test(articleText)
    ? { supported: true, reason: "the article says a whatever too" }
    : {
        supported: false,
        reason: `the article never says "${claim.raw}": it gives the fact under its condition only`,
      };
}
