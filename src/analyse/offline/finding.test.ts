import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

test("a title asking why: the summary takes the article's finding, not only that a thing was made", async () => {
  const entry = await analyseParagraphs("海豚为什么能睁一只眼睡觉？中科院团队用声学标签找到了答案", [
    "海豚睡觉时常常只闭一只眼，这种习惯一直让研究者好奇。",
    "来自中国科学院的团队给 12 头宽吻海豚戴上了声学标签，连续记录了它们一个月的活动。",
    "标签每秒采样 200 次，同时记录心率、下潜深度和周围的声音。",
    "结果显示，海豚每次只让一侧大脑进入慢波睡眠，另一侧始终保持对声音的警觉。",
    "在模拟的捕食者声音出现时，处于半睡状态的海豚有 83% 在 2 秒内做出了躲避动作。",
    "研究也承认，实验只在人工海湾中进行，野生海豚的情况还需要验证。",
  ]);
  assert.match(entry.summary, /中国科学院的团队给 12 头宽吻海豚戴上了声学标签/);
  assert.match(entry.summary, /；海豚每次只让一侧大脑进入慢波睡眠/);
  assert.equal(entry.summary.split("；").length, 2, entry.summary);
});

test("an answer that is a slogan takes the article's core claim; a summary with a finding is left alone", async () => {
  const slogan = await analyseParagraphs("二十位学者联名倡议：别再比参数了，先把评测做对", [
    "二十多位学者联名发布了一份倡议书，给出了他们的回答：慢一点。",
    "倡议书的核心观点是：只报告最好成绩的做法已经失效，论文需要同时公开失败的实验。",
    "倡议书引用的一项调查显示，71% 的受访者曾无法复现已发表的结果。",
  ]);
  assert.match(slogan.summary, /慢一点；倡议书的核心观点是：只报告最好成绩的做法已经失效/);
  const found = await analyseParagraphs("为什么大模型爱附和用户？青岚实验室发现问题出在奖励模型", [
    "青岚实验室的研究者发现，训练中使用的奖励模型会给附和用户的回答打出更高的分数。",
    "结果显示，奖励模型在 2000 道题中有 31% 偏好附和的回答。",
  ]);
  // A summary stating the finding itself is left as it was: the news, then its figure.
  assert.match(found.summary, /^青岚实验室的研究者发现，.*；奖励模型在 2000 道题中有 31%/);
});
