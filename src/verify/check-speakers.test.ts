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
