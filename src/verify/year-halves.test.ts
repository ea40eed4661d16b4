import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findHalves } from "./year-halves.ts";

const refusedHalves = (article: string, claim: string) => {
  const index = indexArticle({ title: "交易公告", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /half/.test(f.reason)).length;
};

test("a half-year the article never names, with the other half named, is refused", () => {
  const en =
    "The deal is expected to close in the second half of 2027. Revenue in the first half of 2026 was RMB 260 million.";
  assert.equal(refusedHalves(en, "交易预计 2027 年上半年完成。"), 1);
  assert.equal(refusedHalves(en, "交易预计 2027 年下半年完成。"), 0);
  assert.equal(refusedHalves(en, "2026 年上半年营收 2.6 亿元。"), 0);
  const zh = "CEO 表示，需求仍然超过供给，而且这一情况会持续到明年上半年。";
  assert.equal(refusedHalves(zh, "需求将持续到明年下半年。"), 1);
  assert.equal(refusedHalves(zh, "需求将持续到明年 H1。"), 0);
});

test("an article naming both halves, or neither, gives no verdict", () => {
  const both = "上半年营收 10 亿元，公司预计下半年营收 14 亿元。";
  assert.equal(refusedHalves(both, "下半年营收预计 14 亿元。"), 0);
  assert.equal(refusedHalves("公司今年营收 24 亿元。", "下半年营收 14 亿元。"), 0);
  assert.deepEqual(
    findHalves("in the second half of 2027").map((h) => [h.second, h.year]),
    [[true, "2027"]],
  );
});
