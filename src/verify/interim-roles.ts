// Interim told as permanent: the article says someone leads "on an interim basis", 出任临时 CFO, 代理
// 首席执行官, or that a rule is 暂行 / an "interim final rule", and the entry says "已被正式任命为 CFO",
// "the permanent chief executive", "正式最终规则". An entry's permanent post or rule (正式 + a post or a
// rule, permanent + a post) is refused when the article has an interim word and never itself names a
// permanent post in a plain clause (one that does not search for one, wait for one or plan one). An
// entry clause that is itself interim, denied or still to come ("直至任命正式 CFO", "will name a
// permanent CEO") is not read here, nor is any article without an interim word.
import { clauseText } from "./figure-words.ts";

export interface PermanentClaim {
  raw: string;
  index: number;
  end: number;
}

const POST = String.raw`(?:CEO|CFO|CTO|COO|CAIO|首席\s*[A-Za-z\u4e00-\u9fff]{1,6}?\s*官|总裁|董事长|总经理|负责人|掌门人|最终规则|规则|规定|办法)`;
const PERMANENT = new RegExp(
  String.raw`(?:正式|常任)(?:任命|出任|接任|成为|担任|就任)?[^，,。；;！？!?\n]{0,10}?${POST}|\bpermanent\s+(?:chief(?:\s+\w+){0,2}\s+officer|CEO|CFO|CTO|COO|head|leader|successor|replacement|chair)\b`,
  "gi",
);
/** An interim post or rule in the article. */
const INTERIM =
  /临时|代理(?:首席|CEO|CFO|CTO|COO|总裁|董事长|总经理|负责人)|暂代|暂行|过渡期?负责人|\binterim\b|\bacting\s+(?:chief|CEO|CFO|CTO|COO|head|president|chair)/i;
/** A clause that is interim, denied, searching or still to come: not a permanent post held. */
const NOT_HELD =
  /临时|代理|暂代|暂行|[不未没非]|直至|直到|物色|寻找|遴选|将|拟|计划|预计|有望|\b(?:interim|acting|not|no|until|search(?:es|ing)?|seek(?:s|ing)?|will|would|plans?|expected|to be)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;

/** The clause around a match, broken at CLAUSE's marks (a colon does not end it). */
const clauseOf = (text: string, index: number, end: number) => clauseText(text, index, end, CLAUSE);

function findPermanent(text: string): PermanentClaim[] {
  return [...text.matchAll(PERMANENT)]
    .filter((m) => !NOT_HELD.test(clauseOf(text, m.index, m.index + m[0].length)))
    .map((m) => ({ raw: m[0], index: m.index, end: m.index + m[0].length }));
}

export const findPermanentClaims = findPermanent;

export function checkPermanentClaim(
  claim: PermanentClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (!INTERIM.test(articleText) || findPermanent(articleText).length > 0)
    return { supported: true, reason: "the article does not give the post or rule as interim only" };
  return {
    supported: false,
    reason: `the article gives the post or rule as interim and names no permanent one ("${claim.raw}"): interim told as permanent`,
  };
}
