// A half-year moved: the article says "预计 2027 年下半年完成" or "in the second half of 2027", "需求会持续
// 到明年上半年", and the entry says 上半年 for it, or 下半年. A half is no figure the figure check reads,
// and the sentence around it is the article's. An entry's half (上半年/下半年, H1/H2, first/second half)
// is refused when the article names the other half and never this one (of the same year, when the
// entry names one); an article that names neither, or both, gives no verdict.

const SECOND = /下半|H2|2H|second/i;
const HALF =
  /((?:19|20)\d{2}\s*(?:年|财年)?\s*)?(上半年|下半年|上半财年|下半财年|\bH[12]\b|\b[12]H\b|\b(?:first|second)[- ]half\b)(\s*(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d{2}))?/gi;

export interface HalfClaim {
  raw: string;
  index: number;
  end: number;
  second: boolean;
  year?: string;
}

const yearOf = (m: RegExpMatchArray) => /(?:19|20)\d{2}/.exec(m[1] ?? "")?.[0] ?? m[4];

export function findHalves(text: string): HalfClaim[] {
  return [...text.matchAll(HALF)].map((m) => {
    const year = yearOf(m);
    return {
      raw: m[0].trim(),
      index: m.index,
      end: m.index + m[0].length,
      second: SECOND.test(m[2]!),
      ...(year ? { year } : {}),
    };
  });
}

export function checkHalf(claim: HalfClaim, articleText: string): { supported: boolean; reason: string } {
  const halves = findHalves(articleText).filter((h) => !claim.year || !h.year || h.year === claim.year);
  const same = halves.some((h) => h.second === claim.second);
  const other = halves.some((h) => h.second !== claim.second);
  if (same || !other) return { supported: true, reason: "the article names no other half for it" };
  return {
    supported: false,
    reason: `the article names only the ${claim.second ? "first" : "second"} half${claim.year ? ` of ${claim.year}` : ""}`,
  };
}
