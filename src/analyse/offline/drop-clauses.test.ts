import assert from "node:assert/strict";
import { test } from "node:test";
import { dropClauses } from "./drop-clauses.ts";

const len = (s: string) => [...s].length;

test("a summary past its bound loses the last clause of a part, never cutting one", () => {
  const long =
    "青梧智能宣布将语音模型青梧-Voice 的调用价格下调 50%；下调后，青梧-Voice 每小时音频的转写价格从 2 元降至 1 元，合成价格从 6 元降至 3 元。";
  const fitted = dropClauses(long, 70, ["50%"]);
  assert.equal(
    fitted,
    "青梧智能宣布将语音模型青梧-Voice 的调用价格下调 50%；下调后，青梧-Voice 每小时音频的转写价格从 2 元降至 1 元。",
  );
  assert.ok(len(fitted) <= 70);
});

test("a clause holding the headline's figure stays; an aside in brackets goes first, its Latin name keeps a space", () => {
  const long =
    "松间实验室推出了表格推理基准 TabMaze；12 个模型平均只答对 21.4% 的题目，最好的 Falcon-X（Thinking）也只有 33.9%。";
  assert.equal(
    dropClauses(long, 60, ["33.9%"]),
    "松间实验室推出了表格推理基准 TabMaze；12 个模型平均只答对 21.4% 的题目，最好的 Falcon-X 也只有 33.9%。",
  );
});

test("what is kept never ends on a turn's set-up, a condition, a noun phrase or a speech verb", () => {
  // Each bound lets only the forbidden cut fit: the summary stays whole (too long beats misleading).
  const cases: [string, number][] = [
    ["一位独立开发者写出了一个检查工具；41 个插件声称只读，但实际会改写用户文件，被他列为“高危”。", 28],
    [
      "云杉是今年增长最快的开源笔记应用之一，已有 3 万星；研究者本周发现：对方只要发来一个特制链接，就能读取用户的全部笔记。",
      48,
    ],
    [
      "北湖大学最新提出的 FoldKV 方法，给出了一个省显存的思路——不改模型，只换缓存；在 64K 上下文上，FoldKV 把显存降低了 47%。",
      49,
    ],
    [
      "白鹭科技创始人陈远与投资人许宁的一场长谈，把具身智能的融资热度讲得很透；陈远透露，白鹭今年的订单已经超过 2 亿元。",
      43,
    ],
  ];
  for (const [long, bound] of cases) assert.equal(dropClauses(long, bound, ["47%", "2 亿元"]), long);
});

test("half of a short pair after a dash is never kept: the whole pair goes", () => {
  const long =
    "北湖大学最新提出的 FoldKV 方法，给出了一个省显存的思路——不改模型，只换缓存；在 64K 上下文上，FoldKV 把显存降低了 47%。";
  assert.equal(
    dropClauses(long, 67, ["47%"]),
    "北湖大学最新提出的 FoldKV 方法，给出了一个省显存的思路；在 64K 上下文上，FoldKV 把显存降低了 47%。",
  );
});

test("true shortenings: the cut falls after a whole statement", () => {
  const cases: [string, number, string[], string][] = [
    [
      "山岚科技开源了代码模型山岚-Coder，支持 128K 上下文；在 HumanEval 上，山岚-Coder 的通过率为 88.1%，超过同尺寸模型。",
      66,
      ["88.1%"],
      "山岚科技开源了代码模型山岚-Coder；在 HumanEval 上，山岚-Coder 的通过率为 88.1%，超过同尺寸模型。",
    ],
    [
      "北湖大学提出的 FoldKV 方法，给出了一个省显存的思路——不改模型，只换缓存；在 64K 上下文上，FoldKV 把显存降低了 47%。",
      60,
      ["47%"],
      "北湖大学提出的 FoldKV 方法，给出了一个省显存的思路；在 64K 上下文上，FoldKV 把显存降低了 47%。",
    ],
    [
      "多位学者联名发布了一份报告，给出了他们的建议：慢一点；报告认为，课堂作业需要围绕过程而不是结果来设计。",
      50,
      [],
      "多位学者联名发布了一份报告，给出了他们的建议；报告认为，课堂作业需要围绕过程而不是结果来设计。",
    ],
    [
      "灰雀科技又有一批工程师离开了，这次的原因是薪资；去年加入的新人里，与核心产品无关的岗位，调薪常常被搁置，客服团队也受到影响。",
      55,
      [],
      "灰雀科技又有一批工程师离开了，这次的原因是薪资；去年加入的新人里，与核心产品无关的岗位，调薪常常被搁置。",
    ],
    [
      "机器人研究员林舟撰文提出：下一代机器人的关键是触觉预训练（Tactile Pretraining, TP）。",
      40,
      [],
      "机器人研究员林舟撰文提出：下一代机器人的关键是触觉预训练。",
    ],
  ];
  for (const [long, bound, figures, expected] of cases) {
    const fitted = dropClauses(long, bound, figures);
    assert.equal(fitted, expected);
    assert.ok(len(fitted) <= bound, `${len(fitted)}: ${fitted}`);
  }
});

test("a summary within its bound, or with more than two parts, stays as it is", () => {
  const short = "山岚科技开源了代码模型山岚-Coder，支持 128K 上下文。";
  assert.equal(dropClauses(short, 80, []), short);
  const three = "甲发布了 A，支持 B；乙发布了 C，支持 D；丙发布了 E，支持 F。";
  assert.equal(dropClauses(three, 10, []), three);
});

test("a middle run of clauses goes when the clause after it stands alone; an opening scene goes from the news part", () => {
  const round =
    "做冷链物流的云栖机器人完成 4 亿元 A+ 轮融资，本轮由启明创投领投，高榕资本、蓝驰创投跟投，老股东源码资本继续加注，本轮完成后公司估值约 25 亿元。";
  assert.equal(
    dropClauses(round, 60, ["4 亿元", "25 亿元"]),
    "做冷链物流的云栖机器人完成 4 亿元 A+ 轮融资，老股东源码资本继续加注，本轮完成后公司估值约 25 亿元。",
  );
  const scene =
    "在上周于深圳举办的年度大会上，经过两年的研发和上万名用户的试用之后，青梧智能正式发布了桌面智能体 Desko 2，它可以同时操作多个办公软件。";
  assert.equal(
    dropClauses(scene, 50, []),
    "青梧智能正式发布了桌面智能体 Desko 2，它可以同时操作多个办公软件。",
  );
  // The clause after the run leans on it (也…), the run opens a turn (但…), the clause before is a bare topic: kept.
  const leaning = "青梧智能发布了 Desko 2，内置 200 个技能模板，也能连接企业自己的知识库和审批系统。";
  assert.equal(dropClauses(leaning, 34, []), "青梧智能发布了 Desko 2，内置 200 个技能模板。");
  const turn = "青梧智能发布了 Desko 2，内测时很受欢迎，但正式版仍不支持 macOS，团队称会在明年补上。";
  // Its last clause leans on the turn: it never stays without it; the first statement alone would
  // lose the negation (不支持 macOS), so at 30 the summary stays whole.
  assert.equal(dropClauses(turn, 30, []), turn);
  assert.equal(dropClauses(turn, 40, []), "青梧智能发布了 Desko 2，内测时很受欢迎，但正式版仍不支持 macOS。");
});

test("a condition, an attribution, a hedge or a negation never goes, nor an aside holding one", () => {
  // Each bound lets the old cut drop the guarded words (and the summary then reads as another claim);
  // what is returned may be shorter, or whole, but still says them.
  const cases: [string, number, string][] = [
    // A condition as an opening "scene" or before a middle run: a pending approval would read as done.
    [
      "如果新的数据出境评估办法下月起正式施行，所有向境外提供模型接口的国内厂商，都须先完成安全评估并向网信部门备案。",
      45,
      "如果新的数据出境评估办法",
    ],
    [
      "假如市监局下周批准这项合并申请，云岫科技与青梧智能的两支语音团队将合并为一家新公司并统一对外提供服务，原有的两个品牌都将停止更新。",
      50,
      "两支语音团队将合并",
    ],
    // An attribution as an opening "scene": a rumour would read as fact.
    [
      "据两位熟悉内情的消息人士称，松间实验室已暂停下一代推理模型的训练，负责预训练的二十多名研究员已全部转岗。",
      45,
      "据两位熟悉内情的消息人士称",
    ],
    // A negation or not-yet, in the middle or at the end: the limit would vanish.
    [
      "白鹭科技的送餐机器人已经在上海十家商场开始了试运营，目前没有对商户收取任何费用，公司计划明年扩展到杭州和南京的更多商场。",
      50,
      "目前没有对商户收取任何费用",
    ],
    [
      "灰雀科技宣布以约 8 亿元收购了一家做数据标注的公司，双方尚未完成监管审批，交易预计在明年第二季度交割。",
      30,
      "尚未完成监管审批",
    ],
    [
      "山岚科技的代码模型山岚-Coder 2 已经向企业客户开放试用，个人开发者暂不能申请，正式版的定价将在下月公布。",
      45,
      "个人开发者暂不能申请",
    ],
    // A hedge in the middle: an estimate would read as a result.
    [
      "鹿鸣科技发布了新一代训练芯片鹿鸣-T2，单卡算力可能达到上一代的三倍，首批样片已经交付给三家云厂商测试。",
      40,
      "单卡算力可能达到上一代的三倍",
    ],
    // An aside in brackets holding a not-yet: the figure would read as final.
    [
      "云栖机器人公布了今年前三季度的营收 6.2 亿元（未经审计），同比增长了一倍多，主要来自冷链物流和仓储业务的订单。",
      50,
      "（未经审计）",
    ],
  ];
  for (const [long, bound, words] of cases) {
    const fitted = dropClauses(long, bound, []);
    assert.ok(fitted.includes(words), `lost ${words}: ${fitted}`);
  }
});

test("true shortenings still go: a place or time scene, and unguarded clauses after a guarded one", () => {
  const cases: [string, number, string][] = [
    [
      "在昨天于北京举办的第三届机器人产业论坛上，白鹭科技发布了双臂机器人白鹭-H2，它能在半小时内学会一项新的装配动作。",
      36,
      "白鹭科技发布了双臂机器人白鹭-H2，它能在半小时内学会一项新的装配动作。",
    ],
    [
      "随着推理需求在过去半年里持续快速增长，鹿鸣科技把自研推理芯片的产能提高到了每月两万片，主要供给国内的云厂商。",
      38,
      "鹿鸣科技把自研推理芯片的产能提高到了每月两万片，主要供给国内的云厂商。",
    ],
    [
      "白鹭科技的送餐机器人已在上海十家商场开始试运营，目前没有对商户收取任何费用，公司计划明年扩展到杭州和南京的更多商场。",
      45,
      "白鹭科技的送餐机器人已在上海十家商场开始试运营，目前没有对商户收取任何费用。",
    ],
    [
      "据两位熟悉内情的消息人士称，松间实验室已经暂停了下一代推理模型的训练计划，负责预训练的团队正在重组。",
      45,
      "据两位熟悉内情的消息人士称，松间实验室已经暂停了下一代推理模型的训练计划。",
    ],
  ];
  for (const [long, bound, expected] of cases) {
    const fitted = dropClauses(long, bound, []);
    assert.equal(fitted, expected);
    assert.ok(len(fitted) <= bound, `${len(fitted)}: ${fitted}`);
  }
});

test("a short contrast after a dash goes whole; a not-yet after a dash stays", () => {
  const slogan =
    "松间实验室提出的 LiteRoute 方法，给出了一条省算力的路子——不重训模型，换个路由；在四个问答基准上，LiteRoute 把推理开销降低了 38%。";
  assert.equal(
    dropClauses(slogan, 70, ["38%"]),
    "松间实验室提出的 LiteRoute 方法，给出了一条省算力的路子；在四个问答基准上，LiteRoute 把推理开销降低了 38%。",
  );
  const notYet =
    "青梧智能发布了语音模型青梧-Voice 2，音色克隆只需三秒样本——暂不开放，仅限内测；在中文测试集上，它的字错率降到了 2.1%。";
  assert.ok(dropClauses(notYet, 60, ["2.1%"]).includes("暂不开放"));
});
