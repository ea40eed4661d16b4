import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: lists, and items the article names in other statements.
const ARTICLE = `API 首批在中国大陆、新加坡和日本开放，欧洲区域预计明年第二季度上线。
首批上线华东（上海）和华南（广州）两个区域，华北（北京）区域计划于 2027 年春季开放。
本轮由启明资本领投，远川资本、北辰创投跟投，老股东云岫基金继续加注。
新版支持 MCP 与端侧模型。此外还新增了智能体编程功能。`;
const index = indexArticle({ title: "发布", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /list is/.test(f.reason));

test("an item of another statement swapped into the article's list is refused", () => {
  for (const claim of [
    "API 首批开放中国大陆、新加坡和欧洲，日本区域预计明年二季度上线。",
    "首批开放华东（上海）与华北（北京）两个区域。",
    "远川资本、云岫基金跟投。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the article's list in any order or words, a merged pair, or an item it never names stands", () => {
  for (const claim of [
    "API 首批开放新加坡、日本和中国大陆。",
    "首批开放中国大陆、新加坡、日本三地。",
    "首批开放华南和华东两个区域，华北明年春季开放。",
    "北辰创投与远川资本跟投，云岫基金追加投资。",
    "首批覆盖大陆、新加坡和日本。",
    "欧洲和华北区域稍后开放。",
    "新版引入智能体编程和 MCP。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
