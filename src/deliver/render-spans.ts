/**
 * Renders neutral blocks in each platform's rich text dialect. Escaping happens here, last: every
 * span's text goes through the platform's escaper (escape-chat.ts); only the markup added here
 * (bold, headings, quotes, bullets, links to http(s) URLs) is live.
 */

import type { Block, Line, Span } from "../model/briefing-blocks.ts";
import { defangUrl } from "../model/defang.ts";
import { escapeHtmlText } from "../model/escape-html.ts";
import { linkTextMisleads } from "../model/links.ts";
import {
  escapeDingTalk,
  escapeDiscord,
  escapeLark,
  escapeSlack,
  escapeTelegram,
  escapeTelegramHtml,
  escapeWeCom,
  safeHref,
} from "./escape-chat.ts";

export type Flavour = "lark" | "dingtalk" | "wecom" | "discord" | "slack" | "telegram";

interface Dialect {
  escape(s: string): string;
  bold(escaped: string): string;
  /** A link to a URL we chose (already checked and re-encoded by safeHref). */
  link(text: string, href: string): string;
  heading(body: string): string;
  subheading(body: string): string;
  quote(body: string): string;
  bullet(body: string): string;
  subbullet(body: string): string;
}

/** The Markdown subsets (Feishu, DingTalk, WeCom): no escape for `[`/`]`, so bracketed text is never a link's text. */
function markdownSubset(esc: (s: string) => string): Dialect {
  return {
    escape: esc,
    bold: (t) => `**${t}**`,
    link: (text, href) =>
      text === href ? href : /[[\]]/.test(text) ? `${esc(text)}（${href}）` : `[${esc(text)}](${href})`,
    heading: (b) => `### ${b}`,
    subheading: (b) => `#### ${b}`,
    quote: (b) => `> ${b}`,
    bullet: (b) => `- ${b}`,
    subbullet: (b) => `    - ${b}`,
  };
}

const dialects: Record<Flavour, Dialect> = {
  lark: markdownSubset(escapeLark),
  dingtalk: markdownSubset(escapeDingTalk),
  wecom: markdownSubset(escapeWeCom),
  discord: {
    escape: escapeDiscord,
    bold: (t) => `**${t}**`,
    link: (text, href) => (text === href ? href : `[${escapeDiscord(text)}](${href})`),
    heading: (b) => `### ${b}`,
    subheading: (b) => `#### ${b}`,
    quote: (b) => `> ${b}`,
    bullet: (b) => `- ${b}`,
    subbullet: (b) => `    - ${b}`,
  },
  // Slack and Telegram have no headings: bold stands in.
  slack: {
    escape: escapeSlack,
    bold: (t) => `*${t}*`,
    // Link text that is the URL itself (one we chose and checked) is shown as it is, so a copied
    // label still works; any other text is defused like the rest of the article's words.
    link: (text, href) =>
      `<${href}|${(text === href ? escapeHtmlText(href) : escapeSlack(text)).replace(/\|/g, "¦")}>`,
    heading: (b) => `*${b}*`,
    subheading: (b) => `*${b}*`,
    quote: (b) => `> ${b}`,
    bullet: (b) => `• ${b}`,
    subbullet: (b) => `    ◦ ${b}`,
  },
  telegram: {
    escape: escapeTelegram,
    bold: (t) => `<b>${t}</b>`,
    link: (text, href) =>
      `<a href="${escapeTelegramHtml(href)}">${text === href ? escapeTelegramHtml(href) : escapeTelegram(text)}</a>`,
    heading: (b) => `<b>${b}</b>`,
    subheading: (b) => `<b>${b}</b>`,
    quote: (b) => `▎${b}`,
    bullet: (b) => `• ${b}`,
    subbullet: (b) => `    ◦ ${b}`,
  },
};

function span(s: Span, d: Dialect): string {
  if (s.kind === "bold") return d.bold(d.escape(s.text));
  if (s.kind === "link") {
    const href = safeHref(s.href, { ours: s.ours });
    // Not http(s) (javascript:, data:, file: …) or an internal host: shown as text, defanged
    // (hxxp://10[.]0[.]0[.]5/x), never as a link.
    if (href === undefined) {
      const shown = defangUrl(s.href);
      return d.escape(s.text === s.href ? shown : `${s.text} (${shown})`);
    }
    // A text naming another address (github.com/… for evil.example) is text beside the real URL.
    if (s.text !== s.href && linkTextMisleads(s.text, href))
      return `${d.escape(s.text)} (${d.link(href, href)})`;
    // A link shown by its own URL shows the URL it goes to (user info removed, re-encoded).
    return d.link(s.text === s.href ? href : s.text, href);
  }
  return d.escape(s.text);
}

function renderLine(l: Line, d: Dialect): string {
  const body = l.spans.map((s) => span(s, d)).join("");
  // Tags never cross a line, so a line boundary is always a safe place to split.
  switch (l.style) {
    case "heading":
      return d.heading(body);
    case "subheading":
      return d.subheading(body);
    case "quote":
      return d.quote(body);
    case "bullet":
      return d.bullet(body);
    case "subbullet":
      return d.subbullet(body);
    default:
      return body;
  }
}

/** One string per block; paragraphs joined by a blank line, lines by a newline. */
export function renderBlocks(blocks: Block[], f: Flavour): string[] {
  const d = dialects[f];
  return blocks.map((block) =>
    block.map((para) => para.map((l) => renderLine(l, d)).join("\n")).join("\n\n"),
  );
}
