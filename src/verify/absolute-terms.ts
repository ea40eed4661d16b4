// Absolutes the article never grants: "CMA 无条件放行了这笔交易" where the English article clears the deal
// "after Google agreed to keep Parallax's software available"; "both tested under identical conditions"
// where the article says 两者条件并不完全一致. An entry's 无条件/unconditionally or identical/相同条件 is
// held only when the article says the same absolute itself (in either language) and not denied.

export interface AbsoluteClaim {
  raw: string;
  index: number;
  end: number;
  group: string;
}

/** Each absolute: its forms in both languages. */
const GROUPS: Record<string, RegExp> = {
  unconditional:
    /无条件|不附带?(?:任何)?条件|\bunconditional(?:ly)?\b|\bwithout (?:any )?conditions\b|\bno (?:conditions|remedies|strings attached)\b/gi,
  identical:
    /完全(?:相同|一致)|条件(?:完全)?(?:相同|一致)|相同条件|同等条件|\bidentical (?:conditions|settings|setups?)\b|\bunder (?:the )?same conditions\b|\bsame settings\b/gi,
};
/** A denial right before the absolute: 并不完全一致, not identical. */
const DENIED = /(?:不|未|没有|并非|并不|not|never|no)\s*$/i;

export function findAbsoluteClaims(text: string): AbsoluteClaim[] {
  const out: AbsoluteClaim[] = [];
  for (const [group, re] of Object.entries(GROUPS))
    for (const m of text.matchAll(re)) {
      if (DENIED.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, group });
    }
  return out;
}

export function checkAbsoluteClaim(
  claim: AbsoluteClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const said = [...articleText.matchAll(GROUPS[claim.group]!)].some(
    (m) => !DENIED.test(articleText.slice(Math.max(0, m.index - 4), m.index)),
  );
  return said
    ? { supported: true, reason: "the article says it so" }
    : { supported: false, reason: `the article never says "${claim.raw}": an absolute it does not grant` };
}
