// The shared reader of per-units.ts and price-periods.ts: the figures of a text that carry a tag
// written right after them (300 元/人, $15 a month) or, up to the clause, before them (每人每月 60
// 次, 每月 20 美元). Each caller gives its number pattern, which matches to skip, how far to look
// either side, and its tags' patterns; a figure with no tag either side is not read.

export interface TaggedFigure<T> {
  raw: string;
  index: number;
  end: number;
  /** The figure's digits without thousands commas, and its magnitude word (万, k) lower-cased. */
  value: string;
  tag: T;
  /** The words that gave the tag, as written (元/人, 每个账号). */
  tagText: string;
}

export interface TagReader<T> {
  /** A global pattern: the figure's digits and its magnitude in the groups `digits` and `magnitude`. */
  figure: RegExp;
  digits: number;
  magnitude: number;
  /** A match that is no figure here (part of another token, a sum with no currency). */
  skip: (m: RegExpExecArray, text: string) => boolean;
  /** Characters read after and before the figure for its tag. */
  after: number;
  before: number;
  AFTER: Array<[T, RegExp]>;
  BEFORE: Array<[T, RegExp]>;
}

export function readTaggedFigures<T>(text: string, reader: TagReader<T>): Array<TaggedFigure<T>> {
  const out: Array<TaggedFigure<T>> = [];
  for (const m of text.matchAll(reader.figure)) {
    if (reader.skip(m, text)) continue;
    const index = m.index;
    const end = index + m[0].length;
    const after = text.slice(end, end + reader.after);
    const before = text.slice(Math.max(0, index - reader.before), index);
    const found =
      reader.AFTER.map(([t, re]) => [t, re.exec(after)] as const).find(([, u]) => u) ??
      reader.BEFORE.map(([t, re]) => [t, re.exec(before)] as const).find(([, u]) => u);
    if (found === undefined) continue;
    const [tag, written] = found;
    const value = `${m[reader.digits]!.replaceAll(",", "")}${(m[reader.magnitude] ?? "").toLowerCase()}`;
    out.push({ raw: m[0].trim(), index, end, value, tag, tagText: written![0] });
  }
  return out;
}

/**
 * An entry's tagged figure against the article's: the tag the article gives this figure instead
 * (its first), or undefined when the article gives it with this tag, or never with any.
 */
export function otherTag<T>(
  claim: { value: string },
  tag: T,
  article: ReadonlyArray<{ value: string; tag: T }>,
): T | undefined {
  const same = article.filter((a) => a.value === claim.value);
  if (same.length === 0 || same.some((a) => a.tag === tag)) return undefined;
  return same[0]!.tag;
}
