/** Renders neutral blocks in each platform's rich text dialect. Escaping happens here, last. */
import type { Block, Line, Span } from "./briefing-blocks.ts";

export type Flavour = "markdown" | "slack" | "telegram";

const escapeSlack = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeTelegram = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Characters that would end a Markdown or Slack link early are percent-encoded (the URL stays the same resource). */
const safeHref = (href: string) =>
  href.replace(/[()<>| ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function span(s: Span, f: Flavour): string {
  switch (f) {
    case "markdown":
      if (s.kind === "bold") return `**${s.text}**`;
      if (s.kind === "link") return s.text === s.href ? safeHref(s.href) : `[${s.text}](${safeHref(s.href)})`;
      return s.text;
    case "slack":
      if (s.kind === "bold") return `*${escapeSlack(s.text)}*`;
      if (s.kind === "link")
        return `<${escapeSlack(safeHref(s.href))}|${escapeSlack(s.text).replace(/\|/g, "¦")}>`;
      return escapeSlack(s.text);
    case "telegram":
      if (s.kind === "bold") return `<b>${escapeTelegram(s.text)}</b>`;
      if (s.kind === "link") return `<a href="${escapeTelegram(s.href)}">${escapeTelegram(s.text)}</a>`;
      return escapeTelegram(s.text);
  }
}

function renderLine(l: Line, f: Flavour): string {
  const body = l.spans.map((s) => span(s, f)).join("");
  // Telegram and Slack have no headings: bold stands in. Tags never cross a line, so a line
  // boundary is always a safe place to split.
  const strong = (t: string) => (f === "telegram" ? `<b>${t}</b>` : f === "slack" ? `*${t}*` : t);
  switch (l.style) {
    case "heading":
      return f === "markdown" ? `### ${body}` : strong(body);
    case "subheading":
      return f === "markdown" ? `#### ${body}` : strong(body);
    case "quote":
      return f === "telegram" ? `▎${body}` : `> ${body}`;
    case "bullet":
      return f === "markdown" ? `- ${body}` : `• ${body}`;
    case "subbullet":
      return f === "markdown" ? `    - ${body}` : `    ◦ ${body}`;
    default:
      return body;
  }
}

/** One string per block; paragraphs joined by a blank line, lines by a newline. */
export function renderBlocks(blocks: Block[], f: Flavour): string[] {
  return blocks.map((block) =>
    block.map((para) => para.map((l) => renderLine(l, f)).join("\n")).join("\n\n"),
  );
}
