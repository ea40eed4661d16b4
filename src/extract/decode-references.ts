// Character references in a page's text, decoded before the page is parsed. linkedom makes every
// reference a text node of its own (merged only after parsing): 1 MB of `&#8203;`, `&thinsp;` or
// `&#12288;` took 5.7–9 s to extract, the same page written with the characters themselves under
// a second. Decoding gives the parser the very characters it would have produced, so the text is
// unchanged: a zero-width space is not white space and is dropped from the text as before (its
// neighbours join), a thin or ideographic space is white space and reads as one space as before.
// Only what cannot be markup is decoded: numeric references to U+00A1 and above (never `<`, `>`,
// `&`, quotes or a control) and a few named ones for spaces and invisible characters. `&lt;`,
// `&amp;`, `&quot;`, `&#60;` … and any name not listed are left for the parser, as written.

/** Named references decoded here: spaces, zero-width and invisible characters, and a few marks. */
const NAMED: Record<string, string> = {
  ensp: "\u2002",
  emsp: "\u2003",
  emsp13: "\u2004",
  emsp14: "\u2005",
  numsp: "\u2007",
  puncsp: "\u2008",
  thinsp: "\u2009",
  ThinSpace: "\u2009",
  hairsp: "\u200a",
  VeryThinSpace: "\u200a",
  ZeroWidthSpace: "\u200b",
  NegativeVeryThinSpace: "\u200b",
  NegativeThinSpace: "\u200b",
  NegativeMediumSpace: "\u200b",
  NegativeVeryThickSpace: "\u200b",
  zwnj: "\u200c",
  zwj: "\u200d",
  lrm: "\u200e",
  rlm: "\u200f",
  MediumSpace: "\u205f",
  NoBreak: "\u2060",
  shy: "\u00ad",
  hellip: "\u2026",
  mdash: "\u2014",
  ndash: "\u2013",
  middot: "\u00b7",
};

/** A character reference ending in `;` (without one the parser's legacy rules apply: left alone). */
export const REFERENCE = /&(?:#(?:[0-9]{1,8}|[xX][0-9a-fA-F]{1,7})|[A-Za-z][A-Za-z0-9]{1,31});/;

/** What the parser would make of `ref`, when it cannot be markup; otherwise `ref` as written. */
export function decodeReference(ref: string): string {
  if (ref[1] !== "#") return NAMED[ref.slice(1, -1)] ?? ref;
  const hex = ref[2] === "x" || ref[2] === "X";
  const code = Number.parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
  // Below U+00A1 are markup, controls and the no-break space (collapse-spaces.ts reads that one);
  // surrogates, non-characters and past U+10FFFF the parser replaces: left to it.
  if (code < 0xa1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ref;
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return ref;
  return String.fromCodePoint(code);
}
