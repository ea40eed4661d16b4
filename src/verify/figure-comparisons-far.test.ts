import assert from "node:assert/strict";
import { test } from "node:test";
import { findFarComparisons } from "./figure-comparisons-far.ts";

const verdicts = (text: string) => findFarComparisons(text).map((c) => c.supported);

test("a comparison turned round across a figure of another unit is refused", () => {
  assert.deepEqual(verdicts("预计全年营收 12 亿元，毛利率约 40%，高于市场预期 15 亿元。"), [false]);
  assert.deepEqual(verdicts("付费用户 80 万人，留存率 60%，多于去年同期 95 万人。"), [false]);
});

test("a comparison its figures agree with, a bound of the same measure, or units that differ: no refusal", () => {
  assert.deepEqual(verdicts("预计全年营收 12 亿元，毛利率约 40%，低于市场预期 15 亿元。"), [true]);
  // "月活超过 500 万人" bounds its own measure: no rival words before the figure.
  assert.deepEqual(verdicts("日活 300 万人，月活超过 500 万人。"), []);
  // Nothing of the same unit before the verb: no verdict.
  assert.deepEqual(verdicts("毛利率 40%，高于市场预期 15 亿元。"), []);
  // The close form is figure-comparisons.ts's, not read twice.
  assert.deepEqual(verdicts("准确率 41.2%，低于 Nova-2 的 37.8%。"), []);
});

test("through the text check: the derived comparison is refused, its figures kept", async () => {
  const { checkTextFacts } = await import("./check-text.ts");
  const { indexArticle } = await import("./index-article.ts");
  const title = "星河科技发布业绩指引";
  const article = indexArticle({
    title,
    publisher: "测试号",
    links: [],
    text: `${title}\n星河科技预计全年营收 12 亿元，毛利率约 40%。此前市场预期为 15 亿元。`,
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(!ok("星河科技预计全年营收 12 亿元，毛利率约 40%，高于市场预期 15 亿元。"));
  assert.ok(ok("星河科技预计全年营收 12 亿元，毛利率约 40%，低于市场预期 15 亿元。"));
});
