import assert from "node:assert/strict";
import { test } from "node:test";
import { dropLeaningWord, LEANS_BACK, setsSceneOnly } from "./leaning.ts";
import { allBullets, analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

test("a word leaning on the sentence before is dropped; compounds (规则, 也许, 还有, 还算) keep theirs", () => {
  assert.equal(
    dropLeaningWord("更重要的是推理速度没有变慢：在三个基准上与原模型持平。"),
    "推理速度没有变慢：在三个基准上与原模型持平。",
  );
  assert.equal(
    dropLeaningWord("王磊也坦言了担忧，认为评测集仍然偏小。"),
    "王磊坦言了担忧，认为评测集仍然偏小。",
  );
  assert.equal(
    dropLeaningWord("延迟则几乎不受影响：两种设置下都在 40 毫秒左右。"),
    "延迟几乎不受影响：两种设置下都在 40 毫秒左右。",
  );
  assert.equal(dropLeaningWord("报告因此建议先统一评测口径。"), "报告建议先统一评测口径。");
  assert.equal(dropLeaningWord("Lumen 还推出了一个轻量版本。"), "Lumen 推出了一个轻量版本。");
  // Not an adverb: 规则, 也许, 还有 (there is), 还算 (passably), a list item's label.
  for (const kept of [
    "规则引擎会先检查输入格式。",
    "这也许是今年最重要的开源发布。".replace("这", "它"),
    "同期离职的还有两位研究员。",
    "模型在演绎类任务上还算过得去。",
    "规则系统应用：在全新的游戏机制下完成任务。",
  ])
    assert.equal(dropLeaningWord(kept), kept);
});

test("a bullet that only sets the scene: a thing's 出发点/本意, how things used to be done", () => {
  assert.ok(setsSceneOnly("TriBench 的出发点，是切断模型对记忆的依赖。"));
  assert.ok(setsSceneOnly("过去的方案通常依赖人工规则，遇到新格式就会失效。"));
  assert.ok(setsSceneOnly("不少团队尝试在手机上跑大模型，都会遇到内存和发热的问题。"));
  // A past state with a figure is a fact; with a reading of it (或许, 并不) it is an insight.
  assert.ok(!setsSceneOnly("过去一年，API 价格下降了 90%。"));
  assert.ok(!setsSceneOnly("过去不少方法效果不好，问题或许并不在算法本身。"));
  assert.ok(LEANS_BACK.test("另一个风险是评测数据可能泄漏。"));
});

test("the analyser shows no leaning or scene-only bullet", async () => {
  const entry = await analyseParagraphs("星河实验室推出评测基准TriBench：最强模型只答对41%", [
    "星河实验室推出了评测基准 TriBench，专门考察模型跨任务迁移的能力，最强模型只答对 41% 的题目。",
    "TriBench 的出发点，是切断模型对预训练记忆的依赖。",
    "过去的评测通常依赖公开题库，模型很容易在训练中见过原题。",
    "TriBench 采用专家新编的 2400 道题，每道题都由两位专家交叉审核。",
    "在不给上下文的设置下，最强模型的正确率则不到 5%。",
    "作者也指出，TriBench 目前只覆盖中文和英文，任务环境也是模拟的。",
  ]);
  const all = allBullets(entry);
  assert.ok(!all.some((b) => /出发点|过去的评测/.test(b)), all.join("\n"));
  assert.ok(!all.some((b) => b.includes("正确率则")), all.join("\n"));
  assert.ok(
    all.some((b) => b.startsWith("作者指出，TriBench 目前只覆盖")),
    all.join("\n"),
  );
});
