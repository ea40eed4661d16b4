import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { findFigures } from "./find-figures.ts";
import { indexArticle } from "./index-article.ts";

// An English article of our own that writes its currencies as codes before the numbers.
const index = indexArticle({
  title: "Qiyuan files for a Hong Kong listing",
  publisher: "Test Ledger",
  links: [],
  text: "Qiyuan's revenue in the first half was RMB 260 million. It hopes to raise HK$5 billion in the listing. Its robots sell at USD 30,000 each and run in US 300 warehouses.",
});
const figures = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure" && !/年/.test(f.value))
    .map((f) => [f.value, f.supported]);

test("a currency code before the number is its currency: another currency is another figure", () => {
  assert.deepEqual(figures("上半年营收 2.6 亿元。"), [["2.6 亿元", true]]);
  assert.deepEqual(figures("上半年营收 2.6 亿美元。"), [["2.6 亿美元", false]]);
  assert.deepEqual(figures("计划募资 50 亿港元。"), [["50 亿港元", true]]);
  assert.deepEqual(figures("计划募资 50 亿美元。"), [["50 亿美元", false]]);
  assert.deepEqual(figures("机器人售价 3 万美元。"), [["3 万美元", true]]);
});

test("US before a number without $ is no currency", () => {
  assert.equal(findFigures("run in US 300 warehouses")[0]?.currency, undefined);
  assert.equal(findFigures("raised US$28,000")[0]?.currency, "usd");
});
