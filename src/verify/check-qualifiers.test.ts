import assert from "node:assert/strict";
import { test } from "node:test";
import { articleQualifiers, checkQualifier, findQualifiers } from "./check-qualifiers.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

/** Whether every claim of an entry text is supported by an article of our own. */
const checker = (text: string) => {
  const article = indexArticle({ title: "Nova", publisher: "Test Lab", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

test("an English article's superlatives and records support the Chinese entry's 最X, 登顶, 刷新纪录", () => {
  const ok = checker(
    "Test Lab today released Nova, the fastest open model we have measured and the largest one we have " +
      "ever trained. It tops the LMArena leaderboard and set a new record on SWE-bench.\n\n" +
      "It is the most powerful model in its class.",
  );
  assert.ok(ok("Nova 是最快的开源模型。"));
  assert.ok(ok("Nova 是 Test Lab 训练过的最大模型。"));
  assert.ok(ok("Nova 是同级最强模型。"));
  assert.ok(ok("Nova 登顶 LMArena 排行榜。"));
  assert.ok(ok("Nova 在 SWE-bench 上刷新纪录。"));
  // Still the same kind only: fastest is not cheapest, and there is no only here.
  assert.ok(!ok("Nova 是最便宜的开源模型。"));
  assert.ok(!ok("Nova 是唯一的开源模型。"));
});

test("an English first that orders and an only that means 'just' are no first and no only", () => {
  const ok = checker(
    "Test Lab released Nova. Revenue in the first quarter grew, and at first the model is only " +
      "available to Pro users. The first step is a waitlist.",
  );
  assert.ok(!ok("Nova 是首个开源推理模型。"), "the first quarter is no first");
  assert.ok(!ok("Nova 是唯一的开源推理模型。"), "only available is no only");
  const claims = checker(
    "Test Lab released Nova, the world's first open reasoning model at this scale, and for the first " +
      "time the only one licensed for commercial use.",
  );
  assert.ok(claims("Nova 是全球首个此规模的开源推理模型。"));
  assert.ok(claims("Nova 是唯一可商用的开源推理模型。"));
});

test("首发/首度 are firsts, and an article's debut supports an entry's 首次亮相", () => {
  const zh = checker("星河今天在发布会上首发了推理模型 Nova。");
  assert.ok(zh("星河首次发布推理模型 Nova。"), "首发 is the article's first");
  assert.ok(!zh("星河全球首发推理模型 Nova。"), "a first without its reach is no global first");
  const en = checker("Test Lab's reasoning model Nova debuted at the conference on Tuesday.");
  assert.ok(en("Nova 在大会上首次亮相。"));
  assert.ok(
    !checker("Test Lab showed Nova at the conference.")("Nova 首度亮相。"),
    "首度 is a first to check",
  );
});

test("an open-source or free release needs the article's word, or a link to its code or weights", () => {
  const paperOnly = articleQualifiers(
    "星河实验室发布论文，提出新的长上下文训练方法，API 每百万 token 2 元。",
  );
  const claims = (text: string) =>
    findQualifiers(text).map((q) => [q.kind, checkQualifier(q, paperOnly).supported]);
  assert.deepEqual(claims("模型已开源。"), [["open", false]]);
  assert.deepEqual(claims("The model is open-source and free to use."), [
    ["open", false],
    ["free", false],
  ]);
  assert.deepEqual(claims("可免费使用。"), [["free", false]]);
  const linked = articleQualifiers("代码见项目主页。", ["https://github.com/starlab/longctx"]);
  assert.ok(
    checkQualifier(findQualifiers("代码已开源。")[0]!, linked).supported,
    "a GitHub link is an open release",
  );
  const said = articleQualifiers(
    "The weights are released under the Apache 2.0 license; the API has a free tier.",
  );
  assert.ok(checkQualifier(findQualifiers("权重已开源。")[0]!, said).supported);
  assert.ok(checkQualifier(findQualifiers("提供免费额度。")[0]!, said).supported);
});

test("a denied release is no release: 暂未开源 supports no 已开源, and a denial holds only while the article gives none", () => {
  const closed = articleQualifiers("团队发布了技术报告，但模型权重和代码暂未开源，API 也不免费。");
  const verdict = (text: string, article = closed) =>
    findQualifiers(text).map((q) => checkQualifier(q, article).supported);
  assert.deepEqual(verdict("模型已开源。"), [false]);
  assert.deepEqual(verdict("代码尚未开源。"), [true]);
  assert.deepEqual(verdict("可免费使用。"), [false]);
  const open = articleQualifiers("模型已在 GitHub 开源，并提供免费额度。");
  assert.deepEqual(verdict("模型暂未开源。", open), [false]);
  assert.deepEqual(verdict("The API is not free.", open), [false]);
});

test("open-source models the subject is compared with, and the open-source community, are no release of its own", () => {
  const open = (text: string) => articleQualifiers(text).open;
  assert.equal(open("星河发布 Nova-3，性能超越所有开源模型。"), false);
  assert.equal(open("Nova-3 在多项基准上比开源的 Llama 4 更强。"), false);
  assert.equal(open("与其他开源模型相比，Nova-3 的推理更快。"), false);
  assert.equal(open("Nova-3 outperforms all open-source models on MMLU."), false);
  assert.equal(open("Nova-3 在开源社区引发热议。"), false);
  // Still releases: said of the subject, a community edition, a place among open models.
  assert.equal(open("星河宣布开源 Nova-3。"), true);
  assert.equal(open("Nova-3 开源社区版已发布。"), true);
  assert.equal(open("Nova-3 成为开源模型中最强的一个。"), true);
  assert.equal(open("Nova-3 is open-source."), true);
  const ok = checker("Test Lab 发布 Nova，性能超越所有开源模型，价格为每百万 token 2 美元。");
  assert.ok(!ok("Nova 已开源。"));
  assert.ok(ok("Nova 尚未开源。"));
});

test("a superlative the article says only within a narrower field is not widened: 国内最大 is no 全球最大", () => {
  const ok = checker(
    "星河发布 Nova-3，这是国内参数规模最大的开源模型，在同尺寸模型中推理速度最快，也是开源模型中最强的一个。",
  );
  assert.ok(!ok("Nova-3 是全球最大的开源模型。"));
  assert.ok(!ok("Nova-3 是参数规模最大的模型。"), "a bare 最大 claims the whole field");
  assert.ok(ok("Nova-3 是国内最大的开源模型。"));
  assert.ok(!ok("Nova-3 是国产最大模型。"), "the article's field is domestic open-source models");
  assert.ok(!ok("Nova-3 在所有模型中推理最快。"));
  assert.ok(ok("Nova-3 是同尺寸中推理最快的模型。"));
  assert.ok(ok("Nova-3 是最强的开源模型。"), "最强的开源模型 = 开源模型中最强");
  assert.ok(!ok("Nova-3 是全球最强模型。"));
  // Said without a field, the article's superlative supports any.
  const broad = checker("Test Lab 发布 Nova，是目前推理速度最快的模型。");
  assert.ok(broad("Nova 是国内推理最快的模型。"));
  assert.ok(broad("Nova 推理最快。"));
});

test("a plan to open-source is no release; an entry keeping the plan stands", () => {
  const article = indexArticle({
    title: "声谷智能发布语音大模型 EchoVoice",
    publisher: "测试号",
    links: [],
    text: "声谷智能发布语音大模型 EchoVoice。CTO 孙嘉禾称，下一步将开源 2B 参数轻量版。",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(!ok("声谷智能开源语音大模型 EchoVoice。"));
  assert.ok(ok("声谷智能计划开源 2B 参数轻量版。"));
  const none = indexArticle({
    title: "EchoVoice",
    publisher: "测试号",
    links: [],
    text: "声谷智能发布 EchoVoice。",
  });
  assert.ok(
    !checkTextFacts("EchoVoice 将开源。", none).every((f) => f.supported),
    "an invented plan is refused",
  );
});

test("a first place keeps its field: 位列开源模型第一 supports 居开源模型首位, not 所有模型第一", () => {
  const article = indexArticle({
    title: "玄穹实验室发布 Xuanqiong-VL",
    publisher: "测试号",
    links: [],
    text: "Xuanqiong-VL 在 OCRBench 上得分 892，位列开源模型第一。",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(ok("OCRBench 892 分，居开源模型首位。"));
  assert.ok(ok("OCRBench 得分位列开源模型第一。"));
  assert.ok(!ok("OCRBench 得分位列所有模型第一。"));
  assert.ok(!ok("OCRBench 892 分，排名第一。"));
});

test("first in every item is more than first overall: 各项均排名第一 for 总榜第一 is refused", () => {
  const article = indexArticle({
    title: "影川发布视频模型",
    publisher: "测试号",
    links: [],
    text: "影川 Video-2 在 VBench 总榜排名第一，其中运动流畅度一项得分 98.1%。",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(ok("Video-2 在 VBench 总榜排名第一。"));
  assert.ok(!ok("Video-2 在 VBench 各项均排名第一。"));
  const every = indexArticle({
    title: "x",
    publisher: "测试号",
    links: [],
    text: "模型在 VBench 各项均排名第一。",
  });
  assert.ok(
    checkTextFacts("模型在 VBench 排名第一。", every).every((f) => f.supported),
    "the weaker claim stands",
  );
});

test("已将…开源 is a release done, not a plan", () => {
  const article = indexArticle({
    title: "星河开源 Nova-3",
    publisher: "测试号",
    links: [],
    text: "星河科技已将 Nova-3 的权重开源。",
  });
  assert.ok(checkTextFacts("Nova-3 已开源。", article).every((f) => f.supported));
});

test("an English first of a group (first customers, a first batch) orders; the world's first still claims", () => {
  const index = indexArticle({
    title: "推理卡明年供货",
    publisher: "测试号",
    links: [],
    text: "新卡将于明年 1 月开始向首批客户供货，首批产能约 2 万张。",
  });
  const refusedFirsts = (claim: string) =>
    checkTextFacts(claim, index).filter((f) => f.kind === "qualifier" && !f.supported);
  assert.deepEqual(refusedFirsts("Shipments to first customers start in January."), []);
  assert.deepEqual(refusedFirsts("Of a first batch of about 20,000 cards, most is sold."), []);
  assert.equal(refusedFirsts("It is the world's first inference card of its kind.").length, 1);
});
