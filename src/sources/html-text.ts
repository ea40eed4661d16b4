/** Small HTML text helpers for feed fields (titles are plain text; feeds often escape them twice). */

import { COMMENT, removeSpans, SCRIPT, STYLE, TAG } from "./replace-spans.ts";

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  middot: "·",
  bull: "•",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  times: "×",
  divide: "÷",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  para: "¶",
  iexcl: "¡",
  iquest: "¿",
  shy: "\u00ad",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwj: "\u200d",
  zwnj: "\u200c",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  ouml: "ö",
  uuml: "ü",
  auml: "ä",
  szlig: "ß",
};

/** Decodes numeric and common named character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const cp = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return whole;
      return String.fromCodePoint(cp);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Removes tags (and comments/scripts), then decodes entities: HTML → one line of plain text. */
export function htmlToPlainText(html: string): string {
  // One forward pass each (replace-spans.ts): a title of unclosed `<a ` or `<script>` is linear.
  const withoutTags = removeSpans(removeSpans(removeSpans(html, [COMMENT]), [SCRIPT, STYLE]), [TAG]);
  return decodeEntities(withoutTags).replace(/\s+/g, " ").trim();
}

/** A title as plain text: feeds put markup and escaped entities in titles, sometimes doubly. */
export function cleanTitle(raw: string | undefined, isHtml: boolean): string {
  if (!raw) return "";
  const text = isHtml || hasMarkup(raw) ? htmlToPlainText(raw) : raw;
  return text.replace(/\s+/g, " ").trim();
}

/** Escapes plain text for use as HTML content (model/escape-html.ts). */
export { escapeHtmlText as escapeHtml } from "../model/escape-html.ts";

/**
 * A tag (`<b>`, `</a>`) or a character reference, as `/<\/?[a-z][^>]*>|&[#a-z0-9]+;/i`: a tag's start
 * needs a `>` somewhere after it, and when the first start has none, no later one has either.
 */
function hasMarkup(text: string): boolean {
  if (/&[#a-z0-9]+;/i.test(text)) return true;
  const tag = /<\/?[a-z]/i.exec(text);
  return tag !== null && text.indexOf(">", tag.index + tag[0].length) >= 0;
}
