import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Tables of our own whose header writes a scale with the unit ("营收（亿元）", "($ millions)") and
// whose first column is the year: the cells are that many 亿元, the row label is a year.
const index = indexArticle({
  title: "青岚科技递交招股书",
  publisher: "测试号",
  links: [],
  text: [
    "青岚科技向港交所递交招股书，以下为招股书披露的三年数据。",
    "",
    "| 年份 | 收入（亿元） | 经调整亏损（亿元） |",
    "| 2022 | 2.3 | 1.7 |",
    "| 2023 | 3.8 | 2.4 |",
    "| 2024 | 6.2 | 3.1 |",
    "",
    "海外子公司分部数据如下。",
    "",
    "| Segment | Revenue ($ millions) | Latency (ms) |",
    "| Edge | 87 | 140 |",
    "",
    "公司称将继续投入研发。",
  ].join("\n"),
});
const verdicts = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);
const refused = (claim: string) => verdicts(claim).some(([, ok]) => ok === false);

test("a header's scale and unit are the cells': 2.3 under 收入（亿元） is 2.3 亿元", () => {
  assert.deepEqual(verdicts("收入从 2.3 亿元增至 6.2 亿元。"), [
    ["2.3 亿元", true],
    ["6.2 亿元", true],
  ]);
  // The year column's cells are years: "2022" of "2022—2024 年" is found in it. (Its "2024 年" is not
  // yet bound to the 收入 column: see the report of this change.)
  assert.deepEqual(verdicts("2022—2024 年收入从 2.3 亿元增至 6.2 亿元。")[0], ["2022", true]);
  assert.equal(refused("经调整亏损由 1.7 亿元扩大到 3.1 亿元。"), false);
  assert.equal(refused("Edge 分部收入 8700 万美元，延迟 140 毫秒。"), false);
});

test("near miss: another scale, currency, row or column is still refused", () => {
  assert.ok(refused("2022 年收入 2.3 万元。"), "万 is not the header's 亿");
  assert.ok(refused("2022 年收入 2.3 亿美元。"), "美元 is not the header's 元");
  assert.ok(refused("2022 年收入 6.2 亿元。"), "6.2 is the 2024 row's");
  assert.ok(refused("2024 年经调整亏损 2.3 亿元。"), "2.3 is the 2022 row's");
  assert.ok(refused("Edge 分部收入 87 亿美元。"), "millions, not 亿");
  assert.ok(refused("Edge 延迟 87 毫秒。"), "87 is the revenue column's");
  assert.ok(refused("2021 年收入 2.3 亿元。"), "no 2021 row");
});

test("a row of a rate, share or count does not take the header's amount unit", () => {
  const table = indexArticle({
    title: "星岚公布年度数据",
    publisher: "测试号",
    links: [],
    text: [
      "星岚公布了 2025 年的主要指标。",
      "",
      "| 项目 | 金额（亿元） |",
      "| 营收 | 15 |",
      "| 毛利率 | 42 |",
      "| 员工人数 | 3 |",
      "",
      "| Item | Amount ($ millions) |",
      "| Revenue | 87 |",
      "| Gross margin | 38 |",
    ].join("\n"),
  });
  const figureVerdicts = (claim: string) =>
    checkTextFacts(claim, table)
      .filter((f) => f.kind === "figure")
      .map((f) => f.supported);
  assert.deepEqual(figureVerdicts("星岚营收 15 亿元。"), [true]);
  assert.deepEqual(figureVerdicts("Revenue was $87 million."), [true]);
  for (const wrong of ["星岚毛利 42 亿元。", "员工成本 3 亿元。", "Gross profit was $38 million."])
    assert.ok(figureVerdicts(wrong).includes(false), wrong);
});
