import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findUnitClaims } from "./per-units.ts";

// Whose a figure is: one seat's or user's, or a whole account's, customer's or team's.
const ZH = `松果办公宣布调整协作套件价格。标准版每个用户每月 45 元，每人每月可生成 200 份 AI 纪要；企业版按账户计费，每个账户每月 3000 元，全团队共享 5000 份纪要额度。平均每家客户购买 18 个席位。`;
const EN = `Cobalt Desk now charges $25 per user per month. Each seat includes 500 AI replies a month, and every team gets a shared pool of 20,000 replies. The enterprise plan costs $900 per account per month.`;

const okIn = (text: string) => (claim: string) => {
  const index = indexArticle({ title: "价格调整", publisher: "测试号", links: [], text });
  return checkTextFacts(claim, index).every((f) => f.supported);
};
const zh = okIn(ZH);
const en = okIn(EN);

test("a per-unit figure is read with its unit group", () => {
  const groups = (s: string) => findUnitClaims(s).map((c) => [c.value, c.group]);
  assert.deepEqual(groups("每个用户每月 45 元"), [["45", "person"]]);
  assert.deepEqual(groups("$900 per account per month"), [["900", "whole"]]);
  assert.deepEqual(groups("全团队共享 5000 份"), [["5000", "whole"]]);
  assert.deepEqual(groups("Each seat includes 500 AI replies"), [["500", "person"]]);
  assert.deepEqual(groups("营收 45 亿元，同比增长 12%"), [], "no unit, no claim");
});

test("a figure moved between one person and a whole body is refused", () => {
  assert.ok(!zh("标准版每个账户每月 45 元。"), "per user told as per account");
  assert.ok(!zh("全团队每月共 200 份 AI 纪要。"), "per person told as shared");
  assert.ok(!zh("企业版每人每月 3000 元。"), "per account told as per person");
  assert.ok(!en("Cobalt Desk 每个团队每月含 500 条 AI 回复。"), "per seat told as per team");
  assert.ok(!en("Cobalt Desk charges $25 per customer per month."));
  assert.ok(!en("The enterprise plan costs $900 per seat per month."));
});

test("per-unit figures as the article gives them, or reworded within a group, pass", () => {
  for (const claim of [
    "标准版每人每月 45 元，每个用户每月可生成 200 份纪要。",
    "标准版 45 元/人/月。",
    "企业版每个账户每月 3000 元，团队共享 5000 份额度。",
    "企业版月费 3000 元。",
    "平均每家客户购买 18 个席位。",
  ])
    assert.ok(zh(claim), claim);
  for (const claim of [
    "Cobalt Desk 每个席位每月 25 美元，每席位每月含 500 条 AI 回复。",
    "每个席位每月含 500 条 AI 回复，每个团队共享 20000 条。",
    "企业版每个账户每月 900 美元。",
    "Cobalt Desk 每个用户每月 25 美元。",
  ])
    assert.ok(en(claim), claim);
});

// A consumer app: one account is one person, so per person and per account are one unit there; a
// team, a customer or a shared pool is still not one person's.
const APP = `画屿 App 上线新版本：免费用户每人每天可生成 20 张图片，会员每人每月 30 元，可生成 600 张。每个账号最多绑定 3 台设备。`;
const APP_EN = `Palette Go, a photo app, now lets each user create 15 images a day for free; the paid tier is $6 per person a month.`;
const app = okIn(APP);
const appEn = okIn(APP_EN);

test("in a consumer app an account is one person's: per person told per account stands", () => {
  for (const claim of [
    "画屿免费用户每个账号每天可生成 20 张图片。",
    "画屿会员每个账户每月 30 元。",
    "每个账号每月 30 元可生成 600 张。",
    "画屿每人最多绑定 3 台设备。",
    "免费用户每人每天 20 张。",
  ])
    assert.ok(app(claim), claim);
  for (const claim of [
    "Palette Go gives each account 15 free images a day.",
    "Palette Go 会员每个账号每月 6 美元。",
  ])
    assert.ok(appEn(claim), claim);
});

test("in a consumer app a team's or customer's figure is still not one person's", () => {
  assert.ok(!app("画屿全团队每天共 20 张图片。"), "per person told as shared by a team");
  assert.ok(!app("画屿每家客户每月 30 元。"), "per person told per customer");
  assert.ok(!appEn("Palette Go costs $6 per team a month."));
  assert.ok(!zh("标准版每个账户每月 45 元。"), "an app selling to bodies keeps the account a body's");
});
