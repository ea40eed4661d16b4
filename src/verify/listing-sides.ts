// Before or after a listing, turned round: the article says "Zhou Ming owns 34% of the company before
// the offering" or "上市前持股 34%", and the entry says "上市后持股 34%". A stake, a valuation or a
// count before a listing is not the one after it. An entry's 上市前/上市后 (IPO 前/后, 发行前/后) is
// refused when the article names only the other side of the listing; both or neither: no verdict.

const ENTRY_SIDE = /(?:上市|IPO|发行|募股)\s*(前|后|之前|之后|以前|以后)/gi;
const ARTICLE_SIDE =
  /(?:上市|IPO|发行|募股)\s*(前|后|之前|之后|以前|以后)|\b(before|after|following)\s+(?:the\s+|its\s+)?(?:offering|listing|IPO|flotation|debut)\b|\b(pre|post)-(?:IPO|listing|offering)\b/gi;

const side = (word: string) => (/^(?:前|之前|以前|before|pre)$/i.test(word) ? "before" : "after");

export interface ListingSide {
  raw: string;
  index: number;
  end: number;
  side: "before" | "after";
}

export function findListingSides(text: string): ListingSide[] {
  return [...text.matchAll(ENTRY_SIDE)].map((m) => ({
    raw: m[0],
    index: m.index,
    end: m.index + m[0].length,
    side: side(m[1]!),
  }));
}

export function checkListingSide(
  claim: ListingSide,
  articleText: string,
): { supported: boolean; reason: string } {
  const sides = new Set([...articleText.matchAll(ARTICLE_SIDE)].map((m) => side((m[1] ?? m[2] ?? m[3])!)));
  if (sides.has(claim.side) || sides.size === 0)
    return { supported: true, reason: "the article names no other side of the listing" };
  return {
    supported: false,
    reason: `the article speaks only of ${claim.side === "before" ? "after" : "before"} the listing`,
  };
}
