import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: three things timed by season, one by month.
const ARTICLE = `华北（北京）区域计划于 2027 年春季开放。二期预计 2027 年夏季完工。
申报分为春季和秋季两批，每批受理期 30 天。新园区将于 2028 年 10 月启用。`;
const index = indexArticle({ title: "衡川云", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /season|names no/.test(f.reason));

test("a season moved (another season, another year, another thing's season) is refused", () => {
  for (const claim of [
    "华北区域计划 2027 年秋季开放。",
    "二期预计 2027 年春季完工。",
    "每年分春、夏两批申报。",
    "华北区域 2028 年春季开放。",
    "新园区 2028 年春季启用。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the article's season in other words, a month of it, or another language stands", () => {
  for (const claim of [
    "华北区域计划 2027 年春天开放。",
    "二期预计明年夏天完工。",
    "每年分春、秋两批申报。",
    "申报分春秋两季进行。",
    "新园区 2028 年秋季启用。",
    "The Beijing region opens in spring 2027.",
    "The new campus opens in the fall of 2028.",
    "Shares fell 7% this quarter.",
    "春节前完成签约。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
