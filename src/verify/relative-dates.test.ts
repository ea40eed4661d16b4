import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "发布会", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index)
    .filter((f) => !f.supported)
    .map((f) => f.value);
};

const ARTICLE = "9 月 17 日，青禾科技在杭州发布了新一代语音模型，售价为每月 30 元。";

test("a day of 本月 / 上月 / 当月 is the article's day of the month", () => {
  assert.deepEqual(refused(ARTICLE, "青禾科技本月 17 日发布新一代语音模型。"), []);
  assert.deepEqual(refused(ARTICLE, "青禾科技上月 17 号在杭州发布语音模型。"), []);
  assert.deepEqual(refused(ARTICLE, "青禾科技当月 17 日发布语音模型，每月 30 元。"), []);
});

test("a relative day the article does not give is still refused", () => {
  assert.equal(refused(ARTICLE, "青禾科技本月 18 日发布新一代语音模型。").length, 1);
  assert.equal(refused(ARTICLE, "青禾科技上月 7 日发布语音模型。").length, 1);
  assert.equal(refused(ARTICLE, "青禾科技本月 30 日发布语音模型。").length, 1);
  // A full date keeps its month: 10 月 17 日 is not the article's 9 月 17 日.
  assert.equal(refused(ARTICLE, "青禾科技 10 月 17 日发布语音模型。").length, 1);
});
