import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "IPO filing", publisher: "Test Wire", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /listing/.test(f.reason)).length;
};

test("a figure told of the other side of a listing is refused", () => {
  const en = "Founder and chairman Zhou Ming owns 34% of the company before the offering.";
  assert.equal(refused(en, "创始人兼董事长 Zhou Ming 上市后持股 34%。"), 1);
  assert.equal(refused("创始人上市前持股 34%。", "创始人 IPO 后持股 34%。"), 1);
});

test("the article's side, or an article naming both or neither, stands", () => {
  const en = "Founder and chairman Zhou Ming owns 34% of the company before the offering.";
  assert.equal(refused(en, "创始人兼董事长 Zhou Ming 上市前持股 34%。"), 0);
  assert.equal(refused("创始人上市前持股 34%，上市后约 28%。", "上市后持股约 28%。"), 0);
  assert.equal(refused("公司计划募资 3 亿美元。", "上市后公司将扩大产能。"), 0);
});
