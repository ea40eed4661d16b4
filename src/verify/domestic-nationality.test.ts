import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A Chinese article's 国内 (domestic) is China: an English entry's "Chinese" names it.
const ARTICLE = "青岚动力宣布推出新一代电驱系统，首批客户为三家国内车企，明年开始交付。";

const refused = (claim: string) => {
  const index = indexArticle({ title: "新品", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, index)
    .filter((f) => !f.supported && f.kind === "name")
    .map((f) => f.value);
};

test("'Chinese' for the article's 国内 is named", () => {
  assert.deepEqual(refused("Its first customers are three Chinese carmakers."), []);
});

test("another nationality is still refused", () => {
  assert.deepEqual(refused("Its first customers are three Japanese carmakers."), ["Japanese"]);
  assert.deepEqual(refused("Its first customers are three American carmakers."), ["American"]);
  assert.deepEqual(refused("Its first customers are three European carmakers."), ["European"]);
});
