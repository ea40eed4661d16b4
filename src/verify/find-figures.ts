// Figures in prose, in one notation: 10 万 = 100k = 100,000; 1.2B = 12 亿; full-width digits folded.
import { findUrls } from "./find-links.ts";

export interface Figure {
  /** The text as written ("87.44", "10 万", "2.5x", "2026-02-04"). */
  raw: string;
  kind: "number" | "date";
  /** Numbers: the value with its scale applied (10 万 → 100000; 91% → 91). */
  value: number;
  /** Percentages and 个百分点: 91% and 0.91 are different claims. */
  percent: boolean;
  /** Smallest step the writing can express (87.4 → 0.1; 1.2B → 1e8): for rounding. */
  step: number;
  /** Significant digits as written (0.9 → 1, 87.44 → 4). */
  digits: number;
  /** Dates: "2026-2-4", "2-4" (month-day) or "2026-2" (year-month). */
  date?: string;
  index: number;
  end: number;
}

export interface NameToken {
  /** A model or product name carrying a version: GPT-4o, Qwen2.5-VL, STAR-7B, H100, 3D. */
  raw: string;
  index: number;
  end: number;
}

const SCALE: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  千: 1e3,
  k: 1e3,
  m: 1e6,
  b: 1e9,
  t: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

const DATE_FULL = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号]?/g;
const DATE_YEAR_MONTH = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g;
const DATE_MONTH_DAY = /(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
/** A Latin-led token that carries digits (GPT-4o, Qwen2.5-VL, STAR-7B) or digits glued to letters (3D). */
const NAME =
  /(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*|\d+[A-Za-z]+(?:[-_][A-Za-z0-9]+)*)(?![A-Za-z0-9])/g;
const NUMBER =
  /(?<![\d.,:])([$¥€£])?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d:]|\.\d)(?:\s?(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)|([kKMBT])(?![A-Za-z])|\s(thousand|million|billion|bn|trillion)\b)?\s?(%|个百分点|倍|[xX×](?![A-Za-z]))?/g;
/** What makes a small integer a list or step number, not a figure. */
const ORDINAL_BEFORE =
  /(?:第|stage|step|phase|阶段|步骤|no\.|#|图|表|fig\.?|figure|table|eq\.?|top-?|版本|v|论文|paper)\s*$/i;
const CLASSIFIER_AFTER =
  /^\s*(?:个|项|种|篇|层|次|款|位|名|家|张|条|大|类|台|块|轮|届|组|份|枚|件|部|维|倍|年|月|天|小时|分钟|秒|毫秒|ms|s\b|°|度|元|美元|人|万|亿|token|tokens|k\b|fps|hz|gb|tb|mb|cp)/i;

export interface FindOptions {
  /** Article text: every number counts (also inside names), so entries can be checked against it. */
  all?: boolean;
}

/** Names with versions, in order. */
export function findNames(text: string): NameToken[] {
  const names: NameToken[] = [];
  for (const m of blankUrls(text).matchAll(NAME)) {
    if (!/\d/.test(m[0])) continue;
    if (/^\d+(?:[kKMBT]|[xX])$/.test(m[0])) continue; // 7B, 65k, 2x: sizes and multiples, not names
    names.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  }
  return names;
}

/** Figures in `text`, in order. Entry mode skips numbers inside names, dates' parts and list numbers. */
export function findFigures(text: string, options: FindOptions = {}): Figure[] {
  const clean = blankUrls(halfWidth(text));
  const figures: Figure[] = [];
  const taken: Array<[number, number]> = [];
  const isTaken = (i: number) => taken.some(([a, b]) => i >= a && i < b);
  for (const [pattern, shape] of [
    [DATE_FULL, "ymd"],
    [DATE_YEAR_MONTH, "ym"],
    [DATE_MONTH_DAY, "md"],
  ] as const) {
    for (const m of clean.matchAll(pattern)) {
      if (isTaken(m.index)) continue;
      const parts = m.slice(1, shape === "ymd" ? 4 : 3).map((p) => String(Number(p)));
      const date = shape === "md" ? parts.join("-") : parts.join("-");
      figures.push({
        raw: m[0].trim(),
        kind: "date",
        value: 0,
        percent: false,
        step: 1,
        digits: 0,
        date,
        index: m.index,
        end: m.index + m[0].length,
      });
      taken.push([m.index, m.index + m[0].length]);
      // In the article a date's year still counts as a number ("2026 年" in an entry).
      if (options.all && shape !== "md") figures.push(plainNumber(m[1]!, m.index));
    }
  }
  if (!options.all)
    for (const n of findNames(clean)) if (!/^\d+[xX]$/.test(n.raw)) taken.push([n.index, n.end]);
  for (const m of clean.matchAll(NUMBER)) {
    const at = m.index + (m[1] ? 0 : m[0].length - m[0].trimStart().length);
    const digitsAt = clean.indexOf(m[2]!, m.index);
    if (isTaken(digitsAt)) continue;
    const figure = toFigure(m, at);
    if (!options.all && isListNumber(clean, digitsAt, m, figure)) continue;
    figures.push(figure);
  }
  return figures.sort((a, b) => a.index - b.index);
}

function toFigure(m: RegExpMatchArray, at: number): Figure {
  const [, , intPart, fraction = "", cjkScale, latinScale, wordScale, suffix] = m;
  const scale = SCALE[(cjkScale ?? latinScale ?? wordScale ?? "").toLowerCase()] ?? 1;
  const written = Number(`${intPart!.replace(/,/g, "")}${fraction}`);
  const decimals = fraction ? fraction.length - 1 : 0;
  const significant = `${intPart!.replace(/,/g, "")}${fraction.slice(1)}`.replace(/^0+/, "");
  return {
    raw: m[0].trim(),
    kind: "number",
    value: round(written * scale),
    percent: suffix === "%" || suffix === "个百分点",
    step: round(10 ** -decimals * scale),
    digits: significant.replace(/0+$/, "").length || 1,
    index: at,
    end: (m.index ?? 0) + m[0].length,
  };
}

function plainNumber(digits: string, index: number): Figure {
  const value = Number(digits);
  return {
    raw: digits,
    kind: "number",
    value,
    percent: false,
    step: 1,
    digits: digits.length,
    index,
    end: index + digits.length,
  };
}

function isListNumber(text: string, at: number, m: RegExpMatchArray, figure: Figure): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  if (ORDINAL_BEFORE.test(before)) return !m[4] && !m[5] && !m[8];
  const lineStart = /(?:^|\n)\s*[-*]?\s*[(（]?$/.test(before);
  if (lineStart && /^\d+\s*(?:\.(?!\d)|[)、）])/.test(text.slice(at))) return true;
  if (/\[$/.test(before) && /^\d+\]/.test(text.slice(at))) return true; // citation [1]
  // A small bare integer (no unit, no classifier) is a list position or a stray digit.
  const small =
    Number.isInteger(figure.value) && figure.value <= 10 && !m[4] && !m[5] && !m[6] && !m[8] && !m[1];
  return small && !CLASSIFIER_AFTER.test(text.slice(figure.end));
}

/** URLs are links, checked as such; their digits are not figures. Same length keeps offsets. */
function blankUrls(text: string): string {
  let out = text;
  for (const u of findUrls(text))
    out = out.slice(0, u.index) + " ".repeat(u.url.length) + out.slice(u.index + u.url.length);
  return out;
}

/**
 * Full-width digits, letters and ％．＄ to ASCII, one character for one (offsets stay valid). Not
 * NFKC: that would turn "，" into "," and glue "87，100 个" into one number.
 */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E\uFF04\uFF0B\uFF0D\uFF0F]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\u3000\u00A0]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "\u2060");
}

const round = (n: number) => Number.parseFloat(n.toPrecision(12));
