// RSS items in the wild carry their text in elements no RSS spec names: <xhtml:body> (inline XHTML,
// e.g. Radio UserLand and early weblogs), <fullitem> (escaped HTML) and <summary> (borrowed from
// Atom). The XML parser drops elements it does not know, and an item left with nothing known is
// dropped too, so these are renamed to their standard counterparts before parsing.
import { escapeHtml } from "./html-text.ts";
import { CDATA, COMMENT, element, replaceSpans } from "./replace-spans.ts";

const XHTML_NS = "http://www.w3.org/1999/xhtml";
const HINT = /<(?:fullitem|summary|xhtml:body|body)[\s>]/;

/**
 * In an RSS document, renames per item (only when the item has no <content:encoded>):
 * - <xhtml:body>…</xhtml:body> or <body xmlns="…xhtml">…</body> → <content:encoded> with the markup;
 * - <fullitem>…</fullitem> → <content:encoded>;
 * - <summary> → <description> when there is none; with both, the first in document order is the
 *   summary and the second the content (nothing says which is which; this is feedparser's rule).
 * CDATA sections and comments are never looked into. Anything else is returned untouched.
 */
export function renameRssExtensions(source: string): string {
  if (!/<rss[\s>]/.test(source) || !HINT.test(source)) return source;
  const shielded: string[] = [];
  const shield = (text: string) =>
    replaceSpans(text, [CDATA, COMMENT], (m) => `\u0000${shielded.push(m) - 1}\u0000`);
  const unshield = (text: string) =>
    text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => shielded[Number(i)] ?? "");
  // Spans found in one pass (replace-spans.ts): unclosed <item>s cost no rescans.
  const rewritten = replaceSpans(shield(source), [element("item")], (item) => renameInItem(item, unshield));
  return unshield(rewritten);
}

function renameInItem(item: string, unshield: (text: string) => string): string {
  if (/<content:encoded[\s>]/.test(item)) return item;
  // The first body element found in one pass; the regex then reads its parts within that span only.
  let out = replaceSpans(
    item,
    [element("xhtml:body"), element("body")],
    (span) =>
      span.replace(
        /^<(xhtml:body|body)\b([^>]*)>([\s\S]*?)<\/\1\s*>$/,
        (whole, tag: string, attrs: string, inner: string) => {
          if (tag === "body" && !attrs.includes(XHTML_NS)) return whole;
          const markup = unshield(inner)
            .replace(/<(\/?)xhtml:/g, "<$1")
            .trim();
          return `<content:encoded>${escapeHtml(markup)}</content:encoded>`;
        },
      ),
    1,
  );
  if (!/<content:encoded[\s>]/.test(out)) {
    out = out.replace(/<(\/?)fullitem(?=[\s>])/g, "<$1content:encoded");
  }
  const summary = /<summary(?=[\s>])/.exec(out);
  if (!summary) return out;
  const description = /<description(?=[\s>])/.exec(out);
  if (!description) return renameElement(out, "summary", "description");
  if (/<content:encoded[\s>]/.test(out)) return out;
  if (summary.index > description.index) return renameElement(out, "summary", "content:encoded");
  out = renameElement(out, "description", "content:encoded");
  return renameElement(out, "summary", "description");
}

function renameElement(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`<(/?)${from}(?=[\\s>/])`, "g"), `<$1${to}`);
}
