// Figure ↔ term binding, the same way in the entry and in the article. A figure is bound to the terms
// of its segment (from the previous figure of its sentence, or the sentence start, up to it, plus the
// rest of its clause): "比 Isaac Gym 和 MJX 快 10–80 倍" binds to both. A segment without terms takes
// the nearest earlier segment of the sentence ("在 MMLU 和 HumanEval 上分别为 88.7% 和 90.2%"), then
// the previous sentence; in the article a list's lead-in and the section heading always count.
import { mapRespectively, shareTrailing } from "./coordinated-figures.ts";
import type { Figure } from "./find-figures.ts";
import { isMeasure, type Term } from "./find-terms.ts";
import {
  endsClause,
  firstAtLeast,
  indexText,
  type Span,
  sentenceSpans,
  spanAt,
  type TextIndex,
  termsBetween,
} from "./text-spans.ts";

export { scopeLines } from "./scope-lines.ts";

/**
 * How many terms on either side of a figure can be its own. Real segments hold a handful; a hostile
 * "sentence" of 40 KB ("A1 A1 …", "M1x M2x …", no punctuation) gave every figure the terms of the
 * whole sentence: seconds to minutes, and gigabytes when the names differ.
 */
const REACH = 64;
/** The terms of [from, to), at most REACH of them, the nearest to `to`. */
const termsUpTo = (ix: TextIndex, from: number, to: number) => termsBetween(ix, from, to, { last: REACH });

export { type Span, sentenceSpans, spanAt } from "./text-spans.ts";

export interface Binding {
  /** Terms of the figure's own segment. */
  own: Set<string>;
  /** What the figure is about: own terms, else the nearest earlier segment, else the previous sentence. */
  bound: Set<string>;
  /** Its sentence. */
  sentence: Span;
}

/** A connector at every position it starts (overlapping ones too): " and ", " vs. " … */

/**
 * Terms after a figure that are its own, and where its part of the text ends. A term attached to
 * the figure ("45 亿美元估值", "0.91 的 GenEval") is always its; the rest of its clause up to a
 * connector ("$3 per million input tokens and …") is its unless another figure comes first ("1 分钟
 * 回答的耗时从 25 秒": those terms precede that figure).
 */
function ownedAfter(
  ix: TextIndex,
  f: Figure,
  next: number,
  sentenceEnd: number,
): { keys: Set<string>; end: number } {
  const clause = ix.clauseEnd(f.end, sentenceEnd);
  // The first connector inside [f.end, clause), as a regex run on that slice would find it.
  const first = ix.connectors[firstAtLeast(ix.connectors, f.end, (c) => c.at)];
  const stop = first && first.at + first.length <= clause ? first.at : clause;
  if (next >= stop) return { keys: termsBetween(ix, f.end, stop, { first: REACH }), end: stop };
  // "45 亿美元估值", "0.91 的 GenEval", "96GB of HBM3e memory", "200,000 tokens in Quill 1.5": attached.
  const gap = /^\s?(?:的|of\s|in\s|for\s)?\s?/.exec(ix.text.slice(f.end, f.end + 6))![0].length;
  const at = f.end + gap;
  const attached: Term[] = [];
  for (let i = firstAtLeast(ix.terms, at, (t) => t.index); i < ix.terms.length; i++) {
    const t = ix.terms[i]!;
    if (t.index !== at) break;
    if (t.end <= next) attached.push(t);
  }
  // "2025 年营收 12 亿元": a year's amount measure is also the next figure's (the year's revenue is
  // 12 亿元), so the next figure's part of the text starts right after the year. Not an event the year
  // dates ("2018 年成立以来累计交付 8000 台": 8000 台 is no founding).
  const shared =
    isYear(f) && next < stop && attached.some((t) => isMeasure(t.key) && !YEAR_MEASURES.has(t.key));
  const end = shared ? f.end : Math.max(f.end, ...attached.map((t) => t.end));
  return { keys: new Set(attached.map((t) => t.key)), end };
}

const TIME_MEASURES = new Set(["~latency", "~battery", "~q1", "~q2", "~q3", "~q4"]);
/** A calendar year: "2025 年", or English "2025 revenue" (four digits, no unit). */
const isYear = (f: Figure) =>
  f.unit === "calyear" || (!f.unit && /^(?:19|20)\d\d$/.test(f.raw) && Number.isInteger(f.value));
/** Measures a calendar year is itself of, not an amount's: founded in, a quarter of. */
const YEAR_MEASURES = new Set(["~founded", "~q1", "~q2", "~q3", "~q4"]);

/** A span of time ("两个月内", "48 小时") is an adverbial: measure words other than time ones are not its. */
function fitTerms(f: Figure, terms: Set<string>): Set<string> {
  if (!/^(s|month|year)$/.test(f.unit ?? "")) return terms;
  return new Set([...terms].filter((k) => !k.startsWith("~") || TIME_MEASURES.has(k)));
}

/** A name's own digits ("AIME 2025", "Opus 4.5", "Small 4"): written after a Latin name, no unit. */
export function isVersion(text: string, f: Figure): boolean {
  if (f.inName === true) return true;
  if (f.unit) return false;
  const word = /([A-Za-z][A-Za-z0-9-]*)\s?$/.exec(text.slice(Math.max(0, f.index - 40), f.index))?.[1];
  // A name ("Llama 3", "Opus 4.5", "gpt-oss 120"), not English prose ("with a 200K", "up to 64K").
  return word !== undefined && !/^[a-z]+$/.test(word);
}

/** Dates, list markers and digits inside names are context, not figures that compete for terms. */
const splitsSentence = (f: Figure) => f.kind === "number" && f.unit !== "ordinal" && !f.inName;

/** Start of the clause that holds `at` (not before `floor`). */
function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    if (endsClause(text, i)) return i + 1;
  }
  return floor;
}

/** A clause that scopes the next one: "在 MMLU 上，" / "在其专业基准 X 的测试中，". */
const SCOPING_CLAUSE =
  /(?:在|于|对|针对|基于)[^，,。；;]{1,40}(?:上|中|里|下|方面|测试|评测|基准)\s*[，,]\s*$/;

/**
 * In an entry, a figure is bound to the terms of its own clause (from the previous figure on), or of
 * the clause just before when that one scopes it ("在 MMLU 上，得分 …"); nothing else. An entry
 * sentence merges facts from all over the article, so its other clauses say nothing about the figure.
 */
export function bindClaimFigures(
  text: string,
  figures: readonly Figure[],
  terms: readonly Term[],
): Set<string>[] {
  const ix = indexText(text, terms);
  const sentences = sentenceSpans(text);
  const all = figures.filter(splitsSentence);
  const others = all.filter((g) => !isVersion(text, g));
  const after: Set<string>[] = [];
  const bound = figures.map((f) => {
    // A name's digits are bound as before; they do not cut another figure's clause short.
    const numbers = isVersion(text, f) ? all : others;
    const sentence = sentences[spanAt(sentences, f.index)] ?? { start: 0, end: text.length };
    // Dates are context ("Q1 营收 30 亿元"), not figures that compete for terms.
    const nextOf = (g: Figure) => {
      const after = numbers.find((h) => h.index >= g.end);
      return after && after.index < sentence.end ? after.index : sentence.end;
    };
    const prev = numbers.filter((g) => g.end <= f.index).at(-1);
    const prevEnd = prev ? ownedAfter(ix, prev, nextOf(prev), sentence.end).end : 0;
    const floor = prev && prevEnd > sentence.start ? Math.min(prevEnd, f.index) : sentence.start;
    const start = clauseStart(text, f.index, floor);
    const own = termsUpTo(ix, start, f.index);
    after.push(ownedAfter(ix, f, nextOf(f), sentence.end).keys);
    for (const k of after.at(-1)!) own.add(k);
    // "在 MMLU 上，XModel 得分 71.3": the scoping clause names what the figure is measured on.
    if (start > floor && SCOPING_CLAUSE.test(text.slice(floor, start)))
      for (const k of termsUpTo(ix, clauseStart(text, start - 1, floor), start)) own.add(k);
    return own;
  });
  shareTrailing(text, figures, after, bound);
  mapRespectively(text, figures, sentences, bound);
  return bound.map((own, i) => fitTerms(figures[i]!, own));
}

const inSpan = (g: Figure | undefined, span: Span): g is Figure =>
  g !== undefined && g.index >= span.start && g.index < span.end;

const entityless = (set: Set<string>) => ![...set].some((k) => !isMeasure(k));

/**
 * One list of sentence-splitting figures (sorted by position) with the look-ups binding needs:
 * the next figure after a position, each figure's segment terms, and per figure the nearest earlier
 * figure of its sentence (itself included) whose segment names anything / names an entity. So the
 * walk back to an entity is one step, not one step per earlier figure (a sentence of a thousand
 * figures made it cubic).
 */
interface FigureList {
  figures: readonly Figure[];
  /** How many figures end at or before a position. */
  endedBy(at: number): number;
  nextOf(g: Figure, sentence: Span): number;
  segStart(j: number, upTo: number, sentence: Span): number;
  segments(): { seg: Set<string>[]; lastNamed: Int32Array; lastEntity: Int32Array };
}

function listFigures(ix: TextIndex, figures: readonly Figure[], sentences: readonly Span[]): FigureList {
  const endsSorted = figures.every((g, i) => i === 0 || figures[i - 1]!.end <= g.end);
  const sentenceOf = (g: Figure) =>
    sentences[spanAt(sentences, g.index)] ?? { start: 0, end: ix.text.length };
  let segments: ReturnType<FigureList["segments"]> | undefined;
  const list: FigureList = {
    figures,
    endedBy: (at) =>
      endsSorted ? firstAtLeast(figures, at + 1, (g) => g.end) : figures.filter((g) => g.end <= at).length,
    // A segment starts after the previous figure's clause: the rest of that clause is that figure's.
    nextOf(g, sentence) {
      const after = figures[firstAtLeast(figures, g.end, (h) => h.index)];
      return inSpan(after, sentence) ? after.index : sentence.end;
    },
    // A segment starts after the previous figure's clause, or after the part of it that is its own.
    segStart(j, upTo, sentence) {
      const prev = figures[j - 1];
      if (!(j > 0 && inSpan(prev, sentence))) return sentence.start;
      const end = ix.clauseEnd(prev.end, sentence.end);
      if (end < upTo) return end + 1;
      return Math.min(ownedAfter(ix, prev, list.nextOf(prev, sentence), sentence.end).end, upTo);
    },
    segments() {
      if (segments) return segments;
      const seg: Set<string>[] = [];
      const lastNamed = new Int32Array(figures.length);
      const lastEntity = new Int32Array(figures.length);
      figures.forEach((g, j) => {
        const sentence = sentenceOf(g);
        seg.push(termsUpTo(ix, list.segStart(j, g.index, sentence), g.index));
        const chained = inSpan(figures[j - 1], sentence);
        lastNamed[j] = seg[j]!.size > 0 ? j : chained ? lastNamed[j - 1]! : -1;
        lastEntity[j] = !entityless(seg[j]!) ? j : chained ? lastEntity[j - 1]! : -1;
      });
      segments = { seg, lastNamed, lastEntity };
      return segments;
    },
  };
  return list;
}

/** Bindings of every figure of the article's `text` (figures sorted by position). */
export function bindFigures(text: string, all: readonly Figure[], terms: readonly Term[]): Binding[] {
  const ix = indexText(text, terms);
  const sentences = sentenceSpans(text);
  // Dates are context, not figures that compete for terms: only numbers split a sentence, and a
  // name's digits (Opus 4.5) split only their own.
  const splitting = all.filter(splitsSentence);
  const lists = {
    all: listFigures(ix, splitting, sentences),
    others: listFigures(
      ix,
      splitting.filter((g) => !isVersion(text, g)),
      sentences,
    ),
  };
  const after: Set<string>[] = [];
  const owns = all.map((f) => {
    const list = isVersion(text, f) ? lists.all : lists.others;
    const sentence = sentences[spanAt(sentences, f.index)] ?? { start: 0, end: text.length };
    const own = termsUpTo(ix, list.segStart(list.endedBy(f.index), f.index, sentence), f.index);
    after.push(ownedAfter(ix, f, list.nextOf(f, sentence), sentence.end).keys);
    for (const k of after.at(-1)!) own.add(k);
    return own;
  });
  // "up from 79.0 and 51.2 for Aster-1": the trailing words are both figures'.
  shareTrailing(text, all, after, owns);
  return all.map((f, n) => {
    const list = isVersion(text, f) ? lists.all : lists.others;
    const si = spanAt(sentences, f.index);
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    const i = list.endedBy(f.index);
    const own = owns[n]!;
    // A segment naming only a measure (通过率从 31%) is about the entity an earlier segment of its
    // sentence names ("在基准 Polaris-Proof 的测试中，经过两轮强化学习，证明题通过率从 31%"): the
    // nearest earlier segment that names anything when the figure's own names nothing, then the
    // nearest one before it that names an entity.
    let bound = own;
    let j = i - 1;
    if (entityless(bound) && inSpan(list.figures[j], sentence)) {
      const { seg, lastNamed, lastEntity } = list.segments();
      if (bound.size === 0) {
        const k = lastNamed[j]!;
        if (k >= 0) bound = seg[k]!;
        j = k - 1;
      }
      if (bound.size > 0 && entityless(bound) && inSpan(list.figures[j], sentence)) {
        const k = lastEntity[j]!;
        if (k >= 0) bound = new Set([...bound, ...[...seg[k]!].filter((key) => !isMeasure(key))]);
      }
    }
    if (bound.size === 0 && si > 0) bound = termsUpTo(ix, sentences[si - 1]!.start, sentence.start);
    return { own: fitTerms(f, own), bound: fitTerms(f, new Set(bound)), sentence };
  });
}
