/** A figure read from text (find-figures.ts): its value in base units and how it was written. */
export interface Figure {
  /** The text as written ("87.44", "10 万", "2.5x", "2026-02-04"). */
  raw: string;
  kind: "number" | "date";
  /** Numbers: the value with its scale and unit factor applied (10 万 → 100000; 5 分钟 → 300). */
  value: number;
  /** Percentages and 个百分点: 91% and 0.91 are different claims. */
  percent: boolean;
  /** Unit key (units.ts): "percent", "times", "usd", "s", "count", "calyear", "ordinal" … */
  unit?: string;
  /** The unit's factor to its base unit (5 分钟: 60), for ranges that share one unit. */
  factor?: number;
  /** The scale written with the number (亿: 1e8, B: 1e9), for ranges that share one scale. */
  scale?: number;
  /** "1/10", "十分之一": numerator or denominator of a fraction. */
  fraction?: "num" | "den";
  /** Counts: the noun counted ("视频理解基准" in "3 个视频理解基准"), up to six Chinese characters. */
  noun?: string;
  /** Counts an English article writes in words: the noun counted ("preset voices"), english-word-counts.ts. */
  nounEn?: string;
  /** Counts: whether the classifier counts people (名, 位, 人) or things (条, 篇, 台 …). */
  counter?: "people" | "things";
  /**
   * A currency code written before the number ("RMB 260 million", "HK$5 billion"): compared with a
   * claim's currency only (sameFigure), so binding reads the figure as before.
   */
  currency?: string;
  /** Entry mode: written as approximate ("约 30%", "近 1.2 万", "30% 左右"). */
  hedged?: boolean;
  /** Entry mode: a figure in words written as approached from below ("近一半", "nearly double"). */
  nearly?: boolean;
  /**
   * A percentage written as a change by it (a cut "降低了 40%", a rise "提升了 40%"), as what remains
   * of the original ("降至原来的 60%"), or as the level reached ("错误率降至 4%", "准确率提升至 48%"). A cut and what remains support each other
   * only through their complement (derive-figures.ts), never by the same number; a level has no
   * complement (4% is no share of the original).
   */
  relation?: "reduction" | "rise" | "remaining" | "level";
  /**
   * The change a figure states ("延迟下降了 30%": down; "比 GPT-4o 高 2 分": up): a rise is not
   * supported by a fall of the same size.
   */
  direction?: "up" | "down";
  /** Entry mode: written as a lower bound ("超过 100 名", "逾 30%"): any value of its band above it. */
  bound?: "lower" | "above";
  /** Written with 多/余 after it ("120 多名"): more than the value. */
  plus?: boolean;
  /** Written in words, not digits or numerals: 减半, 一半, 翻倍, 三分之一 as a share (word-figures.ts). */
  inWords?: boolean;
  /** Entry mode: a Chinese fraction read as its percentage (三分之一: 33.33…%), not a rounded one. */
  exactFraction?: boolean;
  /** Entry mode: a bare number written as a score or rate ("得分 88.7"): the article's 88.7% is it. */
  score?: boolean;
  /** Article mode: worked out from the article's own figures (derive-figures.ts), not written. */
  derived?: boolean;
  /** Article mode: digits inside a name (the 2 of Sail-2). */
  inName?: boolean;
  /** Smallest step the writing can express (87.4 → 0.1; 1.2B → 1e8): for rounding. */
  step: number;
  /** Significant digits as written (0.9 → 1, 87.44 → 4). */
  digits: number;
  /** Dates: "2026-2-4", "-2-4" (month-day), "2026-2" (year-month), "-6" (month), "2025-q1", "-q2". */
  date?: string;
  /** Dates: 初 / 底 / 中旬 … after a month ("6 月底"). */
  part?: string;
  index: number;
  end: number;
}
