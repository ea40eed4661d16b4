// Figure ↔ term binding, the same way in the entry and in the article. A figure is bound to the terms
// of its segment (from the previous figure of its sentence, or the sentence start, up to it, plus the
// rest of its clause): "比 Isaac Gym 和 MJX 快 10–80 倍" binds to both. A segment without terms takes
// the nearest earlier segment of the sentence ("在 MMLU 和 HumanEval 上分别为 88.7% 和 90.2%"), then
// the previous sentence; in the article a list's lead-in and the section heading always count.
import type { Figure } from "./find-figures.ts";
import { isMeasure, type Term, termsIn } from "./find-terms.ts";

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s+[A-Z])/g;
const CLAUSE_END = /[，,；;。！？!?\n：:、]/;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + 1;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

export const spanAt = (spans: readonly Span[], at: number): number =>
  Math.max(
    0,
    spans.findIndex((s) => at >= s.start && at < s.end),
  );

/** End of the clause that starts at `from` (a comma between digits does not end it). */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (
      CLAUSE_END.test(text[i]!) &&
      !(text[i] === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""))
    )
      return i;
  }
  return limit;
}

export interface Binding {
  /** Terms of the figure's own segment. */
  own: Set<string>;
  /** What the figure is about: own terms, else the nearest earlier segment, else the previous sentence. */
  bound: Set<string>;
  /** Its sentence. */
  sentence: Span;
}

const CONNECTOR = /\s(?:and|or|while|but|versus|vs\.?)\s/i;

/**
 * Terms after a figure that are its own, and where its part of the text ends. A term attached to
 * the figure ("45 亿美元估值", "0.91 的 GenEval") is always its; the rest of its clause up to a
 * connector ("$3 per million input tokens and …") is its unless another figure comes first ("1 分钟
 * 回答的耗时从 25 秒": those terms precede that figure).
 */
function ownedAfter(
  text: string,
  f: Figure,
  next: number,
  sentenceEnd: number,
  terms: readonly Term[],
): { keys: Set<string>; end: number } {
  const clause = clauseEnd(text, f.end, sentenceEnd);
  const connector = CONNECTOR.exec(text.slice(f.end, clause));
  const stop = connector ? f.end + connector.index : clause;
  if (next >= stop) return { keys: termsIn(terms, f.end, stop), end: stop };
  const gap = /^\s?的?\s?/.exec(text.slice(f.end))![0].length;
  const attached = terms.filter((t) => t.index === f.end + gap && t.end <= next);
  const end = Math.max(f.end, ...attached.map((t) => t.end));
  return { keys: new Set(attached.map((t) => t.key)), end };
}

const TIME_MEASURES = new Set(["~latency", "~battery", "~q1", "~q2", "~q3", "~q4"]);

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
    if (
      CLAUSE_END.test(text[i]!) &&
      !(text[i] === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""))
    )
      return i + 1;
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
  const sentences = sentenceSpans(text);
  const all = figures.filter(splitsSentence);
  const others = all.filter((g) => !isVersion(text, g));
  return figures.map((f) => {
    // A name's digits are bound as before; they do not cut another figure's clause short.
    const numbers = isVersion(text, f) ? all : others;
    const sentence = sentences[spanAt(sentences, f.index)] ?? { start: 0, end: text.length };
    // Dates are context ("Q1 营收 30 亿元"), not figures that compete for terms.
    const nextOf = (g: Figure) => {
      const after = numbers.find((h) => h.index >= g.end);
      return after && after.index < sentence.end ? after.index : sentence.end;
    };
    const prev = numbers.filter((g) => g.end <= f.index).at(-1);
    const prevEnd = prev ? ownedAfter(text, prev, nextOf(prev), sentence.end, terms).end : 0;
    const floor = prev && prevEnd > sentence.start ? Math.min(prevEnd, f.index) : sentence.start;
    const start = clauseStart(text, f.index, floor);
    const own = termsIn(terms, start, f.index);
    for (const k of ownedAfter(text, f, nextOf(f), sentence.end, terms).keys) own.add(k);
    // "在 MMLU 上，XModel 得分 71.3": the scoping clause names what the figure is measured on.
    if (start > floor && SCOPING_CLAUSE.test(text.slice(floor, start)))
      for (const k of termsIn(terms, clauseStart(text, start - 1, floor), start)) own.add(k);
    return fitTerms(f, own);
  });
}

/** Bindings of every figure of the article's `text` (figures sorted by position). */
export function bindFigures(text: string, all: readonly Figure[], terms: readonly Term[]): Binding[] {
  const sentences = sentenceSpans(text);
  // Dates are context, not figures that compete for terms: only numbers split a sentence, and a
  // name's digits (Opus 4.5) split only their own.
  const splitting = all.filter(splitsSentence);
  const others = splitting.filter((g) => !isVersion(text, g));
  return all.map((f) => {
    const figures = isVersion(text, f) ? splitting : others;
    const si = spanAt(sentences, f.index);
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    const sameSentence = (g: Figure | undefined) => g && g.index >= sentence.start && g.index < sentence.end;
    const i = figures.filter((g) => g.end <= f.index).length;
    // A segment starts after the previous figure's clause: the rest of that clause is that figure's.
    const nextOf = (g: Figure) => {
      const after = figures.find((h) => h.index >= g.end);
      return sameSentence(after) ? after!.index : sentence.end;
    };
    // A segment starts after the previous figure's clause, or after the part of it that is its own.
    const segStart = (j: number, upTo: number) => {
      const prev = figures[j - 1];
      if (!(j > 0 && sameSentence(prev))) return sentence.start;
      const end = clauseEnd(text, prev!.end, sentence.end);
      if (end < upTo) return end + 1;
      return Math.min(ownedAfter(text, prev!, nextOf(prev!), sentence.end, terms).end, upTo);
    };
    const own = termsIn(terms, segStart(i, f.index), f.index);
    for (const k of ownedAfter(text, f, nextOf(f), sentence.end, terms).keys) own.add(k);
    // A segment naming only a measure (通过率从 31%) is about the entity an earlier segment of its
    // sentence names ("在基准 Polaris-Proof 的测试中，经过两轮强化学习，证明题通过率从 31%").
    let bound = own;
    const entityless = (set: Set<string>) => ![...set].some((k) => !isMeasure(k));
    for (let j = i - 1; entityless(bound) && j >= 0 && sameSentence(figures[j]); j--) {
      const earlier = termsIn(terms, segStart(j, figures[j]!.index), figures[j]!.index);
      if (bound.size === 0) bound = earlier;
      else if (!entityless(earlier))
        bound = new Set([...bound, ...[...earlier].filter((k) => !isMeasure(k))]);
    }
    if (bound.size === 0 && si > 0) bound = termsIn(terms, sentences[si - 1]!.start, sentence.start);
    return { own: fitTerms(f, own), bound: fitTerms(f, new Set(bound)), sentence };
  });
}

const LIST_ITEM = /^\s*(?:[-*•·▪]|\d{1,2}\s*[.、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/;
const HEADING_END = /[。！？!?；;，,、：:]$/;

/**
 * The lead-in of a list item ("GPT-4o mini 的定价：") and the nearest heading above a position:
 * they name what the figures under them are about. Lines before `floor` (the title) are not read.
 */
export function scopeLines(
  text: string,
  at: number,
  floor = 0,
): { leadIn?: Span; heading?: Span; rowLabel?: Span } {
  // A row of a table in prose: "DeepCode-33B：HumanEval 79.3%，MBPP 70.1%" — the label is the row's.
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const label = /^[^：:\n。！？]{1,40}[：:]/.exec(text.slice(lineStart, at));
  const rowLabel = label ? { start: lineStart, end: lineStart + label[0].length } : undefined;
  return { ...scopeAbove(text, at, floor), ...(rowLabel ? { rowLabel } : {}) };
}

function scopeAbove(text: string, at: number, floor: number): { leadIn?: Span; heading?: Span } {
  const lines: Span[] = [];
  let end = text.lastIndexOf("\n", at - 1);
  while (end >= floor && lines.length < 40) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    lines.push({ start, end });
    end = start - 1;
  }
  let leadIn: Span | undefined;
  let listOpen = true;
  for (const line of lines) {
    const s = text.slice(line.start, line.end).trim();
    if (!s) continue;
    if (/[：:]$/.test(s) && listOpen) return { leadIn: line, heading: headingAbove(text, lines, line) };
    if (s.length <= 40 && !HEADING_END.test(s) && !LIST_ITEM.test(s)) return { leadIn, heading: line };
    if (!LIST_ITEM.test(s)) listOpen = false;
  }
  return { leadIn };
}

function headingAbove(text: string, lines: readonly Span[], from: Span): Span | undefined {
  for (const line of lines.slice(lines.indexOf(from) + 1)) {
    const s = text.slice(line.start, line.end).trim();
    if (s && s.length <= 40 && !HEADING_END.test(s) && !LIST_ITEM.test(s)) return line;
  }
  return undefined;
}
