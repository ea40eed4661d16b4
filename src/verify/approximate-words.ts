// An entry's figure in words is as coarse as its words, and its hedge may stand a few words before
// it: "约占总营收的七成" (about 70%), "约为去年同期的两倍" (about 2×), "nearly double", "七成多" (more
// than 70%), "增长超过三倍". Read in entry mode after the figures are found (find-figures.ts), so
// sameFigure (same-figure.ts) compares them as approximations: a hedged figure in words holds for
// the article's value within the precision of its words, one approached from below (近, nearly) only
// up to it, and one with a bound only above it.
import type { Figure } from "./figure.ts";

/** A hedge that opens the clause of a figure in words: 约占…, 约为…的, 近…, 接近…. */
const HEDGE_ZH =
  /(?:大约|约|将近|接近|差不多|近(?![期日年来况代]))(?:占|为|是|相当于|达到?|等于)?[^，,。；;！？\d]{0,10}$/;
const HEDGE_EN = /(?<![A-Za-z])(?:nearly|almost|roughly|about|around|approximately)\s+$/i;
/** From below: 近一半 is not 53%. */
const NEARLY = /(?:将近|接近|近(?![期日年来况代])|(?<![A-Za-z])(?:nearly|almost)\b)/i;
const ABOVE_BEFORE = /(?:超过|逾|多于|(?<![A-Za-z])(?:more than|over))\s*$/i;
const ABOVE_AFTER = /^\s*(?:多|余)/;

/** Whether a figure is written in words (七成, 两倍, 一半, 三分之一, double), not digits. */
export const writtenInWords = (f: Figure): boolean => f.kind === "number" && !/\d/.test(f.raw);

/**
 * Sets `hedged`, `nearly` and `bound` on the figures in words of an entry's text (in place); in an
 * article (`article`) only the bound: its "more than triple" is the entry's "more than three times".
 */
export function readApproximateWords(text: string, figures: readonly Figure[], article = false): void {
  for (const f of figures) {
    if (!writtenInWords(f)) continue;
    const window = text.slice(Math.max(0, f.index - 16), f.index);
    const clause = window.slice(
      Math.max(...[...window.matchAll(/[，,。；;！？!?\n]/g)].map((m) => m.index + 1), 0),
    );
    const hedge = HEDGE_ZH.exec(clause)?.[0] ?? HEDGE_EN.exec(clause)?.[0];
    if (ABOVE_BEFORE.test(clause) || ABOVE_AFTER.test(text.slice(f.end))) f.bound = "above";
    else if (article) continue;
    else if (hedge) {
      f.hedged = true;
      if (NEARLY.test(hedge)) f.nearly = true;
    } else if (f.hedged && (NEARLY.test(clause.slice(-4)) || NEARLY.test(f.raw.slice(0, 2)))) f.nearly = true;
  }
}

/** Whether an article's value is within what a hedged figure in words says (sameFigure). */
export function withinWords(claim: Figure, found: Figure): boolean {
  if (!claim.hedged || !writtenInWords(claim)) return false;
  // 成 is written to the nearest ten (约七成: 65–75%); 一半, 两倍, 三分之一 to a tenth of themselves.
  // A multiple approached from below ("nearly double" for 280 → 500, ×1.79) reaches a little further.
  const below = claim.nearly && claim.unit === "times" ? 0.15 : 0.1;
  const tolerance = claim.step >= 10 ? claim.step / 2 : below * Math.abs(claim.value);
  const diff = found.value - claim.value;
  if (Math.abs(diff) > tolerance + 1e-9) return false;
  return !claim.nearly || diff <= 0.01 * Math.abs(claim.value);
}
