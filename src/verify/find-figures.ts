// The tokenizer of claims: every digit group of a text is read as exactly one token — a figure with
// its unit (10 万 = 100k = 100,000; 1.2B = 12 亿; 10.8s = 10.8 秒), a date (2024年6月底, Q1, 五月),
// a versioned name (GPT-4o), a version string (v2.5, 3.5-turbo), a phone number (1-800-CHAT-GPT), an
// ID (arXiv 2401.12345) or a list marker. Nothing is left unread.
import { readApproximateWords } from "./approximate-words.ts";
import { findChineseNumbers } from "./chinese-numerals.ts";
import type { Figure } from "./figure.ts";
import { tagChanges } from "./figure-changes.ts";
import { findDates } from "./find-dates.ts";
import { blankUrls } from "./find-links.ts";
import { halfWidth } from "./fold-text.ts";
import { countedNoun, round, toFigure } from "./read-figure.ts";
import { RecentTexts } from "./recent-texts.ts";
import { unitClass } from "./units.ts";
import { findWordFigures, fractionAsPercent } from "./word-figures.ts";

export type { Figure } from "./figure.ts";

export interface NameToken {
  /** A model or product name carrying a version: GPT-4o, Qwen2.5-VL, STAR-7B, H100, 3D. */
  raw: string;
  index: number;
  end: number;
}

/** Digit groups that are neither figures nor names: checked literally, or not at all (list). */
export interface SpecialToken {
  kind: "phone" | "version" | "id" | "list";
  raw: string;
  /** phone: digits and letters; version: "2.5"; id: "arxiv:2401.12345". */
  value: string;
  index: number;
  end: number;
}

export interface Tokens {
  figures: Figure[];
  names: NameToken[];
  specials: SpecialToken[];
}

/** A Latin-led token that carries digits (GPT-4o, Qwen2.5-VL, STAR-7B) or digits glued to letters (3D). */
const NAME =
  /(?<![A-Za-z0-9]|\d\.)(?:[A-Za-z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*|\d+[A-Za-z]+(?:[-_][A-Za-z0-9]+)*)(?![A-Za-z0-9])/g;
/** Digits glued to a unit or scale are quantities, not names (10.8s, 3nm, 65k, 2x, 512GB). */
const QUANTITY_NAME =
  /^\d+(?:s|ms|h|min|nm|mm|cm|km|kg|gb|tb|mb|pb|ghz|mhz|khz|hz|fps|pp|x|k|m|b|t|w|kw|mw|gw|tflops|pflops)$/i;
/** A scaled quantity made an English compound adjective ("70B-parameter model"), not a name. */
const QUANTITY_ADJECTIVE =
  /^\d+[kKMBT]-(?!(?:chat|instruct|base|preview|turbo|mini|plus|lite|flash|beta|alpha)$)[a-z]{4,}$/;
/** Whole numbers, "1,000,000", Chinese 万-grouping "3,5000" (= 35000), decimals, scales. */
const NUMBER =
  /(?<![\d.,:])([$¥€£])?\s?(\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:,\d{4})+(?!\d)|\d+)(\.\d+)?(?![\d:]|\.\d)(?:\s?(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)|([kKMBT])(?![A-Za-z])|[\s-](thousand|million|billion|bn|trillion)\b)?/g;
const ARXIV_ID = /arxiv[:：\s]*(\d{4}\.\d{4,5})(?:v\d+)?/gi;
/** Phone numbers: three or more hyphenated groups with a 400/800 or long digit run, vanity letters allowed. */
const PHONE =
  /(?<![\w.-])(?:\+\d{1,3}[\s-])?(?:1-800-[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})*|[48]00-\d{3}-\d{4}|0\d{2,3}-\d{7,8}|1[3-9]\d-\d{4}-\d{4}|\d{3}-\d{3}-\d{4})(?![\w-])/g;
const VERSIONS = [
  /(?<![\w.])[vV](\d+(?:\.\d+)+)(?![\w.]|\.\d)/g,
  /(?<![\w.-])(\d+(?:\.\d+)+)-(?:turbo|preview|instruct|chat|mini|pro|max|plus|lite|flash|exp|beta|alpha|rc\d*)\b/gi,
  /(?<![\w.])(\d+\.\d+\.\d+)(?![\w.]|\.\d)/g,
  /(?<=版本\s?|version\s)(\d+(?:\.\d+)+)/gi,
  /(?<![\w.])(\d+(?:\.\d+)+)(?=\s?版(?!权))/g,
];

export interface FindOptions {
  /** Article text: every number counts (also inside names), so entries can be checked against it. */
  all?: boolean;
}

/** Names with versions, in order. */
export function findNames(text: string): NameToken[] {
  const names: NameToken[] = [];
  for (const m of blankUrls(halfWidth(text)).matchAll(NAME)) {
    if (!/\d/.test(m[0])) continue;
    if (/^\d+(?:\.\d+)?(?:[kKMBT]|[xX])$/.test(m[0]) || QUANTITY_NAME.test(m[0])) continue;
    if (QUANTITY_ADJECTIVE.test(m[0])) continue;
    names.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  }
  return names;
}

/** Figures in `text`, in order. Entry mode skips numbers inside names and list markers. */
export function findFigures(text: string, options: FindOptions = {}): Figure[] {
  return findTokens(text, options).figures;
}

/** Recent texts' tokens: the checks of one entry read the same sentences again and again. */
const recentTokens = new RecentTexts<Tokens>(4096, 4000);

/**
 * Every token of `text`; in entry mode every digit group ends up in exactly one token. The lists
 * are the caller's own; the tokens in them are shared with other callers and frozen (recent-texts.ts).
 */
export function findTokens(text: string, options: FindOptions = {}): Tokens {
  const known = recentTokens.get(`${options.all ? "a" : "e"}${text}`, () => readTokens(text, options));
  return { figures: [...known.figures], names: [...known.names], specials: [...known.specials] };
}

function readTokens(text: string, options: FindOptions): Tokens {
  const clean = blankUrls(halfWidth(text));
  const figures: Figure[] = [];
  const specials: SpecialToken[] = [];
  // What each character already belongs to, as flags per position: asking "is [a, b) taken?" costs
  // the token's length, not one comparison per token found so far (quadratic on a text of numbers).
  const taken = new Spans(clean.length);
  const isTaken = (a: number, b = a + 1) => taken.any(a, b);
  const special = (kind: SpecialToken["kind"], raw: string, value: string, index: number) => {
    if (isTaken(index, index + raw.length)) return;
    specials.push({ kind, raw, value, index, end: index + raw.length });
    taken.mark(index, index + raw.length);
  };
  for (const m of clean.matchAll(ARXIV_ID)) special("id", m[0], `arxiv:${m[1]}`, m.index);
  for (const m of clean.matchAll(PHONE))
    special("phone", m[0], m[0].replace(/[^0-9A-Za-z]/g, "").toLowerCase(), m.index);
  for (const date of findDates(clean)) {
    if (isTaken(date.index, date.end)) continue;
    figures.push(date.figure);
    taken.mark(date.index, date.end);
    // In the article a date's year still counts as a year ("2026 年" in an entry).
    if (options.all && date.year) figures.push(yearFigure(date.year, date.index));
  }
  for (const pattern of VERSIONS)
    for (const m of clean.matchAll(pattern)) special("version", m[0], m[1]!, m.index);
  // A name is not a date or phone (Q1); a version inside a name is the name's (GPT-3.5-turbo), a
  // name that is only a version is the version's (v2.5).
  const datesAt = Spans.of(clean.length, figures);
  const otherSpecialsAt = Spans.of(
    clean.length,
    specials.filter((t) => t.kind !== "version"),
  );
  const versionRaws = new Set(specials.filter((t) => t.kind === "version").map((t) => t.raw));
  const names = findNames(clean).filter(
    (n) => !datesAt.any(n.index, n.end) && !otherSpecialsAt.any(n.index, n.end) && !versionRaws.has(n.raw),
  );
  const namesAt = Spans.of(clean.length, names);
  for (let i = specials.length - 1; i >= 0; i--) {
    const t = specials[i]!;
    if (t.kind === "version" && namesAt.any(t.index, t.end)) specials.splice(i, 1);
  }
  if (!options.all) for (const n of names) taken.mark(n.index, n.end);
  for (const m of clean.matchAll(NUMBER)) {
    const digitsAt = clean.indexOf(m[2]!, m.index);
    if (isTaken(digitsAt)) continue;
    const at = m.index + (m[1] ? 0 : m[0].length - m[0].trimStart().length);
    const listMarker = isListMarker(clean, digitsAt, m);
    if (!options.all && listMarker) {
      special("list", m[2]!, m[2]!, digitsAt);
      continue;
    }
    const figure = toFigure(m, at, clean);
    if (options.all && namesAt.any(digitsAt)) figure.inName = true;
    // In the article a list marker is a position: it supports only an ordinal ("第 3").
    if (listMarker) Object.assign(figure, { unit: "ordinal", factor: 1 });
    figures.push(figure);
    taken.mark(digitsAt, figure.end);
  }
  // 减半, 一半, 翻倍: figures written in words.
  // (翻倍 in an article is two figures of one span: the multiple and the rise.)
  const words = findWordFigures(clean, options.all === true).filter((w) => !isTaken(w.index, w.end));
  figures.push(...words);
  for (const w of words) taken.mark(w.index, w.end);
  const chinese = findChineseNumbers(clean);
  for (const [i, n] of chinese.entries()) {
    if (isTaken(n.index, n.end)) continue;
    // In an entry a fraction (三分之一) is the share it states.
    if (!options.all && n.fraction) {
      const num = chinese[i + 1];
      const share =
        n.fraction === "den" && num?.fraction === "num" ? fractionAsPercent(n, num, clean) : undefined;
      if (share) figures.push(share);
      continue;
    }
    // In the article a fraction is its parts (十分之一 supports 1/10) and the share it states, so an
    // entry's 约三分之一 finds the article's 约三分之一.
    if (options.all && n.fraction === "den" && chinese[i + 1]?.fraction === "num") {
      const share = fractionAsPercent(n, chinese[i + 1]!, clean);
      if (share) figures.push(share);
    }
    const unit = n.unit?.key;
    // In entries, measured quantities written in Chinese are claims, and so are counts of a hundred or
    // more (企业客户三千二百家, 用户一百二十万); smaller counts are wording (两种方法, 十种语言).
    const counted = !unit || /^(count|points)$/.test(unit);
    if (!options.all && (n.value < 2 || unit === "ordinal" || (counted && n.value < 100))) continue;
    const noun = n.after ? countedNoun(n.after) : undefined;
    figures.push({
      ...(noun ? { noun } : {}),
      ...(n.fraction ? { fraction: n.fraction } : {}),
      raw: clean.slice(n.index, n.end),
      kind: "number",
      value: round(n.value * (n.unit?.factor ?? 1)),
      percent: unitClass(unit) === "percent",
      ...(unit ? { unit, factor: n.unit?.factor ?? 1 } : {}),
      step: n.step ?? n.unit?.factor ?? 1,
      digits: 1,
      index: n.index,
      end: n.end,
    });
  }
  // "10–80 倍", "3 到 5 秒": the first number of a range takes the unit of the second.
  figures.sort((a, b) => a.index - b.index);
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (a.kind !== "number" || b.kind !== "number" || a.unit || a.scale) continue;
    if (!b.unit && !b.scale) continue;
    if (!/^\s*(?:[-–—~～至到]|to)\s*$/.test(clean.slice(a.end, b.index))) continue;
    // "from 200,000 tokens in Quill 1.5 to 1 million": a name's version starts no range.
    const word = /([A-Za-z][A-Za-z0-9-]*)\s?$/.exec(clean.slice(Math.max(0, a.index - 40), a.index))?.[1];
    if (word !== undefined && !/^[a-z]+$/.test(word) && !/^(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|US|HK)$/.test(word))
      continue;
    const times = (b.factor ?? 1) * (b.scale ?? 1);
    Object.assign(a, {
      ...(b.unit ? { unit: b.unit, factor: b.factor } : {}),
      percent: b.percent,
      value: round(a.value * times),
      step: round(a.step * times),
    });
  }
  tagChanges(clean, figures);
  // "约占总营收的七成", "nearly double": an entry's figures in words as the approximations they are.
  readApproximateWords(clean, figures, options.all === true);
  // "1/10", "21/30 题": the numbers of a fraction keep their roles.
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (a.kind === "number" && b.kind === "number" && clean.slice(a.end, b.index) === "/" && !a.unit) {
      a.fraction = "num";
      b.fraction = "den";
    }
  }
  // Safety net: a digit group no pattern read is still a figure to check, never ignored.
  const figuresAt = Spans.of(clean.length, figures);
  for (const m of clean.matchAll(/\d+/g)) {
    if (taken.any(m.index) || (!options.all && namesAt.any(m.index))) continue;
    if (figuresAt.any(m.index)) continue;
    const figure = yearFigure(m[0], m.index, false);
    figures.push(figure);
    figuresAt.mark(figure.index, figure.end);
  }
  return { figures: figures.sort((a, b) => a.index - b.index), names, specials };
}

/** Which positions of a text a set of spans covers, one flag per position. */
class Spans {
  private readonly at: Uint8Array;
  constructor(length: number) {
    this.at = new Uint8Array(length + 1);
  }
  static of(length: number, spans: readonly { index: number; end: number }[]): Spans {
    const out = new Spans(length);
    for (const s of spans) out.mark(s.index, s.end);
    return out;
  }
  mark(from: number, to: number): void {
    this.at.fill(1, Math.max(0, from), Math.min(to, this.at.length));
  }
  /** Whether any position of [from, to) is covered (one position when `to` is left out). */
  any(from: number, to = from + 1): boolean {
    for (let i = Math.max(0, from); i < to && i < this.at.length; i++) if (this.at[i]) return true;
    return false;
  }
}

function yearFigure(digits: string, index: number, year = true): Figure {
  return {
    raw: digits,
    kind: "number",
    value: Number(digits),
    percent: false,
    ...(year ? { unit: "calyear" } : {}),
    step: 1,
    digits: digits.replace(/^0+/, "").replace(/0+$/, "").length || 1,
    index,
    end: index + digits.length,
  };
}

/** "1." or "(2)" at a line start, "[3]" citations: structure, not claims. */
function isListMarker(text: string, at: number, m: RegExpMatchArray): boolean {
  if (m[1] || m[3]) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  const lineStart = /(?:^|\n)\s*[-*]?\s*[(（]?$/.test(before);
  if (lineStart && /^\d+\s*(?:\.(?!\d)|[)、）])/.test(text.slice(at))) return true;
  return /\[$/.test(before) && /^\d+\]/.test(text.slice(at));
}
