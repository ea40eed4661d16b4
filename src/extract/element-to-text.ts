// Plain text from a DOM subtree: paragraphs (blocks, list items, headings) separated by blank
// lines, <br> as a line break, whitespace collapsed. Only text nodes count: alt/title never do.
import { stripZeroWidth } from "./prune-hidden.ts";

const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BODY",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "TFOOT",
  "THEAD",
  "TR",
  "UL",
]);

/** Tags whose text is never reader text even if left in the tree. */
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE"]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export function elementToText(root: Element): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const lines = current
      .split("\n")
      // Table cells end in a tab (text-node whitespace is already collapsed): show them as " | ".
      .map((line) =>
        line
          .replace(/[ \f\r\u00A0\u3000]+/g, " ")
          .replace(/^[\s\t]+|[\s\t]+$/g, "")
          .replace(/ ?\t[\t ]*/g, " | "),
      )
      .filter(Boolean);
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    current = "";
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const value = stripZeroWidth(node.nodeValue ?? "");
      current += pre ? value.replace(/\r\n?/g, "\n") : value.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "BR") {
      current += "\n";
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === "PRE") {
      // Keep the code's own line structure as one paragraph.
      const text = stripZeroWidth(el.textContent ?? "")
        .replace(/\r\n?/g, "\n")
        .replace(/^\n+|\s+$/g, "");
      if (text) paragraphs.push(text);
      return;
    }
    for (const child of Array.from(el.childNodes)) walk(child, pre);
    if (tag === "TD" || tag === "TH") current += "\t";
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join("\n\n");
}
