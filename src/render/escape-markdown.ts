/**
 * Markdown escaping for untrusted strings (feed titles, LLM text). Entry text may carry the inline
 * emphasis the format itself uses (`**0.91**`, `` `CLAUDE.md` ``), so inline text is NOT escaped
 * wholesale: ordinary Chinese text and that emphasis pass through unchanged. What is neutralised is
 * what could change the document's structure or smuggle markup in:
 * - line breaks and control characters inside a field → one space (a field never spans lines);
 *   bidi controls (U+202E …), which would show the text reordered, are removed;
 * - `<` opening a tag (`<script`, `</`, `<!`), and `&` opening an entity → escaped;
 * - block markers at the start of a block (`#`, `>`, `-`, `+`, `*`, `1.`, `=`, `|`, fences) → `\`;
 * - `[`, `]` and `\` everywhere, so no `[text](url)` link or image an article wrote stays live
 *   (in the entries and in the footer's source lists alike), and `scheme://` / `www.` are broken with
 *   an invisible ZWSP so no viewer auto-links a URL from the text (links only from URLs we chose),
 *   and so is the `@` of an e-mail address (GFM links those too); an address that may not be a link
 *   (an internal host, `file://`) is defanged visibly (`hxxp://10[.]0[.]0[.]5/x`, model/defang.ts),
 *   since the e-mail's plain-text part is this file and mail clients link plain-text URLs;
 * - `~` everywhere (GFM strikethrough would cross out words the article wrote);
 * - `*` inside bold labels; trailing `#` in headings (ATX closing sequence).
 */
import { defangAddresses, defangUrl } from "../model/defang.ts";
import {
  breakAutolinks,
  breakBareHosts,
  isHttpUrl,
  linkTextMisleads,
  publishableUrl,
  removeBidiControls,
  ZWSP,
} from "../model/links.ts";

/** Collapses a field to one line: CR/LF, tabs and other control characters become single spaces. */
export function flattenField(value: string): string {
  return removeBidiControls(value)
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Inline text that may keep its `**bold**` and `` `code` ``: tags, entities, links and autolinks are defused. */
export function escapeMarkdownInline(value: string): string {
  return (
    breakBareHosts(breakAutolinks(defangAddresses(flattenField(value))))
      // GFM also links a bare e-mail address (and mailto:/xmpp: ones): a ZWSP after `@` stops it.
      .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`)
      // `~` too: GFM strikes `~~不~~` (and `~不~`) through, which reverses what a sentence says.
      .replace(/[\\[\]~]/g, "\\$&")
      .replace(/<(?=[A-Za-z/!?])/g, "\\<")
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
      // A defanged dot, colon or at (`10[.]0`, `javascript[:]`) reads as written: with no `[x]: url`
      // definition (every `[` an article writes is escaped) a bracketed character is no link, unless
      // `(` follows: `hxxp://a[.](//evil.example)` would be an inline link, so that one stays escaped.
      .replace(/\\\[([.:@\u3002\uff0e\uff61])\\\](?!\()/g, "[$1]")
  );
}

/** Inline text that starts a block (a lead paragraph, a bullet without label). */
export function escapeMarkdownBlockStart(value: string): string {
  const text = escapeMarkdownInline(value);
  return text.replace(/^([#>+=|~]|[-*](?=\s|$)|`{3,})/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** Text shown inside `[…]`: brackets and backslashes are escaped (as in all inline text) so the bracket cannot close early. */
export function escapeMarkdownBracketed(value: string): string {
  return escapeMarkdownInline(value);
}

/** Text wrapped in `**…**`. */
export function escapeMarkdownLabel(value: string): string {
  return escapeMarkdownBracketed(value).replace(/([*_`])/g, "\\$1");
}

/** A heading's text: a trailing run of `#` would be taken as the closing sequence. */
export function escapeMarkdownHeading(value: string): string {
  return escapeMarkdownBracketed(value).replace(/(#+)$/, (m) => m.replace(/#/g, "\\#"));
}

/** True for absolute http(s) URLs, the only links the briefing makes clickable. */
export { isHttpUrl };

/** A link destination that cannot break out of `(…)` or an autolink. */
function encodeDestination(url: string): string {
  return url.replace(/[()<>\s"`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/**
 * A bare URL (GFM autolinks it); a non-http(s) value or an internal host is shown defanged in a code
 * span: inert in a Markdown viewer, and not linked by a mail client showing the plain text either.
 */
export function formatMarkdownUrl(url: string): string {
  const href = publishableUrl(url);
  if (href !== undefined) return encodeDestination(href);
  return `\`${defangUrl(flattenField(url)).replace(/`/g, "'")}\``;
}

/**
 * `[title](url)`, or the escaped title alone when the URL is not http(s) or goes to an internal
 * host; a title naming another address is text beside the link's own URL.
 */
export function formatMarkdownLink(title: string, url: string): string {
  const href = publishableUrl(url);
  if (href === undefined) return escapeMarkdownInline(title);
  if (title !== url && linkTextMisleads(title, href))
    return `${escapeMarkdownInline(title)} (${encodeDestination(href)})`;
  return `[${escapeMarkdownBracketed(title === url ? href : title)}](${encodeDestination(href)})`;
}
