// The sentences and clauses of a text, found once (bind-figures.ts binds figures over them): sentence
// spans, clause ends, connectors, and terms by position.
import type { Term } from "./find-terms.ts";
import { termsIn } from "./term-ranges.ts";

const CONNECTOR_AT = /(?=(\s(?:and|or|while|but|versus|vs\.?)\s))/gi;

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

/** The index of the span holding `at` (spans are sorted and disjoint), else 0. Binary search. */
export function spanAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return 0;
}

export const endsClause = (text: string, i: number) =>
  CLAUSE_END.test(text[i]!) &&
  !(text[i] === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""));

/** Where the clause that starts at a position ends (a comma between digits does not end it), at most `limit`. */
export type ClauseEnd = (from: number, limit: number) => number;

/**
 * The clause ends of one text, found in one pass: a figure's clause is asked for once per figure
 * and per earlier figure of its sentence, so scanning for it each time made a sentence of many
 * figures ("1.1.1.1…", 800 characters) take seconds.
 */
function clauseEnds(text: string): ClauseEnd {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = endsClause(text, i) ? i : next[i + 1]!;
  return (from, limit) => Math.min(next[Math.min(Math.max(0, from), text.length)]!, limit);
}

/** Where each connector (" and ", " vs. " …) starts and how long it is, in order. */
function connectorsOf(text: string): { at: number; length: number }[] {
  return [...text.matchAll(CONNECTOR_AT)].map((m) => ({ at: m.index, length: m[1]!.length }));
}

/** Index of the first item whose key is >= `value` in a list sorted by key (binary search). */
export function firstAtLeast<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One text's look-ups, built once per call: clause ends, connectors, and terms by position (terms
 * come sorted by index from findTerms), so binding F figures costs about F look-ups, not F × text.
 */
export interface TextIndex {
  text: string;
  clauseEnd: ClauseEnd;
  connectors: { at: number; length: number }[];
  terms: readonly Term[];
}

export function indexText(text: string, terms: readonly Term[]): TextIndex {
  const sorted = terms.every((t, i) => i === 0 || terms[i - 1]!.index <= t.index)
    ? terms
    : [...terms].sort((a, b) => a.index - b.index);
  return { text, clauseEnd: clauseEnds(text), connectors: connectorsOf(text), terms: sorted };
}

/** The keys of the terms within [from, to) (binary search on the sorted terms). */
export const termsBetween = (
  ix: TextIndex,
  from: number,
  to: number,
  near?: { first?: number; last?: number },
) => termsIn(ix.terms, from, to, near);
