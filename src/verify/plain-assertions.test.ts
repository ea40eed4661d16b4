import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findPlainAssertions } from "./plain-assertions.ts";

const ARTICLE = `监管部门公布了调查结论。通报并未说明涉事企业的具体罚款金额，只表示会依法处理。
涉事企业公布了整改时间表，并向全部受影响用户发送了通知邮件。`;

const ok = (claim: string) => {
  const article = indexArticle({ title: "调查结论", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("a plain clause that reads as what the article denies is refused (the negation dropped, no 已)", () => {
  assert.ok(!ok("通报说明了涉事企业的具体罚款金额。"));
  assert.ok(!ok("监管部门在通报中说明涉事企业的具体罚款金额，并表示依法处理。"));
});

test("a plain clause the article says plainly, or a clause that keeps the denial, stands", () => {
  assert.ok(ok("涉事企业公布了整改时间表。"));
  assert.ok(ok("企业向受影响用户发送了通知邮件。"));
  assert.ok(ok("通报没有说明具体罚款金额。"));
  assert.ok(ok("通报未披露罚款金额，只说会依法处理。"));
});

test("clauses with a denial, a hedge or a plan, or too few words, are not read as plain", () => {
  assert.deepEqual(findPlainAssertions("可能说明罚款金额"), []);
  assert.deepEqual(findPlainAssertions("公司计划说明罚款金额"), []);
  assert.deepEqual(findPlainAssertions("金额"), []);
});
