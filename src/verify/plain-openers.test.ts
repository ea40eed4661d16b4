import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { verifyEntry } from "./verify-entry.ts";

// An English entry for a Chinese article opens sentences with ordinary capitalised words ("Trained
// on…", "Annualised revenue…"): they are no entity the figure must be bound to in the article.
const article = {
  title: "青藤实验室开源 Vine-VL",
  publisher: "测试号",
  links: [],
  text: "青藤实验室开源了视觉语言模型 Vine-VL。训练数据方面，团队使用了 2.3 亿对图文数据。公司年化收入超过 9500 万美元。",
};
const entry = (text: string): Entry => ({
  org: "青藤实验室",
  title: "青藤实验室开源 Vine-VL",
  stars: 4,
  tags: ["AI"],
  summary: "青藤实验室开源 Vine-VL。",
  core: { bullets: [{ label: "Data", text }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
const figures = (text: string) =>
  verifyEntry(entry(text), article)
    .claims.filter((c) => c.kind === "figure" && c.where.startsWith("core"))
    .map((c) => [c.value, c.status === "supported"]);

test("an ordinary word opening the sentence does not bind the figure", () => {
  assert.deepEqual(figures("Trained on 230 million image-text pairs."), [["230 million", true]]);
  assert.deepEqual(figures("Annualised revenue has passed $95 million."), [["$95 million", true]]);
});

test("a name opening the sentence still binds it", () => {
  assert.deepEqual(figures("Sequoia trained it on 230 million image-text pairs."), [["230 million", false]]);
});
