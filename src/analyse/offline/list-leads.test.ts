// A labelled list keeps its lead-in: the items a section shows are the children of the sentence
// that introduced them, else of their heading; never "名称：…" lines with nothing saying what they are.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Bullet, Entry } from "../../model/index.ts";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

const sections = (e: Entry): Bullet[] => [e.core, e.results, e.insights].flatMap((s) => s.bullets);
const ITEM = /^(?:稀疏路由|分层缓存|动态批处理|数学推理|代码生成|长文阅读)：/;

test("a list introduced by a sentence is shown under it, the intro's clause pointing back cut", async () => {
  const entry = await analyseParagraphs("星河实验室发布推理引擎Lumen-Serve，吞吐提升2.1倍", [
    "星河实验室发布了开源推理引擎 Lumen-Serve，在 8 卡服务器上把吞吐提升了 2.1 倍。",
    "为了做到这一点，团队重写了调度器，核心改动有三项：",
    "稀疏路由：只把请求送到负载最低的专家所在的卡上；",
    "分层缓存：把不常用的 KV 缓存移到主机内存，需要时再取回；",
    "动态批处理：按请求长度分桶，减少填充带来的浪费。",
    "Lumen-Serve 已在 GitHub 上开源，采用 Apache 2.0 许可证。",
  ]);
  const all = sections(entry);
  const flat = all.filter((b) => ITEM.test(b.text));
  assert.deepEqual(flat, [], "no item stands alone at the top level");
  const head = all.find((b) => b.children?.some((c) => ITEM.test(c.text)));
  assert.ok(head, JSON.stringify(all));
  assert.equal(head.text, "团队重写了调度器，核心改动有三项：");
  assert.equal(head.children!.length, 3);
});

test("a list under a heading, with no intro sentence, is shown under its heading, named for the title's thing when bare", async () => {
  const entry = await analyseParagraphs("星河实验室推出评测基准TriBench，最强模型只答对41%", [
    "星河实验室推出了评测基准 TriBench，专门考察模型跨任务迁移的能力，最强模型只答对 41% 的题目。",
    "三类任务",
    "数学推理：模型需要基于从未见过的记号系统，通过多步推理完成证明；",
    "代码生成：模型需要利用一门刚刚定义的小语言的语法，通过编码写出能运行的程序；",
    "长文阅读：模型需要采用检索方法，从 5 万字的虚构法规中找出相互矛盾的条款。",
    "TriBench 共有 2400 道题，每道题都由两位领域专家交叉审核。",
  ]);
  const all = sections(entry);
  assert.deepEqual(
    all.filter((b) => ITEM.test(b.text)),
    [],
    "no item stands alone at the top level",
  );
  const head = all.find((b) => b.children?.some((c) => ITEM.test(c.text)));
  // A bare heading says whose items they are (v10): not "三类任务：" with no subject.
  assert.equal(head?.text, "TriBench 的三类任务：", JSON.stringify(all));
  assert.equal(head?.children?.length, 3);
});

test("an ordinal list (第一阶段…；第二阶段…) is shown whole under its intro, and counts as one bullet", async () => {
  const entry = await analyseParagraphs("星河实验室提出Lumen-Gen：冻结理解模型叠出生成能力", [
    "星河实验室提出了统一多模态模型 Lumen-Gen，在冻结的理解模型上堆叠模块获得生成能力。",
    "研究者以一个冻结的理解模型为基座，在它的顶部堆叠了若干层结构相同的 Transformer 模块。",
    "新堆叠的模块直接复制基座模型顶层的参数作为初始化，训练更稳定。",
    "为了不伤到理解能力，团队设计了三阶段的训练流程：",
    "第一阶段训练图像量化器，把图像编码为离散 token；",
    "第二阶段冻结基座，只训练堆叠模块学习文本到图像生成；",
    "第三阶段做统一指令微调，并通过梯度停止机制保护理解参数。",
    "Lumen-Gen 还引入了一种先推理后绘图的隐式推理机制，生成前先由基座模型产出隐式 token。",
  ]);
  const core = entry.core.bullets;
  const head = core.find((b) => b.children?.some((c) => c.text.startsWith("第一阶段")));
  assert.ok(head, JSON.stringify(core));
  assert.equal(head.text, "团队设计了三阶段的训练流程：");
  assert.deepEqual(
    head.children!.map((c) => c.text.slice(0, 3)),
    ["第一阶", "第二阶", "第三阶"],
  );
  assert.ok(!core.some((b) => /^第[一二三]阶段/.test(b.text)), "no stage at the top level");
  // The list is one bullet among the section's five: the architecture bullets are still there.
  for (const start of [
    "研究者以一个冻结的理解模型为基座",
    "新堆叠的模块直接复制",
    "Lumen-Gen 引入了一种先推理后绘图",
  ])
    assert.ok(
      core.some((b) => b.text.startsWith(start)),
      JSON.stringify(core),
    );
});
