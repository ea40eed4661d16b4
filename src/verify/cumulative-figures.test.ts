import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: running totals beside one year's figures.
const ARTICLE = `截至今年 9 月底，青禾机器人累计售出扫地机器人 86 万台，其中 2026 年售出 31 万台。
该公司自 2021 年成立以来累计融资 15 亿元，2026 年营收 7.4 亿元。今年以来，青禾累计新开门店 120 家。
Its app has been downloaded 2.3 million times since launch, and it had 410,000 monthly active users in October.`;
const index = indexArticle({ title: "青禾机器人", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /running total/.test(f.reason));

test("a running total told as one period's figure is refused", () => {
  for (const claim of [
    "青禾机器人 2026 年全年售出扫地机器人 86 万台。",
    "公司今年融资 15 亿元。",
    "The app was downloaded 2.3 million times in its first week.",
    "The app was downloaded 2.3 million times this year alone.",
    "青禾扫地机器人日活设备达 86 万台。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("a total kept a total, or a figure the article gives for the period, stands", () => {
  for (const claim of [
    "截至 9 月底累计售出 86 万台，其中今年售出 31 万台。",
    "2026 年售出 31 万台扫地机器人。",
    "成立以来累计融资 15 亿元，今年营收 7.4 亿元。",
    "青禾已卖出 86 万台扫地机器人。",
    "The app has been downloaded 2.3 million times to date.",
    "It had about 410,000 monthly active users in October.",
    "公司 2026 年营收 7.4 亿元。",
    "App 上线至今下载量达 230 万次。",
    "青禾今年新开门店 120 家。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
