// A draft told as enacted: the article has a 征求意见稿, a 草案, a bill passed by one chamber and
// awaiting a signature, and the entry says "12 月 18 日起施行", "正式印发", "经州长签署正式成为法律",
// "was signed into law". An entry's enactment (起施行, 正式施行/实施/生效, 正式印发, 成为法律, signed into
// law, took effect …) is refused when the article speaks of a draft or a pending bill and never of an
// enactment itself, in either language. An enactment the entry hedges (拟, 将, 预计, would, will …),
// or any enactment of an article that has no draft, is not judged here.

export interface EnactedClaim {
  raw: string;
  index: number;
  end: number;
}

const ENACTED =
  /起(?:正式)?(?:施行|实施|生效)|正式(?:施行|实施|生效|印发|颁布|出台)|(?:已|正式)?成为法律|签署(?:后)?(?:生效|成为法律)|已(?:经)?生效|\bsigned (?:it |the bill )?into law\b|\b(?:became|become|becomes) (?:a )?law\b|\b(?:took|has taken|have taken) effect\b|\b(?:is|are|was|were) (?:now )?in (?:force|effect)\b|\b(?:was|were|has been|have been) enacted\b/gi;
/** A hedge in the entry's own clause: the enactment is a plan or a condition, not a fact. */
const HEDGE =
  /拟|将|预计|计划|有望|若|如果|一旦|草案|征求意见|待|尚未|\b(?:would|will|could|may|might|if|once|proposed|draft|pending|awaiting|expected)\b/i;
const DRAFT =
  /征求意见稿|征求意见|草案|审议稿|送审稿|待签署|尚未签署|\bdraft\b|\bbill\b|\bawaiting\b|\byet to (?:sign|decide)\b|\bhas not (?:yet )?(?:signed|said)\b|\bpassed the (?:state )?(?:house|assembly|senate)\b/i;
const ARTICLE_ENACTED = new RegExp(ENACTED.source, "i");
const CLAUSE = /[，,；;。！？!?\n]/;

export function findEnactedClaims(text: string): EnactedClaim[] {
  const out: EnactedClaim[] = [];
  for (const m of text.matchAll(ENACTED)) {
    let start = m.index;
    while (start > 0 && !CLAUSE.test(text[start - 1]!)) start--;
    let stop = m.index + m[0].length;
    while (stop < text.length && !CLAUSE.test(text[stop]!)) stop++;
    if (HEDGE.test(text.slice(start, stop))) continue;
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function checkEnactedClaim(
  claim: EnactedClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (!DRAFT.test(articleText) || ARTICLE_ENACTED.test(articleText))
    return { supported: true, reason: "the article does not contradict an enactment" };
  return {
    supported: false,
    reason: `the article has a draft or a pending bill, never "${claim.raw}": a draft told as enacted`,
  };
}
