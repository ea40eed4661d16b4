// Numbers of a clause and the clause with each of them masked ("Tern-5 已接入三家云厂商" →
// "tern#已接入#家云厂商"): the skeleton retold-figures.ts compares between an entry and its article.
// Digits, Chinese numerals and English number words are all read, so a retelling may switch notation.
import { blankIdioms, parseChineseInteger } from "./chinese-numerals.ts";
import { halfWidth } from "./fold-text.ts";

export interface RetoldNumber {
  value: number;
  raw: string;
  /** Offsets in the text the clause was cut from. */
  index: number;
  end: number;
  /** The last digit it is written to (12000 for "1.2 万"): a rounding within it is the same value. */
  step: number;
  /** 约 12 家, 40 多名, about 12: an approximation, never compared. */
  hedged: boolean;
  /** 3 倍, 3x: a multiple, read by multiples.ts with its own ways of counting. */
  multiple: boolean;
}

export interface Skeleton {
  /** Lower case, no spaces or punctuation (% kept), each number one "#". */
  text: string;
  numbers: RetoldNumber[];
}

const SCALE: Record<string, number> = {
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  万: 1e4,
  亿: 1e8,
  千: 1e3,
  thousand: 1e3,
  k: 1e3,
  m: 1e6,
  b: 1e9,
  t: 1e12,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
/** A digit group with its scale word, a run of Chinese numerals, or an English number word ("one" is wording). */
const NUMBER = new RegExp(
  `(\\d+(?:[.,]\\d+)*)(\\s*(?:万亿|千万|百万|万|亿|千|(?:thousand|million|billion|trillion)\\b)|[kmbt](?![a-z]))?|[零〇一二两三四五六七八九十百千万亿]+|\\b(?:${Object.keys(WORDS).join("|")})\\b`,
  "gi",
);
const HEDGE_BEFORE =
  /(?:约|大约|近|将近|接近|超|超过|逾|不到|不足|至少|最多|数|\b(?:about|around|roughly|nearly|almost|over|more than|less than|up to|at least|some|approximately))\s*$/i;
const HEDGE_AFTER = /^\s*(?:多|余|来|左右|上下|以上|以下|\+|plus\b|or so\b)/i;
const MULTIPLE = /^\s*(?:倍|x\b|×|times\b|-?fold\b)/i;

/** The value of a match, its precision, and how much of the match it takes. */
function read(m: RegExpMatchArray): { value: number; step: number; length: number } | undefined {
  const [raw, digits, scaleWord] = [m[0], m[1], m[2]];
  if (digits !== undefined) {
    // "1,200" is a thousands separator; "2.1.3" is a version, no figure.
    const plain = digits.replace(/,(?=\d{3}(?!\d))/g, "");
    if (!/^\d+(?:\.\d+)?$/.test(plain)) return undefined;
    const decimals = plain.split(".")[1]?.length ?? 0;
    // "128K", "9.5T", "70B": a scale letter only in capitals ("5m" may be minutes or metres).
    const scaled = scaleWord !== undefined && (!/^[a-z]$/i.test(scaleWord) || /^[KMBT]$/.test(scaleWord));
    const scale = scaled ? SCALE[scaleWord.trim().toLowerCase()]! : 1;
    return {
      value: Number(plain) * scale,
      step: 10 ** -decimals * scale,
      length: scaled ? raw.length : digits.length,
    };
  }
  const word = WORDS[raw.toLowerCase()];
  if (word !== undefined) return { value: word, step: 1, length: raw.length };
  // 一 alone is wording ("一种新方法"); 百 or 万 alone is no number (百度, 万一).
  if (!/[二两三四五六七八九十]/.test(raw) && !/一./.test(raw)) return undefined;
  const value = parseChineseInteger(raw);
  return value === undefined ? undefined : { value, step: 1, length: raw.length };
}

/** The skeleton of text[from, to): its numbers masked, its spaces and punctuation gone. */
export function skeletonOf(text: string, from = 0, to = text.length): Skeleton {
  const source = blankIdioms(halfWidth(text.slice(from, to)));
  const numbers: RetoldNumber[] = [];
  let out = "";
  let at = 0;
  const keep = (piece: string) => {
    out += piece.toLowerCase().replace(/[^\p{L}\p{N}%]/gu, "");
  };
  for (const m of source.matchAll(NUMBER)) {
    const found = read(m);
    if (!found) continue;
    keep(source.slice(at, m.index));
    const { length, ...value } = found;
    const end = m.index + length;
    const before = source.slice(Math.max(0, m.index - 12), m.index);
    const after = source.slice(end, end + 8);
    numbers.push({
      ...value,
      raw: source.slice(m.index, end),
      index: from + m.index,
      end: from + end,
      hedged: HEDGE_BEFORE.test(before) || HEDGE_AFTER.test(after),
      multiple: MULTIPLE.test(after) || /[x×]\s*$/i.test(before),
    });
    out += "#";
    at = end;
  }
  keep(source.slice(at));
  return { text: out, numbers };
}

/** Clauses of a text as [start, end) offsets: a comma between digits (1,000) closes nothing. */
export function clauseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[，,；;。！？!?\n]|\.(?=\s|$)/g)) {
    if (m[0] === "," && /\d/.test(text[m.index - 1] ?? "") && /\d/.test(text[m.index + 1] ?? "")) continue;
    if (m.index > start) spans.push([start, m.index]);
    start = m.index + 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Same value at the precision either side writes it to: 12345 is "1.2 万", 13 is never 12. */
export const sameNumber = (a: RetoldNumber, b: RetoldNumber): boolean =>
  Math.abs(a.value - b.value) <= Math.max(a.step, b.step) / 2 + 1e-9;
