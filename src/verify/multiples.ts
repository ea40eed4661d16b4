// Multiples and the rises they state, both ways, and the ratio of a change from one value to
// another: what an article says in one form and an entry writes in the other.
// - "是上一代的 3 倍", "提升至 3 倍" (a level) states "提升了 200%";
// - "提升了 150%" states "2.5 倍" (the level reached) and "1.5 倍" (the rise, as 提升 1.5 倍 reads);
// - "从 32K 扩展到 128K" states "4 倍" and "提升了 300%"; "从 25 秒缩短到 5 秒" states "缩短了 80%"
//   and "5 倍".
// A bare "提升 3 倍" is not read as a level: Chinese uses it for both ×3 and +300%.
import type { DerivedFigure } from "./derive-figures.ts";
import type { Figure } from "./figure.ts";
import { compatibleUnits, unitClass } from "./units.ts";

/** "从 31% 提升至 48%": the words between the two percentages of a change. */
/** (shared with derive-figures.ts) */
export const CHANGE_BETWEEN =
  /^\s*(?:[^，。；;！？\d]{0,12}?)(?:提升|提高|增加|增长|上升|上涨|跃升|升|增|下降|降低|减少|下滑|回落|跌|降|扩展|扩大|扩充|扩|延长|缩短|缩减|缩小|压缩|削减|减)了?\s*(?:至|到)\s*(?:约|近)?\s*$/;
export const CHANGE_BEFORE = /(?:从|由)\s*$/;

export const round = (n: number) => Number.parseFloat(n.toPrecision(12));

/**
 * A figure worked out from the article's (a ratio, a share, a difference), at the span of `like`:
 * the fields every derived figure shares, then the caller's own.
 */
export function derivedFigure(like: Pick<Figure, "index" | "end">, fields: Partial<Figure>): Figure {
  return {
    raw: "",
    kind: "number",
    value: 0,
    percent: false,
    factor: 1,
    derived: true,
    step: 0.01,
    digits: 4,
    index: like.index,
    end: like.end,
    ...fields,
  };
}

/** A share worked out from two of the article's figures (num / den), at the span of `at`. */
export const derivedPercent = (value: number, at: Pick<Figure, "index" | "end">): Figure =>
  derivedFigure(at, { raw: `${value}%`, value, percent: true, unit: "percent" });

/** A multiple written as the level reached: "是上一代的 3 倍", "为 X 的 3 倍", "提升至 3 倍". */
const LEVEL_TIMES =
  /(?:(?:是|为|达|达到|相当于)(?:[^，。；;\d]|(?<=[A-Za-z-])\d){0,20}的|(?:提升|提高|增加|增长|上升|升|增|扩大|扩展|扩)(?:至|到))\s*(?:约|近|大约|将近)?\s*$/;

function derived(from: number, like: Figure, fields: Partial<Figure> & Pick<Figure, "value">): DerivedFigure {
  const percent = fields.unit === "percent";
  return {
    from,
    figure: derivedFigure(like, { raw: `${fields.value}${percent ? "%" : " 倍"}`, percent, ...fields }),
  };
}

/** A level multiple's rise in percent, and a percentage rise's multiples. */
export function multipleRises(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  figures.forEach((f, i) => {
    if (f.kind !== "number" || f.derived) return;
    if (unitClass(f.unit) === "times" && f.value > 1 && !f.inName) {
      const before = text.slice(Math.max(0, f.index - 20), f.index);
      if (LEVEL_TIMES.test(before))
        out.push(
          derived(i, f, {
            value: round((f.value - 1) * 100),
            unit: "percent",
            relation: "rise",
            direction: "up",
          }),
        );
    }
    if (f.unit === "percent" && f.relation === "rise" && f.value > 0) {
      out.push(derived(i, f, { value: round(1 + f.value / 100), unit: "times", direction: "up" }));
      if (f.value >= 100)
        out.push(derived(i, f, { value: round(f.value / 100), unit: "times", direction: "up" }));
    }
  });
  return out;
}

/** "从" right before the first value, or before a price's unit ("从每百万 token "). */
const PER_UNIT_FROM = /(?:从|由)\s*(?:每[^\d，,。；;]{1,10}?\s*)?$/;

/** "从 A 到 B" of one unit (not percentages: their change is in points, derive-figures.ts). */
export function changeRatios(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  figures.forEach((f, i) => {
    const next = figures[i + 1];
    if (f.kind !== "number" || next?.kind !== "number" || f.percent || next.percent) return;
    if (f.value <= 0 || next.value <= 0 || f.value === next.value) return;
    if (
      f.unit === "ordinal" ||
      f.unit === "calyear" ||
      f.fraction ||
      next.fraction ||
      !compatibleUnits(next.unit, f.unit)
    )
      return;
    if (unitClass(f.unit) !== unitClass(next.unit) && f.unit && next.unit) return;
    // "从 32K", and a price's "从每百万 token 4 元降至 2 元".
    const before = text.slice(Math.max(0, f.index - 16), f.index);
    if (!PER_UNIT_FROM.test(before) || !CHANGE_BETWEEN.test(text.slice(f.end, next.index))) return;
    const ratio = next.value / f.value;
    if (ratio > 1) {
      out.push(derived(i + 1, next, { value: round(ratio), unit: "times", direction: "up" }));
      out.push(
        derived(i + 1, next, {
          value: round((ratio - 1) * 100),
          unit: "percent",
          relation: "rise",
          direction: "up",
        }),
      );
    } else {
      out.push(derived(i + 1, next, { value: round(1 / ratio), unit: "times" }));
      // "降至原来的三分之一": what remains of the original.
      out.push(
        derived(i + 1, next, {
          value: round(ratio * 100),
          unit: "percent",
          relation: "remaining",
          direction: "down",
        }),
      );
      out.push(
        derived(i + 1, next, {
          value: round((1 - ratio) * 100),
          unit: "percent",
          relation: "reduction",
          direction: "down",
        }),
      );
    }
  });
  return out;
}
