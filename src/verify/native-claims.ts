// Reached by a means told as native: the article says "原生训练长度为 32K，借助 YaRN 外推可支持 128K" or
// "supports 1M tokens with RoPE scaling", and the entry says "原生支持 128K 上下文", "natively handles
// 1M tokens". The figure is the article's; that it comes without the means is not. An entry figure
// whose clause says 原生/native(ly) is refused when every mention of it in the article is reached
// through something (外推, 借助, 通过…扩展, extrapolat…, scaling, via, with …) and none is native.
import type { Figure } from "./figure.ts";
import { clauseAround } from "./figure-words.ts";
import { findFigures } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

const NATIVE = /原生|\bnative(?:ly)?\b|\bout of the box\b/i;
const MEANS =
  /外推|借助|插值|扩展至|扩展到|通过.{0,12}(?:扩展|技术|方法)|\bextrapolat\w*|\b(?:rope|yarn|position) (?:scaling|interpolation)\b|\bvia\b|\busing\b|\bthrough\b|\bwith (?:yarn|rope|longrope|ntk)\b/i;

export interface NativeClaim {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
}

export function findNativeClaims(text: string): NativeClaim[] {
  if (!NATIVE.test(text)) return [];
  return findFigures(text)
    .filter((f) => f.kind === "number" && NATIVE.test(clauseAround(text, f.index, f.end, 40)))
    .map((figure) => ({ raw: figure.raw, index: figure.index, end: figure.end, figure }));
}

/** The figure's part of its clause: between the digits either side ("trained at 8K and handles 200K via …"). */
function ownPart(text: string, f: Figure): string {
  const clause = clauseAround(text, f.index, f.end, 60);
  const at = text.lastIndexOf(clause, f.index);
  const head = text.slice(at, f.index).replace(/^.*\d/s, "");
  const tail = text.slice(f.end, at + clause.length).replace(/\d.*$/s, "");
  return `${head}${f.raw}${tail}`;
}

export function checkNativeClaim(
  claim: NativeClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const clauses = index.figures
    .filter((f) => !f.derived && !f.inName && sameFigure(claim.figure, f))
    .map((f) => ownPart(index.text, f));
  if (!clauses.length || clauses.some((c) => NATIVE.test(c) || !MEANS.test(c)))
    return { supported: true, reason: "the article gives it without a means" };
  return {
    supported: false,
    reason: `the article reaches ${claim.raw} through a means, not natively`,
  };
}
