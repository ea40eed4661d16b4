import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

/** Whether every claim of an entry text is supported by an article of our own (and it has a claim). */
const checker = (text: string) => {
  const article = indexArticle({ title: "星河科技发布 Nova-2", publisher: "测试号", links: [], text });
  return (claim: string) => {
    const facts = checkTextFacts(claim, article);
    assert.ok(facts.length > 0, `no claim read in "${claim}"`);
    return facts.every((f) => f.supported);
  };
};

const ARTICLE = `星河科技发布 Nova-2 模型。Nova-2 的推理速度是上一代的 3 倍，价格下调了一半。
上下文窗口从 32K 扩展到 128K，吞吐量提升 150%。首 token 延迟从 25 秒缩短到 5 秒。
公司营收同比翻了一番，用户数翻两番。团队共 45 人，其中三分之二是博士，超过一半来自海外。`;

test("a multiple and the rise it states support each other; a change from A to B states its ratio", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("推理速度提升 200%。"), "3 倍 of the previous is a 200% rise");
  assert.ok(!ok("推理速度提升 300%。"));
  assert.ok(ok("吞吐量提升至 2.5 倍。"), "a 150% rise reaches 2.5 倍");
  assert.ok(!ok("吞吐量提升 250%。"));
  assert.ok(ok("上下文扩展 4 倍。"), "32K → 128K");
  assert.ok(ok("上下文提升 300%。"));
  assert.ok(!ok("上下文扩展 3 倍。"));
  assert.ok(ok("首 token 延迟缩短 80%。"), "25 s → 5 s");
  assert.ok(!ok("首 token 延迟缩短 20%。"));
  assert.ok(!ok("首 token 延迟增加 80%。"));
});

test("figures in words: 减半, 一半, 翻倍, 翻两番 are their numbers, in entries and articles", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("价格减半。"));
  assert.ok(ok("价格降低 50%。"));
  assert.ok(!ok("价格翻倍。"));
  assert.ok(!ok("价格降低 30%。"));
  assert.ok(ok("营收同比增长 100%。"));
  assert.ok(ok("营收翻倍。"));
  assert.ok(!ok("营收同比增长 200%。"));
  assert.ok(ok("用户数增长至 4 倍。"), "翻两番 is 4 倍");
  assert.ok(ok("超过一半来自海外。"));
  assert.ok(ok("超过 50% 来自海外。"));
  // With no term to bind it, a figure in words needs a word of the article's figure in common.
  assert.ok(!ok("用户数翻倍。"), "the doubling is the revenue's");
  assert.ok(!ok("一半为博士。"), "half are from abroad, two thirds are PhDs");
  assert.ok(!ok("营收减半。"), "the price was halved, not the revenue");
});

test("a fraction in an entry is the share it states: the article's rounding of it, never another share", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("约三分之二为博士。"));
  assert.ok(ok("约 67% 为博士。"));
  assert.ok(!ok("三分之一为博士。"));
  const rounded = checker("调查显示，33% 的开发者每天使用 AI 编程助手。");
  assert.ok(rounded("约三分之一的开发者每天使用 AI 编程助手。"));
  assert.ok(!rounded("四分之一的开发者每天使用 AI 编程助手。"));
});

test("points are not percent; a score may drop its percent sign", () => {
  const ok = checker("在 MMLU 上 Nova-2 得分 88.7%，比 GPT-4o 高 1.2 个百分点。");
  assert.ok(ok("Nova-2 在 MMLU 上得分 88.7，领先 GPT-4o 1.2 个百分点。"));
  assert.ok(!ok("Nova-2 领先 GPT-4o 1.2%。"), "1.2 points is not a relative 1.2%");
  assert.ok(!ok("Nova-2 在 MMLU 上得分 87.7。"));
  // A bare number that is no score is not a percentage.
  assert.ok(!checker("新版本把延迟降低了 40%。")("新版本把延迟降低了 40 毫秒。"));
});

test("idioms with 倍 are no figures: 加倍努力 claims nothing", () => {
  const ok = checker("团队表示将加倍投入研发。");
  const article = indexArticle({
    title: "星河科技",
    publisher: "测试号",
    links: [],
    text: "团队表示将继续投入研发。",
  });
  assert.deepEqual(checkTextFacts("团队将加倍投入研发。", article), []);
  assert.ok(ok("Nova 团队将加倍投入研发，推理速度提升 200%。") === false, "the 200% is still checked");
});

test("a multiple of a named model is a rise too: 是 DeepSeek-V3 的 1.7 倍 states 提升 70%", () => {
  const ok = checker("在 H20 上，Nova-2 的解码速度达到每秒 4039 个 token，是 DeepSeek-V3 的 1.7 倍。");
  assert.ok(ok("解码速度较 DeepSeek-V3 提升 70%。"));
  assert.ok(!ok("解码速度较 DeepSeek-V3 提升 170%。"));
});

test("tenths and English multiples in words: 约四成 for 41%, 七成, twice the throughput", () => {
  const ok = checker(
    "新方法让显存占用降低了 41%，七成用户选择了新版本。The T2 card delivers roughly twice the throughput of T1.",
  );
  assert.ok(ok("显存降低约四成。"));
  assert.ok(ok("七成用户选择了新版本。"));
  assert.ok(ok("T2 吞吐约为 T1 的两倍。"));
  assert.ok(!ok("显存降低约六成。"));
  assert.ok(!ok("T2 吞吐约为 T1 的三倍。"));
  // Words with 成 that are no tenths.
  const none = indexArticle({ title: "x", publisher: "测试号", links: [], text: "新方法取得成功。" });
  assert.deepEqual(
    checkTextFacts("新方法一成不变，三成用户沿用旧架构。", none)
      .filter((f) => f.kind === "figure")
      .map((f) => f.value),
    ["三成"],
  );
});

test("roles and metrics written as abbreviations bind their figures: CTO for 首席技术官, WER for 词错误率", () => {
  const ok = checker(
    "公司的首席技术官刘思远此前在微软亚洲研究院工作了八年。模型在测试集上的词错误率为 1.9%。",
  );
  assert.ok(ok("CTO 刘思远曾在微软亚洲研究院工作 8 年。"));
  assert.ok(ok("WER 1.9%。"));
});

test("an English decade is ten years (the next decade supports 未来十年, not 二十年)", () => {
  const index = indexArticle({
    title: "Orbis plans its spending",
    publisher: "Test Wire",
    links: [],
    text: "Orbis said it will spend $50 billion on data centers over the next decade.",
  });
  const verdicts = (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "figure" && /年/.test(f.value))
      .map((f) => [f.value, f.supported]);
  assert.deepEqual(verdicts("Orbis 计划在未来十年投入 500 亿美元建设数据中心。"), [["十年", true]]);
  assert.deepEqual(verdicts("Orbis 计划在未来二十年投入 500 亿美元建设数据中心。"), [["二十年", false]]);
});
