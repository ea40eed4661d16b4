// A listing application told as a listing: the article says the company "向港交所递交招股书", "递表",
// "filed for an IPO", and the entry says it "在港交所挂牌上市", "登陆纳斯达克", "began trading". A
// filing is news of its own; the shares trading is not it. An entry's listing is refused when the
// article speaks of a filing or prospectus and never of the shares listed or trading.

const ENTRY_LISTED =
  /(?<![未没不尚将拟计划准备])(?:挂牌(?:上市|交易)?|敲钟|登陆(?:港股|A股|科创板|创业板|港交所|纳斯达克|纽交所|美股)|上市首日|\b(?:began|begins|started)\s+trading\b|\bwent\s+public\b|\bdebuted\s+on\b)/gi;
const ARTICLE_FILED =
  /递交(?:了)?(?:上市申请|招股书|IPO\s*申请)|递表|招股书|\bfiled\s+(?:for\s+an?\s+IPO|to\s+go\s+public)|\bprospectus\b|\bIPO\s+filing\b/i;
const ARTICLE_LISTED =
  /(?<![未没不尚将拟计划准备])(?:挂牌|敲钟|登陆(?:港股|A股|科创板|创业板|港交所|纳斯达克|纽交所|美股)|上市首日|正式上市|已上市|\b(?:began|begins|started)\s+trading\b|\bwent\s+public\b|\bdebuted\s+on\b)/i;

export interface ListedClaim {
  raw: string;
  index: number;
  end: number;
}

/** A plan or a denial earlier in the clause ("拟在港交所挂牌上市", "plans to begin trading"). */
const PLANNED =
  /[拟将未没不尚]|计划|准备|预计|有望|寻求|\b(?:plans?|expects?|aims?|seeks?|will|would|not)\b/i;

export function findListedClaims(text: string): ListedClaim[] {
  const clauseBefore = (at: number) =>
    text
      .slice(Math.max(0, at - 16), at)
      .split(/[，,。；;！？!?\n]/)
      .at(-1)!;
  return [...text.matchAll(ENTRY_LISTED)]
    .filter((m) => !PLANNED.test(clauseBefore(m.index)))
    .map((m) => ({
      raw: m[0],
      index: m.index,
      end: m.index + m[0].length,
    }));
}

export function checkListed(
  _claim: ListedClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (!ARTICLE_FILED.test(articleText) || ARTICLE_LISTED.test(articleText))
    return { supported: true, reason: "the article speaks of no listing application, or of the listing too" };
  return {
    supported: false,
    reason: "the article speaks of a listing application (filing, prospectus), never of a listing",
  };
}
