import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { entryBigrams } from "./figure-words.ts";
import { indexArticle } from "./index-article.ts";
import { figureHolds } from "./testdata/figure-holds.ts";

// Our own Chinese article, retold in English with the Chinese names glossed in brackets.
const source = {
  title: "听澜科技发布开发者调研",
  publisher: "测试号",
  links: [] as never[],
  text: "听澜科技联合南屿大学发布调研报告。报告共访谈 2,480 名工程师，其中 64.5% 每周使用代码助手，仅 17% 完全信任生成结果。\n\n另据统计，平台月活跃用户已达 310 万。",
};
const article = indexArticle(source);
// Through verifyEntry: the Latin spellings of the glossed names are read as the article's names.
const holds = figureHolds(source, {
  org: "听澜科技",
  title: "听澜科技发布开发者调研",
  summary: "听澜科技发布调研。",
});
const verdicts = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("an English sentence's Chinese glosses are no words it says its figures with", () => {
  assert.equal(entryBigrams("Tinglan (听澜科技) surveyed 2,480 engineers").size, 0);
  assert.equal(entryBigrams("Nanyu University (南屿大学) and Tinglan (听澜) found 17%").size, 0);
  // A Chinese sentence keeps its words, glosses and all.
  assert.ok(entryBigrams("听澜科技（Tinglan）访谈了 2,480 名工程师").has("访谈"));
  assert.ok(entryBigrams("Tinglan 访谈了 2,480 名工程师").has("访谈"));
});

test("true English rewordings with glossed names keep their figures", () => {
  assert.ok(
    holds(
      "With Nanyu University (南屿大学), Tinglan (听澜科技) spoke to 2,480 engineers: 64.5% use a coding assistant weekly, but only 17% fully trust its output.",
    ),
  );
  assert.ok(holds("Tinglan (听澜科技) spoke to 2,480 engineers."));
  assert.ok(holds("Of the engineers Tinglan (听澜科技) asked, 64.5% use an assistant weekly."));
});

test("near miss: a wrong figure beside a glossed name is still refused", () => {
  assert.ok(!holds("Tinglan (听澜科技) interviewed 2,840 engineers."));
  assert.ok(!holds("Tinglan (听澜科技) found 71% fully trust the output."));
  assert.ok(!holds("Tinglan (听澜科技) found 64.5% fully trust the output, and 17% use it weekly."));
  // A figure in Chinese prose about another thing is still compared by its words.
  assert.deepEqual(verdicts("听澜科技（Tinglan）称每周使用代码助手的比例为 310 万。"), [["310 万", false]]);
});
