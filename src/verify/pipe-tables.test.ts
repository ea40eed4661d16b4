import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Extractors write an article's tables as pipe rows. A cell's figure is its column's (the header
// cell above it) and its row's (the first cell): "MMLU-Pro 81.2" reads the first, "Lumen-2 的 81.2"
// the second.

const checker = (title: string, text: string) => {
  const index = indexArticle({ title, publisher: "测试号", links: [], text: `${title}\n${text}` });
  return (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);
};

const WIDE = `官方给出的评测如下：

| 模型 | MMLU-Pro | GPQA-Diamond | LiveCodeBench | SWE-bench Verified |
| --- | --- | --- | --- | --- |
| Lumen-3 | 80.4 | 66.2 | 63.9 | 51.7 |
| Lumen-2 | 74.8 | 58.3 | 50.6 | 40.2 |

Lumen-3 已在官网上线。`;

test("a cell's figure is its column's, whatever the header's length", () => {
  const ok = checker("光年科技发布 Lumen-3", WIDE);
  assert.ok(ok("Lumen-3 的 MMLU-Pro 为 80.4，GPQA Diamond 66.2。"));
  assert.ok(ok("SWE-bench Verified 得分 51.7。"));
  assert.ok(ok("LiveCodeBench 从 50.6 提升至 63.9。"), "the previous row, in a comparison");
  assert.ok(!ok("Lumen-3 的 GPQA Diamond 为 80.4。"), "another column's figure");
});

test("a claim naming the column but not the row is about the subject's row", () => {
  const ok = checker("光年科技发布 Lumen-3", WIDE);
  assert.ok(!ok("知识推理：MMLU-Pro 74.8。"), "74.8 is Lumen-2's");
  assert.ok(ok("Lumen-2 的 MMLU-Pro 为 74.8。"));
  assert.ok(ok("上一代 Lumen-2 的 MMLU-Pro 为 74.8。"));
});

test("a table with models as columns binds the same way (rows are benchmarks)", () => {
  const ok = checker(
    "光年科技发布 Lumen-3",
    `评测结果：
基准 | Lumen-3 | Lumen-2
AIME 2025 | 77.1 | 58.0
HumanEval | 91.5 | 85.2`,
  );
  assert.ok(ok("AIME 2025 得分 77.1。"));
  assert.ok(ok("Lumen-3 的 HumanEval 为 91.5。"));
  assert.ok(!ok("HumanEval 为 85.2。"), "85.2 is Lumen-2's");
  assert.ok(!ok("AIME 2025 得分 91.5。"), "another row's figure");
});

test("a table without a row or column of the subject gives no verdict on whose row it is (a paper's Ours)", () => {
  const ok = checker(
    "清澜大学提出 FlashRoute",
    `方法 | LongBench | RULER
Baseline | 41.3 | 70.2
Ours | 45.8 | 78.6`,
  );
  assert.ok(ok("FlashRoute 在 LongBench 上得分 45.8。"));
  assert.ok(ok("RULER 78.6。"));
  assert.ok(!ok("RULER 45.8。"), "still another column's figure");
});
