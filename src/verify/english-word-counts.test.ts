import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// An English article of our own counting in words before plural nouns, with modifiers between.
const article = indexArticle({
  title: "Tallow Audio ships Brook, a dubbing model",
  publisher: "test",
  links: [],
  text: [
    "Tallow Audio today released Brook, a dubbing model that translates speech while keeping the speaker's timing.",
    "Brook dubs into eleven languages. Word error rate on the Spanish set is 6.3%; results for the other ten languages will follow.",
    "Studios can pick from four licensed narrator voices. The service runs in three data centers in Europe.",
  ].join("\n"),
});
const figures = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("an English count in words before its plural noun supports the entry's digits", () => {
  assert.deepEqual(figures("Brook 支持 11 种语言，其余 10 种语言的结果稍后公布。"), [
    ["11 种", true],
    ["10 种", true],
  ]);
  assert.deepEqual(figures("可选 4 种授权旁白音色，服务部署在欧洲 3 个数据中心。"), [
    ["4 种", true],
    ["3 个", true],
  ]);
});

test("near miss: a wrong count, or the count of another thing, is still refused", () => {
  assert.deepEqual(figures("Brook 支持 12 种语言。"), [["12 种", false]]);
  // four is the voices' count, three the data centres': not the languages'.
  assert.deepEqual(figures("Brook 支持 4 种语言。"), [["4 种", false]]);
  assert.deepEqual(figures("可选 11 种旁白音色。"), [["11 种", false]]);
  assert.deepEqual(figures("服务部署在 4 个数据中心。"), [["4 个", false]]);
});
