// A superlative moved to a wider field: "今年全国投产规模最大的智算中心" where the article says 今年西部地区
// 投产规模最大; "全球最大" for 国内最大. The superlative is the article's, its field is not. An entry's
// field word before a superlative in one clause (全国, 全球, 世界, 国内, 亚洲, 史上, 业内 …) is held when a
// clause of the article with a superlative names the same field (全球 = 世界 = world's); a
// superlative the entry gives no field is the qualifier checks'. Only the article's superlatives of the
// same thing (two content words in common with the entry's sentence) are read.
import { contentWords, sentenceAround } from "./figure-words.ts";

export interface FieldClaim {
  raw: string;
  index: number;
  end: number;
  field: string;
  /** The entry's clause: what the superlative is of. */
  clause: string;
}

/** Fields, widest reading first; each with the words that name it. */
const FIELDS: Record<string, string> = {
  world: "全球|世界|全世界|world(?:'s)?|global(?:ly)?",
  nation: "全国|国内|中国|国产",
  asia: "亚洲|亚太",
  history: "史上|有史以来|历史上|迄今|ever",
  industry: "业内|业界|行业内?|全行业",
};
const FIELD_WORDS = Object.values(FIELDS).join("|");
const SUPERLATIVE = "最大|最高|最强|最快|最多|最好|最先进|最低|最小|第一|之最";
const ENTRY = new RegExp(`(${FIELD_WORDS})[^，,。；;！？\\n]{0,16}?(?:${SUPERLATIVE})`, "gi");

const fieldOf = (word: string): string =>
  Object.entries(FIELDS).find(([, forms]) => new RegExp(`^(?:${forms})$`, "i").test(word))?.[0] ?? word;

export function findFieldClaims(text: string): FieldClaim[] {
  return [...text.matchAll(ENTRY)].map((m) => ({
    raw: m[0],
    index: m.index,
    end: m.index + m[0].length,
    field: fieldOf(m[1]!),
    clause: sentenceAround(text, m.index, m.index + m[0].length),
  }));
}

/** Content words without fields and superlatives: what a superlative is of. */
const words = (text: string) =>
  contentWords(text.replace(new RegExp(`${FIELD_WORDS}|${SUPERLATIVE}|今年|目前|据称|官方`, "gi"), " "));

export function checkFieldClaim(
  claim: FieldClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const superlative = new RegExp(SUPERLATIVE);
  const own = words(claim.clause);
  // The article's superlatives of the same thing: two content words in common with the entry's.
  const same = articleText
    .split(/[。！？!?\n]/)
    .filter(
      (s) => superlative.test(s) && [...words(s)].filter((w) => own.has(w)).length >= Math.min(2, own.size),
    );
  // None: an invented superlative is the qualifier checks'.
  if (!same.length) return { supported: true, reason: "the article has no superlative of this to compare" };
  // A superlative the article only says without a field holds any field ("推理速度最快的模型": 国内最快 too).
  const narrowed = new RegExp(`${FIELD_WORDS}|地区|区域|之中|中最|中的|同尺寸|同级|同类|开源|闭源|之一`, "i");
  if (!same.some((s) => narrowed.test(s)))
    return { supported: true, reason: "the article's superlative has no field" };
  const forms = new RegExp(FIELDS[claim.field] ?? claim.field, "i");
  if (same.some((s) => forms.test(s))) return { supported: true, reason: "the article gives it this field" };
  return {
    supported: false,
    reason: `the article's superlative is not of this field ("${claim.raw}"): the entry widens it`,
  };
}
