import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: results and grants that hold under one condition.
const ARTICLE = `在 FP8 量化、批大小为 64 的设置下，云梯推理引擎的吞吐达到每秒 1.8 万 token。
补助对象限于在本区纳税满三年的软件企业，单家企业最高 300 万元。
Using GPT-4o as the judge, the summaries were preferred 58% of the time.`;
const ARTICLE_ANY = "该接口对任何型号的显卡均可使用，补助不设附加条件。";
const refused = (claim: string, text = ARTICLE) =>
  checkTextFacts(claim, indexArticle({ title: "云梯", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /under its condition only/.test(f.reason),
  );

test("a condition the article names, dropped into a whatever, is refused", () => {
  for (const claim of [
    "无论是否量化，云梯推理引擎吞吐均达每秒 1.8 万 token。",
    "不论批大小如何，吞吐都有每秒 1.8 万 token。",
    "任何类型的软件企业均可申请，单家最高 300 万元。",
    "补助没有附加条件，单家企业最高 300 万元。",
    "Regardless of the judge, the summaries were preferred 58% of the time.",
    "With any judge model the summaries won 58% of the time.",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the condition kept, a denied whatever, or an article that says a whatever, stands", () => {
  for (const claim of [
    "在 FP8 量化、批大小 64 时，吞吐达每秒 1.8 万 token。",
    "仅本区纳税满三年的软件企业可申请，单家最高 300 万元。",
    "With GPT-4o judging, the summaries were preferred in 58% of cases.",
    "补助不得用于任何与软件无关的支出。",
    "云梯推理引擎吞吐为每秒 1.8 万 token（FP8、批大小 64）。",
    "Judged by GPT-4o, summaries won 58% of comparisons.",
    "该补助单家企业最高 300 万元。",
  ])
    assert.deepEqual(refused(claim), [], claim);
  for (const claim of ["任何型号的显卡都能使用该接口。", "补助无附加条件。"])
    assert.deepEqual(refused(claim, ARTICLE_ANY), [], claim);
});
