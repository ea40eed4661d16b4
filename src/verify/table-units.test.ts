import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A table whose unit is written once: in the caption, in a row label or in a header cell.
const index = indexArticle({
  title: "溪石实验室提出 TreeAct",
  publisher: "测试号",
  links: [],
  text: [
    "溪石实验室提出 TreeAct 方法。",
    "表 1：主要结果（任务完成率，%）",
    "方法 | WebShop | SciWorld",
    "ReAct | 41.3 | 55.2",
    "TreeAct | 47.8 | 63.4",
    "",
    "参数 | K3 | K2",
    "显存容量（GB） | 96 | 48",
    "显存带宽（TB/s） | 3.2 | 1.6",
    "",
    "TreeAct 平均每任务多消耗约 30% 的 tokens。",
  ].join("\n"),
});
const verdicts = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("a caption's unit is the cells' unit", () => {
  assert.deepEqual(verdicts("TreeAct 在 WebShop 上完成率 47.8%。"), [["47.8%", true]]);
  assert.deepEqual(verdicts("TreeAct 在 WebShop 上完成率 47.8 倍。"), [["47.8 倍", false]]);
});

test("a row label's unit is its cells' unit, a rate included", () => {
  assert.deepEqual(verdicts("K3 显存容量 96 GB，带宽 3.2 TB/s。"), [
    ["96 GB", true],
    ["3.2 TB", true],
  ]);
  assert.deepEqual(verdicts("K3 显存容量 96 MB。"), [["96 MB", false]]);
});

test("a table cell is a level, no change; 少耗 is a fall", () => {
  assert.deepEqual(verdicts("TreeAct 多耗约三成 tokens。"), [["约三成", true]]);
  assert.deepEqual(verdicts("TreeAct 少耗约三成 tokens。"), [["约三成", false]]);
});
