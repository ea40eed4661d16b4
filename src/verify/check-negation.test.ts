import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A negation dropped: what the article denies (尚未盈利, 暂无开源计划, 是否…尚未决定), the entry asserts.

const checker = (text: string) => {
  const index = indexArticle({ title: "星桥科技发布 Atlas-3", publisher: "测试号", links: [], text });
  return (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => !f.supported)
      .map((f) => f.reason);
};

const ARTICLE = `星桥科技发布 Atlas-3

星桥科技 CEO 表示，公司目前尚未盈利，但亏损同比收窄。Atlas-2 已向企业用户开放。Atlas-3 暂无开源计划。《规范》尚未对模型出海作出专门规定。是否在海外上线尚未决定。公司未来将推出更多模型。`;

test("an entry asserting what the article denies is refused", () => {
  const flags = checker(ARTICLE);
  const negated = (claim: string) => flags(claim).some((r) => /drops the negation/.test(r));
  assert.ok(negated("星桥科技已实现盈利，亏损同比收窄。"));
  assert.ok(negated("Atlas-3 已有开源计划。"));
  assert.ok(negated("《规范》已专门规定模型出海。"), "the same words in another order");
  assert.ok(negated("公司已决定在海外上线。"), "what is undecided");
  assert.deepEqual(flags("星桥科技已实现盈利，亏损同比收窄。").length, 1, "only that clause");
});

test("the denial kept, or the same words said plainly, or no denial at all: no verdict", () => {
  const flags = checker(ARTICLE);
  assert.deepEqual(flags("星桥科技尚未盈利，亏损同比收窄。"), []);
  assert.deepEqual(flags("Atlas-3 暂无开源计划。"), []);
  assert.deepEqual(flags("Atlas-2 已向企业用户开放。"), []);
  assert.deepEqual(flags("公司正在推出更多模型。"), [], "未来 is not a denial");
  const both = checker(`${ARTICLE}旗下的云业务已实现盈利。`);
  assert.deepEqual(both("云业务已实现盈利。"), [], "the article also says it plainly");
});
