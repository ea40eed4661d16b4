/**
 * HTML escaping, once for every output: the rendered page and index (render/), the Atom feed, the
 * chat channels that speak HTML or HTML-like entities (Telegram, Slack, email), and feed content
 * re-wrapped as HTML (sources/). Three contexts, one entity table:
 *
 * - text:      element content. `&`, `<`, `>`; quotes stay as they are.
 * - attribute: a double-quoted attribute value (`href="…"`), and text. Adds `"`.
 * - any:       element content and single- or double-quoted attributes alike. Adds `'`.
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const entity = (c: string): string => ENTITIES[c] ?? c;

/** Element content only: `&`, `<`, `>` become entities. Never use it inside an attribute. */
export function escapeHtmlText(value: string): string {
  return value.replace(/[&<>]/g, entity);
}

/** A double-quoted attribute value (or element content): as escapeHtmlText, and `"`. */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&<>"]/g, entity);
}

/** Safe in element content and in single- or double-quoted attributes: all five characters. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, entity);
}
