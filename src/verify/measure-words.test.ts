import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A Chinese article and English sentences about it: the measures are the same, in other words.
const index = indexArticle({
  title: "星衡软件二季度营收 5.2 亿元",
  publisher: "测试号",
  links: [],
  text:
    "星衡软件成立于 2019 年。公司第二季度营收 5.2 亿元，同比增长 23%，环比增长 4%；毛利率为 61.5%，" +
    "经调整净利润 8000 万元。",
});
const figures = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("English measure words find the Chinese article's: YoY/year on year, quarter on quarter, gross margin", () => {
  assert.deepEqual(figures("Revenue rose 23% YoY and 4% quarter on quarter."), [
    ["23%", true],
    ["4%", true],
  ]);
  assert.deepEqual(figures("Revenue rose 23% year on year."), [["23%", true]]);
  assert.deepEqual(figures("Gross margin was 61.5%."), [["61.5%", true]]);
});

test("adjusted and founded are measures too: 经调整, 成立", () => {
  assert.deepEqual(figures("Adjusted net profit was RMB 80 million."), [["80 million", true]]);
  assert.deepEqual(figures("Founded in 2019, the company sells software."), [["2019", true]]);
});

test("the measure still decides: a year-on-year change is not a quarter-on-quarter one", () => {
  assert.deepEqual(figures("Revenue rose 23% quarter on quarter."), [["23%", false]]);
  assert.deepEqual(figures("Revenue rose 4% year-on-year."), [["4%", false]]);
});
