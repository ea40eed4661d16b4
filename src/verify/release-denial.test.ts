import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// One product released open-source, another kept closed: a denial for the closed one holds.
const index = indexArticle({
  title: "松涛智能开源 Pine-8B",
  publisher: "测试号",
  links: [],
  text: "松涛智能以 Apache 2.0 许可开源 Pine-8B。更大的 Pine-80B 目前只通过 API 提供，暂无开源计划。",
});
const qualifiers = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "qualifier")
    .map((f) => [f.value, f.supported]);

test("a denial of open-source for the product the article denies it for holds, though another is open", () => {
  assert.deepEqual(qualifiers("Pine-80B 仅提供 API，暂无开源计划。"), [["开源", true]]);
  // The open product is not closed.
  assert.deepEqual(qualifiers("Pine-8B 暂无开源计划。"), [["开源", false]]);
});
