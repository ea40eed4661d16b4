import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { verifyEntry } from "./verify-entry.ts";

// Capitalised English words that open a sentence of an English entry for a Chinese article: common
// words ("Net profit…", "About 60%…", "Gaming GPU revenue…"), and languages or countries (Chinese for
// 中文). None is a name the article must spell; an invented name still is.
const article = {
  title: "岚川微电子公布三季度财报",
  publisher: "测试号",
  links: [],
  text:
    "岚川微电子今天公布三季度财报，游戏显卡营收 11.2 亿元，净利润 7.9 亿元。" +
    "训练数据中约 45% 为中文。研究者发现，约 60% 的 token 用于重复验证。",
};
const entry = (text: string): Entry => ({
  org: "岚川微电子",
  title: "岚川微电子三季度财报",
  stars: 4,
  tags: ["AI"],
  summary: "岚川微电子公布财报。",
  core: { bullets: [{ label: "Results", text }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
const names = (text: string) =>
  verifyEntry(entry(text), article)
    .claims.filter((c) => c.kind === "name" && c.status !== "supported")
    .map((c) => c.value);

test("common words at a sentence start, and languages, are no names", () => {
  assert.deepEqual(names("Net profit was RMB 790 million."), []);
  assert.deepEqual(names("Gaming GPU revenue was RMB 1.12 billion."), []);
  assert.deepEqual(names("About 60% of tokens go to re-verifying steps."), []);
  assert.deepEqual(names("Researchers found most tokens re-verify steps."), []);
  assert.deepEqual(names("Nearly half of the training data is Chinese."), []);
});

test("an invented name at a sentence start is still a name", () => {
  assert.deepEqual(names("Sequoia backs the company."), ["Sequoia"]);
  assert.deepEqual(names("Net profit was RMB 790 million, Halvorsen said."), ["Halvorsen"]);
});
