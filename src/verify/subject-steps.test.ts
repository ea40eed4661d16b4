import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: one thing launched, another only planned, the object before or far after the step.
const ARTICLE = `橙光学习 App 去年 9 月上线，目前注册用户 300 万。
公司计划下半年上线口语陪练功能，目前仍在灰度测试。杭州市将联合三家银行设立总额 20 亿元的教育科技专项贷款。具体设立方式尚未公布。`;
const index = indexArticle({ title: "橙光", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /still to come/.test(f.reason));

test("a step the article only plans for this thing, told as done, is refused", () => {
  for (const claim of [
    "口语陪练功能已正式上线。",
    "杭州市已设立 20 亿元教育科技专项贷款。",
    "口语陪练已经全面上线。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the step done for what the article says is done, or kept a plan, stands", () => {
  for (const claim of [
    "橙光学习 App 已于去年 9 月上线。",
    "App 已上线一年多，注册用户 300 万。",
    "公司计划下半年上线口语陪练功能。",
    "杭州市拟设立 20 亿元专项贷款。",
    "口语陪练功能仍在灰度测试，计划下半年上线。",
    "橙光学习已上线，注册用户达 300 万。",
    "杭州将与三家银行设立 20 亿元专项贷款，方式尚未公布。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
