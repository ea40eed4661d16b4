// Figures written in words, which entries and articles use for the same quantities as digits:
// 减半 / 降低了一半 (a 50% cut), 一半 (50%), 翻倍 / 翻了一番 (2×, a 100% rise), 翻两番 (4×), and in an
// entry a Chinese fraction as the share it states (三分之一 ≈ 33.3%, checked against the article's
// 33%, 1/3 or 三分之一 — never its 三分之二).
import { type ChineseNumber, DIGITS } from "./chinese-numerals.ts";
import { findEnglishWordCounts } from "./english-word-counts.ts";
import type { Figure } from "./figure.ts";
import { EN_NUMBER_WORDS } from "./number-words.ts";

/** A cut by half: "减半", "成本降低了一半", "缩短近一半". */
const HALF_CUT =
  /减半|砍半|(?:减少|降低|下降|缩减|缩短|削减|下调|压缩|节省|节约|降|减)了?\s*(?:约|近|大约|将近)?\s*一半/g;
/** Half of something: "一半的用户", "超过一半", "近一半". */
const HALF = /(超过|逾|多于|至少)?(约|近|将近|大约|接近)?\s{0,3}一半/g;
/** Doubling: "翻倍", "翻了一番", "翻两番" (4×). Not "加倍" ("加倍努力" is an idiom, no figure). */
const DOUBLE = /翻了?\s*(?:(一|两|二|三)\s*番|倍)/g;
/** An English source's words for the same: "double its capacity" (2×), "triple" (3×), "halve" (a 50% cut). */
const DOUBLE_EN =
  /\b(doubl|tripl|quadrupl)(?:e|es|ed|ing)\b(?![-\s](?:digits?|down|check(?:s|ed|ing)?|click|edged|standards?|dipping|take))/gi;
/** "twice the throughput", "three times as fast": a multiple in English words. */
const TIMES_EN = /\b(twice|thrice|two times|three times|four times)\s+(?=the\b|as\b|that\b|its\b|what\b)/gi;
/** 约四成 (about 40%), 超过六成: tenths with a hedge or bound (chinese-numerals.ts reads bare 三成). */
const TENTHS =
  /(约|近|将近|接近|超过|逾|超)([一二两三四五六七八九])成(?![为功本员果立熟长交绩就都不了人事文语效像分品年型])/g;
/** A span of time in English words: "three-year commitments", "for two months", "a five-day trial". */
const SPAN_EN =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s](year|month|week|day|hour)s?\b/gi;
const SPAN_WORDS: readonly string[] = EN_NUMBER_WORDS;
const SPAN_UNITS: Record<string, [string, number]> = {
  year: ["year", 1],
  month: ["month", 1],
  week: ["s", 604800],
  day: ["s", 86400],
  hour: ["s", 3600],
};
/**
 * A count in English words joined to what it counts ("an eight-GPU instance", "a three-node
 * cluster"), read in the article only; spans of time (SPAN_EN), fractions (two-thirds) and
 * multiples (three-fold) are not counts.
 */
const COUNT_EN =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?!(?:years?|months?|weeks?|days?|hours?|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?|fold|times?|way|and)\b)[A-Za-z]{2,}\b/gi;
/** A decade, one of them: "the next decade", "over the past decade", "a decade" (not "decades"). */
const DECADE_EN = /\b(?:a|the|one|next|past|last|this|coming)\s+decade\b(?!s)/gi;
const HALF_CUT_EN = /\b(?:halv(?:e|es|ed|ing)|cut\s+(?:\w+\s+){0,3}?(?:in|by)\s+half)\b/gi;

const base = (raw: string, index: number): Pick<Figure, "raw" | "kind" | "index" | "end" | "inWords"> => ({
  raw,
  kind: "number",
  inWords: true,
  index,
  end: index + raw.length,
});

/**
 * Word figures of `text`. In the article (`all`) a doubling is also the rise it states (+100%);
 * in an entry it is read once, as the multiple.
 */
export function findWordFigures(text: string, all: boolean): Figure[] {
  const out: Figure[] = [];
  const cut: Array<[number, number]> = [];
  for (const m of [...text.matchAll(HALF_CUT), ...text.matchAll(HALF_CUT_EN)]) {
    cut.push([m.index, m.index + m[0].length]);
    out.push({
      ...base(m[0], m.index),
      value: 50,
      percent: true,
      unit: "percent",
      factor: 1,
      relation: "reduction",
      direction: "down",
      step: 1,
      digits: 2,
    });
  }
  for (const m of text.matchAll(HALF)) {
    const at = m.index + m[0].indexOf("一半");
    if (cut.some(([a, b]) => at >= a && at < b)) continue;
    out.push({
      ...base(m[0], m.index),
      value: 50,
      percent: true,
      unit: "percent",
      factor: 1,
      ...(m[1] ? { bound: m[1] === "至少" ? ("lower" as const) : ("above" as const) } : {}),
      ...(m[2] ? { hedged: true } : {}),
      step: 1,
      digits: 2,
    });
  }
  for (const m of text.matchAll(TENTHS))
    out.push({
      ...base(m[0], m.index),
      value: DIGITS[m[2]!]! * 10,
      percent: true,
      unit: "percent",
      factor: 1,
      ...(/超|逾/.test(m[1]!) ? { bound: "above" as const } : { hedged: true }),
      step: 10,
      digits: 1,
    });
  const doublings = [
    ...[...text.matchAll(DOUBLE)].map((m) => ({ m, times: 2 ** ({ 两: 2, 二: 2, 三: 3 }[m[1] ?? ""] ?? 1) })),
    ...[...text.matchAll(DOUBLE_EN)].map((m) => ({
      m,
      times: { doubl: 2, tripl: 3, quadrupl: 4 }[m[1]!.toLowerCase() as "doubl"] ?? 2,
    })),
    ...[...text.matchAll(TIMES_EN)].map((m) => ({
      m,
      times: { twice: 2, thrice: 3, "two times": 2, "three times": 3, "four times": 4 }[
        m[1]!.toLowerCase().replace(/\s+/g, " ") as "twice"
      ]!,
    })),
  ];
  for (const { m, times } of doublings) {
    out.push({
      ...base(m[0], m.index),
      value: times,
      percent: false,
      unit: "times",
      factor: 1,
      direction: "up",
      step: 1,
      digits: 1,
    });
    if (all)
      out.push({
        ...base(m[0], m.index),
        value: (times - 1) * 100,
        percent: true,
        unit: "percent",
        factor: 1,
        relation: "rise",
        direction: "up",
        derived: true,
        step: 1,
        digits: 2,
      });
  }
  for (const m of text.matchAll(SPAN_EN)) {
    const n = SPAN_WORDS.indexOf(m[1]!.toLowerCase()) + 1;
    const [unit, factor] = SPAN_UNITS[m[2]!.toLowerCase()]!;
    out.push({
      ...base(m[0], m.index),
      value: n * factor,
      percent: false,
      unit,
      factor,
      step: factor,
      digits: 1,
    });
  }
  // "the next decade", "a decade ago": ten years (十年).
  for (const m of text.matchAll(DECADE_EN))
    out.push({
      ...base(m[0], m.index),
      value: 10,
      percent: false,
      unit: "year",
      factor: 1,
      step: 1,
      digits: 1,
    });
  // "nine languages", "six preset voices": counts in words before a plural noun.
  if (all) out.push(...findEnglishWordCounts(text));
  if (all)
    for (const m of text.matchAll(COUNT_EN)) {
      const value = SPAN_WORDS.indexOf(m[1]!.toLowerCase()) + 1;
      out.push({
        ...base(m[0], m.index),
        value,
        percent: false,
        unit: "count",
        factor: 1,
        step: 1,
        digits: 1,
      });
    }
  return out;
}

/**
 * An entry's Chinese fraction (denominator and numerator as findChineseNumbers reads them) as the
 * percentage it states: 三分之一 is 33.33…%, supported by the article's percentage when that rounds
 * it (33%), by the same fraction, and by nothing else.
 */
export function fractionAsPercent(den: ChineseNumber, num: ChineseNumber, text: string): Figure | undefined {
  if (den.value <= 0 || num.value <= 0 || num.value >= den.value) return undefined;
  const before = text.slice(Math.max(0, den.index - 4), den.index);
  return {
    ...base(text.slice(den.index, den.end), den.index),
    value: (100 * num.value) / den.value,
    percent: true,
    unit: "percent",
    factor: 1,
    exactFraction: true,
    ...(/(?:约|近|将近|大约|接近)\s*$/.test(before) ? { hedged: true } : {}),
    ...(/(?:超过|逾|多于)\s*$/.test(before) ? { bound: "above" as const } : {}),
    step: 0.01,
    digits: 4,
  };
}
