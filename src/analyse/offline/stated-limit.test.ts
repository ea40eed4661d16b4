import assert from "node:assert/strict";
import { test } from "node:test";
import { statesLimit } from "./stated-limit.ts";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

test("a stated limit is recognised in Chinese and English; a small cost reported as a result is not", () => {
  for (const s of [
    "团队提到，Vega 暂不支持中文以外的界面，多语言版本还在训练中。",
    "作者指出，任务之间差异很大时，复用的收益会明显下降：在混合测试中，加速比降到 1.1 倍。",
    "这次评测只覆盖了英文问答，没有测试多轮对话。",
    "For now, Tally only works with Canadian bank accounts, and it does not file taxes.",
    "The firm said it does not know whether anyone copied the records.",
  ])
    assert.ok(statesLimit(s), s);
  for (const s of [
    "Vega 的编码器会按原始分辨率把截图切成小块。",
    "解码速度是常规解码的 1.7 倍，准确率仅下降 0.4 个百分点。",
    "Tally matches each payment to an invoice and files it under a category.",
    "When it cannot find a match, Tally leaves the payment in a review queue with a note.",
  ])
    assert.ok(!statesLimit(s), s);
});

const PARAGRAPHS = [
  "澄川实验室开源了界面理解模型 Vega，专门用来读懂手机截图。",
  "Vega 的视觉编码器按原始分辨率把截图切成小块，因此小图标不会糊掉。",
  "模型输出要点击的元素坐标和操作类型，可以直接交给自动化框架执行。",
  "在界面定位基准 ScreenSpot 上，Vega 得分 81.2，比此前最好的开源模型高出 9.5 分。",
  "作者也指出，界面风格差异很大时，模型的优势会明显缩小：在车机界面上只领先 1.3 分。",
  "团队提到，Vega 暂不支持中文以外的界面，多语言版本还在训练中。",
];

test("a limit the article states goes to 独家洞察, not to 核心技术 or 实验数据", async () => {
  const entry = await analyseParagraphs("澄川实验室开源界面理解模型Vega", PARAGRAPHS);
  const texts = (s: { bullets: { text: string }[] }) => s.bullets.map((b) => b.text).join("\n");
  assert.match(texts(entry.insights), /暂不支持中文以外的界面/);
  assert.match(texts(entry.insights), /优势会明显缩小/);
  assert.doesNotMatch(texts(entry.core), /暂不支持|明显缩小/);
  assert.doesNotMatch(texts(entry.results), /暂不支持|明显缩小/);
});
