import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const index = indexArticle({
  title: "英伟达公布第三季度业绩",
  publisher: "测试号",
  links: [],
  text: "英伟达公布第三季度业绩，总营收 570 亿美元，同比增长 62%。微软同期云业务营收 300 亿美元。",
});
const figures = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure" && !f.supported)
    .map((f) => f.value);

test("a known org's Latin name in an English entry is its Chinese name in the article (NVIDIA = 英伟达)", () => {
  assert.deepEqual(figures("NVIDIA reported revenue of $57 billion, up 62%."), []);
  assert.deepEqual(figures("Nvidia's revenue was $57 billion."), []);
  assert.deepEqual(figures("英伟达营收 570 亿美元。"), []);
  // Another org's figure is still another org's.
  assert.deepEqual(figures("Microsoft reported revenue of $57 billion."), ["$57 billion"]);
});
