import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findProperNames } from "./proper-names.ts";

const index = indexArticle({
  title: "星河科技发布 Nova",
  publisher: "测试号",
  links: [],
  text: "星河科技今天发布了多模态模型 Nova，在 MMLU 上超过了谷歌的 Gemini。团队负责人 Lin Wei 表示，Nova 采用检索增强生成技术，训练只用了竞品一半的算力。",
});
const names = (claim: string) =>
  checkTextFacts(claim, index)
    // Proper names only: a role with its person ("负责人 Lin Wei") is checked in check-roles.test.ts.
    .filter((f) => f.kind === "name" && !/\s/.test(f.value))
    .map((f) => [f.value, f.supported]);

test("a name without a version must be in the article: a rival, a person, a benchmark", () => {
  assert.deepEqual(names("Nova 在 MMLU 上超过 Gemini 和 Claude。"), [
    ["Nova", true],
    ["MMLU", true],
    ["Gemini", true],
    ["Claude", false],
  ]);
  assert.deepEqual(names("Karpathy 评价 Nova 是今年最值得关注的模型。"), [
    ["Karpathy", false],
    ["Nova", true],
  ]);
  assert.deepEqual(names("在 GPQA 上得分领先。"), [["GPQA", false]]);
});

test("the same name in another spelling is named: case, an org's Chinese name, a spelled-out abbreviation", () => {
  assert.deepEqual(names("Google 的 Gemini 被 NOVA 超过。"), [
    ["Google", true],
    ["Gemini", true],
    ["NOVA", true],
  ]);
  assert.deepEqual(names("Nova 采用 RAG 技术。"), [
    ["Nova", true],
    ["RAG", true],
  ]);
  assert.deepEqual(names("Nova 采用 MoE 架构。"), [
    ["Nova", true],
    ["MoE", false],
  ]);
  assert.deepEqual(names("负责人 Lin Wei 表示训练成本减半。"), [["Wei", true]]);
  assert.deepEqual(
    names("负责人 Wang Wei 表示训练成本减半。"),
    [["Wei", true]],
    "a run is checked by its last word",
  );
  assert.deepEqual(names("负责人 Lin Tao 表示训练成本减半。"), [["Tao", false]]);
  // A variant the article never names: its last word says which.
  assert.deepEqual(names("Nova 超过了 Gemini Ultra。"), [
    ["Nova", true],
    ["Ultra", false],
  ]);
});

test("words that name nothing in particular, English sentence starts and versioned names are not read here", () => {
  assert.deepEqual(
    findProperNames("The model uses a Transformer and an API; GPT-4o and Qwen3 are versioned names.").map(
      (n) => n.raw,
    ),
    [],
  );
  assert.deepEqual(
    findProperNames("Nova is fast. However, Claude is not named.").map((n) => n.raw),
    ["Nova", "Claude"],
  );
});
