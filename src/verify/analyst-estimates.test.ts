import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: the company's outlook beside the analysts' numbers, in both languages.
const ARTICLE = `澄川半导体预计明年出货量为 120 万片，上下浮动 5%，高于分析师此前预期的 110 万片。据中信证券分析师预测，澄川明年净利润有望达到 4.5 亿元。
For the first quarter, Brightwater guided sales of $880 million to $900 million, short of the $940 million analysts had forecast. Analysts polled by FactSet see full-year earnings of $3.10 per share.`;
const index = indexArticle({ title: "澄川", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /analysts' estimate/.test(f.reason));

test("an analysts' estimate told as the company's forecast is refused", () => {
  for (const claim of [
    "公司预计明年净利润达 4.5 亿元。",
    "公司预计明年出货 110 万片。",
    "澄川给出的业绩指引为明年净利润 4.5 亿元。",
    "Brightwater's guidance calls for first-quarter sales of $940 million.",
    "The company expects full-year earnings of $3.10 per share.",
    "Brightwater 指引全年每股收益 3.10 美元。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the company's own forecast, or the analysts' kept theirs, stands", () => {
  for (const claim of [
    "公司预计明年出货 120 万片（±5%），高于分析师预期。",
    "中信证券分析师预计澄川明年净利润约 4.5 亿元。",
    "Brightwater guided first-quarter sales of $880 million to $900 million.",
    "Brightwater 一季度营收指引为 8.8 亿至 9 亿美元，低于分析师预期的 9.4 亿美元。",
    "Analysts expect full-year EPS of $3.10.",
    "公司指引一季度销售额 8.8 亿–9 亿美元。",
    "FactSet 调查的分析师预计全年每股收益 3.10 美元。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
