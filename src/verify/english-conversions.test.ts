import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// An English article and the Chinese entry a model writes for it: the figures are the same, in
// other units and words.
const index = indexArticle({
  title: "Pellmar posts a strong quarter",
  publisher: "Test Wire",
  links: [],
  text:
    "Pellmar reported revenue of $1.40 billion, up 33% from a year earlier and down 5% from the previous quarter. " +
    "Operating margin was 21.5%, up 2.4 percentage points from a year ago. Its new chip runs 2.8 times faster. " +
    "A 200-megawatt site opens next year. The rules cover models whose training cost exceeds €40 million. " +
    "Pruning the cache lowers accuracy by 0.6 percentage points.",
});
const verdicts = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("'up 33% from a year earlier' is a rise year on year, 'down 5% from the previous quarter' a fall quarter on quarter", () => {
  assert.deepEqual(verdicts("营收 14 亿美元，同比增长 33%，环比下降 5%。"), [
    ["14 亿美元", true],
    ["33%", true],
    ["5%", true],
  ]);
  assert.deepEqual(verdicts("营收环比增长 33%。"), [["33%", false]]);
  assert.deepEqual(verdicts("营收同比下降 33%。"), [["33%", false]]);
});

test("percentage points, times and hyphenated units in English are the Chinese ones", () => {
  assert.deepEqual(verdicts("营业利润率 21.5%，同比提升 2.4 个百分点。"), [
    ["21.5%", true],
    ["2.4 个百分点", true],
  ]);
  assert.deepEqual(verdicts("营业利润率同比提升 2.4%。"), [["2.4%", false]]);
  assert.deepEqual(verdicts("新芯片速度是此前的 2.8 倍。"), [["2.8 倍", true]]);
  assert.deepEqual(verdicts("明年启用 200 兆瓦的园区。"), [["200 兆瓦", true]]);
  assert.deepEqual(verdicts("明年启用 200 千瓦的园区。"), [["200 千瓦", false]]);
});

test("'exceeds' is a lower bound like 超, and 个点 is percentage points or points", () => {
  assert.deepEqual(verdicts("训练成本超 4000 万欧元的模型需审计。"), [["4000 万欧元", true]]);
  assert.deepEqual(verdicts("裁剪缓存使准确率下降 0.6 个点。"), [["0.6 个点", true]]);
});
