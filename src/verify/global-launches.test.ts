import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: a launch in a few markets, and one article that does launch worldwide.
const ARTICLE = `青萝翻译耳机本周在日本和韩国开售，其他市场的上市时间尚未确定。The companion app is available in English and Japanese. 青萝是东亚出货量最大的翻译耳机品牌，累计用户 80 万。`;
const WORLD = "The update rolls out worldwide today to all Pro users.";
const refused = (claim: string, text = ARTICLE) =>
  checkTextFacts(claim, indexArticle({ title: "青萝", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /limited to some markets/.test(f.reason),
  );

test("a launch in some markets told as global is refused", () => {
  for (const claim of [
    "青萝翻译耳机在全球开售。",
    "The earbuds are now available worldwide.",
    "青萝翻译耳机面向全球用户推出。",
    "The app launched globally in English and Japanese.",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the launch kept to its markets, a global that is no launch, or an article that says global, stands", () => {
  for (const claim of [
    "青萝翻译耳机本周在日韩开售，其他市场待定。",
    "The app is available in English and Japanese.",
    "青萝累计用户 80 万。",
    "青萝翻译耳机在日本、韩国上市。",
    "The earbuds went on sale in Japan and South Korea this week.",
    "它是东亚出货量最大的翻译耳机品牌。",
    "首批仅在日本和韩国开售。",
  ])
    assert.deepEqual(refused(claim), [], claim);
  for (const claim of ["更新今日面向全球 Pro 用户推送。", "The update is available globally."])
    assert.deepEqual(refused(claim, WORLD), [], claim);
});
