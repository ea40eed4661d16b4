import assert from "node:assert/strict";
import { test } from "node:test";
import { findComparisons } from "./check-comparisons.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const article = indexArticle({ title: "星河实验室发布 Nova-3", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

const ARTICLE = `星河实验室发布 Nova-3。在 MMLU 上，Nova-3 略逊于 GPT-4o，但在代码任务上与 Claude 3.5 Sonnet 持平，
并超过了 Llama 4。The model trails Gemini 2.5 Pro on math, but outperforms the GPT-4.1 baseline.`;

test("a comparison with a rival the article compares the other way is refused", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("Nova-3 在 MMLU 上超越 GPT-4o。"), "the article says 略逊于 GPT-4o");
  assert.ok(ok("Nova-3 在 MMLU 上略逊于 GPT-4o。"));
  assert.ok(!ok("Nova-3 的代码能力超过 Claude 3.5 Sonnet。"), "a tie is no lead");
  assert.ok(ok("Nova-3 的代码能力与 Claude 3.5 Sonnet 相当。"));
  assert.ok(ok("Nova-3 超过 Llama 4。"));
  assert.ok(!ok("Nova-3 落后于 Llama 4。"));
  // An English article, a Chinese entry.
  assert.ok(!ok("Nova-3 数学能力超越 Gemini 2.5 Pro。"));
  assert.ok(!ok("Nova-3 落后于 GPT-4.1。"));
  assert.ok(ok("Nova-3 优于 GPT-4.1。"));
});

test("a comparison the article never makes in words stands (its figures may imply it)", () => {
  const ok = checker("Nova-3 在 MMLU 上得分 88.1，GPT-4o 为 86.5。");
  assert.ok(ok("Nova-3 在 MMLU 上超过 GPT-4o。"));
});

test("no rival: 超过 100 家, 超出预期, 超越所有开源模型", () => {
  assert.deepEqual(findComparisons("客户超过 100 家，效果超过预期，超越所有开源模型，领先行业水平"), []);
  assert.deepEqual(
    findComparisons("它打败了 Gemini 1.5 Flash，但不如 GPT-4o").map((c) => [c.stance, c.rival]),
    [
      ["ahead", "gemini1.5flash"],
      ["behind", "gpt4o"],
    ],
  );
});

test("a comparison is about its subject too: a third party's says nothing; the rival's own sentence counts from its side", () => {
  const ok = checker("GPT-4o 不如 Claude 3.5。GPT-4.1 仍领先 Nova-3。");
  assert.ok(ok("Nova-3 超过 Claude 3.5。"), "the article compares GPT-4o with Claude, not Nova-3");
  assert.ok(!ok("GPT-4o 超过 Claude 3.5。"));
  assert.ok(!ok("Nova-3 超过 GPT-4.1。"), "GPT-4.1 领先 Nova-3 is Nova-3 behind GPT-4.1");
  assert.ok(ok("Nova-3 落后于 GPT-4.1。"));
});
