import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// An English article of our own counting in words joined to the thing counted.
const article = indexArticle({
  title: "Halden cuts cluster prices",
  publisher: "test",
  links: [],
  text: "Halden Cloud said a six-GPU KV-90 node now costs $22 per hour. Reserved plans stay two-thirds cheaper over a three-year term.",
});
const figures = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("an English count in words joined to its noun supports the entry's digits", () => {
  assert.deepEqual(figures("6 卡 KV-90 节点每小时 22 美元。"), [
    ["6 卡", true],
    ["22 美元", true],
  ]);
});

test("near miss: another count, or a fraction's or span's number word, is still refused", () => {
  assert.deepEqual(figures("8 卡 KV-90 节点每小时 22 美元。"), [
    ["8 卡", false],
    ["22 美元", true],
  ]);
  // two-thirds counts nothing.
  assert.deepEqual(figures("2 卡节点。"), [["2 卡", false]]);
});
