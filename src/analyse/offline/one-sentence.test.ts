import assert from "node:assert/strict";
import { test } from "node:test";
import { createOfflineAnalyser } from "./offline-analyser.ts";
import { oneSentence } from "./one-sentence.ts";

/** Sentence ends inside a text, the last one excepted. */
const innerEnds = (s: string) => (s.slice(0, -1).match(/[。！？]|[.!?](?= [A-Z])/g) ?? []).length;

test("the news and its figure sentence become one sentence joined with ；, each word the article's", () => {
  const news = "星图实验室发布了开源推理模型 Lumen-7B，主打数学与代码推理。";
  const one = oneSentence(`${news}在 MATH-500 上，Lumen-7B 的准确率达到 88.4%，超过同尺寸模型。`, news);
  assert.equal(
    one.text,
    "星图实验室发布了开源推理模型 Lumen-7B，主打数学与代码推理；在 MATH-500 上，Lumen-7B 的准确率达到 88.4%，超过同尺寸模型。",
  );
  assert.equal(innerEnds(one.text), 0);
});

test("a sentence ending inside a quote joins after its closing quote", () => {
  const short = "星河实验室负责人再次谈开源。";
  const one = oneSentence(`${short}她说：“开源不是慈善，是 12 个团队一起降低成本。”`, short);
  assert.equal(one.text, "星河实验室负责人再次谈开源；她说：“开源不是慈善，是 12 个团队一起降低成本。”");
  const news = "负责人说：“我们会在 3 个月内开源 7B 模型。”";
  const joined = oneSentence(`${news}此次开源的模型在 MMLU 上得分 71.2。`, news).text;
  assert.equal(joined, "负责人说：“我们会在 3 个月内开源 7B 模型”；此次开源的模型在 MMLU 上得分 71.2。");
});

test("background after the news (a founding year, a journal, a plan, a quote) is left out, and given back to the sections", () => {
  const news = "机器人公司青禾智能宣布完成 8 亿元 B 轮融资，由某资本领投。";
  for (const after of [
    "青禾智能成立于 2022 年，团队来自多家高校。",
    "相关成果发表在 Nature Machine Intelligence 上。",
    "本轮融资将主要用于量产线建设。",
    "“我们希望把机器人送进每一条产线。”",
    "合作请邮件联系 bd@example.com。",
  ]) {
    const one = oneSentence(`${news}${after}`, news);
    assert.equal(one.text, news, after);
    assert.equal(one.kept, news, "what is left out may be a bullet again");
  }
});

test("a short news sentence keeps the claim after it; a commentary keeps its stance", () => {
  const short = "知名学者王某再次谈 AI。";
  assert.equal(
    oneSentence(`${short}这一次，他的判断更加直接：数据才是护城河。`, short).text,
    "知名学者王某再次谈 AI；这一次，他的判断更加直接：数据才是护城河。",
  );
  const fact = "今年以来，国内云厂商的 GPU 租用价格下降了三成以上，部分机型甚至长期闲置。";
  assert.equal(
    oneSentence(`${fact}价格下降的直接原因是供给过剩，而不是需求减少。`, fact).text,
    "今年以来，国内云厂商的 GPU 租用价格下降了三成以上，部分机型甚至长期闲置；价格下降的直接原因是供给过剩，而不是需求减少。",
  );
});

test("an anaphor whose referent the sentence before states as 是 X takes X, and the scene sentence goes", () => {
  const news = "来自某大学的研究者发现：这个被普遍采用的指标，其实并不可靠。";
  const summary = `为了比较检索系统的好坏，业界通常看排行榜，而排行榜的依据，往往是召回率前十的平均分。${news}`;
  assert.equal(oneSentence(summary, news).text, "来自某大学的研究者发现：召回率前十的平均分，其实并不可靠。");
});

test("a scene clause (当…时，) before the news is cut", () => {
  const news =
    "当业界还在争论开源与闭源谁会赢时，一批高校研究者给出了另一种看法：先把评测标准统一起来，再谈输赢。";
  assert.equal(
    oneSentence(news, news).text,
    "一批高校研究者给出了另一种看法：先把评测标准统一起来，再谈输赢。",
  );
});

test("English: one sentence, the second one's first word in lower case", () => {
  const news = "Acme has released Widget-2, an open-weight coding model, under the MIT license.";
  const one = oneSentence(`${news} On HumanEval, Widget-2 scores 81.2% with no tools.`, news);
  assert.equal(
    one.text,
    "Acme has released Widget-2, an open-weight coding model, under the MIT license; on HumanEval, Widget-2 scores 81.2% with no tools.",
  );
});

test("the analyser publishes a one-sentence summary for a lead of news + figure + background", async () => {
  const analyser = createOfflineAnalyser();
  const text = [
    "云杉科技发布了面向企业的文档智能体 PaperPilot，主打合同审查。在内部测试中，PaperPilot 把审查时间缩短了 62%。云杉科技成立于 2019 年，总部位于杭州。",
    "PaperPilot 可以自动比对合同条款与公司模板，并标出风险条款。",
    "PaperPilot 支持私有化部署，数据不出企业内网。",
  ].join("\n\n");
  const outcome = await analyser.analyse(
    {
      sourceId: "t",
      url: "https://example.com/p",
      originalUrl: "https://example.com/p",
      title: "云杉科技发布文档智能体PaperPilot，合同审查时间缩短62%",
      account: "测试源",
      publishedAt: "2026-02-04T03:00:00Z",
      firstSeenAt: "2026-02-04T03:00:00Z",
      contentHash: "t",
      text,
      html: "",
      links: [],
      status: "ok",
    },
    { sourceName: "测试源" },
  );
  assert.equal(outcome.status, "ok");
  const { summary } = outcome.status === "ok" ? outcome.entry : { summary: "" };
  assert.equal(innerEnds(summary), 0, summary);
  assert.ok(summary.includes("62%"), summary);
  assert.ok(!summary.includes("成立于"), summary);
});
