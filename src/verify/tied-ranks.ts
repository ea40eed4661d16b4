// A tie told as a sole place: the article says "云雀-Max 与 Orion-2 同为 76.9 分，并列第二" or "tied for
// second", and the entry says "云雀-Max 以 76.9 分独居第二", "sole second place". Each model's rank is the
// article's, so the rank check lets it through; "alone" is not. An entry's sole place (独居/独占/单独…
// 第 N, sole/outright N-th) is refused when the article gives that place as a tie.
import { parseChineseInteger } from "./chinese-numerals.ts";

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const rank = (s: string): number | undefined => {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return ORDINALS[t] ?? parseChineseInteger(t);
};

const ENTRY_SOLE =
  /(?:独居|独占|单独(?:排名|位列|位居|排在)?|独自(?:排名|位列|位居)?)\s*第?\s*([一二三四五六七八九十\d]+)|\b(?:sole|outright|alone\s+in)\s+(first|second|third|fourth|fifth)\b/gi;
const ARTICLE_TIE =
  /并列(?:排名|位列)?\s*第?\s*([一二三四五六七八九十\d]+)|\b(?:tied|joint)\s+(?:for\s+)?(first|second|third|fourth|fifth)\b/gi;

export interface SoleRank {
  raw: string;
  index: number;
  end: number;
  rank: number;
}

export function findSoleRanks(text: string): SoleRank[] {
  const out: SoleRank[] = [];
  for (const m of text.matchAll(ENTRY_SOLE)) {
    const r = rank(m[1] ?? m[2] ?? "");
    if (r !== undefined) out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, rank: r });
  }
  return out;
}

export function checkSoleRank(claim: SoleRank, articleText: string): { supported: boolean; reason: string } {
  for (const m of articleText.matchAll(ARTICLE_TIE))
    if (rank(m[1] ?? m[2] ?? "") === claim.rank)
      return { supported: false, reason: `the article gives place ${claim.rank} as a tie ("${m[0]}")` };
  return { supported: true, reason: "the article gives no tie for this place" };
}
