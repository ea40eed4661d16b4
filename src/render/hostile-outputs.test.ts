import assert from "node:assert/strict";
import { test } from "node:test";
import { parseAtomFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import {
  ALLOWED_LINKS,
  HOSTILE_SUMMARY,
  HOSTILE_TITLE,
  hostileBriefing,
} from "../../test/support/hostile-briefing.ts";
import { displayTitle } from "../model/display-title.ts";
import { renderAtomFeed } from "./render-atom-feed.ts";
import { renderHtml, renderHtmlFragment } from "./render-html.ts";
import { renderJson } from "./render-json.ts";
import { renderMarkdown } from "./render-markdown.ts";

// The hostile article (test/support/hostile-briefing.ts) in every file output: nothing it wrote
// becomes a link, a tag or a heading; every character of its title is still there to read.
const briefing = hostileBriefing();

/** Live links of a CommonMark/GFM document: inline links and images, autolinks, bare URLs. */
function markdownLinks(md: string): string[] {
  // Escaped characters and code spans (never linked) are not syntax.
  const live = md.replace(/\\[\\[\]<()!`*_#>-]/g, "\u0000").replace(/`[^`\n]*`/g, "\u0000");
  return [
    ...[...live.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!),
    ...[...live.matchAll(/<((?:https?|javascript|data|file):[^>\s]*)>/gi)].map((m) => m[1]!),
    ...(live
      .replace(/\]\([^)]*\)/g, "")
      .match(/\b(?:https?|javascript|data|file):\/\/[^\s)<>\]]+|\bwww\.[a-z0-9.-]+/gi) ?? []),
  ];
}

test("Markdown: no live link but ours, no raw tag, no heading from the article, the feed-only mark, the title whole", () => {
  const md = renderMarkdown(briefing);
  for (const link of markdownLinks(md)) assert.ok(ALLOWED_LINKS.includes(link), `live link ${link}`);
  const outsideCode = md.replace(/`[^`\n]*`/g, "");
  assert.doesNotMatch(outsideCode, /(?<!\\)<(at|font|script|a|b|text_tag|link)\b/i, "no raw tag");
  // GFM strikethrough (one or two tildes around text) would cross out words the article wrote.
  assert.doesNotMatch(outsideCode, /(?<!\\)~~?(?=[^\s~])[^~\n]*?[^\s~\\]~/, "no strikethrough");
  for (const line of md.split("\n").filter((l) => /^#{1,6} /.test(l)))
    assert.match(line, /^(# AI 每日情报|## (📊|📋)|### \d+\. |#### [🔹📊💡🔗])/u, line);
  assert.ok(md.includes("**说明**: 仅摘要：未能读取原文全文"), "feed-only entry marked");
  // Footer lists: a failed source's title and problem keep their text, not their link.
  assert.match(md, /订阅源 \\\[坏源\\\]\(https:\u200b\/\/evil\.example\/feed\)/);
  assert.match(md, /订阅源标题 \\\[点我\\\]\(https:\u200b\/\/evil\.example\/problem\)/);
  const visible = md.replace(/\\(.)/g, "$1").replace(/\u200b/g, "");
  assert.ok(
    visible.includes(displayTitle(HOSTILE_TITLE).replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")),
    "title whole",
  );
});

test("HTML and Atom: anchors only to our http(s) URLs, no element from the article", () => {
  const html = renderHtml(briefing);
  const atom = renderAtomFeed(
    [
      {
        date: briefing.date,
        timezone: briefing.timezone,
        generatedAt: briefing.generatedAt,
        path: "ok.html",
        html: renderHtmlFragment(briefing),
        title: "x",
      },
    ],
    { siteUrl: "https://example.org/" },
  );
  const fromAtom = parseAtomFeed(atom).entries?.[0]?.content?.value ?? "";
  assert.ok(fromAtom.includes("仅摘要"), "the Atom entry carries the day's entries");
  for (const doc of [html, `<!DOCTYPE html><html><body><main>${fromAtom}</main></body></html>`]) {
    const { document } = parseHTML(doc);
    const hrefs = Array.from(document.querySelectorAll("a"), (a) => a.getAttribute("href") ?? "");
    assert.ok(hrefs.length > 0);
    for (const h of hrefs) assert.ok(/^https?:\/\//.test(h), `href ${h}`);
    assert.ok(!hrefs.some((h) => h.includes("evil.example")), String(hrefs));
    for (const bad of ["at", "font", "script", "text_tag", "link[url]", "b > a"])
      assert.equal(document.querySelectorAll(`main ${bad}, article ${bad}`).length, 0, bad);
    // Every character shown (an invisible ZWSP breaks the article's own URLs, so no client links them).
    const text = (document.body.textContent ?? "").replace(/\u200b/g, "");
    assert.ok(text.includes(displayTitle(HOSTILE_TITLE)), "title whole");
    assert.ok(text.includes("仅摘要"), "feed-only entry marked");
  }
});

test("JSON keeps the article's own text verbatim, its unlinkable URL apart, and marks the feed-only entry", () => {
  const out = JSON.parse(renderJson(briefing)) as {
    entries: {
      title: string;
      summary: string;
      url: string | null;
      rawUrl?: string;
      notes?: string[];
      articleStatus?: string;
    }[];
  };
  const [hostile] = out.entries;
  assert.equal(hostile!.title, HOSTILE_TITLE);
  assert.equal(hostile!.summary, HOSTILE_SUMMARY);
  // A consumer that links every `url` links no javascript: URL; the address as written is data.
  assert.equal(hostile!.url, null);
  assert.equal(hostile!.rawUrl, "javascript:alert(document.cookie)");
  assert.equal(hostile!.articleStatus, "feed-only");
  assert.ok(hostile!.notes?.some((n) => n.startsWith("仅摘要")));
});
