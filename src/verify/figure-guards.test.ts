import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Guards that became the only catch of some errors once the true sentences around them stopped
// being dropped for other reasons (labels, units, English measure words).
const index = indexArticle({
  title: "青禾半导体发布 Q7 芯片",
  publisher: "测试号",
  links: [],
  text:
    "青禾半导体发布新一代芯片 Q7。\n\n参数 | Q7 | Q5\n典型功耗（W） | 420 | 300\n显存（GB） | 96 | 48\n\n" +
    "公司本季度经调整净亏损 1.4 亿元，去年同期为 3.6 亿元。公司计划明年建成新工厂，届时产能预计达到 20 万片。",
});
const verdicts = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("a claim naming no model is the subject's: not a cell of the previous model's column", () => {
  assert.deepEqual(verdicts("Its typical power is 420 W."), [["420 W", true]]);
  assert.deepEqual(verdicts("Its typical power is 300 W."), [["300 W", false]]);
  // Naming the other model, or comparing with it, still finds its cell.
  assert.deepEqual(verdicts("Q5 的典型功耗为 300 W。"), [["300 W", true]]);
});

test("'to X from Y' and 'X，去年同期为 Y' are changes with a direction", () => {
  assert.deepEqual(verdicts("Adjusted net loss narrowed to RMB 140 million from RMB 360 million."), [
    ["140 million", true],
    ["360 million", true],
  ]);
  assert.deepEqual(verdicts("Adjusted net loss widened to RMB 360 million from RMB 140 million."), [
    ["360 million", false],
    ["140 million", false],
  ]);
});

test("an article's estimate needs a hedge in the figure's own clause, a plan in the sentence is not one", () => {
  assert.deepEqual(verdicts("计划明年建成新工厂，产能预计约 20 万片。"), [["20 万", true]]);
  assert.deepEqual(verdicts("计划明年建成新工厂，产能为 20 万片。"), [["20 万", false]]);
  assert.deepEqual(verdicts("产能指引为 20 万片。"), [["20 万", true]]);
});
