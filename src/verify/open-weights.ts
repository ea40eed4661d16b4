// Open weights told as open source. Articles that draw the line say so in words: "归为「开放权重」而非
// 「开源」", "公开了权重，但不算开源", "open weights, not open source", "an open-weight model rather than
// open source". Against such an article an entry's plain 开源/open-source ("唯一完全开源的模型", "the
// only fully open-source model") is refused: the article denies the very word. An entry clause that is
// itself about weights ("开源了权重", "open-sourced the weights") or denies or plans the release is not
// judged (release-status.ts reads those); an article that never contrasts the two is not either.
import { affirmed, comparedAt, negatedAt, plannedAt } from "./release-status.ts";

export interface OpenSourceClaim {
  raw: string;
  index: number;
  end: number;
}

const OPEN_SOURCE =
  /开源(?!社区|界|生态|圈)|开放源代码|\bopen[- ]?sourced?\b(?![- ]?(?:community|ecosystem|world))/gi;
/** What open weights are called. */
const WEIGHTS =
  "(?:开放权重|权重开放|公开(?:了)?权重|权重(?:已)?公开|open[- ]weights?|weights? (?:are |were )?(?:open|public|released))";
const OPEN_WORD = "(?:开源|open[- ]?source)";
const QUOTE = String.raw`[「」“”"'‘’『』\s]*`;
/** Open weights set against open source, either way round, in one sentence. */
const CONTRAST = new RegExp(
  [
    `${WEIGHTS}${QUOTE}[，,]?${QUOTE}(?:而非|而不是|并非|不是|不等于|不算|不能算|算不上|但不是|但并非|但不算|rather than|instead of|(?:but |and )?not(?: an?| fully| truly)?)${QUOTE}${OPEN_WORD}`,
    `(?:不是|并非|并不是|算不上|不算|not(?: an?| fully| truly)?)${QUOTE}${OPEN_WORD}[^。！？!?\\n]{0,12}?(?:而是|只是|but|only|merely)${QUOTE}(?:an? )?${WEIGHTS}`,
  ].join("|"),
  "i",
);
/** A clause about the weights themselves, or a comparison with open models: not judged here. */
const ABOUT_WEIGHTS = /权重|weights?\b|模型社区|社区/i;
const CLAUSE = /[^，,；;。！？!?\n|｜：:]+/g;

export function findOpenSourceClaims(text: string): OpenSourceClaim[] {
  const out: OpenSourceClaim[] = [];
  for (const clause of text.matchAll(CLAUSE)) {
    if (ABOUT_WEIGHTS.test(clause[0])) continue;
    for (const m of clause[0].matchAll(OPEN_SOURCE)) {
      const index = clause.index + m.index;
      if (negatedAt(text, index) || plannedAt(text, index)) continue;
      out.push({ raw: m[0], index, end: index + m[0].length });
    }
  }
  return out;
}

/**
 * Refused when the article sets open weights against open source and calls nothing open source
 * outside that contrast (another model of the article may be open source: then no verdict here).
 */
export function checkOpenSourceClaim(
  claim: OpenSourceClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const contrast = articleText.match(CONTRAST);
  const rest = articleText.replace(new RegExp(CONTRAST.source, "gi"), "。");
  const elsewhere = affirmed(OPEN_SOURCE, rest, (at) => comparedAt(rest, at) || plannedAt(rest, at));
  return contrast && !elsewhere
    ? {
        supported: false,
        reason: `the article calls it open weights, not open source («${contrast[0]}»): "${claim.raw}"`,
      }
    : { supported: true, reason: "the article draws no line between open weights and open source" };
}
