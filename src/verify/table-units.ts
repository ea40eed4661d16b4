// A pipe table often writes its unit once, not in its cells: in the row label ("HBM 容量（GB） | 144
// | 64"), in the header cell of the column ("典型功耗（W）"), or in the caption above the table
// ("表 1：主要结果（任务成功率，%）"). The cells then carry that unit: 28.4 in such a table is 28.4%,
// and an entry's "28.4%" is that figure (a bare 28.4 stays supported by it as before).
import { type Figure, findFigures } from "./find-figures.ts";
import { unitAfter } from "./units.ts";

interface Line {
  start: number;
  text: string;
}

const isRow = (text: string) => text.includes("|");

/** Scales a header writes before its unit: "营收（亿元）", "Revenue ($ millions)". */
const SCALE_ZH = /^(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)/;
const SCALE_EN =
  /^(?:(US\$|\$|USD|RMB|CNY|€|EUR|£|GBP)\s?(millions?|billions?|thousands?|m|bn|b)|(millions?|billions?|thousands?)\s+of\s+(?:US\s)?(dollars|yuan))$/i;

/**
 * The unit a label ends with in brackets ("容量（GB）", "（任务成功率，%）", "营收（亿元）"), as a
 * template where "#" stands for the cell's number, if any.
 */
function unitOfLabel(label: string): string | undefined {
  const m = /[（(]([^（）()]{1,24})[)）]\s*$/.exec(label.trim());
  if (!m) return undefined;
  const last = m[1]!
    .split(/[，,、;；]/)
    .at(-1)!
    .trim();
  const english = scaledEnglish(last);
  if (english) return english;
  // "亿元", "百万美元": a scale, then the unit it scales.
  const scale = SCALE_ZH.exec(last)?.[0] ?? "";
  const unit = unitAfter(last.slice(scale.length));
  // "TB/s", "次/秒": a rate keeps its unit's reading.
  const rest = unit ? last.slice(scale.length + unit.length) : "";
  if (scale && unit && unit.key === "count") return undefined;
  return unit && unit.key !== "count" && /^(?:\/(?:s|秒))?$/.test(rest) ? `#${last}` : undefined;
}

/** "$ millions", "USD billions", "millions of dollars" as a template: "$# million". */
function scaledEnglish(label: string): string | undefined {
  const m = SCALE_EN.exec(label);
  if (!m) return undefined;
  const sign = m[1] ?? (/yuan/i.test(m[4] ?? "") ? "RMB " : "$");
  const scale = (m[2] ?? m[3]!).toLowerCase().replace(/s$/, "");
  const word = { m: "million", bn: "billion", b: "billion" }[scale] ?? scale;
  return `${/^(?:\$|US\$)$/.test(sign) ? "$" : `${sign.toUpperCase()} `}# ${word}`;
}

/** A header cell naming a column of years: "年份", "年度", "Year", "Fiscal year". */
const YEAR_HEADER = /^\s*(?:年份|年度|财年|年|years?|fiscal\s+years?|fy)\s*$/i;

/** Cells of a row with their offsets. */
function cellsOf(line: Line): Array<{ start: number; end: number; text: string }> {
  const cells: Array<{ start: number; end: number; text: string }> = [];
  let at = 0;
  for (const part of line.text.split("|")) {
    cells.push({ start: line.start + at, end: line.start + at + part.length, text: part });
    at += part.length + 1;
  }
  return cells;
}

/** Row labels of a rate, share, ratio or count: their cells are not the header's or caption's amount. */
const NOT_AN_AMOUNT =
  /率|比例|占比|比重|份额|人数|数量|个数|次数|家数|笔数|倍数|\b(?:margin|rate|ratio|share|percent(?:age)?|headcount|employees|count|number\s+of|multiple)\b|%|％/i;

/** Gives each unit-less number of a pipe table the unit of its row label, header cell or caption. */
export function withTableUnits(text: string, figures: Figure[]): Figure[] {
  if (!text.includes("|")) return figures;
  const lines: Line[] = [];
  let start = 0;
  for (const t of text.split("\n")) {
    lines.push({ start, text: t });
    start += t.length + 1;
  }
  const units = new Map<number, string>(); // figure start → unit as written
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i]!.text) || (i > 0 && isRow(lines[i - 1]!.text))) continue;
    // A table starts here: its caption is the nearest non-empty line above, if that is short.
    let c = i - 1;
    while (c >= 0 && !lines[c]!.text.trim()) c--;
    const caption = c >= 0 && lines[c]!.text.length <= 60 ? unitOfLabel(lines[c]!.text) : undefined;
    const header = cellsOf(lines[i]!).map((cell) => unitOfLabel(cell.text));
    const years = cellsOf(lines[i]!).map((cell) => YEAR_HEADER.test(cell.text));
    for (let r = i + 1; r < lines.length && isRow(lines[r]!.text); r++) {
      const cells = cellsOf(lines[r]!);
      // A column headed 年份 / Year holds years: "| 2023 |" is the year 2023.
      cells.forEach((cell, k) => {
        if (years[k] && /^\s*(?:19|20)\d\d\s*$/.test(cell.text))
          units.set(cell.start + cell.text.search(/\d/), "#年");
      });
      // The row's label is its first cell (after the leading pipe, when the row has one).
      const first = cells[0]?.text.trim() === "" ? 1 : 0;
      const label = cells[first]?.text ?? "";
      const rowUnit = unitOfLabel(label);
      // A row of a rate, share or count (毛利率, 员工人数, Gross margin) is no amount of the header's 亿元.
      const ownKind = rowUnit === undefined && NOT_AN_AMOUNT.test(label);
      cells.slice(first + 1).forEach((cell, k) => {
        const unit = rowUnit ?? (ownKind ? undefined : (header[k + first + 1] ?? caption));
        if (unit && /^\s*[\d.,]+\s*$/.test(cell.text)) units.set(cell.start + cell.text.search(/\d/), unit);
      });
    }
  }
  if (!units.size) return figures;
  return figures.map((f) => {
    const unit = units.get(f.index);
    if (!unit || f.unit !== undefined || f.kind !== "number") return f;
    const read = findFigures(unit.replace("#", f.raw), { all: true })[0];
    if (!read || read.unit === undefined) return f;
    return { ...read, raw: f.raw, index: f.index, end: f.end };
  });
}
