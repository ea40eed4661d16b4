// Chinese numerals ("十四层", "五分钟", "两千万", "百分之三十", "第三") as values with their unit, so an
// entry that writes digits is still supported, and the other way round. Only runs followed by a
// unit or counter count (a bare 一 is a word), and numerals inside idioms are not figures.
import { type Unit, unitAfter } from "./units.ts";

export const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Idioms and set phrases whose numerals are not quantities (一千个人里有一千个哈姆雷特 says nothing
 * about 1000). Blanked before reading numerals.
 */
const IDIOMS =
  /一千个[^。！？\n，,]{0,8}(?:就|里|中)?有一千个[^。！？\n，,]{0,6}哈姆雷特|十万八千里|九牛一毛|一石二鸟|一举两得|三心二意|七上八下|一五一十|千方百计|百里挑一|万无一失|三天打鱼两天晒网|四面八方|五花八门|十有八九|百分之百|一百个放心|千军万马|千千万万|成千上万|数以万计|一日千里|一年四季|一模一样|一心一意|三番五次|接二连三|独一无二|一干二净|九九八十一|万里挑一|千篇一律|一字一句|一分钱一分货|十年磨一剑|一传十，?十传百/g;

/** Same length, so offsets stay valid. */
export function blankIdioms(text: string): string {
  return text.replace(IDIOMS, (m) => "\u3000".repeat(m.length));
}

/** Value of a run like 二十三, 一百零五, 三万五千 or 两千万, or undefined. */
export function parseChineseInteger(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined; // 三五 is a range or a typo, not a number
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch]!;
      const value = section + (digit ?? 0);
      if (value === 0)
        total = (total || 1) * unit; // 万亿
      else total = total >= unit ? total + value * unit : (total + value) * unit;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

export interface ChineseNumber {
  value: number;
  unit?: Unit;
  /** 十分之一: 10 is the denominator, 1 the numerator. */
  fraction?: "num" | "den";
  /** Counts: the Chinese characters right after the counter. */
  after?: string;
  /** "ordinal" for 第三; "percent" for 百分之三十 / 三成. */
  index: number;
  /** The precision it is written to: 三成 is 30% to the nearest ten (约四成 for 41%). */
  step?: number;
  end: number;
}

const RUN = /(第|百分之|前)?([零〇一二两三四五六七八九十百千万亿]+)/g;

export function findChineseNumbers(input: string): ChineseNumber[] {
  const text = blankIdioms(input);
  const found: ChineseNumber[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[2]!;
    // A trailing 万/亿 may be a scale ("两千万") or the start of the unit ("三万人" reads 30000 人).
    const value = parseChineseInteger(run);
    if (value === undefined || !/[零〇一二两三四五六七八九十]/.test(run)) continue;
    const end = m.index + m[0].length;
    const rest = text.slice(end);
    if (m[1] === "百分之") {
      found.push({ value, unit: { key: "percent", factor: 1 }, index: m.index, end });
      continue;
    }
    // 十分之一: the denominator and numerator, as an entry writes them (1/10).
    const fraction = /^分之([零〇一二两三四五六七八九十百千]+)/.exec(rest);
    if (fraction) {
      const numerator = parseChineseInteger(fraction[1]!);
      const fEnd = end + fraction[0].length;
      found.push({ value, index: m.index, end: fEnd, fraction: "den" });
      if (numerator !== undefined)
        found.push({ value: numerator, index: m.index, end: fEnd, fraction: "num" });
      continue;
    }
    if (m[1] === "前" && !unitAfter(rest)) {
      // 前十 (the top ten): a count.
      found.push({ value, unit: { key: "count", factor: 1 }, index: m.index, end });
      continue;
    }
    if (m[1] === "第") {
      found.push({ value, unit: { key: "ordinal", factor: 1 }, index: m.index, end });
      continue;
    }
    // 三成 (30%), never 一成不变, 成功, 成为, 成本 …
    if (
      /^[一二三四五六七八九]$/.test(run) &&
      /^成(?![为功本员果立熟长交绩就都不了人事文语效像分品年型])/.test(rest)
    ) {
      found.push({
        value: value * 10,
        unit: { key: "percent", factor: 1 },
        index: m.index,
        end: end + 1,
        step: 10,
      });
      continue;
    }
    // Months are dates (五月, 十一月), read by the date finder.
    if (/^月/.test(rest)) continue;
    const unit = unitAfter(rest);
    if (!unit && !/[万亿]$/.test(run)) continue;
    const after = unit?.key === "count" ? text.slice(end + unit.length, end + unit.length + 8) : undefined;
    found.push({ value, unit, index: m.index, end: end + (unit?.length ?? 0), ...(after ? { after } : {}) });
  }
  return found;
}
