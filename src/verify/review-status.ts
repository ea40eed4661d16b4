// A paper under review told as accepted: the article says "论文已投稿 ICLR 2027，目前仍在评审中" or "has
// been submitted to NeurIPS" or calls it a preprint, and the entry says "论文已被 ICLR 2027 接收", "accepted
// at NeurIPS". Acceptance is news of its own; a submission is not it. An entry's acceptance (被…接收/
// 录用, 中稿, accepted at/to/by) is refused when the article speaks of a submission, a review under way
// or a preprint and never of an acceptance.

const ENTRY_ACCEPTED =
  /(?<![未没不])(?:被|获)[^，,。；;！？\n]{0,24}?(?:接收|录用)|中稿|\baccepted\s+(?:at|to|by|for|into)\b/gi;
// A rejection is no acceptance either ("rejected from Interspeech 2026", 被拒稿).
const ARTICLE_PENDING =
  /拒稿|被拒|\brejected\s+(?:from|by|at)\b|投稿|审稿中|评审中|在评审|待评审|预印本|under\s+review|submitted\s+(?:to|for)\b|\bpreprint\b|(?:尚未|没有|未)(?:经过|通过)?同行评审|not\s+(?:yet\s+)?(?:been\s+)?peer[- ]reviewed/i;
const ARTICLE_ACCEPTED = /(?<![未没不])(?:接收|录用)|中稿|\baccepted\b/i;

export interface AcceptedClaim {
  raw: string;
  index: number;
  end: number;
}

export function findAcceptedClaims(text: string): AcceptedClaim[] {
  return [...text.matchAll(ENTRY_ACCEPTED)].map((m) => ({
    raw: m[0],
    index: m.index,
    end: m.index + m[0].length,
  }));
}

export function checkAccepted(
  _claim: AcceptedClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (!ARTICLE_PENDING.test(articleText) || ARTICLE_ACCEPTED.test(articleText))
    return { supported: true, reason: "the article speaks of no pending review, or of an acceptance too" };
  return {
    supported: false,
    reason: "the article speaks of a submission, a review under way or a rejection, never of an acceptance",
  };
}
