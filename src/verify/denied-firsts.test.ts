import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { findAssertedFirsts } from "./denied-firsts.ts";
import { indexArticle } from "./index-article.ts";

const ok = (text: string, claim: string) => {
  const article = indexArticle({ title: "榜单风波", publisher: "测试号", links: [], text });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

const DENIED = "维护方撤回了这条成绩。这并不是 EvalHub 第一次出现撤回事件，去年也有团队因数据泄漏撤回过。";

test("a first every first of the article denies is refused", () => {
  assert.ok(!ok(DENIED, "这是 EvalHub 历史上首次撤回事件。"));
  assert.ok(!ok(DENIED, "EvalHub 第一次出现撤回事件。"));
});

test("the denial kept, or a first the article also states plainly, stands", () => {
  assert.ok(ok(DENIED, "这不是 EvalHub 首次撤回事件。"));
  const both = "这并不是公司第一次发布开源模型，但它是首个支持百万上下文的开源模型。";
  assert.ok(ok(both, "它是首个支持百万上下文的开源模型。"));
});

test("an entry's denied first is no claim", () => {
  assert.deepEqual(findAssertedFirsts("这并不是 EvalHub 第一次撤回"), []);
});
