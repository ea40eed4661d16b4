import assert from "node:assert/strict";
import { test } from "node:test";
import { pickOrg } from "./pick-org.ts";

const pick = (title: string, text: string, fallback = "新智元") =>
  pickOrg({ title, lead: "", text, fallback });

test("org = the actor of the news, not a helper, an investor's neighbour or the venue", () => {
  assert.equal(
    pick(
      "机器人学会叠衣服：新策略成功率翻倍",
      "由斯坦福大学牵头的团队提出了一种新的模仿学习策略，NVIDIA 提供了算力和仿真平台支持。",
    ).org,
    "Stanford",
  );
  assert.equal(
    pick(
      "又一家大模型公司拿到钱了",
      "北京星河智能科技完成 5 亿元 A 轮融资，OpenAI 前研究员张三加入担任首席科学家。",
    ).org,
    "北京星河智能科技",
  );
  const audit = pick(
    "一夜写出审计Agent，扒完NeurIPS 2024四千篇论文",
    "一位匿名研究者决定用 AI 把这件事查清楚，把 NeurIPS 2024 收录的论文挨个检查了一遍。",
  );
  assert.notEqual(audit.org, "NeurIPS");
  assert.equal(audit.org, "匿名研究者");
  assert.equal(audit.known, false);
  const report = pick(
    "Jeff Dean、Hennessy领衔发布AI务实路线图",
    "【新智元导读】Jeff Dean 和图灵奖得主 John Hennessy 等一批科学家给出了另一种答案。",
  );
  assert.deepEqual(report, { org: "Jeff Dean & Hennessy", known: true });
});

test("a product acting in the news gives its maker only when the article names the maker", () => {
  assert.equal(pick("Kimi K2 正式发布", "月之暗面今天宣布了新模型。").org, "月之暗面");
  assert.equal(pick("Kimi K2 正式发布", "新模型今天上线。").org, "Kimi K2");
});

test("the publisher is named only for its own piece, and marked", () => {
  const essay = pick(
    "从朴素RAG到Agentic RAG：检索增强生成这三年走过的路",
    "三年前，RAG 还是一个简单的想法。",
    "机器之心",
  );
  assert.deepEqual(essay, { org: "机器之心", known: false, publisher: true });
});

test("a title's speaker after the org's name is the org; a subject exposed in the title acts", () => {
  assert.equal(
    pick("英伟达Jim Fan：下一个预训练范式是预测物理状态", "他最近撰文提出新的观点。").org,
    "Jim Fan",
  );
  assert.equal(
    pick(
      "从树莓派到M3 Ultra都能跑，10万星智能体OpenClaw却被曝越狱风险",
      "OpenClaw（曾用名 Clawdbot、Moltbot）可能是最火的开源智能体。",
    ).org,
    "OpenClaw",
  );
  assert.equal(
    pick("终于轮到Windows用户了：昆仑天工发布Skywork Desktop", "昆仑天工本周发布桌面智能体。").org,
    "昆仑天工",
  );
});

test("a security finding's org is the project it hits, not the advisory's publisher (v12)", () => {
  assert.equal(
    pick(
      "Severe flaw in Lanternd model gateway lets a crafted prompt file run shell commands",
      "Graywater Labs has disclosed a vulnerability in Lanternd, the open-source model gateway.",
      "Graywater Labs Blog",
    ).org,
    "Lanternd",
  );
  assert.equal(
    pick(
      "一周三万星的开源写作助手QuillBot-X被曝存在提示注入漏洞",
      "安全团队发现，一段藏在网页里的文字就能让 QuillBot-X 泄露用户文档。",
      "测试号",
    ).org,
    "QuillBot-X",
  );
  // Near-misses: a named actor still acts; a news piece with no finding keeps its fallback.
  assert.equal(
    pick("智谱修复了GLM-5 API的一处注入漏洞", "智谱表示，已修复 GLM-5 API 的一处注入漏洞。", "测试号").org,
    "智谱",
  );
  assert.equal(
    pick("Lanternd 2.0 adds streaming", "The Lanternd project shipped version 2.0.", "Graywater Blog").org,
    "Graywater Blog",
  );
});
