import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// Two values side by side, which an entry works out: a value and the earlier one ("A，去年同期为
// B", "A, up from B a year earlier", "A, compared with B"), and the cells of one table row. The
// ratio or the difference was refused ("两倍 does not occur", "12.7 分 does not occur").
const zh = figureHolds(
  {
    title: "衡川电子三季度财报",
    publisher: "测试号",
    links: [],
    text:
      "衡川电子公布三季度财报。本季度净利润 8.2 亿元，去年同期为 4.0 亿元。" +
      "研发费用 3.1 亿元，员工 2,600 人。毛利率为 47.5%，上年同期为 44.3%。",
  },
  { org: "衡川电子", title: "衡川电子三季度财报", summary: "衡川电子公布三季度财报。" },
);
const en = figureHolds(
  {
    title: "Corvid Systems reports third-quarter results",
    publisher: "Test Wire",
    links: [],
    text:
      "Corvid Systems reported third-quarter results on Tuesday. Net income came to $2.70 billion, or " +
      "$0.91 per share, up from $0.90 billion a year earlier. Operating margin was 33.4%, compared " +
      "with 29.6% in the same quarter last year. The company has 9,100 employees.",
  },
  { org: "Corvid Systems", title: "Corvid Systems results", summary: "Corvid Systems reported results." },
);
const table = figureHolds(
  {
    title: "Halden 4 发布",
    publisher: "测试号",
    links: [],
    text:
      "Halden 4 今天发布。\n\n| 基准 | Halden 4 | Halden 3 | Orca-2 |\n| --- | --- | --- | --- |\n" +
      "| MATH | 88.6 | 75.1 | 86.9 |\n| HumanEval | 81.0% | 70.4% | 85.2% |\n\n模型即日上线。",
  },
  { org: "Halden", title: "Halden 4 发布", summary: "Halden 4 今天发布。" },
);

test("a value and its earlier one state their ratio and, for percentages, the points between", () => {
  assert.ok(zh("净利润 8.2 亿元，约为去年同期的两倍。"));
  assert.ok(zh("净利润同比增长 105%，达 8.2 亿元。"));
  assert.ok(zh("净利润同比增长超过一倍。"));
  assert.ok(zh("毛利率同比提升 3.2 个百分点至 47.5%。"));
  assert.ok(en("净利润 27 亿美元，约为去年同期的三倍。"));
  assert.ok(en("Net income tripled to $2.7 billion."));
  assert.ok(en("营业利润率同比提升 3.8 个百分点。"));
});

test("a wrong ratio, a wrong direction or a per-share amount is still refused", () => {
  assert.ok(!zh("净利润约为去年同期的三倍。"));
  assert.ok(!zh("净利润同比增长 150%。"));
  assert.ok(!zh("净利润同比下降 51%。"));
  assert.ok(!zh("毛利率同比下降 3.2 个百分点。"));
  assert.ok(!zh("毛利率同比提升 4.2 个百分点。"));
  assert.ok(!en("净利润约为去年同期的两倍。"));
  assert.ok(!en("营业利润率同比下降 3.8 个百分点。"));
  assert.ok(!en("净利润约为去年同期的四倍。"));
  assert.ok(!en("Net income doubled to $2.7 billion."));
});

test("the cells of a table row state their differences, the left cell as the row's subject", () => {
  assert.ok(table("MATH 得分 88.6，比 Halden 3 提升 13.5 分，高于 Orca-2 的 86.9。"));
  assert.ok(table("MATH 领先 Orca-2 1.7 分。"));
  assert.ok(table("HumanEval 81.0%，比上一代高 10.6 个百分点。"));
  assert.ok(table("HumanEval 仍落后 Orca-2 约 4 个百分点。"));
  assert.ok(table("HumanEval 落后 Orca-2 近 4 个百分点。"));
});

test("a wrong difference, a difference the wrong way or points as percent is still refused", () => {
  assert.ok(!table("MATH 比 Halden 3 提升 15.5 分。"));
  assert.ok(!table("MATH 比 Halden 3 下降 13.5 分。"));
  assert.ok(!table("HumanEval 领先 Orca-2 约 4 个百分点。"));
  assert.ok(!table("HumanEval 比上一代高 10.6%。"));
  assert.ok(!table("HumanEval 落后 Orca-2 约 6 个百分点。"));
});

test("columns that are conditions of one model (official, reproduced) give no gap to quote", () => {
  const conditions = figureHolds(
    {
      title: "榜单成绩无法复现",
      publisher: "测试号",
      links: [],
      text:
        "社区复现 Lumen-34B 的成绩。\n\n| 模型 | 官方报告 | 社区复现 |\n| --- | --- | --- |\n" +
        "| Lumen-34B | 72.4% | 64.1% |\n\n维护方已介入。",
    },
    { org: "Lumen", title: "榜单成绩无法复现", summary: "社区复现 Lumen-34B 的成绩。" },
  );
  assert.ok(conditions("社区复现成绩为 64.1%，低于官方报告的 72.4%。"));
  assert.ok(!conditions("社区复现成绩比官方报告低 8.3 个百分点。"));
});

test("an English 'from A to B' states its ratio; a plan stays a plan ('set to nearly double')", () => {
  const hiring = figureHolds(
    {
      title: "Tallis raises $90 million",
      publisher: "Test Wire",
      links: [],
      text:
        "Tallis raised $90 million. Its annual revenue rose from $8 million to $26 million this year. " +
        "The company plans to grow from 140 to about 260 employees by the end of next year.",
    },
    { org: "Tallis", title: "Tallis raises $90 million", summary: "Tallis raised $90 million." },
  );
  assert.ok(hiring("Annual revenue more than tripled to $26 million."));
  assert.ok(hiring("年营收增长超过两倍，达 2600 万美元。"));
  assert.ok(hiring("Headcount is set to nearly double, from 140 to about 260, by the end of next year."));
  assert.ok(!hiring("Annual revenue more than quadrupled to $26 million."));
  assert.ok(!hiring("Headcount is set to nearly triple, from 140 to about 260, by the end of next year."));
  assert.ok(!hiring("Headcount nearly doubled, from 140 to about 260."));
  assert.ok(!hiring("年营收增长超过四倍。"));
  assert.ok(!hiring("年营收下降超过一半。"));
});
