// Total and active parameters swapped: the article says "总参数量为 4800 亿，每个 token 激活参数 350
// 亿" and the entry says "激活参数 4800 亿" (or "35B total parameters"). Both figures are the article's
// and both are parameter counts, so the figure check lets it through; a MoE model's two sizes are
// what digests confuse. An entry size said to be active (激活, active, activated) or total (总参数,
// total) is refused when the article gives the same size only as the other kind.
import type { Figure } from "./figure.ts";
import { clauseAround, clauseStartOf } from "./figure-words.ts";
import { findFigures } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

type SizeKind = "active" | "total";

const ACTIVE = /激活|\bactivat(?:e|es|ed|ing)\b|\bactive\b/gi;
const TOTAL = /总参|总规模|\btotal\b/gi;
/** A clause about model size: other actives and totals (激活用户, total revenue) are no size. */
const SIZE_CLAUSE = /参数|\bparam|token|MoE|\d\s?[BT]\b|总参/i;
/** After the figure: "35B active parameters", "480B total", "30 亿激活参数". */
const AFTER =
  /^\s?(?:(?:billion|B)\s)?(?:parameters?\s)?(?:激活|activ(?:e|ated)\b)|^\s?(?:(?:billion|B)\s)?(?:总参|total\b)/i;

/** The kind a size at `figure` is said to be: the nearest kind word before it in its clause, or right after. */
function kindAt(text: string, figure: Figure): SizeKind | undefined {
  if (!SIZE_CLAUSE.test(clauseAround(text, figure.index, figure.end, 60))) return undefined;
  const after = AFTER.exec(text.slice(figure.end, figure.end + 24))?.[0];
  if (after) return /激活|activ/i.test(after) ? "active" : "total";
  const start = Math.max(clauseStartOf(text, figure.index, 40), figure.index - 14);
  // A kind word that another figure stands between belongs to that figure ("activates 2.4B of its 16B").
  const before = text.slice(start, figure.index).replace(/^.*\d/s, "");
  let best: { kind: SizeKind; at: number } | undefined;
  for (const [re, kind] of [
    [ACTIVE, "active"],
    [TOTAL, "total"],
  ] as const)
    for (const m of before.matchAll(re)) if (!best || m.index > best.at) best = { kind, at: m.index };
  return best?.kind;
}

export interface SizeKindClaim {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
  kind: SizeKind;
}

export function findSizeKindClaims(text: string): SizeKindClaim[] {
  if (!SIZE_CLAUSE.test(text)) return [];
  const out: SizeKindClaim[] = [];
  for (const figure of findFigures(text)) {
    if (figure.kind !== "number" || figure.percent) continue;
    const kind = kindAt(text, figure);
    if (kind) out.push({ raw: figure.raw, index: figure.index, end: figure.end, figure, kind });
  }
  return out;
}

export function checkSizeKind(
  claim: SizeKindClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const kinds = index.figures
    .filter((f) => !f.derived && !f.inName && sameFigure(claim.figure, f))
    .map((f) => kindAt(index.text, f));
  if (!kinds.length || kinds.includes(claim.kind) || !kinds.some((k) => k && k !== claim.kind))
    return { supported: true, reason: "the article gives no other kind of size for this figure" };
  const other = claim.kind === "active" ? "total" : "active";
  return {
    supported: false,
    reason: `the article gives ${claim.raw} as the ${other} parameters, not the ${claim.kind} ones`,
  };
}
