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

test("items the article says together, or beside a sentence that only has a 、 in it, stand", () => {
  // The offline analyser's own sentences: "STAR 与基座模型持平" is the article's, and the article's
  // "先推理、后绘图" is a phrase of a sentence, not a list of names.
  const text = `STAR 还引入了一种“先推理、后绘图”的隐式推理机制。在 9 个视觉理解榜单上，STAR 与基座模型持平。
来自上海大学与南开大学的研究者发现，南开团队提出去偏方法。`;
  const own = indexArticle({ title: "STAR", publisher: "测试号", links: [], text });
  for (const claim of ["理解能力没有掉：STAR 与基座模型持平。", "上海大学、南开提出去偏方法。"])
    assert.deepEqual(
      checkTextFacts(claim, own).filter((f) => !f.supported && /list is/.test(f.reason)),
      [],
      claim,
    );
});
