// Figures an article states by giving two values side by side, which entries work out as real
// models do (derive-figures.ts adds them, each about what both values are about):
// - a value and its earlier one: "净利润 7.9 亿元，去年同期为 3.7 亿元", "Net income came to $3.05
//   billion, … up from $1.46 billion a year earlier" state "约为去年同期的两倍" (2.14×) and the rise
//   (+113.5%); "Gross margin was 71.8%, compared with 68.9%" states "提升 2.9 个百分点";
// - two cells of a table row: "| AIME 2025 | 91.2 | 78.5 | 89.4 |" states "比 Cirrus 2.5 高 12.7 分"
//   and "领先 GPT-5 1.8 分", the left cell being the row's subject (its direction: up when larger).
// Differences of amounts ("净利润增加 4.2 亿元") are not worked out: a level of the same size would
// borrow them.
import type { DerivedFigure } from "./derive-figures.ts";
import type { Figure } from "./figure.ts";
import { derivedFigure, round } from "./multiples.ts";
import { compatibleUnits, unitClass } from "./units.ts";

/** "A，去年同期为 B": the words from A to the earlier value B. */
const EARLIER_ZH =
  /^[^。；;！？\n\d]{0,6}[，,]\s*(?:而|相比之下，?)?(?:去年同期|上年同期|上一季度|上季度|上一财季|上年|去年|上月|上个月|一年前|此前)(?:则|仅)?(?:为|是|只有)\s*(?:约|仅)?\s*$/;
/** "A, up from B", "A, compared with B", "A versus B": English words from a value to its earlier one. */
const EARLIER_EN =
  /^(?:[^.;!?\n]|\.(?=\d)){0,40}?\b(?:(?:up|down|rising|falling|rose|fell|increasing|decreasing)\s+from|compared\s+(?:with|to)|versus|vs\.?|against)\s*$/i;

/** "$1.22 per share", "每股": an amount per unit, no earlier value of a total. */
const PER_UNIT = /^\s*(?:(?:per|a)\s+share|per\s+(?:unit|user|customer))\b/i;

const numeric = (f: Figure | undefined): f is Figure =>
  f?.kind === "number" && !f.derived && !f.inName && !f.fraction && f.value > 0 && f.unit !== "ordinal";

function derived(from: number, withIndex: number, like: Figure, fields: Partial<Figure>): DerivedFigure {
  return { from, with: withIndex, figure: derivedFigure(like, fields) };
}

/** Percentage points between two percentages, signed from `older` to `newer`. */
export function pointsBetween(
  newer: Figure,
  older: Figure,
  from: number,
  withIndex: number,
): DerivedFigure[] {
  const value = round(Math.abs(newer.value - older.value));
  if (value === 0) return [];
  return [
    derived(from, withIndex, newer, {
      raw: `${value} 个百分点`,
      value,
      percent: true,
      unit: "pp",
      direction: newer.value > older.value ? "up" : "down",
      step: Math.max(newer.step, older.step),
    }),
  ];
}

/** The ratio of two amounts of one unit: the multiple, and the rise or cut in percent. */
export function ratioBetween(newer: Figure, older: Figure, from: number, withIndex: number): DerivedFigure[] {
  const ratio = newer.value / older.value;
  // Two amounts a hundredfold apart are not one quantity at two times.
  if (ratio === 1 || ratio > 100 || ratio < 0.01) return [];
  const like = (fields: Partial<Figure>) => derived(from, withIndex, newer, fields);
  const pct = (value: number, relation: Figure["relation"], direction: "up" | "down") =>
    like({ raw: `${value}%`, value, percent: true, unit: "percent", relation, direction });
  if (ratio > 1)
    return [
      like({ raw: `${round(ratio)} 倍`, value: round(ratio), unit: "times", direction: "up" }),
      pct(round((ratio - 1) * 100), "rise", "up"),
    ];
  return [
    like({ raw: `${round(1 / ratio)} 倍`, value: round(1 / ratio), unit: "times" }),
    pct(round(ratio * 100), "remaining", "down"),
    pct(round((1 - ratio) * 100), "reduction", "down"),
  ];
}

export const sameKind = (a: Figure, b: Figure) =>
  a.percent === b.percent &&
  compatibleUnits(a.unit, b.unit) &&
  unitClass(a.unit) === unitClass(b.unit) &&
  (a.currency ?? "") === (b.currency ?? "");

/** A value and the earlier one the same sentence gives for it ("A，去年同期为 B", "A, up from B"). */
export function earlierValues(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  figures.forEach((newer, i) => {
    if (!numeric(newer) || newer.unit === "calyear" || PER_UNIT.test(text.slice(newer.end))) return;
    // The next figure of the same kind, the ones between ("or $1.22 per share") skipped.
    for (let j = i + 1; j < figures.length && j <= i + 3; j++) {
      const older = figures[j];
      if (!numeric(older) || !sameKind(newer, older) || PER_UNIT.test(text.slice(older.end))) continue;
      const between = text.slice(newer.end, older.index);
      if (!EARLIER_ZH.test(between) && !EARLIER_EN.test(between)) return;
      if (newer.percent) out.push(...pointsBetween(newer, older, i, j));
      else out.push(...ratioBetween(newer, older, i, j));
      return;
    }
  });
  return out;
}

/** "rose from 1,500 to 4,800", "grow from 280 to about 500": an English change of one amount. */
const FROM_EN = /\bfrom\s*$/i;
const TO_EN = /^\s*to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$/i;

/** The ratio of an English "from A to B" (multiples.ts reads the Chinese 从 A 增至 B). */
export function englishChanges(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  figures.forEach((older, i) => {
    const newer = figures[i + 1];
    if (!numeric(older) || !numeric(newer) || older.percent || !sameKind(older, newer)) return;
    if (older.unit === "calyear" || newer.unit === "calyear") return;
    const before = text.slice(Math.max(0, older.index - 8), older.index);
    if (!FROM_EN.test(before) || !TO_EN.test(text.slice(older.end, newer.index))) return;
    out.push(...ratioBetween(newer, older, i + 1, i));
  });
  return out;
}

/** A table cell of a figure: its row (the line's start), column and the column's header cell. */
interface Cell {
  row: number;
  column: number;
  header: string;
}

const SEPARATOR = /^\s*\|?\s*:?-{3,}/;

const isHeaderRow = (row: string) =>
  row
    .split("|")
    .slice(2)
    .every((cell) => !/^\s*[-+]?[\d.,]+\s*[%x×]?\s*$/.test(cell));

function cellOf(lines: readonly { start: number; text: string }[], f: Figure): Cell | undefined {
  const at = lines.findIndex((l) => f.index >= l.start && f.index < l.start + l.text.length);
  const line = lines[at];
  if (!line || !/^\s*\|/.test(line.text)) return undefined;
  // The table's header is the line above its separator; the header row itself holds names.
  let top = at;
  while (top > 0 && /^\s*\|/.test(lines[top - 1]!.text)) top--;
  // Without a separator line (a table copied as text), the top row is the header when no cell of
  // it is a bare number.
  const separated = SEPARATOR.test(lines[top + 1]?.text ?? "");
  if (!separated && !isHeaderRow(lines[top]!.text)) return undefined;
  if (at <= top + (separated ? 1 : 0)) return undefined;
  const column = line.text.slice(0, f.index - line.start).split("|").length - 2;
  const header = lines[top]!.text.split("|")[column + 1]?.trim() ?? "";
  return column >= 1 ? { row: line.start, column, header } : undefined;
}

/**
 * The differences between the cells of each table row, left cell against the cells to its right,
 * where the columns are named entities (models, products: "GPT-5", "Quill 1.5"), not conditions of
 * one ("官方报告 | 社区复现" states no gap an entry may quote).
 */
/** A column named for a model or product: Latin ("GPT-4o") or Han with a version ("玄机-2", "青禾 3"). */
const ENTITY_HEADER = /[A-Za-z]|[\u4e00-\u9fff][-\s]?\d/;

export function tableDifferences(text: string, figures: readonly Figure[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  let start = 0;
  const lines = text.split("\n").map((line) => {
    const l = { start, text: line };
    start += line.length + 1;
    return l;
  });
  const rows = new Map<number, number[]>();
  const cells = new Map<number, Cell>();
  figures.forEach((f, i) => {
    if (!numeric(f) || f.unit === "calyear") return;
    const cell = cellOf(lines, f);
    if (!cell || !ENTITY_HEADER.test(cell.header)) return;
    cells.set(i, cell);
    rows.set(cell.row, [...(rows.get(cell.row) ?? []), i]);
  });
  for (const row of rows.values())
    row.forEach((a, k) => {
      for (const b of row.slice(k + 1)) {
        const [left, right] = [figures[a]!, figures[b]!];
        if (!sameKind(left, right) || cells.get(a)!.column === cells.get(b)!.column) continue;
        const value = round(Math.abs(left.value - right.value));
        if (value === 0) continue;
        const direction = left.value > right.value ? ("up" as const) : ("down" as const);
        const step = Math.max(left.step, right.step);
        out.push(
          left.percent
            ? derived(a, b, left, {
                raw: `${value} 个百分点`,
                value,
                percent: true,
                unit: "pp",
                direction,
                step,
              })
            : derived(a, b, left, { raw: `${value}`, value, unit: left.unit, direction, step }),
        );
      }
    });
  return out;
}
