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

test("a count of what the thing covers (内置 100 多个, 支持 50 余种, has 24B parameters) is a figure of 实验数据", async () => {
  const entry = await analyse("云雀科技发布写作助手QuillMate 3", [
    "云雀科技今天发布了写作助手 QuillMate 3，面向企业文案团队。",
    "QuillMate 3 内置了 300 多个写作模板，覆盖广告、新闻稿和产品说明等场景。",
    "它支持 40 余种语言的互译与润色。",
    "QuillMate 3 采用检索增强架构，通过企业知识库约束生成内容。",
    "在 500 篇内部稿件的盲评中，QuillMate 3 的采纳率为 64%。",
  ]);
  const results = entry.results.bullets.map((b) => b.text).join("\n");
  assert.match(results, /300 多个写作模板/);
  assert.match(results, /40 余种语言/);
  assert.match(results, /64%/);
  // 核心技术 keeps how it works.
  assert.match(entry.core.bullets.map((b) => b.text).join("\n"), /检索增强架构/);
});

test("a list's intro with a count (共收录 3200 道题，流程分为三步：) stays with its items in 核心技术", async () => {
  const entry = await analyse("北航推出代码评测基准CodeLadder", [
    "北京航空航天大学的研究者推出了代码评测基准 CodeLadder。",
    "CodeLadder 共收录 1800 道题，构建流程分为三步：",
    "题目采集：从开源项目的提交记录中抽取真实改动。",
    "测试补全：为每道题编写至少五个单元测试。",
    "人工复核：两位工程师独立确认题目可解。",
    "受测的 12 个模型平均通过率只有 31.5%。",
  ]);
  const core = entry.core.bullets
    .flatMap((b) => [b.text, ...(b.children ?? []).map((c) => c.text)])
    .join("\n");
  assert.match(core, /共收录 1800 道题/);
  assert.ok(!entry.results.bullets.some((b) => b.text.includes("构建流程")));
});

test("English: a size (has 24B parameters) reaches 实验数据", async () => {
  const entry = await analyse("Corvid releases Finch 2, an open model for SQL", [
    "Corvid has released Finch 2, an open-weight model for writing SQL queries.",
    "The model has 14B parameters and a 64K context window.",
    "Finch 2 is trained on query logs from production databases, using a reward based on query results.",
    "On the BIRD benchmark, Finch 2 reaches 71.4% execution accuracy.",
  ]);
  assert.match(entry.results.bullets.map((b) => b.text).join("\n"), /14B parameters/);
});

test("English: a caution or a doubt (The authors caution…, analysts are skeptical…) is 独家洞察; a round raised is 实验数据", async () => {
  const paper = await analyse("KAIST's TinyPlan lets a 3B model plan robot tasks", [
    "A team at KAIST has introduced TinyPlan, a method that trains a 3B model to plan household robot tasks from video.",
    "TinyPlan uses a planner trained on 20,000 demonstrations, based on a shared action vocabulary.",
    "On the ALFRED benchmark, TinyPlan completes 48.2% of tasks, against 41.5% for the previous best small model.",
    "The authors caution that the gains shrink in homes whose layouts differ from the training videos.",
  ]);
  assert.match(paper.insights.bullets.map((b) => b.text).join("\n"), /caution that the gains shrink/);
  const funding = await analyse("Lattice Labs raises $45 million for chip design agents", [
    "Lattice Labs has raised $45 million in a Series A round led by Sequoia, the company said on Monday.",
    "The startup builds agents that write and check hardware description code.",
    "Its agent cut the verification time of one customer's design from six weeks to nine days.",
    "Some engineers are skeptical that agents can be trusted with sign-off on a production chip.",
  ]);
  assert.match(funding.results.bullets.map((b) => b.text).join("\n"), /\$45 million/);
  assert.match(funding.insights.bullets.map((b) => b.text).join("\n"), /skeptical/);
});

test("how a thing behaves said as a procedure (…时，会把…当作…) is 核心技术, not left out", async () => {
  const entry = await analyse("青石实验室披露TideAgent越权漏洞", [
    "安全团队青石实验室本周披露了开源智能体 TideAgent 的一个越权漏洞。",
    "智能体整理文件夹时，会把文件名里的文字当作指令的一部分读进来。",
    "青石实验室测试了 12 个论坛，其中 9 个可以写入这类文字。",
  ]);
  assert.match(entry.core.bullets.map((b) => b.text).join("\n"), /会把文件名里的文字当作指令/);
});

test("a labelled list (名称：… items under one heading) is shown whole, not the items that happen to carry cue words", async () => {
  const entry = await analyse("中科大推出多语言代码基准PolyCode", [
    "中国科学技术大学的研究者推出了多语言代码基准 PolyCode，考察模型在陌生编程语言上的迁移能力。",
    "受测的 9 个模型平均通过率只有 22.4%，最好的也只有 35.1%。",
    "五类任务",
    "语法迁移：基于语言手册写出能编译的程序。",
    "库函数调用：按照文档调用从未见过的标准库。",
    "调试修复：根据报错信息定位错误，并给出修复方法。",
    "性能优化：在给定约束下改写已有实现。",
    "跨语言翻译：把一段 Python 代码改写成目标语言。",
  ]);
  const shown = allBullets(entry).join("\n");
  const items = ["语法迁移", "库函数调用", "调试修复", "性能优化", "跨语言翻译"];
  const present = items.filter((i) => shown.includes(i));
  assert.equal(present.length, items.length, `partial list: ${present.join(",")}\n${shown}`);
});

test("a figure in a condition (当…小于 1 美元时，…) tells how a strategy works: 核心技术, not 实验数据; 无风险 is no risk", async () => {
  const entry = await analyse("让智能体自己炒币：有人用AI套利赚到80万美元", [
    "一批开发者让 AI 智能体在加密交易所自动套利，有人赚到了 80 万美元。",
    "第一种策略是跨所套利。智能体通过 API 监控三家交易所，当同一币种的价差大于 0.5 美元时，同时低买高卖，锁定无风险收益。",
    "第二种策略利用新闻推理：智能体读取公告，判断事件对价格的影响方向后下单。",
    "一个接入这套系统的账户累计完成约 12000 次交易，利润达 80 万美元。",
    "不过，交易所的限速和手续费会吃掉大部分利润，这类策略能否长期有效仍有待观察。",
  ]);
  assert.match(entry.core.bullets.map((b) => b.text).join("\n"), /第一种策略是跨所套利/);
  assert.ok(!entry.results.bullets.some((b) => b.text.includes("跨所套利")));
  assert.ok(!entry.insights.bullets.some((b) => b.text.includes("跨所套利")));
});
