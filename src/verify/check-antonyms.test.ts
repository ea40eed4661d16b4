import assert from "node:assert/strict";
import { test } from "node:test";
import { findAntonyms } from "./check-antonyms.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const article = indexArticle({ title: "业绩说明会", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

const ARTICLE = `董事长在业绩说明会上表示，新工厂的投产进度会比董事会预想的慢，但良品率爬坡比行业平均水平快。
今年的研发人员流失率低于去年，销售团队的扩张速度则要比原计划更快一些。`;

test("a comparison without a rival's name or figures, turned round against the article, is refused", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("新工厂投产进度会快于董事会预想。"), "比…慢 in the article");
  assert.ok(!ok("良品率爬坡慢于行业平均水平。"));
  assert.ok(!ok("研发人员流失率高于去年。"));
  assert.ok(!ok("销售团队扩张比原计划慢。"), "比 X 更快 in the article");
});

test("the same comparison, another way of writing it, or a thing the article does not compare, stands", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("新工厂投产进度会慢于董事会的预想。"));
  assert.ok(ok("良品率爬坡快于行业平均。"));
  assert.ok(ok("研发人员流失率比去年低。"));
  assert.ok(ok("海外收入增速快于国内。"), "the article compares no such thing");
});

test("比如, 对比 and a figure's comparison are not read as comparatives", () => {
  assert.deepEqual(findAntonyms("比如大模型的推理成本很高"), []);
  assert.deepEqual(findAntonyms("得分 41.2，高于基线的 37.8"), []);
});
