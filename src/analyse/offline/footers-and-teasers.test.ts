// The classes of the v8 round, on fixtures of our own: a hiring footer, a newsletter's asks and captions
// are no bullets and make no advertisement of a release; a teaser that promises an answer, a hype line
// and an English scene-setter are not the summary.
import assert from "node:assert/strict";
import { test } from "node:test";
import { detectPromotion } from "../../model/star-rubric.ts";
import { allBullets, analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

const RELEASE_WITH_FOOTER = [
  "过去一年，开源的推理模型越来越多，但能在代码任务上追平闭源旗舰的仍然少见。",
  "智谱今天开源了代码模型 CodeLark-9B，支持 64K 上下文和 40 种编程语言。",
  "在 HumanEval 上，CodeLark-9B 的通过率达到 88.4%，比上一代高出 6.2 个百分点；在 LiveCodeBench 上得分 51.3。",
  "▲ CodeLark-9B 在 HumanEval 上的通过率为 88.4%，高于同尺寸的开源模型。",
  "团队采用了“先写测试、再写实现”的两阶段训练方法，让模型在生成代码前先生成单元测试。",
  "团队也承认，CodeLark-9B 在跨文件重构任务上的表现仍不稳定。",
  "智谱正在招聘大模型算法工程师和推理优化工程师，感兴趣的同学请将简历投递至 hr@lark.example.com。",
];

test("a hiring footer and a caption (▲ …) are no bullets, and a release with a hiring footer is no advertisement", async () => {
  const entry = await analyseParagraphs(
    "智谱开源代码模型CodeLark-9B，HumanEval通过率88.4%",
    RELEASE_WITH_FOOTER,
  );
  for (const b of allBullets(entry)) assert.doesNotMatch(b, /招聘|简历|▲/, b);
  assert.doesNotMatch(entry.summary, /招聘|简历|▲/);
  assert.ok(entry.stars >= 3, `★${entry.stars}`);
  // The hiring words are one signal; a course's sign-up, early-bird price and QR code are three.
  assert.equal(detectPromotion("新模型发布", RELEASE_WITH_FOOTER.join("\n")), false);
  assert.equal(detectPromotion("新模型发布", "我们正在招聘，岗位见下，请投递简历"), false);
  assert.equal(detectPromotion("转行大模型工程师", "课程共 24 节。早鸟价 999 元，扫码即可报名"), true);
});

test("an English newsletter's asks and captions (Subscribe…, Share this…, Image:, Photo:) are no bullets", async () => {
  const entry = await analyseParagraphs(
    "Kestrel AI releases Wren-2, an open 3B model for on-device translation",
    [
      "On Thursday, Kestrel AI released Wren-2, an open-weight 3B model that translates between 40 languages on a phone.",
      "Image: A phone screen showing a translated menu in a busy restaurant. Credit: Kestrel AI",
      "On the FLORES benchmark, Wren-2 scores 31.2 BLEU, against 28.9 for the previous best open model of its size.",
      "Photo: The Kestrel AI team at their office, where the model was trained over six weeks.",
      "The company says Wren-2 runs 3x faster than its predecessor thanks to a new quantisation scheme.",
      "Enjoying this story? Subscribe to our newsletter to get the weekly digest in your inbox.",
      "Share this article on LinkedIn and sign up for the morning briefing.",
    ],
  );
  for (const b of allBullets(entry))
    assert.doesNotMatch(b, /Subscribe|newsletter|Share this|Image:|Photo:/i, b);
  assert.match(entry.summary, /^On Thursday, Kestrel AI released Wren-2/);
});

test("a teaser that promises an answer and a hype line are not the summary, nor joined to it", async () => {
  const entry = await analyseParagraphs("最强智能体也只完成28%！浙大发布评测基准DeskBench", [
    "【导读】智能体号称能替你打工，结果如何？浙大发布的 DeskBench 给出了一个意外的答案。",
    "刚刚，智能体圈又炸了！",
    "智能体能不能真的替人干办公室里的杂活，一直是个争论不休的话题。",
    "浙江大学的研究团队发布了桌面智能体评测基准 DeskBench，包含 800 个来自真实办公流程的任务。",
    "测试显示，表现最好的智能体只完成了 28% 的任务，人类测试者的完成率是 70%。",
    "研究者发现，智能体最常见的失败是在两个应用之间复制信息时出错。",
  ]);
  assert.match(entry.summary, /^浙江大学的研究团队发布了桌面智能体评测基准 DeskBench/);
  assert.doesNotMatch(entry.summary, /答案|炸了/);
  assert.match(entry.summary, /28%/);
});

test("an English lead's news (found that, released …) is the summary, not the scene set before it", async () => {
  const entry = await analyseParagraphs(
    "Chat assistants forget instructions after 20 turns, Lyon study finds",
    [
      "Imagine telling a chat assistant to answer only in French, then chatting about travel plans for an hour.",
      "The assistant politely agrees, answers a few questions, and then quietly slips back into English.",
      "Researchers at the University of Lyon found that instruction drift of this kind is common: across 1,200 long conversations with five assistants, 37% broke an instruction given at the start.",
      "The team built a test suite called DriftCheck that replays long conversations with fixed instructions.",
      "Assistants with longer context windows drifted less, but none stayed below 20%.",
    ],
  );
  assert.match(entry.summary, /^Researchers at the University of Lyon found/);
});
