// "增加两倍" read the strict way: the amount added is twice the original, so the result is three
// times it (and 增加了一倍 is ×2, a 100% rise). Chinese also writes "增加两倍" for ×2, so the bare
// multiple keeps its own reading (find-figures.ts); this adds the strict one beside it: "相当于额度增加
// 两倍" states "额度变为原来的三倍" and "增加了 200%". A level ("增加到两倍", "是原来的两倍") is no
// added amount (multiples.ts reads it).
import type { DerivedFigure } from "./derive-figures.ts";
import type { Figure } from "./figure.ts";
import { round } from "./multiples.ts";

/** A verb of adding right before the multiple, with no 至/到 (a level) between. */
const ADDED = /(?:增加|增长|提升|提高|扩大|上升|上涨|增)了?\s*(?:约|近|大约|将近)?\s*$/;

export function addedMultiples(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  figures.forEach((f, i) => {
    if (f.kind !== "number" || f.unit !== "times" || f.derived || f.inName || f.value < 1) return;
    if (!ADDED.test(text.slice(Math.max(0, f.index - 8), f.index))) return;
    const like = { kind: "number" as const, factor: 1, derived: true, step: f.step, digits: f.digits };
    const at = { index: f.index, end: f.end };
    const level = round(f.value + 1);
    const rise = round(f.value * 100);
    out.push(
      {
        from: i,
        figure: {
          ...like,
          ...at,
          raw: `${level} 倍`,
          value: level,
          percent: false,
          unit: "times",
          direction: "up",
        },
      },
      {
        from: i,
        figure: {
          ...like,
          ...at,
          raw: `${rise}%`,
          value: rise,
          percent: true,
          unit: "percent",
          relation: "rise",
          direction: "up",
        },
      },
    );
  });
  return out;
}
