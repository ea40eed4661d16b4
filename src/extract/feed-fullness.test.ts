import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { judgeFeedText } from "./feed-fullness.ts";
import { pageFromFeedItem } from "./page-from-feed-item.ts";

const para = (
  n: number,
  words = "研究团队在公开基准上复现了这一结果，并给出了训练细节与消融实验的完整数据。",
) => Array.from({ length: n }, (_, i) => `<p>第${i + 1}段：${words}</p>`).join("\n");

const judge = (html: string, earlierPageChars?: number[]) =>
  judgeFeedText(pageFromFeedItem({ url: "https://mp.weixin.qq.com/s/abc", title: "t", contentHtml: html }), {
    earlierPageChars,
  });

describe("judgeFeedText", () => {
  it("a long text in many paragraphs is the full article", () => {
    const v = judge(para(12));
    assert.equal(v.full, true, v.reason);
    assert.ok(v.signals.paragraphs >= 12);
  });

  it("a one-paragraph digest is a summary", () => {
    const v = judge("<p>研究团队在公开基准上复现了这一结果。</p>");
    assert.equal(v.full, false);
    assert.match(v.reason, /too short/);
  });

  it("a long text ending in 阅读原文 or an ellipsis is a summary", () => {
    assert.equal(judge(`${para(12)}<p>阅读原文</p>`).full, false);
    assert.equal(judge(`${para(12)}<p>展开全文 &gt;</p>`).signals.marker, "展开全文 >");
    const ellipsis = judge(`${para(11)}<p>第十二段：研究团队在公开基准上复现了这一结果……</p>`);
    assert.equal(ellipsis.full, false);
    assert.equal(ellipsis.signals.marker, "……");
  });

  it("阅读原文 inside a sentence of a full article is not a marker", () => {
    const v = judge(`${para(12)}<p>想了解更多细节，请点击阅读原文查看论文与代码仓库的链接说明。</p>`);
    assert.equal(v.full, true, v.reason);
  });

  it("a text under half the source's usual full page is a summary, however long", () => {
    const v = judge(para(12), [4000, 4200, 3900]);
    assert.equal(v.full, false);
    assert.equal(v.signals.usualChars, 4000);
  });

  it("a short source is judged against its own history", () => {
    const short = para(2);
    assert.equal(judge(short).full, false, "no history: too short");
    assert.equal(judge(short, [100, 110, 90]).full, true, "as long as its usual full pages");
  });

  it("images count: a medium text in paragraphs with inline images is full", () => {
    const html = `${para(6)}<p><img src="https://mmbiz.qpic.cn/a.png"></p>`;
    const v = judge(html);
    assert.equal(v.signals.images, 1);
    assert.equal(v.full, true, v.reason);
    assert.equal(judge(para(6)).full, false, "the same text without images is not enough");
  });

  it("no text at all is a summary", () => {
    assert.equal(judge("").full, false);
  });
});
