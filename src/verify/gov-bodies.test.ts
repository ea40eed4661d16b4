import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "政策", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index)
    .filter((f) => !f.supported)
    .map((f) => f.value);
};

const ARTICLE = "杭州市科学技术局与杭州市工业和信息化局联合印发《低空经济若干措施》，对首台套产品给予补贴。";

test("a body's short spelling is the article's full one", () => {
  assert.deepEqual(refused(ARTICLE, "杭州市科技局与工信局联合印发低空经济若干措施。"), []);
  assert.deepEqual(refused(ARTICLE, "杭州市工业和信息化局印发若干措施。"), []);
});

test("a body the article never names is refused, at whatever level", () => {
  assert.deepEqual(refused(ARTICLE, "杭州市发改委印发低空经济若干措施。"), ["发改委"]);
  assert.deepEqual(refused(ARTICLE, "工信部印发低空经济若干措施。"), ["工信部"]);
  assert.deepEqual(refused(ARTICLE, "杭州市网信办与科技局联合印发若干措施。"), ["网信办"]);
  assert.deepEqual(refused(ARTICLE, "杭州市市场监管局印发若干措施。"), ["市场监管局"]);
});

test("an article naming no body in Chinese gives no verdict", () => {
  const en = "The Shenzhen Municipal Bureau of Industry and Information Technology issued draft measures.";
  assert.deepEqual(refused(en, "深圳市工信局发布征求意见稿。"), []);
  assert.deepEqual(refused("公司发布了新模型。", "发改委发布了新规。"), []);
});
