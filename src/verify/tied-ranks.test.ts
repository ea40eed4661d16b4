import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const ARTICLE = `星榜公布 11 月排名。北辰-2 以 81.0 分排名第一。云雀-Max 与 Orion-2 同为 76.9 分，并列第二。星河-72B 以 75.2 分位列第四。`;
const index = indexArticle({ title: "星榜 11 月排名", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /tie/.test(f.reason)).length;

test("a sole place the article gives as a tie is refused, in either language", () => {
  assert.equal(refused("云雀-Max 以 76.9 分独居第二。"), 1);
  assert.equal(refused("云雀-Max 单独排名第二。"), 1);
  assert.equal(refused("Yunque-Max took sole second place with 76.9."), 1);
});

test("the tie kept, a place said plainly, or a sole place that is no tie stands", () => {
  assert.equal(refused("云雀-Max 和 Orion-2 以 76.9 分并列第二。"), 0);
  assert.equal(refused("云雀-Max 得 76.9 分，排名第二。"), 0);
  assert.equal(refused("北辰-2 以 81.0 分独居第一。"), 0);
});
