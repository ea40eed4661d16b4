// A figure of another row, across languages: the English article lists "58.9% for a dense 1.3B
// baseline and 72.0% for a dense 7B model", and the Chinese entry writes "1.3B 稠密基线仅 72%". The
// figure is the article's and the entry's clause names no term the binding check knows (1.3B is a
// size, 稠密基线 Chinese words), so the figure check passes it. Here a figure an English article
// gives only "for" (on, with) a label holding a model size is the entry's only when the entry's
// clause names that size or no size at all; a clause naming another size the article gives its own
// figure to is refused.

export interface RowFigure {
  raw: string;
  index: number;
  end: number;
  value: number;
  percent: boolean;
  /** The sizes named in the figure's clause ("1.3b", "7b"), lower case. */
  sizes: string[];
}

const SIZE = /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s?([BMK])(?![A-Za-z0-9])/g;
const ENTRY_FIGURE = /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*(%)?(?![0-9.]|\s?[BMKbmk](?![A-Za-z]))/g;
/** "72.0% for a dense 7B model": a figure, for/on/with, its label up to a clause end or "and". */
const ARTICLE_ROW =
  /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*(%|\s?percent)?\s+(?:for|on|with|by)\s+((?:(?!\band\b|\bwhile\b)[^,;.()\n]|\.\d){2,60})/g;
const REACH = 48;
const ZH_CLAUSE_BREAK = /[，,。；;！？!?\n：:｜|（(）)]/;

const sizesIn = (text: string) =>
  [...text.matchAll(SIZE)].map((m) => `${Number(m[1])}${m[2]!.toLowerCase()}`);

/** The entry figures whose clause names a model size. */
export function findRowFigures(text: string): RowFigure[] {
  const out: RowFigure[] = [];
  for (const m of text.matchAll(ENTRY_FIGURE)) {
    let start = m.index;
    // At most REACH characters either way: a hostile clause of bare numbers stays linear.
    while (start > 0 && m.index - start < REACH && !ZH_CLAUSE_BREAK.test(text[start - 1]!)) start--;
    let stop = m.index + m[0].length;
    while (stop < text.length && stop - m.index < REACH && !ZH_CLAUSE_BREAK.test(text[stop]!)) stop++;
    const sizes = sizesIn(text.slice(start, stop));
    if (sizes.length === 0) continue;
    out.push({
      raw: m[0].trim(),
      index: m.index,
      end: m.index + m[0].length,
      value: Number(m[1]),
      percent: m[2] === "%",
      sizes,
    });
  }
  return out;
}

interface Row {
  value: number;
  percent: boolean;
  sizes: string[];
  raw: string;
}

const cache = new Map<string, Row[]>();

function rowsOf(text: string): Row[] {
  const known = cache.get(text);
  if (known) return known;
  const rows: Row[] = [];
  for (const m of text.matchAll(ARTICLE_ROW)) {
    const sizes = sizesIn(m[3]!);
    if (sizes.length > 0)
      rows.push({ value: Number(m[1]), percent: m[2] !== undefined, sizes, raw: m[0].trim() });
  }
  if (cache.size > 64) cache.clear();
  cache.set(text, rows);
  return rows;
}

/**
 * Refused when every "for" row of the article with this figure names sizes the clause does not, and
 * another row names a size the clause does (the figure belongs to that other size's row). Figures
 * the article gives elsewhere too, or in no such row, give no verdict.
 */
export function checkRowFigure(
  claim: RowFigure,
  articleText: string,
): { supported: boolean; reason: string } {
  const rows = rowsOf(articleText);
  const same = rows.filter((r) => r.value === claim.value && r.percent === claim.percent);
  const mine = (r: Row) => r.sizes.some((s) => claim.sizes.includes(s));
  if (same.length === 0 || same.some(mine)) return { supported: true, reason: NO_ROW };
  // The figure occurs outside these rows too ("72.0%" said of the model elsewhere): no verdict.
  const plain = articleText.split(String(claim.value)).length - 1;
  if (plain > same.length) return { supported: true, reason: NO_ROW };
  if (!rows.some(mine)) return { supported: true, reason: NO_ROW };
  return {
    supported: false,
    reason: `the article gives ${claim.raw} to another row ("${same[0]!.raw}"), not to ${claim.sizes.join("/").toUpperCase()}`,
  };
}

/** The verdict of a figure no English row settles (not reported as a claim). */
export const NO_ROW = "no English row of the article settles it";
