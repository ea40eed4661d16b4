import assert from "node:assert/strict";
import { test } from "node:test";
import { statesFinding } from "./stated-limit.ts";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

test("a finding or verdict is recognised; a list item's label (经验发现：) is not", () => {
  assert.ok(statesFinding("报告的核心判断是：按成绩排名的做法已经失效。"));
  assert.ok(statesFinding("研究的主要发现是，模型越自信，错得越离谱。"));
  assert.ok(statesFinding("The key finding is that smaller models refuse more often."));
  assert.ok(!statesFinding("经验发现：从实验数据中归纳规律，这是最难的一类。"));
  assert.ok(!statesFinding("系统先检索、再生成。"));
});

test("a report's verdict is a key conclusion, not how it works, and is not said twice", async () => {
  const entry = await analyseParagraphs("周明远、孙若溪等联署报告：与其排名，不如看进步", [
    "【新智元导读】周明远、孙若溪等三十多位学者联名发布了一份报告，讨论大学该如何评价学生。",
    "报告的核心判断是：按成绩排名的做法已经失效，评价需要围绕进步而不是名次来设计。",
    "报告引用的一项覆盖 9 所高校的调查显示，58% 的学生认为排名让他们回避难课。",
    "在一门数学课的试点中，按进步评价的班级，选修高阶课程的学生是对照班的 2 倍。",
  ]);
  const core = entry.core.bullets.map((b) => b.text).join("\n");
  const results = entry.results.bullets.map((b) => b.text).join("\n");
  assert.doesNotMatch(core, /核心判断/);
  const stated = entry.summary.includes("核心判断") ? 1 : 0;
  assert.equal(stated + (results.includes("核心判断") ? 1 : 0), 1, `${entry.summary}\n${results}`);
});
