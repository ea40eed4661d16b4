// White space in a page's text, made cheap before the page is parsed. A no-break space (the
// character, `&nbsp;`, `&#160;`, `&#xA0;`) is text the DOM must escape again each time it writes
// the page out, and Readability writes the whole page out several times (its page cache, and debug
// log lines built even when logging is off): 100 KB of `&nbsp;` took 2–4 s to extract, 1.6 MB 14 s.
// Every white-space run of the text, no-break spaces included, becomes one space. The text read
// from the page does not change (elementToText turns every `\s+` run, U+00A0 included, into one
// space outside <pre>); <pre>, <textarea>, <listing>, <xmp> and <plaintext> keep theirs, and tags
// and their attributes are copied as written.

import { decodeReference, REFERENCE } from "./decode-references.ts";

/** One run of white space: ASCII white space and every way of writing U+00A0 (with or without `;`). */
const SPACE_RUN =
  /(?:[ \t\n\r\f\u00a0]|&nbsp;?|&NonBreakingSpace;|&#0*160(?![0-9]);?|&#[xX]0*[aA]0(?![0-9a-fA-F]);?)+/g;

/** A white-space run or a character reference of the text: one space, or the character it names. */
const RUN_OR_REFERENCE = new RegExp(`${SPACE_RUN.source}|(${REFERENCE.source})`, "g");

/** An element whose white space is content, by its opening tag. */
const PREFORMATTED = /^<(pre|textarea|listing|xmp|plaintext)\b/i;

/** Whether `html` holds anything to change (a run longer than one plain space, or a reference). */
function needsCollapse(html: string): boolean {
  return /[\t\n\r\f\u00a0]|&(?:#|[A-Za-z])| {2}/.test(html);
}

/** Text between tags: runs become one space, references that cannot be markup their character. */
function collapseText(text: string): string {
  return text.replace(RUN_OR_REFERENCE, (_match, ref: string | undefined) =>
    ref ? decodeReference(ref) : " ",
  );
}

/**
 * `html` with every white-space run of its text collapsed to one space and the references that
 * cannot be markup decoded. Linear whatever the page holds: one forward scan (tagEnd never goes back
 * over what it read, but for one more pass per quote mark that is never closed), and each
 * preformatted element's end tag is searched for once, forward. Script, style and comments are
 * expected to be cut out already (stripScriptsAndStyles).
 */
export function collapseSpaces(html: string): string {
  if (!needsCollapse(html)) return html;
  const parts: string[] = [];
  const scan: TagScan = { unclosed: new Set() };
  let text = 0;
  let at = html.indexOf("<");
  while (at >= 0) {
    const tag = tagEnd(html, at, scan);
    if (tag.end < 0) {
      // Not a tag: this `<` is text, and so is what was read up to the next `<`.
      at = tag.next < 0 ? -1 : tag.next;
      continue;
    }
    parts.push(collapseText(html.slice(text, at)));
    let to = tag.end;
    const pre = PREFORMATTED.exec(html.slice(at, Math.min(tag.end, at + 12)));
    if (pre) {
      const close = new RegExp(`</${pre[1]}\\s*>`, "gi");
      close.lastIndex = tag.end;
      const found = close.exec(html);
      to = found ? found.index + found[0].length : html.length;
    }
    parts.push(html.slice(at, to));
    text = to;
    at = html.indexOf("<", to);
  }
  parts.push(collapseText(html.slice(text)));
  return parts.join("");
}

interface TagScan {
  /** Quote marks found never closed: from then on they quote nothing. */
  unclosed: Set<string>;
}

/**
 * The end (after `>`) of the tag opening at `from`, or -1 with where the next `<` outside a quote is
 * (-1: none). A quote opened right after `=` (an attribute value) may hold `>` and `<`
 * (`<img alt="1 > 0" src="a  b.png">`); elsewhere a `<` before the `>` makes the first `<` text.
 */
function tagEnd(html: string, from: number, scan: TagScan): { end: number; next: number } {
  let i = from + 1;
  let last = "";
  while (i < html.length) {
    const c = html[i]!;
    if (c === ">") return { end: i + 1, next: -1 };
    if (c === "<") return { end: -1, next: i };
    if ((c === '"' || c === "'") && last === "=" && !scan.unclosed.has(c)) {
      const close = html.indexOf(c, i + 1);
      if (close < 0) {
        // Never closed: read again as if this mark quoted nothing (once per mark, so still linear).
        scan.unclosed.add(c);
        return tagEnd(html, from, scan);
      }
      i = close + 1;
      last = c;
      continue;
    }
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return { end: -1, next: -1 };
}
