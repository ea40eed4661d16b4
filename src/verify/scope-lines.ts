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
): { leadIn?: Span; heading?: Span; rowLabel?: Span; column?: Span; rows?: Span[] } {
  // A row of a table in prose: "DeepCode-33B：HumanEval 79.3%，MBPP 70.1%" — the label is the row's.
  const lineStart = lineStartOf(text, at);
  // The label is at most 41 characters: reading more of a long line per figure made it quadratic.
  const label = /^[^：:\n。！？]{1,40}[：:]/.exec(text.slice(lineStart, Math.min(at, lineStart + 41)));
  const rowLabel = label ? { start: lineStart, end: lineStart + label[0].length } : undefined;
  const cells = tableCells(text, lineStart, at);
  return {
    ...scopeAbove(text, lineStart, floor),
    ...(rowLabel ? { rowLabel } : cells?.row ? { rowLabel: cells.row } : {}),
    ...(cells?.column ? { column: cells.column } : {}),
    ...(cells?.rows ? { rows: cells.rows } : {}),
  };
}

/** A row of a table written with pipes ("Xingheng-3 | 81.2 | 68.4"), as extractors write tables. */
const PIPE_ROW = /^[^|\n]*\|[^|\n]*\|/;
const RULE_ROW = /^[\s|:-]+$/;

/** Cell boundaries of a line: the spans between its pipes (a leading or trailing pipe opens none). */
function cellsOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== "|") continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    out.push({ start: a, end: b });
    from = i + 1;
  }
  if (out[0] && out[0].start === out[0].end && text[start] !== undefined) out.shift();
  return out;
}

/**
 * In a pipe table, the header cell over the figure at `at` and its row's first cell: what a cell's
 * figure measures and of what ("MMLU-Pro" and "Xingheng-3" for 81.2). The header is the first line
 * of the run of pipe lines the row belongs to; a rule line (---|---) is skipped.
 */
function tableCells(
  text: string,
  lineStart: number,
  at: number,
): { row?: Span; column?: Span; rows?: Span[] } | undefined {
  // A line's figures ask in turn: its end, header and cells are read once per line, not per figure
  // (a 40 KB row of 10,000 cells took 12 s; see tables below).
  const known = tables(text).get(lineStart);
  const read = known === undefined ? readTableLine(text, lineStart) : known;
  if (!read) return undefined;
  const { row, header, headers } = read;
  // The cell of `at`: the last starting at or before it (cells are disjoint, in order).
  let lo = 0;
  for (let hi = row.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (row[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const k = lo > 0 && at <= row[lo - 1]!.end ? lo - 1 : -1;
  if (k < 0) return undefined;
  const first = row[0]!.start < row[0]!.end ? row[0] : undefined;
  if (header === lineStart) return {};
  const column = headers[k];
  return {
    ...(k > 0 && first ? { row: first } : {}),
    ...(column && column.start < column.end ? { column } : {}),
    // Every name the table's rows and columns are labelled with (one array per table: index-article.ts
    // reads it once).
    rows: labelsOf(text, header, headers),
  };
}

const rowVerdicts = new WeakMap<readonly Span[], boolean>();
/**
 * Whether any of a table's rows passes `test`, asked once per table: its figures share one array
 * (labelsOf), so a wide table no longer reads every row for every cell. `test` must be the same
 * for one array (one article's subject, index-article.ts).
 */
export function anyRowOnce(rows: readonly Span[], test: (row: Span) => boolean): boolean {
  let verdict = rowVerdicts.get(rows);
  if (verdict === undefined) {
    verdict = rows.some(test);
    rowVerdicts.set(rows, verdict);
  }
  return verdict;
}

interface TableLine {
  row: Span[];
  header: number;
  headers: Span[];
}

/** The table lines of the text last asked about, by line start (null: not a table line). */
let tableLines: { text: string; byStart: Map<number, TableLine | null> } | undefined;
const tables = (text: string) => {
  if (tableLines?.text !== text) tableLines = { text, byStart: new Map() };
  return tableLines.byStart;
};

function readTableLine(text: string, lineStart: number): TableLine | null {
  const lineEnd = lineEndOf(text, lineStart);
  let read: TableLine | null = null;
  if (PIPE_ROW.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 400)))) {
    let header = lineStart;
    for (let up = 0; up < 60 && header > 0; up++) {
      const prevStart = text.lastIndexOf("\n", header - 2) + 1;
      const prev = text.slice(prevStart, header - 1);
      if (!PIPE_ROW.test(prev) && !(RULE_ROW.test(prev) && prev.includes("|"))) break;
      header = prevStart;
    }
    const row = cellsOf(text, lineStart, lineEnd);
    const headers =
      header === lineStart
        ? row
        : (tables(text).get(header)?.row ?? cellsOf(text, header, lineEndOf(text, header)));
    read = { row, header, headers };
  }
  tables(text).set(lineStart, read);
  return read;
}

/** Row labels and header cells of the table last asked about, as one array. */
let labels: { text: string; header: number; all: Span[] } | undefined;
function labelsOf(text: string, header: number, headers: Span[]): Span[] {
  if (labels?.text !== text || labels.header !== header)
    labels = { text, header, all: [...rowLabelsOf(text, header), ...headers] };
  return labels.all;
}

/** Lines of a table read for its row labels (a table of our material has a few dozen). */
const TABLE_ROWS = 200;

/** The last table's row labels (its figures ask in turn). */
let table: { text: string; header: number; rows: Span[] } | undefined;

/** Every row's first cell in the table whose header line starts at `header`. */
function rowLabelsOf(text: string, header: number): Span[] {
  if (table && table.text === text && table.header === header) return table.rows;
  const rows: Span[] = [];
  // At most TABLE_ROWS lines below the header: the header is found at most 60 lines up, so each row
  // of a longer table has a header of its own, and reading each one's rows to the end was rows².
  let lines = 0;
  for (let start = lineEndOf(text, header) + 1; start < text.length && lines++ < TABLE_ROWS; ) {
    const end = lineEndOf(text, start);
    const line = text.slice(start, end);
    if (!PIPE_ROW.test(line) && !(RULE_ROW.test(line) && line.includes("|"))) break;
    const first = cellsOf(text, start, end)[0];
    if (first && first.start < first.end && !RULE_ROW.test(line)) rows.push(first);
    start = end + 1;
  }
  table = { text, header, rows };
  return rows;
}

const lineEndOf = (text: string, start: number) => {
  const end = text.indexOf("\n", start);
  return end < 0 ? text.length : end;
};

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
    // A table's rows are no headings: the lines above the table may be.
    if (!s || PIPE_ROW.test(s) || (RULE_ROW.test(s) && s.includes("|"))) continue;
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
