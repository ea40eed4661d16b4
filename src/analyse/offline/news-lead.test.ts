// Classes of the offline-v6 review (held-out articles of our own): the summary reads like a news
// lead (who did what, the key number), and the org is who acted, also when that is a person
// described only by role.
import assert from "node:assert/strict";
import { test } from "node:test";
import { allBullets, analyseParagraphs as analyse } from "./testdata/analyse-paragraphs.ts";
import { titleFigures } from "./select-sections.ts";

test("a person described by role who acts is the org, never the publisher", async () => {
  const entry = await analyse(
    "一名数学老师用大模型出了500道题，学生能看出来吗？",
    [
      "AI 出的题，学生分得出来吗？",
      "这个学期，一名初中数学老师用大模型出了 500 道练习题，并和自己往年出的题混在一起发给学生。",
      "结果显示，学生能认出 AI 题目的比例只有 38%。",
    ],
    "教育前沿",
  );
  assert.equal(entry.org, "初中数学老师");
  // A time phrase (这个学期，) is no pronoun: the summary is the sentence as written.
  assert.match(entry.summary, /^这个学期，一名初中数学老师用大模型出了 500 道练习题/);
});

test("an interview title names its interviewee (对话…创始人X：), who is the org", async () => {
  const entry = await analyse(
    "对话云帆智能创始人周屹：垂直Agent的壁垒在交付",
    [
      "文丨某某",
      "近日，我们和云帆智能创始人周屹聊了聊垂直 Agent 的商业化。",
      "周屹认为，模型能力会趋同，真正的壁垒是对客户流程的理解和交付能力。",
      "他透露，公司目前服务超过 300 家制造业客户。",
    ],
    "某科技媒体",
  );
  assert.equal(entry.org, "周屹");
});

test("a benchmark in the title scores, it does not act: never a co-actor of the org", async () => {
  const entry = await analyse("星图智能发布Nova-R推理模型：GPQA拿下81.2分", [
    "星图智能今天发布推理模型 Nova-R，在多项推理基准上刷新了自家成绩。",
    "Nova-R 在 GPQA Diamond 上得分 81.2，比上一代高出 6 分。",
  ]);
  assert.equal(entry.org, "星图智能");
});

test("a dateline (X报讯, X 11 月 28 日消息，) and 今天凌晨 do not open the summary; 腾讯 is no dateline", async () => {
  const policy = await analyse("网信办发布AI内容标识新规", [
    "南方日报讯 11 月 28 日，国家网信办发布《人工智能生成合成内容标识办法》，要求平台对生成内容添加标识。",
    "办法要求已上线的服务在 30 日内完成整改。",
  ]);
  assert.match(policy.summary, /^11 月 28 日，国家网信办发布/);
  const release = await analyse("某实验室发布新模型", [
    "某科技 11 月 28 日消息，星图智能今天凌晨发布了推理模型 Nova-R，在数学基准上刷新了自家纪录。",
  ]);
  assert.match(release.summary, /^星图智能今天凌晨发布了推理模型 Nova-R/);
  const night = await analyse("星图智能发布Nova-R", [
    "今天凌晨，星图智能发布了推理模型 Nova-R，数学和代码能力都有明显提升。",
  ]);
  assert.match(night.summary, /^星图智能发布了推理模型 Nova-R/);
  const tencent = await analyse("腾讯元宝上线深度研究功能", [
    "腾讯元宝正式上线了深度研究功能，用户输入一个问题后，系统会自动检索上百个网页并生成报告。",
  ]);
  assert.match(tencent.summary, /^腾讯元宝正式上线了/);
});

test("the news sentence that builds (构建了) a benchmark leads, not a method sentence about published papers", async () => {
  const entry = await analyse("大模型能做科研吗？某大学团队用1800道题测了12个模型", [
    "大模型能帮科学家做研究吗？",
    "为了避免数据污染，题目只取自 2024 年之后发表的论文，并由博士生逐题复核。",
    "近日，某大学研究团队构建了科研推理基准 SciProbe，用 1800 道推理题评测了 12 个主流大模型。",
    "结果显示，最好的模型也只答对了 45.1% 的题目。",
  ]);
  assert.match(entry.summary, /^某大学研究团队构建了科研推理基准 SciProbe/);
});

test("a count in 道 or 份 is a headline figure", () => {
  assert.deepEqual(titleFigures("用3200道题测了20个模型"), ["3200道", "20个"]);
  assert.deepEqual(titleFigures("批改了 600 份试卷"), ["600份"]);
});

test("the summary does not take along the sentence that is all 核心技术 has; the bullet stays", async () => {
  const entry = await analyse("华为发布推理加速引擎", [
    "华为发布了面向昇腾芯片的推理加速引擎。",
    "推理加速引擎采用了计算与通信重叠的流水线设计，并对 KV 缓存做了分页管理。",
    "实测中，整机吞吐提升 2.4 倍，首 token 延迟降到 120 毫秒。",
  ]);
  assert.equal(entry.summary, "华为发布了面向昇腾芯片的推理加速引擎。");
  assert.ok(allBullets(entry).some((b) => b.startsWith("推理加速引擎采用了计算与通信重叠")));
});
