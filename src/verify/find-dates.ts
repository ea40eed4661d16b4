// Dates in one notation: 2026-02-04 = 2026年2月4日; 2024年6月底 covers "6 月底"; 五月 = 5 月;
// Q1 = 第一季度 = 一季度. A date is written "y|m|d|q|part" with empty fields for what is not said.
import { parseChineseInteger } from "./chinese-numerals.ts";
import { OPEN_START_ZH, rangeEnd } from "./date-ranges.ts";
import type { Figure } from "./find-figures.ts";
import { RELATIVE_DATE_PATTERNS } from "./relative-dates.ts";

export interface FoundDate {
  figure: Figure;
  /** The year as written, so the article's "2026 年" still supports an entry's year. */
  year?: string;
  index: number;
  end: number;
}

const MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
const PART = "(底|末|初|中旬|上旬|下旬)?";
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => DateFields | undefined]> = [
  [
    /(?<![\d.])((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.])\s*[日号]?/g,
    (m) => ({ y: m[1], m: m[2], d: m[3] }),
  ],
  [
    new RegExp(`(?<![\\d.])((?:19|20)\\d{2})\\s*年\\s*(?:的)?${MONTH}\\s*月(?!\\s*\\d)份?${PART}`, "g"),
    (m) => ({ y: m[1], m: m[2], part: m[3] }),
  ],
  [/(?<![\d.-])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d-])/g, (m) => ({ y: m[1], m: m[2] })],
  [/(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m) => ({ m: m[1], d: m[2] })],
  [OPEN_START_ZH, (m) => ({ m: m[1], d: m[2] })],
  [
    /(?:((?:19|20)\d{2})\s*(?:财年|年)?\s*(?:第)?|FY\s?(\d{2,4})\s*)?(?:(?<![A-Za-z0-9])Q([1-4])|第?([一二三四1-4])季度|(首)季度)(?:\s*(?:of\s*)?((?:19|20)\d{2}))?(?![\d])/gi,
    (m) => ({ y: m[1] ?? m[2] ?? m[6], q: m[3] ?? m[4] ?? (m[5] ? "1" : undefined) }),
  ],
  [
    new RegExp(`(?<![\\d.年个第])${MONTH}\\s*月(?![活薪球饼光亮度]|份?\\s*\\d|\\s*[日号])份?${PART}`, "g"),
    (m) => ({ m: m[1], part: m[2] }),
  ],
];

/** English month names and abbreviations ("Sept." and "September" alike). */
const EN_MONTHS: Record<string, string> = {
  jan: "1",
  feb: "2",
  mar: "3",
  apr: "4",
  may: "5",
  jun: "6",
  jul: "7",
  aug: "8",
  sep: "9",
  oct: "10",
  nov: "11",
  dec: "12",
};
const EN_MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const enMonth = (name: string | undefined) => (name ? EN_MONTHS[name.slice(0, 3).toLowerCase()] : undefined);
const EN_PART: Record<string, string> = { early: "初", mid: "中旬", late: "底", "end of": "底" };

/** English dates: "September 15, 2026", "15 September 2026", "Sept. 15", "in September", "late May 2026". */
const ENGLISH_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => DateFields | undefined]> = [
  [
    // "the first quarter of 2026", "in the third quarter" = 2026 年一季度, 第三季度.
    // "its FY2026 third quarter", "the third quarter of fiscal 2026": a fiscal year's quarter.
    /(?:\b(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)?\d{2})\s+)?\b(first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d{2})\b)?/gi,
    (m) => ({
      q: { first: "1", second: "2", third: "3", fourth: "4" }[m[2]!.toLowerCase() as "first"],
      y: m[1] ?? m[3],
    }),
  ],
  [
    new RegExp(`\\b${EN_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?`, "g"),
    (m) => ({ m: enMonth(m[1]), d: m[2], y: m[3] }),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH}\\.?,?\\s+((?:19|20)\\d{2})\\b`, "g"),
    (m) => ({ d: m[1], m: enMonth(m[2]), y: m[3] }),
  ],
  [
    // A month alone only where it cannot be the verb "may" or a name: after in/by/since/until or a
    // part of the month, or with its year.
    new RegExp(
      `(?:\\b(?:in|by|since|until|from|(early|mid|late|end of))[-\\s]+)${EN_MONTH}\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?|\\b${EN_MONTH}\\s+((?:19|20)\\d{2})\\b`,
      "gi",
    ),
    (m) => {
      const name = m[2] ?? m[4];
      // Lower-case "may" after "in" is a month only when capitalised.
      if (!name || !/^[A-Z]/.test(name)) return undefined;
      return { m: enMonth(name), y: m[3] ?? m[5], part: m[1] ? EN_PART[m[1].toLowerCase()] : undefined };
    },
  ],
];
PATTERNS.push(...ENGLISH_PATTERNS, ...RELATIVE_DATE_PATTERNS);

interface DateFields {
  y?: string;
  m?: string;
  d?: string;
  q?: string;
  part?: string;
}

const num = (s: string | undefined): string => {
  if (!s) return "";
  const n = /^\d+$/.test(s) ? Number(s) : parseChineseInteger(s);
  return n === undefined ? "" : String(n);
};

/** Dates in `text` (already full-width folded), earlier patterns winning overlaps. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const overlaps = (a: number, b: number) => found.some((d) => a < d.end && b > d.index);
  for (const [pattern, read] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].trimEnd().length;
      if (overlaps(m.index, end)) continue;
      const f = read(m);
      if (!f) continue;
      const date = foundDate(m[0].trim(), m.index, end, f, m[0]);
      if (!date) continue;
      found.push(date);
      // "10 月 14 日至 17 日": the range's end is a date of the same month (date-ranges.ts).
      const range = rangeEnd(text.slice(end, end + 40), f, /[A-Za-z]/.test(m[0]));
      if (!range || overlaps(end + range.index, end + range.end)) continue;
      const raw = text.slice(end + range.index, end + range.end).trim();
      const last = foundDate(raw, end + range.index, end + range.end, range.fields, raw);
      if (last) found.push(last);
    }
  }
  return found;
}

function foundDate(
  raw: string,
  index: number,
  end: number,
  f: DateFields,
  written: string,
): FoundDate | undefined {
  const year = f.y && f.y.length === 2 ? `20${f.y}` : f.y;
  const fields = [num(year), num(f.m), num(f.d), num(f.q), f.part === "末" ? "底" : (f.part ?? "")];
  const month = Number(fields[1] || 1);
  const day = Number(fields[2] || 1);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return {
    figure: {
      raw,
      kind: "date",
      value: 0,
      percent: false,
      step: 1,
      digits: 0,
      date: fields.slice(0, 4).join("|"),
      ...(fields[4] ? { part: fields[4] } : {}),
      index,
      end,
    },
    ...(year && /^\d{4}$/.test(year) && written.includes(year) ? { year } : {}),
    index,
    end,
  };
}

/** Whether the article's date supports the claim's: every field the claim states is the same. */
export function sameDate(claim: Figure, found: Figure): boolean {
  const c = (claim.date ?? "").split("|");
  const f = (found.date ?? "").split("|");
  for (let i = 0; i < 4; i++) {
    if (!c[i]) continue;
    if (!f[i]) {
      if (i === 0) continue; // a year the article leaves out is fine ("2 月 4 日" for 2026-02-04)
      return false;
    }
    if (c[i] !== f[i]) return false;
  }
  // "6 月底" needs the article's end of June (or a day in it), not its start.
  if (claim.part && found.part && claim.part !== found.part) return false;
  return true;
}
