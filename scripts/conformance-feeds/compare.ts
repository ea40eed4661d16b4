// Equality rules between our model's values and the reference parsers' expected values: what counts
// as the same URL, HTML, date or charset when the two sides spell it differently.
import { htmlToPlainText } from "../../src/sources/html-text.ts";

/** Our URLs are WHATWG-normalised (lower-case host, "/" path); compare what they point to. */
export function sameUrl(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => {
    try {
      return new URL(String(v)).href;
    } catch {
      return v;
    }
  };
  return norm(a) === norm(b);
}

/** HTML compared modulo void-element spelling (`<br>`, `<br/>`, `<br />` are the same element). */
export function sameHtml(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) =>
    typeof v === "string" ? v.trim().replace(/<(br|hr|img[^>]*?)\s*\/?>/gi, "<$1>") : v;
  return norm(a) === norm(b);
}

export const plain = (v: unknown) => (typeof v === "string" ? htmlToPlainText(v) : v);

export function sameDateTuple(actual: unknown, tuple: number[]): boolean {
  if (typeof actual !== "string") return false;
  const d = new Date(actual);
  const parts = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
  return parts.every((p, i) => p === tuple[i]);
}

/** Charset names compared by what they decode to (ASCII ⊂ UTF-8, WHATWG's latin1 is windows-1252). */
export function sameCharset(actual: string, expected: string): boolean {
  const alias: Record<string, string> = {
    "us-ascii": "utf-8",
    "iso-8859-1": "windows-1252",
    gb2312: "gbk",
    gb18030: "gbk",
  };
  const norm = (s: string) => alias[s.toLowerCase()] ?? s.toLowerCase();
  return norm(actual) === norm(expected);
}
