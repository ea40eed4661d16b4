import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { extractPage } from "./index.ts";

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), "utf8");
const URL_ = "https://mp.weixin.qq.com/s/TestArticleAbc123";
const page = extractPage(fixture("wechat-article.html"), { url: URL_ });

test("wechat: metadata from the page and its scripts", () => {
  assert.equal(page.kind, "article");
  assert.equal(page.title, "开源推理模型再进一步：长上下文与工具调用同步升级");
  assert.equal(page.account, "示例智能观察");
  assert.equal(page.author, "林小舟");
  assert.equal(page.publishedAt, "2026-02-04T02:00:00.000Z");
  assert.equal(page.canonicalUrl, "https://mp.weixin.qq.com/s/TestArticleAbc123");
});

test("wechat: hidden body wrapper is read, paragraphs, headings and list items are separate", () => {
  const paragraphs = page.text.split("\n\n");
  assert.equal(
    paragraphs[0],
    "本周，一家国内实验室发布了新一代开源推理模型，在数学与代码基准上的成绩接近闭源旗舰。",
  );
  assert.ok(paragraphs.includes("模型采用混合专家结构，总参数2300 亿，每个词元激活约 220 亿参数。"));
  assert.ok(paragraphs.includes("一、长上下文"));
  assert.ok(paragraphs.includes("支持并行调用多个工具；"));
  assert.ok(paragraphs.includes("函数参数按 JSON Schema 校验；"));
  assert.ok(paragraphs.includes("小程序里的活动报名"), "a mini-program text link is prose");
  assert.equal(paragraphs.at(-1), "我们会继续跟踪这一模型在实际业务中的表现。");
});

test("wechat: promotions, hidden text, comments and alt text are dropped", () => {
  for (const gone of [
    "关注",
    "二维码",
    "往期回顾",
    "多模态模型横评",
    "被隐藏",
    "注释",
    "架构示意图",
    "图片标题",
  ]) {
    assert.ok(!page.text.includes(gone), `text still contains ${gone}`);
  }
  assert.ok(!page.html.includes("mp-common-profile"));
  assert.ok(!page.html.includes("style="));
  assert.ok(!page.html.includes("data-src"));
  assert.ok(!page.html.includes("OldPostOne"));
});

test("wechat: lazy images resolved, QR codes and card covers dropped", () => {
  assert.deepEqual(page.images, [
    "https://mmbiz.qpic.cn/mmbiz_png/fig1/640?wx_fmt=png",
    "https://mmbiz.qpic.cn/mmbiz_jpg/fig2/640?wx_fmt=jpeg",
  ]);
  assert.match(page.html, /<img src="https:\/\/mmbiz\.qpic\.cn\/mmbiz_png\/fig1\/640\?wx_fmt=png">/);
});

test("wechat: links keep visible text and absolute href", () => {
  assert.deepEqual(page.links, [
    { text: "技术报告原文", href: "https://example.org/papers/reasoning-model.pdf" },
    { text: "相关文章", href: "https://mp.weixin.qq.com/s/RelatedPost?scene=21" },
  ]);
});

test("wechat: structure is recognised on a mirror host too", () => {
  const mirrored = extractPage(fixture("wechat-article.html"), { url: "https://mirror.example.com/a/1" });
  assert.equal(mirrored.account, "示例智能观察");
  assert.equal(mirrored.publishedAt, "2026-02-04T02:00:00.000Z");
});

test("wechat: a zone-less create_time is read in the given zone", () => {
  const html = `<h1 id="activity-name">标题</h1><div id="js_content"><p>正文内容。</p></div>
    <script>var x = { create_time: JsDecode('2026-02-04 08:30') };</script>`;
  const shanghai = extractPage(html, { url: URL_ });
  assert.equal(shanghai.publishedAt, "2026-02-04T00:30:00.000Z");
  const utc = extractPage(html, { url: URL_, timeZone: "UTC" });
  assert.equal(utc.publishedAt, "2026-02-04T08:30:00.000Z");
});
