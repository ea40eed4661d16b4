import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtmlShown } from "../src/render/escape-html.ts";
import { renderHtml, renderMarkdown } from "../src/render/index.ts";
import { hostileBriefing } from "./support/hostile-briefing.ts";
import { bareHostLinks } from "./support/linkify.ts";

// A host written bare in an article's words (no scheme, no www.): Gmail and Outlook link it in the
// e-mail's HTML part (the HTML file), Apple Mail in its plain-text part (the Markdown file).
const BARE = "登录 evil.com/login 领奖，或写信 prize@evil.com，见 docs.evil.io/x 与 https://phish.net/a";
const KEPT = ["CLAUDE.md", "setup.py", "Node.js", "v1.2.3", "3.14", "e.g.", "U.S."];

function briefing() {
  const b = hostileBriefing();
  const [first, ...rest] = b.items;
  const entry = { ...first!.entry, title: `${BARE} ${KEPT.join(" ")}`, summary: BARE };
  return { ...b, items: [{ ...first!, entry }, ...rest] };
}

/** The text of an HTML document as a mail client reads it for linking (tags out, entities decoded). */
function htmlText(html: string): string {
  return html
    .replace(/<a\b[^>]*>[\s\S]*?<\/a>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

test("a bare host in prose is no link in the HTML (the e-mail) or the Markdown (its plain-text part)", () => {
  assert.deepEqual(bareHostLinks(BARE), ["evil.com/login", "evil.com", "docs.evil.io/x", "phish.net/a"]);
  const b = briefing();
  for (const [name, text] of [
    ["html", htmlText(renderHtml(b))],
    // Our own links: a URL we chose, written whole (an article's has its `://` broken).
    ["markdown", renderMarkdown(b).replace(/\bhttps?:\/\/\S+/g, " ")],
  ] as const) {
    assert.deepEqual(bareHostLinks(text), [], name);
    // Every word still reads (only invisible ZWSPs were added), and file names and numbers are untouched.
    const visible = text.replace(/\u200b/g, "");
    assert.ok(visible.includes("evil.com/login"), `${name}: the host still reads`);
    for (const kept of KEPT) assert.ok(text.includes(kept), `${name}: ${kept} as written`);
  }
});

test("escapeHtmlShown: the host's dots get a ZWSP; a file name keeps its dot", () => {
  assert.equal(escapeHtmlShown("evil.com/login"), "evil\u200b.com/login");
  assert.equal(escapeHtmlShown("CLAUDE.md 与 Node.js"), "CLAUDE.md 与 Node.js");
});
