import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findWidened } from "./widened-quantifiers.ts";

const ARTICLE = `研究员指出，几乎所有使用开源权重的企业都没有做过红队测试。大部分受访工程师认为评测流程过于繁琐。
报告还提到，所有参与调查的高校都开设了相关课程。`;

const ok = (claim: string) => {
  const article = indexArticle({ title: "调查报告", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("an 'all' the article says only with a hedge (几乎所有, 大部分) is refused", () => {
  assert.ok(!ok("研究员指出，所有使用开源权重的企业都没做过红队测试。"));
  assert.ok(!ok("全部受访工程师认为评测流程过于繁琐。"));
});

test("the hedge kept, an 'all' the article says plainly, or a thing it never quantifies, stands", () => {
  assert.ok(ok("几乎所有使用开源权重的企业都没做过红队测试。"));
  assert.ok(ok("所有参与调查的高校都开设了相关课程。"));
  assert.ok(ok("所有模型都在同一台服务器上测试。"), "the article quantifies no models");
});

test("a hedged 'all' in the entry is no claim", () => {
  assert.deepEqual(findWidened("几乎所有使用开源权重的企业"), []);
});
