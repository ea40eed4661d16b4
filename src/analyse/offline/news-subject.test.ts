// Classes of the offline-v7 review (held-out articles of our own): the summary names what the
// article is about, the title's subject is the thing the article is about (not the hardware it runs
// on nor the rival it beat), a definition is the news's frame and not its news, short announcing
// sentences are never bullets.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pickTags } from "./tags.ts";
import { allBullets, analyseParagraphs as analyse } from "./testdata/analyse-paragraphs.ts";
import { titleSubject } from "./title-entities.ts";

test("the title's subject is the thing it introduces or makes act, not a range's end or a rival", () => {
  const text =
    "LumaBot 是一个开源机器人框架。LumaBot 支持多种硬件。社区用户在 Jetson Orin 上运行了 LumaBot。";
  assert.equal(titleSubject("从手机到Jetson Orin都能跑，开源框架LumaBot却被曝隐私问题", text), "LumaBot");
  assert.equal(
    titleSubject(
      "小模型也能赢：Qwen3-4B打败GPT-4o，PicoMath开源",
      "PicoMath 基于 Qwen3-4B 训练。PicoMath 开源。",
    ),
    "PicoMath",
  );
  // A title naming one thing keeps it, whatever the body.
  assert.equal(titleSubject("DeskPal 2.0发布：办公智能体更会用软件了", ""), "DeskPal 2.0");
});

test("a passing name of the title (the hardware a tool runs on) is no tag beside its subject", () => {
  const tags = pickTags({
    title: "从手机到Jetson Orin都能跑，开源框架LumaBot却被曝隐私问题",
    text: "LumaBot 是一个开源机器人框架。LumaBot 支持多种硬件。用户在 Jetson Orin 上运行 LumaBot，Jetson Orin 的功耗很低。LumaBot 会上传录音。",
  });
  assert.equal(tags[0], "LumaBot");
  assert.ok(!tags.includes("Jetson Orin"), tags.join(","));
});

test("a summary naming neither the subject nor an actor takes the lead sentence that names it", async () => {
  const entry = await analyse("十万用户的笔记助手MemoLeaf被曝同步漏洞，官方已修复", [
    "MemoLeaf 今年在开发者中很火，半年里积累了十万用户。",
    "但独立研究员周衡上周披露：任何人只要知道一个用户的邮箱，就能读取其全部同步笔记。",
    "周衡用 30 个测试账号复现了这个问题，成功率为 100%。",
    "官方在 24 小时内发布了修复版本。",
  ]);
  assert.match(entry.summary, /^MemoLeaf 今年在开发者中很火/);
  assert.match(entry.summary, /周衡上周披露/);
});

test("a definition (X 是…之一) frames the news; the sentence that acts is the summary's news", async () => {
  const entry = await analyse("十万星开源智能体TideAgent被曝越权漏洞，团队已修复", [
    "TideAgent 是今年最受关注的开源桌面智能体之一，在 GitHub 上已有 10 万星。",
    "但安全团队青石实验室本周披露：网页里一段隐藏文字，就能让它删除用户文件。",
    "青石实验室测试了 12 个论坛，其中 9 个可以写入这类文字。",
    "TideAgent 团队随后发布了修复版本。",
  ]);
  // Both: what the thing is (its frame) and what happened (the disclosure), in article order.
  assert.match(entry.summary, /^TideAgent 是今年最受关注的开源桌面智能体之一/);
  assert.match(entry.summary, /青石实验室本周披露/);
});

test("a short sentence that only says the thing is simple (…并不复杂。) is never a bullet nor joined to the summary", async () => {
  const entry = await analyse("青石实验室披露TideAgent越权漏洞", [
    "安全团队青石实验室本周披露了开源智能体 TideAgent 的一个越权漏洞。",
    "漏洞的原理并不复杂。",
    "智能体读取网页时会把隐藏文字一并读入，并当作用户指令执行。",
    "青石实验室测试了 12 个论坛，其中 9 个可以写入这类文字。",
  ]);
  assert.ok(!entry.summary.includes("并不复杂"), entry.summary);
  assert.ok(!allBullets(entry).some((b) => b.includes("并不复杂")), allBullets(entry).join(" | "));
});
