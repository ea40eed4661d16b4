import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { NOTATION_ARTICLE } from "./testdata/notation-article.ts";

const index = indexArticle(NOTATION_ARTICLE);
const supported = (claim: string) => {
  const facts = checkTextFacts(claim, index);
  assert.ok(facts.length > 0, `no claim read in "${claim}"`);
  return facts.every((f) => f.supported);
};

test("equivalent notations are folded: quarters, months, Chinese numerals, partial dates", () => {
  assert.ok(supported("Q1 营收 30 亿美元。"));
  assert.ok(supported("11 月将发布移动端。"));
  assert.ok(supported("API 于 6 月底开放。"));
  assert.ok(!supported("API 于 6 月初开放。"));
  assert.ok(!supported("Q2 营收 30 亿美元。"));
  assert.ok(supported("5 分钟内完成部署。"));
});

test("exact conversions are accepted by value and unit", () => {
  assert.ok(supported("Nova 为 175B 参数模型。"));
  assert.ok(supported("部署只需 300 秒。"));
  assert.ok(supported("注册开发者 12000 名。"));
  assert.ok(supported("付费用户 3.5 万。"));
  assert.ok(supported("付费用户 35000 人。"));
  // A shifted digit group is not the same figure.
  assert.ok(!supported("付费用户 3500 人。"));
  assert.ok(!supported("付费用户 350000 人。"));
});

test("the same value in another unit is not support", () => {
  assert.ok(!supported("第一季度营收 30 亿元。"));
  assert.ok(!supported("准确率 82.5 倍。"));
  assert.ok(!supported("部署只需 5 小时。"));
  assert.ok(supported("准确率提升 6 个百分点。"));
});

test("idioms, reading time, captions and ad blocks are not evidence", () => {
  assert.ok(!supported("推理速度提升 1000倍。"));
  assert.ok(!supported("阅读约需 4 分钟。"));
  assert.ok(!supported("全文 3000 字。"));
  assert.ok(!supported("推理速度提升 3 倍。"));
  assert.ok(!supported("训练营立减 500 元。"));
  assert.ok(supported("NovaBench 准确率 82.5%。"));
});
