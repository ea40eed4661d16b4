import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A table whose model columns are named in Han characters with a version (青禾-2): the gap between
// two models' cells is a figure the article states, as it is for Latin-named columns.
const ARTICLE = `青禾科技公布了评测结果：

| 基准 | 青禾-2 | 青禾-1 | Llama-3-70B |
| --- | --- | --- | --- |
| HumanEval | 71.5 | 60.3 | 66.2 |
| MMLU | 80.2 | 74.8 | 79.5 |
`;

const refused = (claim: string) => {
  const index = indexArticle({ title: "评测", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, index)
    .filter((f) => !f.supported)
    .map((f) => f.value);
};

test("the gap between two Han-named model columns is stated", () => {
  assert.deepEqual(refused("HumanEval 71.5，比青禾-1 的 60.3 高出 11.2 分。"), []);
  assert.deepEqual(refused("MMLU 80.2，比青禾-1 的 74.8 高 5.4 分。"), []);
});

test("a wrong gap, or one from another row, is still refused", () => {
  assert.deepEqual(refused("HumanEval 71.5，比青禾-1 的 60.3 高出 12.2 分。"), ["12.2 分"]);
  assert.deepEqual(refused("MMLU 80.2，比青禾-1 的 74.8 高 5.6 分。"), ["5.6 分"]);
  assert.deepEqual(refused("HumanEval 71.5，比 Llama-3-70B 的 66.2 高出 6.3 分。"), ["6.3 分"]);
});

test("a table copied without its separator line still has its header row", () => {
  const plain = ARTICLE.replace("| --- | --- | --- | --- |\n", "");
  const index = indexArticle({ title: "评测", publisher: "测试号", links: [], text: plain });
  const refusedPlain = (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => !f.supported)
      .map((f) => f.value);
  assert.deepEqual(refusedPlain("HumanEval 71.5，比青禾-1 的 60.3 高出 11.2 分。"), []);
  assert.deepEqual(refusedPlain("HumanEval 71.5，比青禾-1 的 60.3 高出 11.5 分。"), ["11.5 分"]);
});
