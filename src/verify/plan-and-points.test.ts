import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const index = indexArticle({
  title: "深瞳科技发布 DT-3 路线图",
  publisher: "测试号",
  links: [],
  text: "DT-3 预计于 2027 年上半年交付。在 SWE-bench Verified 上，Nova-5 得分 74.9%，比 Nova-4 高 4.2 个百分点。",
});
const figures = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure" && !f.supported)
    .map((f) => f.value);

test("an estimate told as a plan is not told as reached; told as done it is", () => {
  assert.deepEqual(figures("DT-3 计划于 2027 年上半年交付。"), []);
  assert.deepEqual(figures("DT-3 预计 2027 年上半年交付。"), []);
  assert.deepEqual(figures("DT-3 已于 2027 年上半年交付。"), ["2027 年"]);
});

test("English points after a figure are as loose as 个点: 4.2 points for 4.2 个百分点", () => {
  assert.deepEqual(figures("Nova-5 scores 74.9% on SWE-bench Verified, 4.2 points above Nova-4."), []);
  assert.deepEqual(figures("Nova-5 scores 74.9% on SWE-bench Verified, 5.2 points above Nova-4."), [
    "5.2 points",
  ]);
});
