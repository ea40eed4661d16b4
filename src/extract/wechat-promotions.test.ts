import assert from "node:assert/strict";
import { test } from "node:test";
import { extractPage } from "./index.ts";

const url = "https://mp.weixin.qq.com/s/Promo";
const body = (inner: string) =>
  extractPage(
    `<h1 id="activity-name">标题</h1><div id="js_content" style="visibility:hidden">${inner}</div>`,
    { url },
  ).text;
const article = "<p>正文第一段讲模型发布的细节，篇幅足够长，确保尾部推荐列表只占少数。</p>".repeat(4);

test("a decorated 推荐阅读 heading cuts the trailing list", () => {
  const text = body(`${article}<p>▼ 推荐阅读 ▼</p><p><a href="https://mp.weixin.qq.com/s/a">旧文一</a></p>`);
  assert.ok(text.endsWith("确保尾部推荐列表只占少数。"));
  assert.ok(!text.includes("旧文一"));
});

test("推荐阅读 early in a long article does not cut the article", () => {
  const text = body(`<p>推荐阅读</p>${article}`);
  assert.ok(text.includes("正文第一段"));
});

test("ad cards, profile cards and empty mini-program cards are dropped", () => {
  const text = body(
    `${article}<mp-common-cpsad data-title="广告商品"><p>限时优惠 立即购买</p></mp-common-cpsad>` +
      '<mp-miniprogram data-miniprogram-title="小程序卡片"></mp-miniprogram><mp-common-profile data-nickname="某号"></mp-common-profile>',
  );
  assert.ok(!text.includes("限时优惠"));
  assert.ok(!text.includes("小程序卡片"));
});

test("follow prompts go, sentences that merely mention 关注 stay", () => {
  const text = body(
    `<p>⭐ 设为星标，第一时间获取更新 ⭐</p>${article}<p>研究团队特别关注了模型在长文本上的稳定性，并公布了全部评测数据。</p>`,
  );
  assert.ok(!text.includes("设为星标"));
  assert.ok(text.includes("研究团队特别关注了模型"));
});
