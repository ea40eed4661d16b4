import assert from "node:assert/strict";
import { test } from "node:test";
import { resourceTitleNote } from "../model/briefing-wording.ts";
import type { Briefing } from "../model/index.ts";
import { buildBriefingBlocks } from "./briefing-blocks.ts";
import { renderHtml } from "./render-html.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { sampleBriefing } from "./testdata/sample-2026-02-04.ts";

// One resource of each kind that made the lines wobble: a title the URL spells out, a title that
// says more, a slug title, an arXiv id around a title, and none.
const RESOURCES = [
  { label: "GitHub 代码", url: "https://github.com/acme/Deep-Widget", title: "acme/Deep-Widget" },
  { label: "相关链接", url: "https://blog.example.com/p/42", title: "Why widgets scale" },
  { label: "相关链接", url: "https://example.org/a-business-that-scales", title: "A business that scales" },
  {
    label: "arXiv 论文",
    url: "https://arxiv.org/abs/2412.02730",
    title: "Widgets at scale（arXiv:2412.02730）",
  },
  { label: "项目主页", url: "https://widget.example.com/" },
];
const NOTES = [undefined, "Why widgets scale", undefined, "Widgets at scale", undefined];

function briefing(): Briefing {
  const base = sampleBriefing.items[0]!;
  return { ...sampleBriefing, items: [{ ...base, entry: { ...base.entry, resources: RESOURCES } }] };
}

test("a resource's title is shown only when it says more than its URL", () => {
  assert.deepEqual(
    RESOURCES.map((r) => resourceTitleNote(r)),
    NOTES,
  );
});

test("Markdown: every 相关资源 line is **label**: URL, the title after it when it says more", () => {
  const md = renderMarkdown(briefing());
  const section = md.slice(
    md.indexOf("#### 🔗 相关资源"),
    md.indexOf("\n---", md.indexOf("#### 🔗 相关资源")),
  );
  const lines = section.split("\n").filter((l) => l.startsWith("- "));
  assert.deepEqual(
    lines,
    RESOURCES.map((r, i) => `- **${r.label}**: ${r.url}${NOTES[i] ? ` — ${NOTES[i]}` : ""}`),
  );
});

test("HTML: every 相关资源 item links its URL by the URL itself", () => {
  const html = renderHtml(briefing());
  for (const [i, r] of RESOURCES.entries()) {
    const note = NOTES[i] ? ` — ${NOTES[i]}` : "";
    assert.ok(html.includes(`<strong>${r.label}</strong>: <a href="${r.url}"`), r.url);
    assert.match(html, new RegExp(`>${r.url.replace(/[.?]/g, "\\$&")}</a>${note}</li>`));
  }
});

test("chat blocks: every 相关资源 line is label, the URL as its own link text, then the note", () => {
  const blocks = buildBriefingBlocks(briefing(), { mode: "full" } as never);
  const lines = blocks.flat(2).filter((l) => l.style === "bullet" && l.spans[0]?.kind === "bold");
  const shown = lines.filter((l) => RESOURCES.some((r) => l.spans[0]!.text === r.label));
  assert.equal(shown.length, RESOURCES.length);
  for (const [i, l] of shown.entries()) {
    const link = l.spans[2]!;
    assert.equal(link.kind, "link");
    assert.equal(link.kind === "link" && link.text, RESOURCES[i]!.url);
    assert.equal(l.spans[3]?.text, NOTES[i] ? ` — ${NOTES[i]}` : undefined);
  }
});
