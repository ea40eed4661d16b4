// Classes of the offline-v6 review (held-out articles of our own): the summary reads like a news
// lead (who did what, the key number), and the org is who acted, also when that is a person
// described only by role.
import assert from "node:assert/strict";
import { test } from "node:test";
import { titleFigures } from "./select-sections.ts";
import { allBullets, analyseParagraphs as analyse } from "./testdata/analyse-paragraphs.ts";

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
  const entry = await analyse("智谱发布GLM-R推理模型：AIME 2025拿下90.2分", [
    "智谱今天发布推理模型 GLM-R，在多项推理基准上刷新了自家成绩。",
    "GLM-R 在 AIME 2025 上拿下 90.2 分，比上一代高出 6 分。",
  ]);
  assert.equal(entry.org, "智谱");
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

test("他/她 opening a bullet is the person named last before it; 其 is the org of the news", async () => {
  const entry = await analyse("具身智能公司云岭机器人完成6亿元A轮融资", [
    "某媒体获悉，具身智能公司云岭机器人近日完成 6 亿元 A 轮融资，由某资本领投。",
    "云岭机器人的创始人兼 CEO 宋知远此前在一家自动驾驶公司负责感知算法。",
    "据介绍，其双臂机器人已在 8 家工厂部署，累计交付 200 台，装配成功率达到 98%。",
    "宋知远告诉记者，公司今年的重点是降低单台成本。",
    "他认为，具身智能的瓶颈不在模型而在数据，真机数据的积累速度决定了迭代速度。",
  ]);
  const all = allBullets(entry);
  assert.ok(
    all.some((b) => b.startsWith("云岭机器人的双臂机器人已在 8 家工厂部署")),
    all.join(" | "),
  );
  assert.ok(
    all.some((b) => b.startsWith("宋知远认为，具身智能的瓶颈")),
    all.join(" | "),
  );
  for (const b of all) assert.doesNotMatch(b, /^(?:他|其|据介绍)/, b);
});

test("an anaphor behind a reporting opener (据介绍，这一方法…) is seen; a question is never a bullet", async () => {
  const entry = await analyse("某实验室发布推理模型Orion-R", [
    "某实验室今天发布了推理模型 Orion-R，数学基准成绩明显提升。",
    "团队提出了一种叫“长度预算”的采样方法，在强化学习时限制每道题的思考长度。",
    "据介绍，这一方法让平均输出长度缩短了约 30%，而准确率基本不变。",
    "问：为什么要限制思考长度？",
    "需要注意的是，这组数据来自团队自己的测试集，尚无第三方复现。",
  ]);
  for (const b of allBullets(entry)) {
    assert.doesNotMatch(b, /^(?:据介绍|需要注意的是)?，?(?:这|该)/, b);
    assert.doesNotMatch(b, /[？?]$/, b);
  }
});

test("a plan (资金将主要用于：…, 目标是…) is no result; a limit with a figure fills an empty 独家洞察", async () => {
  const entry = await analyse("机器人公司远星智能完成5亿元B轮融资", [
    "远星智能近日完成 5 亿元 B 轮融资，由某资本领投，资金将主要用于：",
    "产线建设：建设年产 3000 台的整机产线；",
    "数据采集：目标是年内积累 5 万小时真机数据；",
    "海外拓展：在新加坡设立子公司。",
    "远星智能的机器人已在 10 个仓库部署超过 200 台，拣选成功率稳定在 99% 以上。",
    "不过，双臂机器人的单台成本仍在 12 万元左右，距离大规模替代人工还有一段距离。",
  ]);
  const results = entry.results.bullets.map((b) => b.text);
  for (const r of results) assert.doesNotMatch(r, /3000 台|5 万小时/, r);
  assert.ok(
    entry.core.bullets.some((b) => [b, ...(b.children ?? [])].some((c) => c.text.includes("3000 台"))),
    JSON.stringify(entry.core),
  );
  assert.ok(
    entry.insights.bullets.some((b) => b.text.includes("单台成本仍在 12 万元左右")),
    JSON.stringify(entry.insights),
  );
});

test("limits said plainly (只覆盖, 还无法) are insights; 无法 describing a thing is not", async () => {
  const entry = await analyse("某大学发布科研推理基准SciProbe", [
    "某大学研究团队发布了科研推理基准 SciProbe，用 1800 道题评测了 12 个模型。",
    "SciProbe 采用分步评分的方法，检查推理链中每一步是否引用了正确的实验条件。",
    "结果显示，最好的模型答对了 45.1% 的题目。",
    "作者在论文中也指出，SciProbe 目前只覆盖英文论文，还无法衡量模型提出新假设的能力。",
  ]);
  assert.ok(
    entry.insights.bullets.some((b) => b.text.includes("只覆盖英文论文")),
    JSON.stringify(entry),
  );
  const other = await analyse("AI开始雇人干活了", [
    "一个新平台让 AI 智能体发任务，人类接单，按小时收费。",
    "平台上线 48 小时内注册人数突破 1 万。",
    "已经出现的任务五花八门：拍摄 AI 无法访问的实景照片、线下取件，等等。",
  ]);
  assert.ok(!other.insights.bullets.some((b) => b.text.includes("无法访问")), JSON.stringify(other.insights));
});

test("a policy's provisions (规定, 是指, 不得) are its 实现逻辑, and the piece is tagged 政策", async () => {
  const entry = await analyse("网信办发布AI生成内容标识新规", [
    "国家网信办发布《人工智能生成合成内容标识办法》，要求平台对生成内容添加显式或隐式标识。",
    "根据办法，显式标识是指在内容中以文字、声音或图形方式呈现、用户能够明显感知的标识。",
    "办法同时规定，任何组织和个人不得恶意删除、篡改或隐匿生成合成内容标识。",
    "业内人士指出，隐式标识容易在截图、转码等环节丢失，仅靠元数据难以做到全链路追溯。",
    "网信部门将对未按要求标识的平台责令改正。",
  ]);
  assert.ok(
    entry.core.bullets.some((b) => b.text.includes("不得")),
    JSON.stringify(entry.core),
  );
  // The definition is in 核心技术, or the summary took it along with the short news sentence.
  assert.ok(
    [entry.summary, ...entry.core.bullets.map((b) => b.text)].some((t) => t.includes("显式标识是指")),
    JSON.stringify(entry),
  );
  assert.ok(
    entry.insights.bullets.some((b) => b.text.includes("难以做到")),
    JSON.stringify(entry.insights),
  );
  assert.ok(entry.tags.includes("政策"), entry.tags.join(","));
});

test("an English article: its summary keeps English bounds and punctuation, its figures are results", async () => {
  const entry = await analyse(
    "Lumen releases Coder-X, an open coding model that scores 58.2% on SWE-bench Verified",
    [
      "Lumen has released Coder-X, an open-weight model built specifically for agentic coding, under the Apache 2.0 license.",
      "The model has 24B parameters and a 128K context window.",
      "On SWE-bench Verified, Coder-X resolves 58.2% of tasks with the OpenHands scaffold, up from 44.1% for the previous model.",
      "Independent testers found that it still struggles with tasks that span more than five files.",
    ],
    "Latent Notes",
  );
  assert.doesNotMatch(entry.summary, /[。，]/);
  assert.match(
    entry.summary,
    /^Lumen has released Coder-X, an open-weight model .* under the Apache 2\.0 license; on SWE-bench Verified/,
  );
  assert.match(entry.summary, /58\.2%/);
  assert.ok(
    entry.results.bullets.some((b) => b.text.includes("58.2%")),
    JSON.stringify(entry.results),
  );
});

test("the news in a list's lead-in (…发布了三款新模型：) is the summary, not the first item", async () => {
  const entry = await analyse("星图智能一口气发布三款模型，Nova-5领衔", [
    "大模型的年底发布潮还在继续。",
    "今天，星图智能一口气发布了三款新模型：",
    "Nova-5：旗舰基座模型，SWE-bench Verified 得分 70.2%；",
    "Nova-5-Air：面向端侧的轻量版本，参数 12B；",
    "Nova-5V：多模态版本，支持视频理解。",
    "星图智能表示，三款模型均已在开放平台上线。",
  ]);
  assert.match(entry.summary, /^星图智能一口气发布了三款新模型/);
  assert.ok(entry.results.bullets.some((b) => b.text.startsWith("Nova-5：旗舰基座模型")));
});

test("an admitted limit routed to 核心技术 fills an empty 独家洞察; a bullet drops 某某获悉，", async () => {
  const entry = await analyse("对话云帆智能创始人周屹：Agent创业的壁垒是交付", [
    "近日，我们和云帆智能创始人周屹聊了聊 Agent 创业。",
    "周屹认为，模型能力会越来越同质化，真正的壁垒是对客户流程的理解。",
    "周屹透露，云帆智能的 Agent 平均要接入客户的 6 个系统，大部分接入由工程师上门完成。",
    "周屹：大厂的优势是流量和模型，但很难为小商家定制流程，这块市场反而是创业公司的机会。",
    "周屹坦言，公司目前还没有实现盈利，今年的重点是把实施流程产品化。",
  ]);
  assert.ok(
    entry.insights.bullets.some((b) => b.text.startsWith("周屹坦言，公司目前还没有实现盈利")),
    JSON.stringify(entry),
  );
  const funding = await analyse("机器人公司远星智能完成5亿元B轮融资", [
    "某媒体获悉，远星智能近日完成 5 亿元 B 轮融资，由某资本领投，估值超过 30 亿元。",
    "远星智能的机器人已在 10 个仓库部署超过 200 台，拣选成功率稳定在 99% 以上。",
  ]);
  for (const b of allBullets(funding)) assert.doesNotMatch(b, /获悉/, b);
});

test("the headline's figure gets room: the news sentence is cut at a clause, an attribute pointing back is left out", async () => {
  const talk = await analyse("某某对话某工具之父：代码100%由AI写，程序员该干什么？", [
    "研究者李岚与某工具负责人陈默的一场对谈，把“AI 编程”的讨论推进到了新阶段：不是 AI 帮你补全代码，而是 AI 接管从设计到测试的全部实现，人类只负责定义“什么叫成功”以及验收结果。",
    "陈默透露，团队目前几乎 100% 的代码都由 AI 完成，团队曾在 2 天内提交 49 个 PR。",
  ]);
  // The longest head of the news sentence that leaves room (≤ 130 characters with the figure's run).
  assert.match(
    talk.summary,
    /^研究者李岚与某工具负责人陈默的一场对谈，[^。]+；陈默透露，团队目前几乎 100% 的代码都由 AI 完成/,
  );
  assert.doesNotMatch(talk.summary, /验收结果/);
  assert.ok(talk.summary.length <= 130, talk.summary);
  const trade = await analyse("让AI自己赚钱：智能体在预测市场套利，有人滚出260万美元", [
    "在预测市场上，一批开发者已经让智能体自己下单套利，而且有人赚得不少。",
    "他们的常见做法是在两个市场之间捕捉短暂的价差。",
    "一个采用这类策略的地址，通过约 12000 笔交易，把小额本金滚到了 260 万美元。",
  ]);
  assert.match(trade.summary, /一个地址，通过约 12000 笔交易，把小额本金滚到了 260 万美元。$/);
});

test("a turning title (…都能跑，X却被曝…) leads with the 但 sentence; the summary never runs past a heading", async () => {
  const entry = await analyse("从手机到服务器都能跑，5万星智能体Nimbus却被曝提示词注入风险", [
    "【导读】Nimbus 可能是这两个月最火的开源 AI 智能体。它能跑在手机上，也能在服务器上驱动大模型。但安全研究者提醒：智能体读到的网页，就可能变成它执行的代码。",
    "从手机到服务器",
    "Nimbus 的硬件适应范围极广，在手机上运行时内存占用约 90MB。",
    "过去两个月，项目在 GitHub 上累计获得约 5 万星标，足见这类智能体框架的门槛之低。",
  ]);
  assert.match(entry.summary, /^安全研究者提醒：智能体读到的网页，就可能变成它执行的代码；/);
  assert.doesNotMatch(entry.summary, /硬件适应范围/);
  // 星标 after a count is a repository's stars (not "设为星标"): the headline's 5万星 comes from it.
  assert.match(entry.summary, /约 5 万星标。$/);
});
