/**
 * Node's TextDecoder("windows-1252") maps bytes 0x80–0x9F to C1 control characters (like latin1),
 * not to the punctuation windows-1252 puts there (’ “ ” … €), so that range is tabled here.
 */
const C1_TABLE =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

/** The character windows-1252 puts at byte 0x80–0x9F, or undefined for its five undefined bytes. */
export function windows1252Char(byte: number): string | undefined {
  const c = C1_TABLE[byte - 0x80];
  return c && c !== "\ufffd" ? c : undefined;
}

/** Replaces C1 controls left by a latin1-style decode with windows-1252 punctuation. */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => windows1252Char(c.charCodeAt(0)) ?? c);
}
