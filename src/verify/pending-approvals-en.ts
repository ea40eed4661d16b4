// An approval still awaited, told as given across languages: the English article says the deal "still
// needs approval from the European Commission, which … has until March 14 to decide", and the Chinese
// entry says "欧盟委员会也已于 3 月 14 日批准". The Chinese checks read 尚需/仍需 in a Chinese article;
// here an entry's approval (已获…批准, 已批准, 放行, 获批; approved, cleared) by an approver it names is
// held to the English article's sentences that name that approver (a small table of regulators and
// jurisdictions in both languages): refused when they speak only of a pending review (still needs,
// awaits, has until … to decide, an investigation) and never of an approval.

import { englishSentences } from "./bilingual-words.ts";
import { writtenInChinese } from "./check-quotes.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface ApprovalClaim {
  raw: string;
  index: number;
  end: number;
  /** The approvers the claim's clause names (keys of APPROVERS). */
  approvers: string[];
}

/** Approvers and jurisdictions: the entry's Chinese (or Latin) name → the English article's forms. */
const APPROVERS: Record<string, { entry: RegExp; article: RegExp }> = {
  eu: {
    entry: /欧盟|欧委会|\bEU\b|European Commission/i,
    article: /\bEU\b|European Commission|Brussels|\bEuropean\b/i,
  },
  uk: {
    entry: /英国|\bCMA\b|\bUK\b|Britain/i,
    article: /\bUK\b|Britain|British|\bCMA\b|Competition and Markets/i,
  },
  us: {
    entry: /美国|\bFTC\b|\bDOJ\b|司法部|联邦贸易委员会/,
    article: /\bUS\b|U\.S\.|American|\bFTC\b|\bDOJ\b|Justice Department/,
  },
  china: {
    entry: /中国|市场监管总局|证监会|\bSAMR\b|\bCSRC\b/,
    article: /China|Chinese|\bSAMR\b|\bCSRC\b|Beijing/,
  },
  hkex: { entry: /港交所|香港交易所|\bHKEX\b/, article: /\bHKEX\b|Hong Kong (?:stock )?exchange/i },
};

const ENTRY_APPROVED =
  /(?<![若如需待未尚没])(?:已|也已|均已|现已|已经)?(?:获得?|通过|得到)?[^，,。；;！？\n]{0,16}?(?:批准|批复|核准|放行|获批|审批通过|同意)|\b(?:has|have|was|were)\s+(?:been\s+)?(?:approved|cleared)\b|\bwon\s+(?:approval|clearance)\b/gi;
/** A condition or a wait before the approval word: no claim that it was given. */
const NOT_GIVEN =
  /若|如果|如|一旦|待|需|仍需|尚需|须|等待|未|尚未|没有|不|是否|if\b|once\b|needs?\b|pending\b|until\b|not\b/i;
const ARTICLE_PENDING =
  /still needs?|still requires?|awaits?|awaiting|pending|has until|have until|to decide|in-depth investigation|opened an investigation|is reviewing|under review|has not (?:yet )?(?:approved|cleared)|subject to (?:regulatory )?approval|if approved/i;
const ARTICLE_APPROVED = /\b(?:cleared|approved|green light|signed off|granted (?:approval|clearance))\b/i;

export function findApprovalClaims(text: string): ApprovalClaim[] {
  const out: ApprovalClaim[] = [];
  for (const m of text.matchAll(ENTRY_APPROVED)) {
    const clauseStart = Math.max(0, ...[...",，;；。\n"].map((c) => text.lastIndexOf(c, m.index) + 1));
    const before = text.slice(clauseStart, m.index + m[0].length);
    if (NOT_GIVEN.test(before)) continue;
    // The approver may follow ("has been approved by the European Commission").
    const rest = /^[^,，;；。\n]*?(?=\s(?:but|while|although|yet)\b|但|而|[,，;；。\n]|$)/.exec(
      text.slice(m.index + m[0].length),
    )![0];
    const clause = before + rest;
    const approvers = Object.keys(APPROVERS).filter((k) => APPROVERS[k]!.entry.test(clause));
    if (approvers.length) out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, approvers });
  }
  return out;
}

export function checkApprovalClaim(
  claim: ApprovalClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  if (writtenInChinese(index))
    return { supported: true, reason: "a Chinese article: read by the Chinese checks" };
  const sentences = englishSentences(index.text).map((s) => s.text);
  for (const key of claim.approvers) {
    const theirs = sentences.filter((s) => APPROVERS[key]!.article.test(s));
    if (!theirs.length) continue;
    if (theirs.some((s) => ARTICLE_APPROVED.test(s) && !ARTICLE_PENDING.test(s)))
      return { supported: true, reason: "the article tells of this approval" };
    const pending = theirs.find((s) => ARTICLE_PENDING.test(s));
    if (pending)
      return {
        supported: false,
        reason: `the article says the approval is still awaited ("${pending.slice(0, 80)}"), not given`,
      };
  }
  return { supported: true, reason: "the article says nothing of this approver's decision" };
}
