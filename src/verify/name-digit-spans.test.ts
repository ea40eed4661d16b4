import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A span of time is not the digit of a name: 过去四年 is not supported by the 4 of "Orca-4", and a span
// an English article writes in words ("a four-month pilot") supports the entry's 四个月.

const verdicts = (title: string, text: string, claim: string) => {
  const index = indexArticle({ title, publisher: "测试号", links: [], text: `${title}\n\n${text}` });
  return checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported] as const);
};

test("a span of time is not supported by a name's digit", () => {
  const article = "老用户迁移到 Orca-4 后，可获得等值于过去两个月账单 10% 的抵扣券。";
  assert.deepEqual(verdicts("海豚云推出 Orca-4", article, "可获得等值于过去四年账单 10% 的抵扣券。")[0], [
    "四年",
    false,
  ]);
  assert.deepEqual(verdicts("海豚云推出 Orca-4", article, "可获得等值于过去两个月账单 10% 的抵扣券。")[0], [
    "两个月",
    true,
  ]);
});

test("a span an English article writes in words supports the entry's", () => {
  const article = "Brightloom ended a four-month pilot with 30 hospitals and signed a two-year contract.";
  const v = verdicts("Brightloom signs a contract", article, "Brightloom 结束四个月试点，签下两年合同。");
  assert.deepEqual(
    v.filter(([value]) => value === "四个月" || value === "两年"),
    [
      ["四个月", true],
      ["两年", true],
    ],
  );
});
