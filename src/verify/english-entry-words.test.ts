import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { articleGivesMonth, monthOf } from "./month-names.ts";

// A Chinese article of our own, read by an English entry.
const zh = indexArticle({
  title: "青禾云发布新一代推理芯片",
  publisher: "测试号",
  links: [],
  text: "青禾云于 2026 年 3 月发布推理芯片，样片已在十一月送测。公司此前在 2025 年 7 月完成 A 轮融资。两座小型模块化反应堆为机房供电，团队本季度合并了 900 个拉取请求，采用混合专家架构。",
});
const en = indexArticle({
  title: "Ashgrove opens a plant",
  publisher: "test",
  links: [],
  text: "Ashgrove will build two SMRs at the site. Engineers merged 900 pull requests in Sept. 2026.",
});
const names = (claim: string, index = zh) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "name")
    .map((f) => [f.value, f.supported]);

test("an English month is held to the article's months, in either language", () => {
  assert.deepEqual(names("Qinghe Cloud shipped the chip in March 2026.").slice(-1), [["March", true]]);
  assert.deepEqual(names("The Series A closed in July 2025.").slice(-1), [["July", true]]);
  // 十一月 is November, and never January (一月) by its last characters.
  assert.deepEqual(names("Samples went out in November.").slice(-1), [["November", true]]);
  assert.equal(articleGivesMonth(zh.folded, 1), false);
  assert.deepEqual(names("Engineers merged them in Sept. 2026.", en).slice(-1), [["Sept", true]]);
  assert.equal(monthOf("Sept"), 9);
  assert.equal(monthOf("Nova"), undefined);
});

test("near miss: a month the article never gives is still refused", () => {
  assert.deepEqual(names("Qinghe Cloud shipped the chip in October 2026.").slice(-1), [["October", false]]);
  assert.deepEqual(names("The Series A closed in January 2025.").slice(-1), [["January", false]]);
});

test("an abbreviation the article writes in full or in the plural is named there", () => {
  assert.deepEqual(names("Two SMR units power the hall.", en), [["SMR", true]]);
  assert.deepEqual(names("两座 SMR 为机房供电，本季度合并 900 个 PR。"), [
    ["SMR", true],
    ["PR", true],
  ]);
  assert.deepEqual(names("The chip runs a MoE model."), [["MoE", true]]);
});

test("near miss: an abbreviation the article neither writes nor spells out is refused", () => {
  assert.deepEqual(names("The site hosts an SMR and a PWR.", en), [
    ["SMR", true],
    ["PWR", false],
  ]);
  assert.deepEqual(names("团队合并了 900 个 PR。", en), [["PR", true]]);
  assert.deepEqual(
    names("两座 SMR 为机房供电。", indexArticle({ title: "t", links: [], text: "两座反应堆供电。" })),
    [["SMR", false]],
  );
});

const survey = indexArticle({
  title: "开发者调查",
  publisher: "测试号",
  links: [],
  text: "青禾社区联合 DevPulse 发布报告：41% 的开发者信任 AI 生成的测试。",
});

test("a possessive names what it is written on; an English compound of a generic word names nothing", () => {
  assert.deepEqual(names("The report by DevPulse's analysts says 41% trust AI-generated tests.", survey), [
    ["DevPulse's", true],
  ]);
  assert.deepEqual(names("Only 41% trust AI-written tests.", survey), []);
  assert.deepEqual(names("Embodied-AI startups were not surveyed.", survey), []);
});

test("near miss: a possessive of a name the article lacks, or a compound with a name in it, is refused", () => {
  assert.deepEqual(names("The report by CodeMetric's analysts says 41% trust AI tests.", survey), [
    ["CodeMetric's", false],
  ]);
  // Mid-sentence, a capitalised part is a name ("Nova-AI"), not an English word.
  assert.deepEqual(names("The survey by Nova-AI says 41% trust AI tests.", survey), [["Nova-AI", false]]);
});
