import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { renderHtml } from "./render-html.ts";
import { EVIL, evilBriefing } from "./testdata/evil-briefing.ts";
import { sampleBriefing } from "./testdata/sample-2026-02-04.ts";

function parse(html: string) {
  return parseHTML(html).document;
}

test("every field is escaped: no script, no event handler, no non-http link", () => {
  const html = renderHtml(evilBriefing);
  assert.ok(!/<script/i.test(html), "no <script");
  assert.ok(!/<img/i.test(html), "no <img");
  assert.ok(!html.includes('"onerror'), 'no "onerror');
  const doc = parse(html);
  assert.equal(doc.querySelectorAll("script, img").length, 0);
  for (const el of Array.from(doc.querySelectorAll("*"))) {
    for (const attr of el.getAttributeNames()) assert.ok(!attr.startsWith("on"), `${el.tagName} ${attr}`);
  }
  const hrefs = Array.from(doc.querySelectorAll("a")).map((a) => a.getAttribute("href") ?? "");
  assert.deepEqual(hrefs, ['https://ok.example/"onerror=x<script>']);
  // The attribute value is quoted and escaped in the source text.
  assert.ok(html.includes('href="https://ok.example/&quot;onerror=x&lt;script&gt;"'));
  // Every string field shows up as text (escaped), none is dropped: 21 fields carry EVIL as text.
  const shown = doc.body.textContent?.split(EVIL).length ?? 0;
  assert.ok(shown - 1 >= 17, `EVIL shown as text ${shown - 1} times`);
  assert.ok(doc.title.includes(EVIL));
});

test("a standalone phone-friendly page: viewport, inline CSS only, CJK fonts, dark mode", () => {
  const html = renderHtml(sampleBriefing);
  assert.ok(html.startsWith("<!DOCTYPE html>"));
  assert.ok(html.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
  assert.ok(
    html.includes(
      '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
    ),
  );
  assert.ok(html.includes("@media (prefers-color-scheme: dark)"));
  assert.ok(html.includes("max-width"));
  assert.ok(!/<link\b|<script\b|\bsrc=|@import|url\(/i.test(html), "no external assets");
});

test("the same content as the Markdown: entries, sections, bullets, resources, footer", () => {
  const doc = parse(renderHtml(sampleBriefing));
  const articles = doc.querySelectorAll("article");
  assert.equal(articles.length, sampleBriefing.items.length);
  // What the reader sees: invisible ZWSPs (a bare host name's dot, CodeClash.ai) do not show.
  const text = (doc.body.textContent ?? "").replace(/\s+/g, " ").replace(/\u200b/g, "");
  const plain = (s: string) => s.replace(/\*\*|`/g, "");
  sampleBriefing.items.forEach((item, i) => {
    const article = articles[i]!;
    const at = (article.textContent ?? "").replace(/\s+/g, " ").replace(/\u200b/g, "");
    assert.ok(at.includes(`${i + 1}. [${item.entry.org}] ${item.entry.title}`), item.entry.title);
    assert.ok(at.includes(plain(item.entry.summary)));
    for (const section of [item.entry.core, item.entry.results, item.entry.insights]) {
      if (section.lead) assert.ok(at.includes(plain(section.lead)), section.lead);
      for (const b of section.bullets) {
        assert.ok(at.includes(`${b.label ? `${b.label}：` : ""}${plain(b.text)}`), b.text);
        for (const c of b.children ?? []) assert.ok(at.includes(plain(c.text)), c.text);
      }
    }
    const links = Array.from(article.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    assert.deepEqual(links, [item.url, ...item.entry.resources.map((r) => r.url)]);
    assert.equal(article.querySelectorAll("h4").length, 4);
  });
  assert.ok(text.includes("📋 覆盖情况"));
  assert.ok(text.includes("新智元：抓取 12 · 当日 8 · 已分析 6 · 重复 0 · 低于阈值 1 · 失败 1"));
  assert.ok(text.includes("1 篇文章已被作者删除，未分析"));
  assert.ok(text.includes("LLM 用量：19 次调用 · 输入 312,480 tokens"));
  assert.ok(text.includes("核验：检查 128 条论断"));
  assert.ok(text.includes("新智元 1 篇文章低于 2 星阈值，未收录"));
  assert.ok(text.includes("生成于 2026-02-05 07:30（Asia/Shanghai）"));
});

test("inline emphasis in entry text becomes <strong>/<code> after escaping", () => {
  const html = renderHtml(sampleBriefing);
  assert.ok(html.includes("综合得分 <strong>0.91</strong>，刷新 SOTA"));
  assert.ok(html.includes("<code>CLAUDE.md</code>"));
});
