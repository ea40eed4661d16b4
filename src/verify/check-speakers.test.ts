import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const ARTICLE = `星河科技今天发布了 Nova-3。公司 CEO 张伟表示：“这是我们迄今为止最强的模型。”
首席科学家李明则认为：“推理能力的提升主要来自强化学习。”
“开源是我们的长期策略。”，王芳说。
李明还提到，团队花了两年时间。该公司 CTO 则强调：“安全评估一项都不会少。”`;

const index = indexArticle({ title: "星河科技发布 Nova-3", text: ARTICLE, links: [], publisher: "测试号" });
const ok = (claim: string) => checkTextFacts(claim, index).every((c) => c.supported);

test("a quote moved to another person the article quotes is refused", () => {
  assert.ok(!ok("李明表示：“这是我们迄今为止最强的模型。”"));
  assert.ok(!ok("张伟称“推理能力的提升主要来自强化学习”。"));
  assert.ok(!ok("张伟说：“开源是我们的长期策略。”"), "the speaker named after the quote counts");
});

test("the article's own speaker stands, named before or after the words", () => {
  assert.ok(ok("张伟表示：“这是我们迄今为止最强的模型。”"));
  assert.ok(ok("李明认为：“推理能力的提升主要来自强化学习。”"));
  assert.ok(ok("王芳表示：“开源是我们的长期策略。”"));
});

test("no verdict where the article's speaker is not a name it can read", () => {
  // The CTO said it; the last named speaker before (李明) is not the one.
  assert.ok(ok("张伟强调：“安全评估一项都不会少。”"));
  // A speaker named in the entry but not before the quote ("张伟表示，团队…“…”") is not its speaker.
  assert.ok(ok("张伟表示，新模型已经发布，“推理能力的提升主要来自强化学习”。"));
});

test("a speaker named right after the words, with or without a comma, is theirs", () => {
  const article = indexArticle({
    title: "访谈",
    text: "李明表示，团队今年很忙。“我们明年会开源更多模型。”张伟在采访中说道。",
    links: [],
    publisher: "测试号",
  });
  const said = (claim: string) => checkTextFacts(claim, article).every((c) => c.supported);
  assert.ok(said("张伟表示：“我们明年会开源更多模型。”"));
  assert.ok(!said("李明表示：“我们明年会开源更多模型。”"));
});

// An interview quoting several people, each by name once and then as 他/她.
const INTERVIEW = `云帆智能三位联创接受专访

CEO 周启航此前在一家芯片公司做销售。他告诉我们：“行业大模型的钱要一单一单地挣。”
首席科学家钱语冰曾在高校任教。谈到路线时，她坦言：“我们只做 13B 以下的模型。”
COO 孙立言负责交付。他表示，部署周期已缩短到两周，“交付速度决定了我们能活多久”。`;

const interview = indexArticle({
  title: "云帆智能联创专访",
  text: INTERVIEW,
  links: [],
  publisher: "测试号",
});
const okInterview = (claim: string) => checkTextFacts(claim, interview).every((c) => c.supported);

test("他/她 said it: the person the article named last before the pronoun", () => {
  assert.ok(okInterview("周启航表示：“行业大模型的钱要一单一单地挣。”"));
  assert.ok(!okInterview("钱语冰表示：“行业大模型的钱要一单一单地挣。”"));
  assert.ok(okInterview("孙立言称“交付速度决定了我们能活多久”。"));
  assert.ok(!okInterview("周启航称“交付速度决定了我们能活多久”。"));
});

test("a name before a colon, and a topic between the verb and the quote, name the speaker", () => {
  assert.ok(!okInterview("观点｜钱语冰：“行业大模型的钱要一单一单地挣。”"));
  assert.ok(okInterview("观点｜周启航：“行业大模型的钱要一单一单地挣。”"));
  assert.ok(!okInterview("周启航认为模型规模“我们只做 13B 以下的模型”。"));
  assert.ok(okInterview("钱语冰认为模型规模“我们只做 13B 以下的模型”。"));
  // A bullet's label before a colon is no one, even when it starts with a surname.
  assert.ok(okInterview("方法：“交付速度决定了我们能活多久”。"));
});

test("a Chinese article full of model names, tables and links is read as Chinese", () => {
  const table = Array.from(
    { length: 12 },
    (_, i) => `Model-X${i}-Instruct-Preview | ${70 + i}.1 | ${50 + i}.4`,
  ).join("\n");
  const text = `星河科技发布 Nova-7 系列模型，覆盖多个尺寸，并公布了完整的评测结果与权重下载地址。这是该公司今年发布的第三代模型，训练数据和后训练流程都做了较大调整。

模型 | MMLU-Pro | GPQA-Diamond
${table}

项目主页 https://github.com/example/nova-7-series-models-and-evaluation-toolkit
首席科学家李明表示：“推理能力的提升主要来自强化学习。”CEO 张伟则认为，开源是公司的长期策略，团队会持续投入。`;
  const article = indexArticle({ title: "星河科技发布 Nova-7", text, links: [], publisher: "测试号" });
  const ok = (claim: string) => checkTextFacts(claim, article).every((c) => c.supported);
  assert.ok(!ok("张伟表示：“推理能力的提升主要来自强化学习。”"));
  assert.ok(ok("李明表示：“推理能力的提升主要来自强化学习。”"));
});
