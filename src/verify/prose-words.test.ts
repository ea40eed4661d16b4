import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { findTerms } from "./find-terms.ts";
import { indexArticle } from "./index-article.ts";
import { isProseWord } from "./prose-words.ts";

// A Chinese article of our own, read by English entries: their ordinary words beside a figure
// ("targeting", "claimed", "post-money", "multi-turn") are no names the article must write.
const zh = indexArticle({
  title: "松岚机器人完成 B 轮融资",
  publisher: "测试号",
  links: [],
  text: [
    "松岚机器人宣布完成 6 亿元 B 轮融资，本轮投后估值为 40 亿元。",
    "公司上一轮融资时投后估值为 12 亿元。",
    "资金将用于量产，目标是在 2028 年实现年交付 8,000 台。",
    "法院判令被告赔偿 3 万元，原告此前主张赔偿 20 万元。",
    "在多轮对话测试中，Pine-2 的拒绝率为 58.5%；Pine-2 mini 的拒绝率为 41.0%。",
  ].join("\n"),
});
const figures = (claim: string) =>
  checkTextFacts(claim, zh)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("an English entry's prose words beside a figure are words, not names the article must write", () => {
  assert.deepEqual(figures("The startup raised RMB 600 million at a RMB 4 billion post-money valuation."), [
    ["600 million", true],
    ["4 billion", true],
  ]);
  assert.deepEqual(figures("The court awarded RMB 30,000, against RMB 200,000 claimed, plus costs."), [
    ["30,000", true],
    ["200,000", true],
  ]);
  assert.deepEqual(figures("In multi-turn tests, the refusal rate of Pine-2 is 58.5%."), [["58.5%", true]]);
});

test("an English plan word in any form keeps the article's target a target", () => {
  assert.deepEqual(figures("Money goes to mass production, targeting 8,000 units a year."), [
    ["8,000", true],
  ]);
  // Near miss: told as reached, the target is refused.
  assert.deepEqual(figures("It delivered 8,000 units a year."), [["8,000", false]]);
});

test("near miss: a wrong figure beside prose words is still refused", () => {
  assert.deepEqual(figures("The startup raised RMB 600 million at a RMB 5 billion post-money valuation."), [
    ["600 million", true],
    ["5 billion", false],
  ]);
  assert.deepEqual(figures("In multi-turn tests, the refusal rate of Pine-2 is 60.5%."), [["60.5%", false]]);
});

test("what reads as prose: lower-case words among words, after a figure or a comma", () => {
  const at = (text: string, word: string) => isProseWord(text, text.indexOf(word), word);
  assert.equal(at("Lingshu L2, targeting 5,000 units", "targeting"), true);
  assert.equal(at("against RMB 100,000 claimed, plus", "claimed"), true);
  assert.equal(at("the post-money valuation", "post-money"), true);
  // A name's digits are no figure ("Sail-2 mini"), a split before a name stays a name.
  assert.equal(at("Sail-2 mini (", "mini"), false);
  assert.equal(at("LibriSpeech test-clean WER 1.9%", "test-clean"), false);
  assert.equal(at("在 swe-bench 上", "swe-bench"), false);
  assert.deepEqual(
    findTerms("a RMB 3 billion post-money valuation", new Map()).map((t) => t.key),
    ["~valuation"],
  );
});
