import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// "比上一季度的 49.8% 提升 2.5 个百分点" is a change quarter on quarter: an entry's 环比 / "quarter on
// quarter" for it was refused ("occurs, but not with ~qoq") because the article never writes 环比.
const holds = figureHolds(
  {
    title: "岚峰芯片三季度财报",
    publisher: "测试号",
    links: [],
    text:
      "岚峰芯片公布三季度财报。本季度营收 21.4 亿元，同比增长 37%。" +
      "毛利率为 44.6%，比上一季度的 41.9% 提升 2.7 个百分点。",
  },
  { org: "岚峰芯片", title: "岚峰芯片财报", summary: "岚峰芯片公布三季度财报。" },
);

test("a change against the previous quarter is 环比 / quarter on quarter", () => {
  assert.ok(holds("毛利率环比提升 2.7 个百分点至 44.6%。"));
  assert.ok(holds("Gross margin rose 2.7 percentage points quarter on quarter."));
});

test("the wrong period, measure or direction is still refused", () => {
  assert.ok(!holds("毛利率同比提升 2.7 个百分点。"));
  assert.ok(!holds("营收环比增长 37%。"));
  assert.ok(!holds("毛利率环比下降 2.7 个百分点。"));
  assert.ok(!holds("Gross margin rose 2.7 percentage points year on year."));
});
