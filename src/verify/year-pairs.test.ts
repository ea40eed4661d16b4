import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// An article of our own giving two values of one measure, each with its year, side by side.
const article = indexArticle({
  title: "石楠医疗披露年报",
  publisher: "测试号",
  links: [],
  text: "石楠医疗发布年报。毛利率方面，2026 年为 41.3%，2025 年为 36.9%。研发人员 120 人。",
});
const figures = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("two year-labelled percentages state the change in points between them", () => {
  assert.deepEqual(figures("2026 年毛利率 41.3%，较 2025 年的 36.9% 提升 4.4 个百分点。"), [
    ["2026 年", true],
    ["41.3%", true],
    ["2025 年", true],
    ["36.9%", true],
    ["4.4 个百分点", true],
  ]);
});

test("near miss: a wrong difference, the wrong way, or as percent is still refused", () => {
  assert.deepEqual(figures("毛利率提升 4.6 个百分点。"), [["4.6 个百分点", false]]);
  assert.deepEqual(figures("毛利率下降 4.4 个百分点。"), [["4.4 个百分点", false]]);
  assert.deepEqual(figures("毛利率提升 4.4%。"), [["4.4%", false]]);
});
