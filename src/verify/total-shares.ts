// A share worked out from a part and its total, as entries write it: "revenue of $9.42 billion …
// Data center revenue rose 58% to $6.81 billion" states "数据中心约占总营收的七成" (72.3%). The total
// is an amount the article calls one (总, 合计, total, overall) or its first amount of that unit (the
// headline figure news leads with); the part a smaller amount of the same unit after it, close by.
// The share is about what both are about (pair-context.ts), so the part's words must bind it: in
// English articles only, where the claim's dictionary words must be met (english-subjects.ts).
import type { DerivedFigure } from "./derive-figures.ts";
import type { Figure } from "./figure.ts";
import { derivedPercent, round } from "./multiples.ts";
import { unitClass } from "./units.ts";

const TOTAL_WORDS = /总|合计|共计|全年|\b(?:total|overall|combined|in all)\b/i;
const CJK = /[\u4e00-\u9fff]/;
const AMOUNT = /^(?:usd|cny|eur|gbp|jpy|hkd|count)$/;
/** How far after its total a part may stand (a paragraph or two of news). */
const REACH = 400;

const amount = (f: Figure | undefined): f is Figure =>
  f?.kind === "number" &&
  !f.derived &&
  !f.inName &&
  !f.fraction &&
  !f.percent &&
  f.value > 0 &&
  AMOUNT.test(unitClass(f.unit) ?? "");

export function totalShares(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  const seen = new Set<string>();
  figures.forEach((whole, w) => {
    if (!amount(whole)) return;
    const kind = `${whole.unit}/${whole.currency ?? ""}`;
    const first = !seen.has(kind);
    seen.add(kind);
    const clause =
      text
        .slice(Math.max(0, whole.index - 30), whole.index)
        .split(/[。；;！？!?\n]|\.\s/)
        .at(-1) ?? "";
    if (!first && !TOTAL_WORDS.test(clause)) return;
    figures.forEach((part, p) => {
      if (p <= w || !amount(part) || part.index - whole.end > REACH) return;
      if (part.unit !== whole.unit || (part.currency ?? "") !== (whole.currency ?? "")) return;
      if (part.value >= whole.value) return;
      // A Chinese article's parts ("云业务营收…，终端业务营收…") share the words a claim's subject is
      // matched by (figure-subject.ts): only an English one, read with the dictionary, says whose.
      if (CJK.test(text.slice(Math.max(0, part.index - 40), part.end))) return;
      const value = round((100 * part.value) / whole.value);
      out.push({
        from: p,
        with: w,
        figure: derivedPercent(value, part),
      });
    });
  });
  return out;
}
