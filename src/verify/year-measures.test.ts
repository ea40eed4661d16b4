import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const index = indexArticle({ title: "某公司发布年报", publisher: "测试号", links: [], text });
  return (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "figure" && !f.supported)
      .map((f) => f.value);
};

test("a year's amount measure is the next figure's too: 2025 年营收 12 亿元 is revenue of 12 亿元", () => {
  const refused = checker(
    "该公司 2025 年营收 12 亿元，同比增长 45%。公司 2018 年成立以来累计交付超过 8000 台机器人。",
  );
  for (const claim of ["该公司营收 12 亿元。", "2025 年营收 12 亿元，同比增长 45%。", "公司年营收 12 亿元。"])
    assert.deepEqual(refused(claim), [], claim);
  // The year keeps the measure: another year's revenue is still refused; a founding dates no delivery.
  assert.deepEqual(refused("2024 年营收 12 亿元。"), ["2024 年"]);
  assert.deepEqual(refused("公司成立于 2018 年。"), []);
  const english = checker("The company's 2025 revenue was RMB 1.2 billion, up 45% from a year earlier.");
  assert.deepEqual(english("The company's revenue was RMB 1.2 billion."), []);
});
