// A ruling under appeal told as final: the article says "Scribe AI said it would appeal", "被告表示将
// 提起上诉", "the award is suspended until the appeal is decided", and the entry says "判决已成为终审判决",
// "经联邦上诉法院终审", "the ruling is final". A first-instance ruling the losing side appeals is not
// settled. An entry that calls a ruling final (终审, 已生效, 最终判决, final, upheld on appeal) is refused
// when the article speaks of an appeal and never of a final ruling.

const ENTRY_FINAL =
  /终审|(?:判决|裁决|裁定)(?:已|已经)?(?:正式)?生效|最终判决|不可上诉|维持原判|\b(?:final\s+(?:ruling|judgment|verdict|decision)|(?:ruling|judgment|verdict|decision)\s+is\s+final|upheld\s+on\s+appeal|cannot\s+be\s+appealed|no\s+further\s+appeal)\b/i;
const ARTICLE_APPEAL = /上诉|二审|\bappeal(?:s|ed|ing)?\b|\bappellate\b/i;
const ARTICLE_FINAL = ENTRY_FINAL;

export interface FinalClaim {
  raw: string;
  index: number;
  end: number;
}

export function findFinalRulings(text: string): FinalClaim[] {
  const out: FinalClaim[] = [];
  for (const m of text.matchAll(new RegExp(ENTRY_FINAL.source, "gi"))) {
    // "尚非终审", "not a final ruling": a denial keeps it open.
    if (
      /(?:尚非|并非|不是|非|未)\s*$|\bnot\s+(?:a\s+|the\s+)?$/i.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      )
    )
      continue;
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function checkFinalRuling(
  _claim: FinalClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (!ARTICLE_APPEAL.test(articleText) || ARTICLE_FINAL.test(articleText))
    return { supported: true, reason: "the article speaks of no appeal, or of a final ruling too" };
  return {
    supported: false,
    reason: "the article speaks of an appeal and of no final ruling: the entry tells the ruling as final",
  };
}
