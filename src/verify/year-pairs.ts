// Two values of one measure, each labelled with its year, side by side: "毛利率方面，2025 年为 28.4%，
// 2024 年为 21.7%" states "提升 6.7 个百分点"; "2025 年营收为 5.1 亿元，2024 年为 3.1 亿元" states the rise
// (+64.5%) and the multiple. paired-figures.ts reads "A，去年同期为 B"; here both values name their year,
// in either order, and the later year's is the newer value. Only two values of the same kind, one
// clause apart in one sentence, are paired.
import type { DerivedFigure } from "./derive-figures.ts";
import type { Figure } from "./figure.ts";
import { pointsBetween, ratioBetween, sameKind } from "./paired-figures.ts";

/** The year right before a value: "2025 年为 ", "2024 年的毛利率为 ", "2025 年度达到 ". */
const YEAR_BEFORE =
  /((?:19|20)\d\d)\s*年(?:度|全年)?(?:[\u4e00-\u9fff]{0,6}?)(?:为|是|达到?|录得)\s*(?:约)?\s*$/;
/** Between the first value and the second's year: a clause break, no sentence break. */
const BETWEEN = /^[^。；;！？!?\n\d]{0,4}[，,、]\s*(?:而|则)?\s*$/;

const numeric = (f: Figure | undefined): f is Figure =>
  f?.kind === "number" && !f.derived && !f.inName && !f.fraction && f.value > 0 && f.unit !== "calyear";

export function yearPairs(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  const labelled = figures
    .map((f, i) => ({
      f,
      i,
      m: numeric(f) ? YEAR_BEFORE.exec(text.slice(Math.max(0, f.index - 24), f.index)) : null,
    }))
    .filter((x) => x.m);
  for (let k = 0; k + 1 < labelled.length; k++) {
    const a = labelled[k]!;
    const b = labelled[k + 1]!;
    const yearA = Number(a.m![1]);
    const yearB = Number(b.m![1]);
    if (yearA === yearB || !sameKind(a.f, b.f)) continue;
    // The second value's year starts right after the first value's clause.
    const secondLabel = b.f.index - b.m![0].length;
    if (secondLabel < a.f.end || !BETWEEN.test(text.slice(a.f.end, secondLabel))) continue;
    const [newer, older] = yearA > yearB ? [a, b] : [b, a];
    if (newer.f.percent) out.push(...pointsBetween(newer.f, older.f, newer.i, older.i));
    else out.push(...ratioBetween(newer.f, older.f, newer.i, older.i));
  }
  return out;
}
