// Figures an article states without writing them, which entries write as real models do:
// - what remains after a cut: "成本降低了 40%" states "降至原来的 60%" (and the other way round);
// - the change between two percentages of one sentence: "通过率从 31% 提升至 48%" states
//   "提升了 17 个百分点";
// - a fraction as a percentage: "约三分之一" states "约 33%";
// - a multiple and a rise (multiples.ts): "是上一代的 3 倍" states "提升了 200%", "提升 150%" states
//   "2.5 倍", and "从 32K 扩展到 128K" states "4 倍" and "提升了 300%".
// Each derived figure borrows the context (what it is about) of the figure it comes from.
import { addedMultiples } from "./added-multiples.ts";
import type { Figure } from "./find-figures.ts";
import {
  CHANGE_BEFORE,
  CHANGE_BETWEEN,
  changeRatios,
  derivedPercent,
  multipleRises,
  round,
} from "./multiples.ts";
import { earlierValues, englishChanges, tableDifferences } from "./paired-figures.ts";
import { totalShares } from "./total-shares.ts";
import { yearPairs } from "./year-pairs.ts";

export interface DerivedFigure {
  figure: Figure;
  /** Index (in the article's figures) of the figure whose context the derived one takes. */
  from: number;
  /** A second figure the derived one is also about ("80.9%, up from 77.2% for Sonnet 4.5"). */
  with?: number;
}

/** "80.9% …, up from 77.2%": an English change that names the new value first. */
const EN_UP_FROM =
  /^[^.;!?]{0,60}?\b(?:up|down|rising|falling|rose|fell|climbing|dropping|improving)\s+from\s*$/i;

export function deriveFigures(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [
    ...multipleRises(text, figures),
    ...changeRatios(text, figures),
    ...earlierValues(text, figures),
    ...englishChanges(text, figures),
    ...addedMultiples(text, figures),
    ...totalShares(text, figures),
    ...tableDifferences(text, figures),
    ...yearPairs(text, figures),
  ];
  figures.forEach((f, i) => {
    const fraction = fractionPercent(figures, i);
    if (fraction) out.push(fraction);
    if (f.kind !== "number" || f.unit !== "percent") return;
    // A level ("错误率降至 4%") is no share of the original: it has no complement.
    if ((f.relation === "reduction" || f.relation === "remaining") && f.value > 0 && f.value < 100) {
      const value = round(100 - f.value);
      out.push({
        from: i,
        figure: {
          ...f,
          raw: `${value}%`,
          value,
          relation: f.relation === "reduction" ? "remaining" : "reduction",
          derived: true,
          hedged: undefined,
          digits: significantDigits(value, f.step),
        },
      });
    }
    const next = figures[i + 1];
    if (next?.kind !== "number" || next.unit !== "percent") return;
    const before = text.slice(Math.max(0, f.index - 5), f.index);
    const between = text.slice(f.end, next.index);
    const chinese = CHANGE_BEFORE.test(before) && CHANGE_BETWEEN.test(between);
    const english = /\bfrom\s*$/i.test(before) && /^\s*to\s*$/i.test(between);
    // "80.9% …, up from 77.2%": the new value first, the old one after.
    const upFrom = !chinese && !english && EN_UP_FROM.test(between);
    if (!chinese && !english && !upFrom) return;
    const [older, newer] = upFrom ? [next, f] : [f, next];
    const step = Math.max(f.step, next.step);
    const value = round(Math.abs(newer.value - older.value));
    if (value === 0) return;
    out.push({
      from: figures.indexOf(newer),
      with: figures.indexOf(older),
      figure: {
        raw: `${value} 个百分点`,
        kind: "number",
        value,
        percent: true,
        unit: "pp",
        factor: 1,
        direction: newer.value > older.value ? "up" : "down",
        derived: true,
        step,
        digits: significantDigits(value, step),
        index: newer.index,
        end: newer.end,
      },
    });
  });
  return out;
}

/** "三分之一" (denominator, numerator) or "1/3" (numerator, denominator) at i: its percentage. */
function fractionPercent(figures: readonly Figure[], i: number): DerivedFigure | undefined {
  const [a, b] = [figures[i], figures[i + 1]];
  if (!a || !b || !a.fraction || !b.fraction || a.fraction === b.fraction) return undefined;
  const [num, den] = a.fraction === "num" ? [a, b] : [b, a];
  if (den.value <= 0 || num.value >= den.value) return undefined;
  const value = round((100 * num.value) / den.value);
  return {
    from: figures.indexOf(num),
    figure: derivedPercent(value, num),
  };
}

/** Significant digits of a value written to `step` (17 at step 1 → 2; 4.5 at 0.1 → 2). */
export function significantDigits(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return value.toFixed(decimals).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length || 1;
}
