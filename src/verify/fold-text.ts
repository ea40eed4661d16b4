// Text folding shared by every check: the article and the entry are compared in one notation.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * NFKC (full-width digits, letters and ％ become half-width), zero-width characters removed,
 * lower case, runs of whitespace collapsed to one space.
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(ZERO_WIDTH, "").toLowerCase().replace(/\s+/g, " ");
}

/** foldText without whitespace or punctuation: for quotes and names that may be spaced differently. */
export function compactText(text: string): string {
  return foldText(text).replace(/[\s\p{P}\p{S}]/gu, "");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `name` occurs in `folded` (already folded). Latin names match as whole words so "Meta"
 * is not found in "metadata"; CJK names as substrings.
 */
export function containsName(folded: string, name: string): boolean {
  const needle = foldText(name).trim();
  if (!needle) return false;
  if (!/[a-z0-9]/.test(needle)) return folded.includes(needle);
  const pattern = new RegExp(`(?<![a-z0-9])${escapeRegExp(needle)}(?![a-z0-9])`);
  return pattern.test(folded);
}

/**
 * Full-width digits, letters and ％．＄￥ to ASCII, one character for one (offsets stay valid). Not
 * NFKC: that would turn "，" into "," and glue "87，100 个" into one number.
 */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E\uFF04\uFF0B\uFF0D\uFF0F]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/\uFFE5/g, "¥")
    .replace(/[\u3000\u00A0]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "\u2060");
}

/** compactText, one source character at a time, remembering where each compact character came from. */
export function compactWithOffsets(text: string): { compact: string; offsets: number[] } {
  let compact = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = compactText(text[i]!);
    for (const ch of piece) {
      compact += ch;
      offsets.push(i);
    }
  }
  return { compact, offsets };
}
