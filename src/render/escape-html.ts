/**
 * HTML and XML escaping for the renderers. Every string from a feed, a page or an LLM goes through
 * one of these; the entity table itself is model/escape-html.ts, shared with the chat channels.
 */

import { defangAddresses, defangUrl } from "../model/defang.ts";
import { escapeHtml as escapeEntities } from "../model/escape-html.ts";
import {
  breakAutolinks,
  breakBareHosts,
  linkTextMisleads,
  publishableUrl,
  removeBidiControls,
} from "../model/links.ts";

/**
 * Escapes text for element content and double- or single-quoted attribute values alike. Bidi
 * controls (U+202E …) go too: invisible, they would show a title or the text around a link reordered.
 */
export function escapeHtml(value: string): string {
  return escapeEntities(removeBidiControls(value));
}

/**
 * Escapes text for XML 1.0: as escapeHtml, and drops the characters XML cannot carry at all
 * (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), which would make the feed invalid.
 */
export function escapeXml(value: string): string {
  return escapeHtml(
    value.replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "",
    ),
  );
}

/**
 * Text a reader sees (titles, org, tags, source names, notes, the footer's problems): as escapeHtml,
 * and no address in it links by itself — Gmail and Outlook link a URL written in an HTML part's
 * text: one that may not be a link is defanged (`hxxp://10[.]0[.]0[.]5/x`, model/defang.ts), a
 * public one has `scheme://` and `www.` broken by an invisible ZWSP, as in Markdown and the chats,
 * and so has the dot of a bare host name (`evil.com/login`: Gmail links it), links only from URLs we
 * chose. Never for attribute values.
 */
export function escapeHtmlShown(value: string): string {
  return escapeHtml(breakBareHosts(breakAutolinks(defangAddresses(value))));
}

/**
 * Entry text carries the format's inline Markdown (`**bold**`, `` `code` ``). Escape first, then turn
 * those two marks into tags, so nothing from the text itself can become markup.
 */
export function renderInlineHtml(value: string): string {
  return escapeHtmlShown(value.replace(/[\r\n]+/g, " "))
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+?)\*\*/g, "<strong>$1</strong>");
}

/**
 * An `<a>` for http(s) URLs to public hosts; anything else (javascript:, data:, an internal host,
 * garbage) is shown as plain text, defanged. A text naming another address than the link's is shown as text
 * beside the link's own URL.
 */
export function renderLinkHtml(text: string, url: string): string {
  // User info is removed: "https://mp.weixin.qq.com@evil.example/" reads as one host, goes to another.
  const href = publishableUrl(url);
  if (href === undefined)
    return escapeHtmlShown(text === url ? defangUrl(url) : `${text} (${defangUrl(url)})`);
  const anchor = (shown: string) =>
    `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${shown === href ? escapeHtml(shown) : escapeHtmlShown(shown)}</a>`;
  if (text !== url && linkTextMisleads(text, href)) return `${escapeHtmlShown(text)} (${anchor(href)})`;
  return anchor(text === url ? href : text);
}
