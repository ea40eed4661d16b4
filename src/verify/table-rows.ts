// A figure from another row of a table: "装洗碗机 69%" when the article's table gives 装洗碗机 76% and
// 69% to 收拾玩具; "天玑 9400 首 token 340ms" for the 骁龙 8 Gen 2 row's 340 ms. Row labels that are no
// name the verifier knows (Chinese task names, chip names with digits) bind nothing, so the figure
// checked out on the other row. An entry figure whose own clause names a row label of a pipe table
// (compacted, as written) is refused when the table gives that figure only in other rows, and the
// article's prose never gives it with that label.
import { findFigures } from "./find-figures.ts";
import { compactText } from "./fold-text.ts";
import { sameFigure } from "./same-figure.ts";
import { withTableUnits } from "./table-units.ts";

interface Row {
  label: string;
  /** The row's figures, every cell but the label. */
  figures: ReturnType<typeof findFigures>;
}

const cache = new Map<string, Row[]>();

/** The rows of an article's pipe tables: first cell as the label (compacted), the rest's figures. */
function tableRows(text: string): Row[] {
  const known = cache.get(text);
  if (known) return known;
  const rows: Row[] = [];
  const lines = text.split("\n");
  // Cells whose unit is in the header ("营收（亿元）"): a row's 5.1 is also 5.1 亿元.
  const united = withTableUnits(text, findFigures(text, { all: true })).filter((f) => f.unit !== undefined);
  let start = -1;
  const separator = (line = "") => /^\s*\|[\s:|-]+\|\s*$/.test(line);
  for (const [i, line] of lines.entries()) {
    start += (lines[i - 1]?.length ?? -1) + 1;
    // The header row (above the |---| line) names columns, not a row.
    if (!/^\s*\|.*\|\s*$/.test(line) || separator(line) || separator(lines[i + 1])) continue;
    const cells = line.trim().slice(1, -1).split("|");
    const label = compactText(cells[0] ?? "");
    if (label.length < 2) continue;
    const figures = cells.slice(1).flatMap((c) => findFigures(c).filter((f) => f.kind === "number"));
    const from = start + line.indexOf("|", line.indexOf("|") + 1);
    figures.push(
      ...united.filter((f) => f.kind === "number" && f.index > from && f.end <= start + line.length),
    );
    rows.push({ label, figures });
  }
  cache.clear();
  cache.set(text, rows);
  return rows;
}

/** The figure's own clause: from the last break before it to the next after it. */
const BREAK = /[，,；;。！？!?\n、]/;
function clauseOf(text: string, at: number, end: number): string {
  let start = at;
  while (start > 0 && !BREAK.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !BREAK.test(text[stop]!)) stop++;
  return text.slice(start, stop);
}

export interface RowClaim {
  figure: ReturnType<typeof findFigures>[number];
  label: string;
  /** Other row labels the clause names ("2023—2025 年营收从 1.6 亿元增至 5.1 亿元" names two years). */
  others?: string[];
  raw: string;
  index: number;
  end: number;
}

/** The entry's figures whose clause names a row of one of the article's tables, and that row. */
export function findRowClaims(text: string, articleText: string): RowClaim[] {
  const rows = tableRows(articleText);
  if (!rows.length) return [];
  const out: RowClaim[] = [];
  for (const figure of findFigures(text).filter((f) => f.kind === "number")) {
    const clause = compactText(clauseOf(text, figure.index, figure.end));
    // The longest label the clause names ("骁龙8Gen4" over a row "骁龙").
    const named = rows
      .map((r) => r.label)
      .filter((l) => clause.includes(l))
      .sort((a, b) => b.length - a.length);
    const label = named[0];
    const others = named.filter((l) => l !== label && !named.some((n) => n !== l && n.includes(l)));
    if (label)
      out.push({
        figure,
        label,
        ...(others.length ? { others } : {}),
        raw: figure.raw,
        index: figure.index,
        end: figure.end,
      });
  }
  return out;
}

export function checkRowClaim(claim: RowClaim, articleText: string): { supported: boolean; reason: string } {
  const rows = tableRows(articleText);
  const holding = rows.filter((r) => r.figures.some((f) => sameFigure(claim.figure, f)));
  if (!holding.length || holding.some((r) => r.label === claim.label || claim.others?.includes(r.label)))
    return { supported: true, reason: "the table gives it in this row, or not at all" };
  // Prose that gives the figure with the label ("装洗碗机的成功率为 69%") stands on its own.
  for (const sentence of articleText.split(/[。！？!?\n]/)) {
    if (sentence.trim().startsWith("|") || !compactText(sentence).includes(claim.label)) continue;
    if (findFigures(sentence).some((f) => sameFigure(claim.figure, f)))
      return { supported: true, reason: "the article gives it with this label" };
  }
  return {
    supported: false,
    reason: `the article's table gives ${claim.figure.raw} in another row (${holding[0]!.label}), not ${claim.label}`,
  };
}
