// 独家洞察 or 核心技术 (v8), on fixtures of our own: a limit said politely or as a hedge and the writer's
// reading of a fact (这体现的是…) are insights; a definition (在 X 的定义里，…是指) is how the thing works.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

const textOf = (s: { bullets: { text: string }[] }) => s.bullets.map((b) => b.text).join("\n");
const insightsOf = (e: { insights: { bullets: { text: string }[] } }) => textOf(e.insights);

test("'对…并不友好' with its cost figure is a limit: 独家洞察, not 实验数据", async () => {
  const entry = await analyseParagraphs("中科大提出SpecCache：投机解码命中率提升，吞吐翻倍", [
    "中国科学技术大学的研究团队提出了 SpecCache，把投机解码中被拒绝的草稿 token 缓存起来，供后续步骤复用。",
    "在 MT-Bench 上，SpecCache 的吞吐比标准投机解码高出 2.1 倍，草稿命中率从 61% 提升到 78%。",
    "在长文档摘要任务上，SpecCache 的端到端延迟降低了 35%。",
    "作者也指出，缓存本身要占用额外的显存，批量较大时显存占用增加约 1.4 倍，对显存紧张的部署并不友好。",
  ]);
  assert.match(insightsOf(entry), /并不友好/);
  assert.doesNotMatch(entry.results.bullets.map((b) => b.text).join("\n"), /并不友好/);
});

test("an English caveat (the authors note that…, may be lower, acknowledges) reaches 独家洞察", async () => {
  const entry = await analyseParagraphs(
    "Phishing emails written by chatbots fool one in five readers, Oslo study finds",
    [
      "Researchers at the University of Oslo found that chatbot-written phishing emails fooled 21% of 4,000 participants in a controlled trial.",
      "Emails written by human experts fooled 18% of participants in the same trial.",
      "The team released the prompts and a dataset of 12,000 labelled emails.",
      "The authors note that participants knew they were in a study, so real-world click rates may be higher.",
    ],
  );
  assert.match(insightsOf(entry), /may be higher/);
});

test("the writer's reading of a fact (这体现的是…) is 独家洞察; a definition (在 X 的定义里，…是指) is 核心技术", async () => {
  const entry = await analyseParagraphs("月影科技开源3B语音模型Echo-3，端侧也能实时翻译", [
    "月影科技开源了 3B 参数的语音翻译模型 Echo-3，可以在手机上实时完成中英互译。",
    "团队采用流式编码器和增量解码器，把音频切成 200 毫秒的小块逐块处理，边听边译。",
    "Echo-3 还引入了一个轻量的打断检测模块，判断说话人是否已经讲完一句话。",
    "在 CoVoST-2 中英测试集上，Echo-3 的 BLEU 得分为 31.4，比上一代高出 2.2 分。",
    "考虑到模型只有 3B 参数，这体现的是月影一直强调的“小模型优先”：用更少的参数做到够用的效果，从而让离线翻译成为可能。",
    "在 Echo-3 的技术报告的定义里，实时翻译是指：从说话人停顿到译文开始播放不超过 500 毫秒。这意味着模型必须在整句结束前就开始生成。",
  ]);
  assert.match(insightsOf(entry), /这体现的是/);
  assert.doesNotMatch(textOf(entry.core), /这体现的是/);
  assert.match(textOf(entry.core), /实时翻译是指/);
  assert.doesNotMatch(insightsOf(entry), /实时翻译是指/);
});
