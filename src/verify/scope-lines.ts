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
