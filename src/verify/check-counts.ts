// Counts an entry writes in Chinese numerals ("发布三款模型", "提出两种方法"): wording the figure
// check leaves alone, since an article may never count what the entry counts. But when the article
// counts the same thing otherwise ("两款模型") and never so, the entry's count is wrong.
import { blankIdioms, parseChineseInteger } from "./chinese-numerals.ts";

const COUNTERS = "款|个|项|种|家|位|名|篇|条|类|支|所|部|张|台|座";
const NUMERAL = "[一二两三四五六七八九十]{1,3}";
/** A count, its counter and the first characters of the counted noun ("三款模型"). */
const COUNT = (numeral: string) =>
  new RegExp(
    `(?<![\\d.一二两三四五六七八九十百千万亿第])(${numeral})\\s*(${COUNTERS})([\\u4e00-\\u9fff]{2})`,
    "g",
  );

export interface CountClaim {
  value: number;
  /** Counter and the first two characters of the noun: "款模型". */
  what: string;
  raw: string;
  index: number;
  end: number;
}

/**
 * Words before a count that make it a part of what is counted, not the whole: 另外两款 and 其余两家
 * beside a third, 其中两款 of three, 前三名 of ten. An entry's part count is no count of the whole.
 * A time word ending in 前 or 后 (目前, 此前, 随后, 此后) is none of them: "目前四家云厂商已接入" counts all.
 */
const PART_BEFORE =
  /(?:另外|另有|另|其余|其他|其它|其中|剩下|剩余|(?<![目此之以先日提])前|头|最后|(?<![此之以随今然其落])后)\s*$/;

function read(text: string, numeral: string, parts = true): CountClaim[] {
  const out: CountClaim[] = [];
  const blanked = blankIdioms(text);
  for (const m of blanked.matchAll(COUNT(numeral))) {
    const value = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseInteger(m[1]!);
    if (value === undefined || value < 2) continue;
    if (!parts && PART_BEFORE.test(blanked.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push({ value, what: `${m[2]}${m[3]}`, raw: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Counts written in Chinese numerals in an entry text (一 is no count: "一种新方法" is wording). */
export const findCounts = (text: string): CountClaim[] => read(text, NUMERAL, false);

/** Every count the article gives, in digits or numerals: what is counted → the values. */
export function articleCounts(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const c of read(text, `\\d{1,3}|${NUMERAL}`)) {
    const values = out.get(c.what) ?? new Set<number>();
    values.add(c.value);
    out.set(c.what, values);
  }
  return out;
}

export function checkCount(
  claim: CountClaim,
  counts: ReadonlyMap<string, ReadonlySet<number>>,
): { supported: boolean; reason: string } {
  const theirs = counts.get(claim.what);
  if (!theirs || theirs.has(claim.value))
    return {
      supported: true,
      reason: theirs ? "the article gives this count" : "the article counts no such thing",
    };
  return {
    supported: false,
    reason: `the article counts ${[...theirs].join("/")} ${claim.what.slice(0, 1)}, not ${claim.value} ("${claim.raw}")`,
  };
}
