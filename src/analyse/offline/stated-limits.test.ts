// A limit the article states politely or as a hedge reaches 独家洞察 (v8), on fixtures of our own.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

const insightsOf = (e: { insights: { bullets: { text: string }[] } }) =>
  e.insights.bullets.map((b) => b.text).join("\n");

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
