import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a Chinese note on a drawing app's plans, an English note on a music service.
const ZH =
  "绘岛科技推出绘图应用「墨屿」。免费版每天可生成 20 张图；专业版 30 元/月，年付 288 元；团队版每人每月 45 元，5 人起订。";
const EN =
  "Larkspur's music service costs $9 a month, or $90 per year if paid up front. A family plan is $15 monthly for up to six people. The company raised $40 million a year ago.";
const refused = (claim: string, text: string) =>
  checkTextFacts(claim, indexArticle({ title: "定价", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /a price told for the wrong period/.test(f.reason),
  );

test("a price told for another period than the article's is refused", () => {
  for (const claim of [
    "专业版每年 30 元。",
    "团队版每人每年 45 元。",
    "定价｜专业版 30 元/年，年付 288 元。",
  ])
    assert.ok(refused(claim, ZH).length > 0, claim);
  for (const claim of ["It costs $9 a year.", "The family plan is $15 per week.", "会员每年 9 美元。"])
    assert.ok(refused(claim, EN).length > 0, claim);
});

test("the article's periods, a sum without one, or another sum, stand", () => {
  const sentences = (t: string) => t.split(/(?<=[。.])\s*/).filter((s) => s.length > 0);
  for (const claim of [
    ...sentences(ZH),
    "专业版每月 30 元，按年付费 288 元。",
    "专业版月费 30 元。",
    "团队版 45 元/人/月，5 人起订。",
    "专业版 30 元。",
    "年付 288 元。",
    "Pro costs ¥30 a month.",
  ])
    assert.deepEqual(refused(claim, ZH), [], claim);
  for (const claim of [
    ...sentences(EN),
    "Larkspur costs $9 per month or $90 a year.",
    "The family plan costs $15 a month for up to six people.",
    "Larkspur raised $40 million.",
    "会员每月 9 美元，年付 90 美元。",
    "A family plan is $15.",
  ])
    assert.deepEqual(refused(claim, EN), [], claim);
});
