import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: superlatives each with its field.
const ARTICLE = `据了解，该项目是今年西部地区投产规模最大的智算中心。天穹智能称，Lyra-3 Pro 在 AIME 2026 上的得分是目前国产模型中最高的。
芯衡是全球出货量最大的推理卡厂商之一。`;
const index = indexArticle({ title: "智算", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /widens/.test(f.reason));

test("a superlative moved to a wider field than the article's is refused", () => {
  for (const claim of ["据称是今年全国投产规模最大的智算中心。", "Lyra-3 Pro 的 AIME 2026 得分为全球最高。"])
    assert.ok(refused(claim).length > 0, claim);
});

test("the article's field in other words, or another superlative's field, stands", () => {
  for (const claim of [
    "据称是今年西部地区投产规模最大的智算中心。",
    "Lyra-3 Pro 的 AIME 2026 得分为国产模型最高。",
    "官方称其 AIME 成绩在国内模型中最高。",
    "芯衡是全球出货量最大的推理卡厂商之一。",
    "芯衡跻身全球推理卡出货量最大的厂商之列。",
    "Lyra-3 Pro 在国产模型中 AIME 得分第一。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
