/**
 * Finds delimited spans (`<!--…-->`, `<![CDATA[…]]>`, `<script…</script>`, `<…>`) in one forward
 * pass. A lazy regex such as `/<!--[\s\S]*?-->/g` rescans the rest of the text from every opener that
 * has no closer: 40,000 unclosed `<!--` in a feed took seconds, a 10 MB feed hours. Here each kind
 * remembers the next closer it found, so a missing closer is searched for once, not once per opener.
 * The spans found are exactly the regex's: leftmost opener first, the first closer after it.
 */

/** Where a span whose opener ends at `from` ends, or -1 when it is never closed. */
export type SpanEnd = (text: string, from: number) => number;

export interface SpanKind {
  /** Where a span starts (matched at the opener). */
  open: RegExp;
  /** A fresh end finder for one text (it may remember what it searched). */
  end: () => SpanEnd;
}

/**
 * An end finder: the span ends after the first match of `close` at or after the opener's end. It
 * remembers its last answer, so openers asked from left to right cost one scan of the text in all.
 */
export function closedBy(close: RegExp): () => SpanEnd {
  return () => {
    const re = globalRegex(close);
    let from = -1;
    let found = -1;
    let foundEnd = -1;
    return (text, at) => {
      // Nothing was found from `from` on, or the hit found is still ahead of `at`: the same answer.
      if (from >= 0 && at >= from && (found < 0 || found >= at)) return foundEnd;
      re.lastIndex = at;
      const m = re.exec(text);
      from = at;
      found = m ? m.index : -1;
      foundEnd = m ? m.index + m[0].length : -1;
      return foundEnd;
    };
  };
}

/** Replaces every span of the given kinds: the leftmost opener first, kinds in list order at one place. */
export function replaceSpans(
  text: string,
  kinds: readonly SpanKind[],
  replacement: (span: string) => string,
  max = Number.POSITIVE_INFINITY,
): string {
  const opens = kinds.map((k) => globalRegex(k.open));
  const ends = kinds.map((k) => k.end());
  // The next opener of each kind at or after the current position: [index, end], index -1 when none.
  const next: [number, number][] = kinds.map(() => [-2, 0]);
  const findOpen = (k: number, from: number) => {
    const re = opens[k]!;
    re.lastIndex = from;
    const m = re.exec(text);
    next[k] = m ? [m.index, m.index + m[0].length] : [-1, 0];
  };
  let out = "";
  let pos = 0;
  for (let replaced = 0; replaced < max; ) {
    let best = -1;
    for (let k = 0; k < kinds.length; k++) {
      const at = next[k]![0];
      if (at === -2 || (at >= 0 && at < pos)) findOpen(k, pos);
      const found = next[k]![0];
      if (found >= 0 && (best < 0 || found < next[best]![0])) best = k;
    }
    if (best < 0) break;
    const [start, openEnd] = next[best]!;
    const end = ends[best]!(text, openEnd);
    if (end < 0) {
      // Never closed: as the regex, skip this opener and look on from the next character.
      findOpen(best, start + 1);
      continue;
    }
    out += text.slice(pos, start) + replacement(text.slice(start, end));
    pos = end;
    replaced++;
  }
  return out + text.slice(pos);
}

/** Removes every span of the given kinds. */
export function removeSpans(text: string, kinds: readonly SpanKind[]): string {
  return replaceSpans(text, kinds, () => "");
}

export const COMMENT: SpanKind = { open: /<!--/, end: closedBy(/-->/) };
export const CDATA: SpanKind = { open: /<!\[CDATA\[/, end: closedBy(/\]\]>/) };
/** `<? … ?>`: the XML declaration and processing instructions. */
export const PROCESSING: SpanKind = { open: /<\?/, end: closedBy(/\?>/) };
/** `<script …>…</script>` (any case). */
export const SCRIPT: SpanKind = { open: /<script\b/i, end: closedBy(/<\/script\s*>/i) };
export const STYLE: SpanKind = { open: /<style\b/i, end: closedBy(/<\/style\s*>/i) };
/** Any tag: `<` to the next `>`. */
export const TAG: SpanKind = { open: /</, end: closedBy(/>/) };

/**
 * `<!DOCTYPE …>` with an optional internal subset `[…]`, as `/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i`:
 * to the first `>`, or when a `[` comes first, to the first `]` followed by `>` after it.
 */
export const DOCTYPE: SpanKind = {
  open: /<!DOCTYPE/i,
  end: () => {
    const stop = closedBy(/[>[]/)();
    const subsetEnd = closedBy(/\]\s*>/)();
    return (text, from) => {
      const at = stop(text, from);
      if (at < 0 || text[at - 1] === ">") return at;
      return subsetEnd(text, at);
    };
  },
};

/** An element and its content, `<name …>` to the first `</name>` after it (as `<name\b[^>]*>[\s\S]*?<\/name\s*>`). */
export function element(name: string): SpanKind {
  return {
    open: new RegExp(`<${name}\\b`),
    end: () => {
      const startTag = closedBy(/>/)();
      const endTag = closedBy(new RegExp(`<\\/${name}\\s*>`))();
      return (text, from) => {
        const at = startTag(text, from);
        return at < 0 ? -1 : endTag(text, at);
      };
    },
  };
}

function globalRegex(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
}
