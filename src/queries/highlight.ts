import type { SearchTerm } from "../model/search-text.ts";

/** A text cut into plain and matching parts; each front end escapes and marks them for its target. */
export type Highlighted = { text: string; hit: boolean }[];

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * One pattern for all terms: a term's letter/digit runs in order with anything but letters and
 * digits between them, so "MiniCPM-o" finds "MiniCPM-o" and "minicpm o", "美团" finds 美团.
 */
export function termPattern(terms: readonly SearchTerm[]): RegExp | undefined {
  const alternatives = terms
    .map((t) => (t.raw.normalize("NFKC").match(WORD) ?? []).join("[^\\p{L}\\p{N}]*"))
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
  return alternatives.length > 0 ? new RegExp(alternatives.join("|"), "giu") : undefined;
}

/** Every match of `pattern` in `text`, as parts. */
export function highlightAll(text: string, pattern: RegExp | undefined): Highlighted {
  if (!pattern) return text ? [{ text, hit: false }] : [];
  const parts: Highlighted = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/**
 * A window of about `width` characters around the first match in the first text that has one
 * (… marks a cut), highlighted; the start of the first non-empty text when none matches.
 */
export function snippetOf(texts: readonly string[], pattern: RegExp | undefined, width = 120): Highlighted {
  // Each text flattened only when reached: a match in an early text leaves the rest unread.
  let firstText: string | undefined;
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, " ").trim();
    if (text.length === 0) continue;
    firstText ??= text;
    const first = pattern ? text.search(pattern) : -1;
    if (first < 0) continue;
    const start = Math.max(0, first - Math.floor(width / 4));
    return cut(text, start, width, pattern);
  }
  return firstText ? cut(firstText, 0, width, pattern) : [];
}

function cut(text: string, start: number, width: number, pattern: RegExp | undefined): Highlighted {
  const chars = [...text];
  // Index by code points so a cut never splits a surrogate pair.
  const startCp = [...text.slice(0, start)].length;
  const endCp = Math.min(chars.length, startCp + width);
  const parts = highlightAll(chars.slice(startCp, endCp).join(""), pattern);
  if (startCp > 0) parts.unshift({ text: "…", hit: false });
  if (endCp < chars.length) parts.push({ text: "…", hit: false });
  return parts;
}
