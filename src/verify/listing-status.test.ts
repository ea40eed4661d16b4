import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "上市进展", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /listing application/.test(f.reason))
    .length;
};

const ZH =
  "12 月 3 日，芯原动力向港交所递交上市申请，独家保荐人为华泰国际。招股书显示，公司去年营收 4.2 亿元。";
const EN =
  "Lumora Robotics filed for an IPO on Nasdaq on Tuesday; its prospectus shows revenue of $80 million.";

test("a company told as listed where the article says it only filed is refused", () => {
  assert.equal(refused(ZH, "芯原动力在港交所挂牌上市，保荐人为华泰国际。"), 1);
  assert.equal(refused(ZH, "芯原动力登陆港交所。"), 1);
  assert.equal(refused(ZH, "芯原动力今日敲钟。"), 1);
  assert.equal(refused(EN, "Lumora Robotics began trading on Nasdaq."), 1);
});

test("a filing kept, a plan, or a listing the article gives, stands", () => {
  assert.equal(refused(ZH, "芯原动力向港交所递交招股书，保荐人为华泰国际。"), 0);
  assert.equal(refused(ZH, "芯原动力拟在港交所挂牌上市。"), 0);
  assert.equal(refused(ZH, "芯原动力尚未挂牌。"), 0);
  assert.equal(
    refused("芯原动力今日在港交所挂牌上市，此前于 6 月递交招股书。", "芯原动力在港交所挂牌上市。"),
    0,
  );
  assert.equal(refused("芯原动力发布了新芯片。", "芯原动力在港交所挂牌上市。"), 0);
});
