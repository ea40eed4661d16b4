// The list lead-in, heading and table-row label above a position: what the article's figures under
// them are about (bind-figures.ts, index-article.ts).
import type { Span } from "./text-spans.ts";

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
  const lineStart = lineStartOf(text, at);
  // The label is at most 41 characters: reading more of a long line per figure made it quadratic.
  const label = /^[^：:\n。！？]{1,40}[：:]/.exec(text.slice(lineStart, Math.min(at, lineStart + 41)));
  const rowLabel = label ? { start: lineStart, end: lineStart + label[0].length } : undefined;
  return { ...scopeAbove(text, lineStart, floor), ...(rowLabel ? { rowLabel } : {}) };
}

/** The line last asked about: the figures of a line ask in turn (a 100 KB line, once per figure). */
let line: { text: string; start: number; end: number } | undefined;

function lineStartOf(text: string, at: number): number {
  if (line && line.text === text && at >= line.start && at <= line.end) return line.start;
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const next = text.indexOf("\n", at);
  line = { text, start, end: next < 0 ? text.length : next };
  return start;
}

/** The last line's scope, for the figures after the first on a line (they share it). */
let last:
  | { text: string; lineStart: number; floor: number; scope: { leadIn?: Span; heading?: Span } }
  | undefined;

function scopeAbove(text: string, lineStart: number, floor: number): { leadIn?: Span; heading?: Span } {
  if (last && last.text === text && last.lineStart === lineStart && last.floor === floor) return last.scope;
  const scope = scopeOf(text, lineStart, floor);
  last = { text, lineStart, floor, scope };
  return scope;
}

function scopeOf(text: string, lineStart: number, floor: number): { leadIn?: Span; heading?: Span } {
  const lines: Span[] = [];
  let end = lineStart - 1;
  while (end >= floor && lines.length < 40) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    lines.push({ start, end });
    end = start - 1;
  }
  let leadIn: Span | undefined;
  let listOpen = true;
  for (const line of lines) {
    const s = trimmed(text, line);
    if (!s) continue;
    if (/[：:]$/.test(s) && listOpen) return { leadIn: line, heading: headingAbove(text, lines, line) };
    if (isHeading(s)) return { leadIn, heading: line };
    if (!LIST_ITEM.test(s)) listOpen = false;
  }
  return { leadIn };
}

const isHeading = (s: string) => s.length <= 40 && !HEADING_END.test(s) && !LIST_ITEM.test(s);

/**
 * A line's text, trimmed; a long line only by its ends (what the tests read: its start, its last
 * character, whether it is longer than 40), so a 100 KB line is not copied for every figure.
 */
function trimmed(text: string, line: Span): string {
  if (line.end - line.start <= 200) return text.slice(line.start, line.end).trim();
  const head = text.slice(line.start, line.start + 100).trimStart();
  const tail = text.slice(line.end - 100, line.end).trimEnd();
  return head && tail ? `${head}${tail}` : text.slice(line.start, line.end).trim();
}

function headingAbove(text: string, lines: readonly Span[], from: Span): Span | undefined {
  for (const line of lines.slice(lines.indexOf(from) + 1)) {
    const s = trimmed(text, line);
    if (s && isHeading(s)) return line;
  }
  return undefined;
}
