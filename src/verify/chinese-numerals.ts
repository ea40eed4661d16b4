// Chinese numerals in article text ("十四层", "五项", "两千万") as values, so an entry that writes
// digits is still supported. Only runs followed by a unit or classifier count: a bare 一 is a word.

const DIGITS: Record<string, number> = {
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
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CLASSIFIER = "个项种篇层次款位名家张条倍大类款台块轮届组份点款枚件部";
const PATTERN = new RegExp(`([零〇一二两三四五六七八九十百千]+)(万亿|亿|万)?(?=[${CLASSIFIER}万亿])`, "g");

/** Value of a run like 二十三 or 一百零五 (below 10,000), or undefined. */
export function parseChineseInteger(run: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

export interface ChineseNumber {
  value: number;
  index: number;
  end: number;
}

export function findChineseNumbers(text: string): ChineseNumber[] {
  const found: ChineseNumber[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const base = parseChineseInteger(m[1]!);
    if (base === undefined) continue;
    const scale = m[2] === "万亿" ? 1e12 : m[2] === "亿" ? 1e8 : m[2] === "万" ? 1e4 : 1;
    found.push({ value: base * scale, index: m.index, end: m.index + m[0].length });
  }
  return found;
}
