import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// "超过所有 7B 模型" needs an article that compares with all of them.

const ok = (claim: string, text: string) => {
  const index = indexArticle({ title: "Wren-2 论文", publisher: "测试号", links: [], text });
  return checkTextFacts(claim, index).every((f) => f.supported);
};

const ONE = "研究团队提出 Wren-2。在 GSM8K 上，Wren-2 的准确率高于基线方法 PathNet。";
const ALL = "研究团队提出 Wren-2。在 GSM8K 上，Wren-2 的准确率超过了所有参与对比的方法。";
const ENGLISH = "We present Wren-2. On GSM8K, Wren-2 outperforms all prior methods we tested.";

test("an 'all' the article never makes is refused", () => {
  assert.ok(!ok("Wren-2 超过所有同类方法。", ONE));
  assert.ok(!ok("Wren-2 在 GSM8K 上优于任何现有方法。", ONE));
});

test("an 'all' the article makes, in Chinese or English, stands", () => {
  assert.ok(ok("Wren-2 超过所有参与对比的方法。", ALL));
  assert.ok(ok("Wren-2 超过所有已有方法。", ENGLISH));
  assert.ok(ok("Wren-2 的准确率高于 PathNet。", ONE), "no 'all', no verdict");
});

test("a name's digits and a size are not the figures of a comparison (Wren-2 超过…7B)", () => {
  const index = indexArticle({ title: "Wren-2", publisher: "测试号", links: [], text: ALL });
  const flags = checkTextFacts("Wren-2 超过所有参与对比的 7B 模型。", index).filter((f) => !f.supported);
  assert.ok(!flags.some((f) => /other way round/.test(f.reason)), JSON.stringify(flags));
});
