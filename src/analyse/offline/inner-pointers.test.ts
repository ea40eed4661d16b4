import assert from "node:assert/strict";
import { test } from "node:test";
import { selectCandidates } from "./candidate-sentences.ts";
import { leansOnPointer, outsidePointer } from "./inner-pointers.ts";
import { splitSentences } from "./sentences.ts";
import { buildUnits } from "./standalone-units.ts";

test("a demonstrative pointing at a thing only an earlier sentence names", () => {
  assert.equal(outsidePointer("如今有了自动化工具，这种审查的开销已经很低。"), "这种审查");
  assert.equal(outsidePointer("仿真能否补上数据缺口？这些问题的答案将决定进度。"), "这些问题");
  assert.equal(outsidePointer("新版本把这个决策交给了模型本身。"), "这个决策");
  // Named before it in the sentence, named in place (a name, a quote, 被称为), a time, a list summed up.
  for (const inside of [
    "审稿人很难逐一审查仓库，如今这种审查的开销很低。",
    "MMLU 这类静态题库已经不够用了。",
    "团队把“模型能不能自己付账单”这个问题变成了实验。",
    "在这种被称为 Vibe Coding 的模式下，人只写意图。",
    "这一次，团队换了一种做法。",
    "商家每天处理哪些事、哪些环节最容易出错，这些东西模型不会告诉你。",
    "业界通常用奖励模型的打分来挑选回答，这个分数也被当作质量的代理。",
  ])
    assert.equal(outsidePointer(inside), undefined, inside);
  // A sentence that states a result figure keeps it: the pointer only qualifies who.
  assert.ok(!leansOnPointer("一个采用这类策略的账户，把本金滚到了 120 万美元。"));
  assert.ok(leansOnPointer("它把这个决策内化进了模型，以 1Hz 的频率判断要不要开口。"));
});

test("a unit pointing outside joins the sentence before that names the thing, else it is no bullet", () => {
  const text = [
    "青禾实验室用智能体审计了 2000 个声称开源的论文仓库，发现约 30% 只有一个 README 文件。",
    "过去，审稿人很难逐一打开仓库审查。现在有了智能体，这种审查的开销几乎降到了零。",
    "研究者认为，这些问题的根源在于会议没有强制的代码核验。",
    "一个采用这类策略的团队，一周内补齐了 120 个仓库。",
  ].join("\n\n");
  const units = buildUnits(selectCandidates(splitSentences(text)), { text });
  const standalone = units.filter((u) => u.standalone).map((u) => u.text);
  // Joined with the sentence that names it, it stands.
  assert.ok(
    standalone.includes("过去，审稿人很难逐一打开仓库审查。现在有了智能体，这种审查的开销几乎降到了零。"),
    standalone.join("\n"),
  );
  // Nothing before names 问题: reference-only (a summary may resolve it), never a bullet.
  const problems = units.find((u) => u.text.includes("这些问题的根源"))!;
  assert.equal(problems.standalone, false);
  assert.equal(problems.referenceOnly, true);
  // A result figure is what the sentence says: it stays.
  assert.ok(
    standalone.some((t) => t.includes("120 个仓库")),
    standalone.join("\n"),
  );
});

test("a pointer sentence whose figure is what the thing takes (an effort span) is no result", () => {
  // The thing pointed at is what the sentence is about; its hours measure a thing the reader never saw.
  assert.equal(leansOnPointer("如果自己动手，部署一套这样的流水线大约需要 20 到 30 小时。"), true);
  assert.equal(leansOnPointer("从零搭好这种平台，耗时约 2～3 周。"), true);
  // Near-misses: a result the pointer only qualifies, or a single measured figure, stays a bullet.
  assert.equal(leansOnPointer("一家采用这类方案的工厂，一年省下了 120 万元。"), false);
  assert.equal(leansOnPointer("这一改动让推理吞吐提升了约 2 倍。"), false);
});
