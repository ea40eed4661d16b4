import assert from "node:assert/strict";
import { test } from "node:test";
import { findActors, findNameUses, nameCandidates } from "./news-actor.ts";
import { actorOf } from "./org-line.ts";

const roles = (name: string, title: string, text: string) =>
  findNameUses(name, title, text).map((u) => u.role);

test("a name that releases, proposes or raises is the actor; people count", () => {
  assert.deepEqual(
    findActors("Jeff Dean、Hennessy领衔发布AI务实路线图", "一批顶级科学家给出了答案。").map((a) => a.name),
    ["Jeff Dean", "John Hennessy"],
  );
  assert.deepEqual(
    findActors("赫拉利最新警告：AI已经攻破文明的操作系统", "作者再次谈 AI。").map((a) => a.name),
    ["Yuval Harari"],
  );
  assert.deepEqual(
    findActors("一笔新融资", "北京星河智能科技完成 5 亿元 A 轮融资，OpenAI 前研究员张三加入。").map(
      (a) => a.name,
    ),
    ["北京星河智能科技"],
  );
  assert.deepEqual(
    findActors("去偏方法", "上海大学联合南开大学提出一种去偏方法。").map((a) => a.name),
    ["上海大学", "南开大学"],
  );
});

test("comparison, baseline, helper and reading-list mentions never act", () => {
  const title = "开源模型新王：青云实验室发布 XModel";
  const text =
    "青云实验室今天发布 XModel，在多项基准上超越 Google 的 Gemini 3，与 Meta 的 Llama 4 相比也更省。";
  assert.deepEqual(roles("Google", title, text), ["comparison"]);
  assert.deepEqual(roles("Meta", title, text), ["comparison"]);
  assert.deepEqual(
    roles("NVIDIA", "机器人新策略", "由斯坦福大学牵头的团队提出新方法，NVIDIA 提供了算力支持。"),
    ["helper"],
  );
  assert.deepEqual(roles("阿里巴巴", "小模型", "团队基于阿里的开源模型微调。"), ["helper"]);
  const withList = "本文介绍 XModel。\n推荐阅读\n谷歌发布 Gemini 4：全面升级";
  assert.deepEqual(roles("Google", "XModel 发布", withList), ["recommended"]);
});

test("a name describing a person is not the actor; the person is", () => {
  assert.deepEqual(roles("OpenAI", "t", "OpenAI 前研究员张三加入了这家公司。"), ["mention"]);
  assert.deepEqual(roles("NVIDIA", "t", "英伟达高级研究科学家 Jim Fan 最近撰文提出新观点。"), ["mention"]);
});

test("X 推出的 Y is background, not the actor of the news", () => {
  assert.deepEqual(
    roles(
      "Anthropic",
      "rentahuman.ai用MCP把人类变成插件",
      "平台的核心是 Anthropic 推出的模型上下文协议 MCP。",
    ),
    ["mention"],
  );
  assert.deepEqual(
    findActors("rentahuman.ai用MCP把人类变成插件", "平台的核心是 Anthropic 推出的模型上下文协议 MCP。").map(
      (a) => a.name,
    ),
    ["rentahuman.ai"],
  );
});

test("a company named after its descriptor (…公司X完成/获) is the actor, not where its team came from", () => {
  assert.deepEqual(
    findActors(
      "独家｜大模型公司云杉智算获3亿元A轮融资",
      "今天，大模型公司云杉智算完成 3 亿元 A 轮融资。云杉智算成立于 2024 年，核心团队来自浙江大学。",
    ).map((a) => a.name),
    ["云杉智算"],
  );
  assert.deepEqual(
    findActors(
      "刚刚！AI绘图公司星海智能获5000万美元融资",
      "AI 绘图公司星海智能完成 5000 万美元 B 轮融资。",
    ).map((a) => a.name),
    ["星海智能"],
  );
  assert.deepEqual(roles("浙江大学", "t", "云杉智算成立于 2024 年，核心团队来自浙江大学和多家芯片企业。"), [
    "mention",
  ]);
  // 来自 X 的团队 still acts.
  assert.deepEqual(roles("浙江大学", "t", "来自浙江大学的团队提出了一种新方法。"), ["actor"]);
});

test("a person named after a role in the title acts (离职/加入), not the employer the role describes", () => {
  const actors = findActors(
    "微软资深工程师周远离职，加盟初创公司蓝鲸智能",
    "周远在微软工作了 8 年，主要负责编译器方向。",
  ).map((a) => a.name);
  assert.equal(actors[0], "周远");
  assert.ok(!actors.includes("Microsoft"));
});

test("a product's 之父 is a person: the product does not act; the one who talks to him does", () => {
  const actors = findActors("Hinton对话Gemini之父：下一代模型要学会怀疑自己", "两人谈了一个小时。").map(
    (a) => a.name,
  );
  assert.equal(actors[0], "Geoffrey Hinton");
  assert.ok(!actors.includes("Gemini"));
});

test("a roundup's items are not its actor: only the title's actors count", () => {
  assert.deepEqual(
    findActors("AI早报｜昨天大模型圈都有哪些新闻", "OpenAI 发布了新的语音模型。谷歌更新了 Gemini 应用。").map(
      (a) => a.name,
    ),
    [],
  );
});

test("co-actors that are one org are named once: another spelling or a unit of it", () => {
  const org = (title: string, text: string) => actorOf(title, text)?.org;
  // The title's "北大团队" is found both as 北京大学 (the alias) and as the team itself.
  assert.equal(
    org(
      "北大团队提出灵巧手抓取新方法，成功率提升到 92%",
      "北京大学的研究团队提出了 GraspX，一种灵巧手抓取方法。",
    ),
    "北京大学",
  );
  assert.equal(
    org("港大团队提出计数基准 TallyBench", "香港大学的研究团队提出了评测基准 TallyBench。"),
    "香港大学",
  );
  // Two different orgs stay two.
  assert.equal(
    org("腾讯混元和复旦推出 CL-bench", "腾讯混元与复旦大学的研究者推出了 CL-bench。"),
    "腾讯混元/复旦大学",
  );
});

test("English: the lab 'researchers at X' work at acts when they proposed or released something", () => {
  const text =
    "Researchers at Halden University have proposed SparseLoop, a method for small reasoners. A team from Orbit Labs reviewed it.";
  const roles = (name: string) => findNameUses(name, "SparseLoop: small reasoners", text).map((u) => u.role);
  assert.ok(roles("Halden University").includes("actor"));
  assert.ok(!roles("Orbit Labs").includes("actor"), "reviewing is no news of its own");
});

test("a word capitalised only where it opens an English title is no actor when the text writes it in lower case", () => {
  const title = "Coding agents leak API keys in one of seven sessions, Toronto study finds";
  const text =
    "Researchers at the University of Toronto found that four popular coding agents exposed secrets in 14% of sessions.";
  assert.ok(!findActors(title, text).some((a) => a.name === "Coding"));
  assert.notEqual(actorOf(title, text)?.org, "Coding");
  // A name the text never writes in lower case stays one ("Cobalt buys…", "Cobalt says…").
  assert.equal(
    actorOf("Cobalt buys inference startup Quayside", "Cobalt has agreed to buy Quayside for $410 million.")
      ?.org,
    "Cobalt",
  );
});

test("an English title's opening word the text writes as a plural common noun is no actor either", () => {
  const title = "Robot maker Kestrel left 40,000 support tickets in an open bucket";
  const text =
    "Kestrel, which sells warehouse robots, exposed 40,000 support tickets through a public bucket.";
  assert.ok(!findActors(title, text).some((a) => a.name === "Robot"));
  assert.equal(actorOf(title, text)?.org, "Kestrel");
});

test("actors kept per article: the same answer, a fresh array, frozen candidates, no text held", () => {
  const title = "星河智能发布 Orion-3";
  const text = `星河智能今天发布了 Orion-3，月影科技随后宣布跟进。${"正文段落。".repeat(400)}`;
  const first = findActors(title, text);
  assert.deepEqual(
    first.map((a) => a.name),
    ["星河智能", "月影科技"],
  );
  // A caller sorting or emptying its answer does not change the next caller's.
  first.reverse();
  first.length = 0;
  const second = findActors(title, text);
  assert.deepEqual(
    second.map((a) => a.name),
    ["星河智能", "月影科技"],
  );
  assert.notEqual(first, second);
  assert.ok(Object.isFrozen(second[0]));
  assert.throws(() => {
    (second[0] as { name: string }).name = "别家";
  }, TypeError);
  // Only the title and the lead decide: another text with the same lead has the same actors,
  // another lead its own.
  assert.deepEqual(findActors(title, `${text}后文不同。`), findActors(title, text));
  assert.deepEqual(
    findActors(title, "星河智能今天发布了 Orion-3。").map((a) => a.name),
    ["星河智能"],
  );
});

test("an English title's question word or auxiliary is no actor, though the text never writes it in lower case", () => {
  const title = "Why do reranker scores drift? Halden Lab traces it to stale embeddings";
  const text =
    "Rerankers often score the same passage differently a month later. Researchers at Halden Lab have traced the drift to embeddings that were never refreshed.";
  assert.ok(!findActors(title, text).some((a) => a.name === "Why"));
  assert.equal(actorOf(title, text)?.org, "Halden Lab");
  for (const opener of ["How", "What", "Can", "Does", "Inside"])
    assert.notEqual(
      actorOf(`${opener} Corvo agents book flights`, "Corvo released a travel agent.")?.org,
      opener,
    );
});

test("an acquirer reported by an outlet acts: a verb before a suffixed name is not the name's, 拟…收购 acts", () => {
  const lead =
    "云帆财经从知情人士处获悉，零售软件公司松涛科技将以约 8 亿元收购声学公司图灵声学。\n\n交易完成后，图灵声学的降噪算法将接入松涛科技的门店设备。";
  const actors = findActors("独家｜松涛科技拟8亿元收购图灵声学", lead).map((a) => a.name);
  assert.equal(actors[0], "松涛科技", actors.join(","));
  // A name with no suffix, opening the title before 拟…并购.
  assert.equal(
    findActors("晨星数据拟2亿元并购标注平台蓝笺", "据报道，交易尚在谈判中。")[0]?.name,
    "晨星数据",
  );
  // True names keep their first characters (用友科技 is no 用 + 友科技), and a plan without a deal is no act.
  assert.ok(nameCandidates(["用友科技发布新版财务智能体", ""]).has("用友科技"));
  assert.ok(nameCandidates(["接力科技发布新版客服智能体", ""]).has("接力科技"));
  assert.equal(findActors("晨星数据拟扩大招聘规模", "")[0]?.name, undefined);
});
